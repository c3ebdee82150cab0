"""One audit chain per station and stations' lettered numbers on PostgreSQL (issue 22):
the SQLite suite's tests run again on the server, which holds every station's chain
once the stations have synced (chains verified each on its own, a broken one named by
its station, the head and anchors the writer's own) and counts each station's numbers
in counter rows of its own through the server's upsert."""

from tests.unit.test_audit_station_chains import (  # noqa: F401
    test_a_changed_entry_of_station_bs_chain_is_named_by_station_and_seq,
    test_a_station_whose_rows_were_all_removed_is_still_checked,
    test_a_stations_chain_starts_at_genesis_and_its_hash_names_the_chain,
    test_an_entry_moved_to_another_chain_breaks_both,
    test_each_writer_numbers_its_own_chain_and_every_chain_verifies,
    test_record_writes_into_the_chain_of_the_letter_it_finds,
    test_the_head_and_its_anchors_are_the_writers_chain,
    test_the_head_check_is_for_the_writers_own_chain,
    test_the_log_lists_every_chain_newest_first_with_its_station,
    test_the_log_orders_by_time_not_by_seq,
    two_chains,
)
from tests.unit.test_station_numbers import (  # noqa: F401
    test_a_rolled_back_save_gives_a_stations_number_back,
    test_a_station_copy_numbers_with_its_letter_and_its_own_counter,
    test_quick_search_finds_a_stations_ticket_by_its_number_and_its_start,
    test_the_repairs_list_filters_by_a_stations_number,
    tickets,
)
