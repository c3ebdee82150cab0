"""Repair tickets on PostgreSQL: opened and walked step by step to closed (paid and
free), found by number, listed — the SQLite suite's tests, run again on the server."""

from tests.unit.test_repair_service import (  # noqa: F401
    estate,
    listed,
    test_filters_and_search,
    test_find_by_number,
    test_free_path_skips_the_quote,
    test_full_paid_path_records_who_and_when,
    test_newest_first_and_keyset_paging,
    test_open_a_unit_ticket,
    test_overdue_and_stale,
    test_refused_quote_closes_as_refused,
    test_search_by_a_number_prefix_of_a_year_or_month,
)
