"""The server's address as typed, and what a failed connection means in words."""

from __future__ import annotations

import pytest

from propdesk.errors import ValidationError
from propdesk.services.sync.server_address import ServerAddress, ServerProblem, classify


class _DriverError(Exception):
    def __init__(self, text: str, sqlstate: str | None = None) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("text", "state", "problem"),
    [
        (
            'connection failed: FATAL:  password authentication failed for user "a"',
            None,
            ServerProblem.WRONG_PASSWORD,
        ),
        (
            'connection failed: FATAL:  role "nobody" does not exist',
            None,
            ServerProblem.WRONG_PASSWORD,
        ),
        ("no pg_hba.conf entry for host", None, ServerProblem.WRONG_PASSWORD),
        (
            'connection failed: FATAL:  database "estate" does not exist',
            None,
            ServerProblem.NO_DATABASE,
        ),
        ("whatever", "3D000", ServerProblem.NO_DATABASE),
        ("connection refused", None, ServerProblem.UNREACHABLE),
        ("timeout expired", "08006", ServerProblem.UNREACHABLE),
        ("terminating connection due to administrator command", "57P01", ServerProblem.UNREACHABLE),
        ("permission denied for table unit", "42501", ServerProblem.OTHER),
    ],
)
def test_a_failed_connection_is_named(text: str, state: str | None, problem: ServerProblem) -> None:
    assert classify(_DriverError(text, state)) is problem


def test_the_address_round_trips_through_its_url_and_hides_the_password() -> None:
    address = ServerAddress("10.0.0.5", 5433, "estate", "desk", "p@ss:/word")
    assert ServerAddress.of_url(address.url) == address
    assert "p@ss" not in address.shown
    assert address.shown == "10.0.0.5:5433/estate"


@pytest.mark.parametrize(
    ("address", "field"),
    [
        (ServerAddress(" ", 5432, "estate", "desk", ""), "host"),
        (ServerAddress("srv", 0, "estate", "desk", ""), "port"),
        (ServerAddress("srv", 70000, "estate", "desk", ""), "port"),
        (ServerAddress("srv", 5432, "", "desk", ""), "database"),
        (ServerAddress("srv", 5432, "estate", "", ""), "user"),
    ],
)
def test_what_is_missing_is_said_at_its_field(address: ServerAddress, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        address.validate()
    assert caught.value.field == field
