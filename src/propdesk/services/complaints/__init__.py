"""Complaints and inquiries (投诉与咨询): see service.py, the front door."""
