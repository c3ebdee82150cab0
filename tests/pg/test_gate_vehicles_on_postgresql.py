"""The gate on PostgreSQL: vehicles in and out with the fee, items against a release
slip, parking notices and the shift handover — the SQLite suite's tests, run again on
the server."""

from tests.unit.test_gate_vehicles_items_notices import *  # noqa: F403
