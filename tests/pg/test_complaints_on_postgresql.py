"""Complaints and inquiries on PostgreSQL: the SQLite suite's service tests run again
on the server (the whole life, repair links, inquiries, lists, settings, bad input)."""

from tests.unit.test_complaints_service import (  # noqa: F401
    estate,
    test_a_repair_ticket_opened_from_a_complaint_is_linked_both_ways,
    test_an_existing_ticket_is_linked_by_number,
    test_anonymous_stays_anonymous_everywhere,
    test_bad_input_names_the_field_and_writes_nothing,
    test_bad_steps_write_nothing,
    test_deadline_settings_are_checked_stored_and_used,
    test_inquiries_answered_promised_and_converted,
    test_inquiry_bad_input_writes_nothing,
    test_list_filters_and_keyset_paging,
    test_the_manager_closes_with_a_reason_and_the_clerk_may_not,
    test_the_whole_life_of_a_complaint,
    test_void_with_a_reason,
)
