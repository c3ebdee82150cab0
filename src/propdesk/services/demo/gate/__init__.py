"""Five years of demo gate traffic, made in worker processes and written in bulk."""
