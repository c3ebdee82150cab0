"""The safety incidents' papers: the incident report (事件报告) and their words."""
