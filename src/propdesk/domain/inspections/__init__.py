"""Inspection checklists (巡检检查表): templates, results, due dates, rectification, equipment."""
