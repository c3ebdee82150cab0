"""The satisfaction surveys tab (满意度调查)."""
