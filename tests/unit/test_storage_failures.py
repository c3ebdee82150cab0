"""store.failures: a database server's errors become the storage problem a person can
act on (a lock → busy, try again; no connection → the server cannot be reached)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from propdesk.errors import StorageProblem
from propdesk.store.failures import as_storage_error, classify, storage_message


class _ServerError(Exception):
    """Stands for a server driver's error (psycopg's carry `sqlstate`)."""

    def __init__(self, sqlstate: str | None) -> None:
        super().__init__("server said no")
        self.sqlstate = sqlstate


def _operational(sqlstate: str | None) -> OperationalError:
    return OperationalError("SELECT 1", {}, _ServerError(sqlstate))


@pytest.mark.parametrize(
    ("sqlstate", "problem"),
    [
        ("55P03", StorageProblem.LOCKED),  # lock_timeout ran out
        ("40P01", StorageProblem.LOCKED),
        ("53100", StorageProblem.DISK_FULL),
        ("25006", StorageProblem.READ_ONLY),
        ("08006", StorageProblem.SERVER_UNREACHABLE),  # connection_failure
        ("08001", StorageProblem.SERVER_UNREACHABLE),
        ("57P01", StorageProblem.SERVER_UNREACHABLE),  # the server was shut down
        (None, StorageProblem.SERVER_UNREACHABLE),  # refused / timed out: no state at all
    ],
)
def test_server_states_become_storage_problems(
    sqlstate: str | None, problem: StorageProblem
) -> None:
    assert classify(_operational(sqlstate)) is problem


def test_an_unreachable_server_says_so_in_words_a_person_can_act_on() -> None:
    error = as_storage_error(_operational(None))
    assert error is not None
    assert error.problem is StorageProblem.SERVER_UNREACHABLE
    assert "server cannot be reached" in error.message
    assert error.message == storage_message(StorageProblem.SERVER_UNREACHABLE)


def test_a_server_error_that_is_not_about_storage_is_left_alone() -> None:
    # A constraint violation (23505) is the caller's to handle, and is not operational.
    assert classify(_ServerError("23505")) is None


def test_sqlite_is_still_read_by_its_texts() -> None:
    locked = OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    assert classify(locked) is StorageProblem.LOCKED
