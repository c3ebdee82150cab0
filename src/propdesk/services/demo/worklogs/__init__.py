"""Demo cleaning and greening work logs."""
