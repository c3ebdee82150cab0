"""This station and its estate: accounts, backups, settings, system facts, the estate and its
settings.
"""
