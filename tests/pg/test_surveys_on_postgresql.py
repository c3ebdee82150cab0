"""Surveys on PostgreSQL: the SQLite suite's service tests run again on the server
(rounds and their copied questionnaires, one response per unit with the row lock,
replacing on request, figures, the two targets, voiding and the audit rows, bad
input writing nothing, the lists, search, the export and the monthly section)."""

from tests.unit.test_surveys_service import (  # noqa: F401
    estate,
    test_a_round_copies_the_default_questionnaire_in_the_users_language,
    test_bad_responses_name_their_field_and_write_nothing,
    test_bad_rounds_name_their_field_and_write_nothing,
    test_figures_response_rate_and_satisfaction_per_area_and_question,
    test_list_filters_search_and_paging,
    test_one_response_per_unit_and_replacing_it_on_request,
    test_rights_void_with_reason_and_the_audit_trail,
    test_targets_count_the_rounds_held_and_combine_with_the_follow_ups,
    test_the_export_and_the_monthly_section,
)
