"""Five years of demo patrol rounds, planned then written in bulk, tied to the repair
tickets guards opened on patrol."""
