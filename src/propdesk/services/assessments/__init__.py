"""Departments' monthly quality assessment (月度考核): standards, assessments, spot checks."""
