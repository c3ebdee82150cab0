"""Safety incidents (安全事件): kinds, follow-up deadlines and the closing rule."""
