"""The safety incidents' demo records."""
