"""One package per tab: tab.py (the widget), form.py, table_model.py."""
