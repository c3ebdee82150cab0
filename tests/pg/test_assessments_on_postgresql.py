"""Monthly assessments on PostgreSQL: the SQLite suite's service tests run again on the
server (standards adopted and versioned, one assessment per department and month,
spot checks within their points, the notices lent by the inspections module opened
and closed across the two modules, paging, the trend, the month's report figures)."""

from tests.unit.test_assessments_reports import (  # noqa: F401
    filled,
    test_the_monthly_section_compares_with_last_month,
)
from tests.unit.test_assessments_service import (  # noqa: F401
    doors,
    test_a_failing_check_opens_the_inspections_notice_and_a_later_pass_closes_it,
    test_an_edit_is_the_next_version_and_an_assessment_keeps_its_own,
    test_one_assessment_per_department_and_month,
    test_rows_page_newest_first_and_filter,
    test_spot_checks_deduct_within_their_items_points,
    test_the_assessor_verifies_a_fix_and_a_failing_check_reopens_one,
    test_the_trend_has_twelve_months_per_department,
)
