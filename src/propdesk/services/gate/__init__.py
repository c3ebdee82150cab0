"""Gate (门岗): cards and visitors, vehicles, items, notices, handovers, journal, retention;
service.py is the front door.
"""
