"""Repair rules: kinds, arrival limits (SLA) and the ticket workflow."""
