"""Five years of demo monthly assessments."""
