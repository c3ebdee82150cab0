"""The gate on PostgreSQL: card entry, visitor in and out with a pass number — the
SQLite suite's tests, run again on the server."""

from tests.unit.test_gate_service import *  # noqa: F403
