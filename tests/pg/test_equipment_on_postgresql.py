"""The equipment register on PostgreSQL: the SQLite suite's service tests run again on
the server (create, update, void, codes unique for good, the expiring and expired
lists, filters and keyset paging, bad input writing nothing)."""

from tests.unit.test_equipment_service import (  # noqa: F401
    equipment,
    test_a_unit_is_a_place,
    test_bad_input_names_the_field_and_writes_nothing,
    test_codes_are_unique_for_good,
    test_create_cleans_works_out_the_next_due_and_audits,
    test_expiring_and_expired_lists_as_of_a_day,
    test_list_filters_and_keyset_paging,
    test_rights,
    test_the_expiry_is_the_next_due_when_it_comes_first,
    test_update_changes_fields_and_audits_only_a_change,
    test_void_needs_a_reason_and_a_manager,
)
