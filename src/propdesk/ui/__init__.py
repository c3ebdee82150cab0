"""Everything PySide6: main window, one package per tab, dialogs, workers."""
