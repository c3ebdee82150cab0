"""Drills and training on PostgreSQL: the SQLite suite's service tests run again on
the server (a session recorded, numbered and audited, refusals writing nothing, the
rights, the list's filters and pages, voiding and the plan, the plan's entries, a
staff member's history, quick search, the exports and the report section)."""

from tests.unit.test_drills_service import (  # noqa: F401
    estate,
    test_exports_and_report_section,
    test_list_filters_and_pages,
    test_plan_entries_change_and_void,
    test_record_numbers_audits_and_reads_back,
    test_refusals_name_their_field_and_write_nothing,
    test_rights,
    test_search_by_number_and_title,
    test_staff_history,
    test_void_with_reason_leaves_the_plan,
)
