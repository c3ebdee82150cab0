"""Demo inspections: the equipment register, templates, years of rounds and notices."""
