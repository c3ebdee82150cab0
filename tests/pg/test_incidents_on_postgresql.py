"""Safety incidents on PostgreSQL: the SQLite suite's service tests run again on the
server (numbers, rights, follow-ups overdue then done then closed, closing with a
reason, void, the target's count, refusals writing nothing, paging and filters, the
one-step link from another module's record, the report paper) and the links from a
patrol finding and a gate entry."""

from tests.unit.test_incidents_links import (  # noqa: F401
    test_a_finding_opens_an_incident_linked_both_ways,
    test_a_gate_entry_opens_an_incident_linked_both_ways,
    walked,
)
from tests.unit.test_incidents_service import (  # noqa: F401
    doors,
    test_a_guard_records_an_incident_with_its_number_and_an_audit_row,
    test_a_manager_closes_with_a_reason_while_a_follow_up_is_open,
    test_follow_ups_overdue_then_done_then_closed,
    test_opened_from_a_record_once_and_linked_back,
    test_paging_newest_first_with_filters,
    test_refusals_name_their_field_and_write_nothing,
    test_rights_follow_the_role_table,
    test_the_report_paper_has_every_field,
    test_the_target_counts_every_kind_in_the_window,
    test_void_with_a_reason_leaves_it_out_of_the_target_and_the_open_list,
)
