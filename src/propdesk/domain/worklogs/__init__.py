"""Cleaning and greening work logs (保洁 / 绿化日志): pure rules."""
