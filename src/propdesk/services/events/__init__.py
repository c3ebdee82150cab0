"""Community events (社区活动): plans, notices, what was held."""
