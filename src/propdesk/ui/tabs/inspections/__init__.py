"""The inspections tab (巡检检查表): what is due, the inspections, the rectification
notices, the equipment register and the checklist templates (tab.py; module.py tells
the main window how to show its views)."""
