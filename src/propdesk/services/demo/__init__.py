"""The demo estate: one generator per module (master data, gate traffic, repair tickets);
service.py runs them.
"""
