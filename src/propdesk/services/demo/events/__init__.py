"""Demo community events (社区活动)."""
