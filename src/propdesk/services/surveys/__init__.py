"""Satisfaction surveys (满意度调查): rounds, questionnaires, responses."""
