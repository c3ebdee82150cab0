"""The monthly assessment's papers: the assessment sheet (考核表), blank or filled, with
the department's year trend."""
