"""Community events on PostgreSQL: the SQLite suite's service tests run again on the
server (the plan held and archived, cancel and void with reasons, bad input writing
nothing, the list's filters, pages and years, the target's months, search, the
export sheet, the dashboard and the notice, the photos)."""

from tests.unit.test_events_service import (  # noqa: F401
    estate,
    test_a_plan_is_held_and_archived_read_only,
    test_bad_input_names_its_field_and_writes_nothing,
    test_cancel_and_void_need_a_reason_and_the_right,
    test_photos_are_kept_and_refused_cleanly,
    test_search_sheet_dashboard_and_notice,
    test_the_list_filters_pages_and_years,
    test_the_target_counts_held_events_per_month,
)
