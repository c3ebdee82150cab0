"""Master data registers: units, residents, cards, vehicles, parking spaces, staff."""
