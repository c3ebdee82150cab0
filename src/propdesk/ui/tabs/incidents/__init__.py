"""The safety incidents tab (安全事件): the list, an incident's detail and follow-ups,
the forms, the incident report's preview."""
