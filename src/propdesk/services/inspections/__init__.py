"""Inspections (巡检检查表): the equipment register so far; templates, inspections and
rectifications follow (issue 19)."""
