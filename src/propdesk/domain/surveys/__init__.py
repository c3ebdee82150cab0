"""Satisfaction surveys (满意度调查): questionnaires, packed ratings, figures."""
