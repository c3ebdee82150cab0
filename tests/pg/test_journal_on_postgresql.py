"""The gate journal on PostgreSQL: newest first in pages, and the search by name,
pinyin initials, plate (whole, fragment, after the province), unit, pass and card —
the SQLite suite's tests, run again on the server (LIKE is case-sensitive there)."""

from tests.unit.test_gate_journal import (  # noqa: F401
    estate,
    journal,
    path,
    test_search_combines_with_kinds_and_dates,
    test_search_pages_without_gaps_or_repeats,
    test_search_readings,
    test_the_gate_flows_are_found,
    test_the_gate_flows_page_newest_first_without_gaps_or_repeats,
    units,
)
