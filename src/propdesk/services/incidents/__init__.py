"""Safety incidents (安全事件): incidents and their follow-up actions."""
