"""Work logs on PostgreSQL: the SQLite suite's service tests run again on the server
(tasks loaded, added and retired; a whole area logged at once, all or nothing; a
second entry of a day refused until the first is voided; the list's filters and pages;
the week's plan; the month's figures, the export and quick search)."""

from tests.unit.test_worklogs_reporting import (  # noqa: F401
    test_quick_search_finds_entries_by_area_task_or_person,
    test_the_export_of_a_period,
    test_the_months_figures,
)
from tests.unit.test_worklogs_services import (  # noqa: F401
    office,
    test_a_refused_row_leaves_nothing_behind_and_names_its_row,
    test_a_retired_task_is_planned_until_its_day,
    test_a_second_entry_of_a_tasks_day_is_refused_until_the_first_is_voided,
    test_a_whole_area_is_logged_at_once_and_the_person_remembered,
    test_the_defaults_load_in_the_stations_language_once,
    test_the_list_filters_and_pages_newest_first,
    test_the_same_task_twice_is_refused_until_the_first_is_retired,
    test_the_week_shows_planned_done_not_done_missing_and_extra,
)
