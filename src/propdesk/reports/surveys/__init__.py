"""The surveys' papers: the blank questionnaire and the result summary."""
