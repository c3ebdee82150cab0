"""Repairs (报修工单): tickets step by step, their settings, queries, figures and prints;
service.py is the front door.
"""
