"""Master data registers: units, residents, cards, vehicles, staff, buildings; their search and
Excel import.
"""
