"""Demo complaints and inquiries (the complaints module's demo generator)."""
