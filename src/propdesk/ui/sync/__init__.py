"""The sync's window parts: the status bar line, the conflicts list."""
