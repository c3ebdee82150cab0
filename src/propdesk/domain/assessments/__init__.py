"""Departments' monthly quality assessment (月度考核): scored standards, spot checks, scores."""
