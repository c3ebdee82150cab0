"""A tiny module that exists only in the tests: registered beside the real ones, it
must show up everywhere the registry reaches (tab, search, dashboard, report, export)."""
