"""Cleaning and greening work logs (保洁 / 绿化日志): tasks, week plans, entries."""
