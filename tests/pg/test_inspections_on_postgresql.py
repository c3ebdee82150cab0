"""Inspections on PostgreSQL: the SQLite suite's service tests run again on the server
(templates seeded and versioned, the loop from a failed item to a passing
re-inspection, overdue notices, bad input writing nothing, tickets from failed items,
what is due, pass rates and target ratios, the list's filters and pages)."""

from tests.unit.test_inspection_service import (  # noqa: F401
    estate,
    test_a_technician_opens_a_ticket_from_a_failed_item,
    test_an_overdue_notice_is_flagged,
    test_bad_input_names_its_field_and_writes_nothing,
    test_due_and_overdue_per_template_and_area,
    test_pass_rates_and_target_ratios_come_from_the_inspections,
    test_seeding_twice_adds_nothing_and_an_edit_makes_a_new_version,
    test_the_list_filters_and_pages,
    test_the_loop_from_a_failed_item_to_a_passing_reinspection,
)
