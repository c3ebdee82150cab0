"""Audit log tab: who changed what, when, with the before and after."""
