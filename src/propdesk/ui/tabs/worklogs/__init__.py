"""The work logs' tab (保洁 / 绿化日志): entries, the quick entry, the week's plan, tasks."""
