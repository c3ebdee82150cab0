"""Patrol on PostgreSQL: routes, rounds scanned and refused, paper rounds, findings
into repair tickets, the day grid and the period figures — the SQLite suite's tests,
run again on the server."""

from tests.unit.test_patrol_service import (  # noqa: F401
    estate,
    test_a_code_is_unique_across_routes_and_voided_checkpoints,
    test_a_finding_opens_a_repair_ticket_linked_both_ways,
    test_a_paper_round_is_entered_later_and_judged,
    test_a_round_by_scanned_codes_on_time_out_of_order_and_finished,
    test_a_schedule_change_applies_from_its_date_and_never_to_past_days,
    test_checkpoints_keep_order_and_close_gaps,
    test_lateness_and_rounds_outside_every_slot,
    test_one_round_per_route_and_slot,
    test_refused_codes_are_logged_and_change_nothing,
    test_the_day_grid_and_the_period_figures,
    test_too_fast_visits_are_flagged,
)
