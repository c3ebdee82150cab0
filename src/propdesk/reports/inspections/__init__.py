"""The inspections module's papers: the blank checklist and the rectification notice."""
