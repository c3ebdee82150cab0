"""Demo satisfaction surveys: two rounds a year, responses from most occupied units."""
