"""Five years of demo repair tickets, planned then written in bulk."""
