"""Community events (社区活动): pure rules — kinds, states, the plan's checks, the
record of what was held, and the months' counts the target reads."""
