"""The community events tab (社区活动)."""
