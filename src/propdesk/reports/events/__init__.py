"""The community events' papers: the lobby notice (活动通知) and their words."""
