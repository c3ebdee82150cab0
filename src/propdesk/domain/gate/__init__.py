"""Gate rules: the parking tariff and visits."""
