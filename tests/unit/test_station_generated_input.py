"""Generated input through the station's services and the quick search: user accounts
and the login, the station's settings, the estate's details and the search box.
Whatever is typed is stored as cleaned or refused with a UserError naming its form
field, and a refusal writes nothing (tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.text import clean_text
from propdesk.services.master_data.units import UnitInput
from tests.generated_input import GENERATED, attempt, bad_choices, row_counts, typed

ADMIN_NAME = "root"
PASSWORD = "secret-123"
USER_FIELDS = {"username", "display_name", "role", "password"}


@dataclass(frozen=True)
class Station:
    services: Services
    admin: Actor
    clerk_id: uuid.UUID

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return "Station()"


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Station]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("station")), fast_hashing=True)
    services.estate.set_up("翠湖花园")
    admin = services.accounts.create_first_admin(ADMIN_NAME, "管理员", PASSWORD, "客服中心")
    actor = services.accounts.actor_for(admin, "客服中心")
    clerk = services.accounts.create_user(actor, "clerk", "李客服", Role.CLERK, PASSWORD)
    services.units.save(actor, UnitInput("3", "2", "1502"))
    yield Station(services, actor, clerk.id)
    services.close()


def refused_cleanly(
    station: Station, before: dict[str, int], error: object, names: set[str]
) -> None:
    assert error is not None
    assert getattr(error, "field", None) in names, error
    assert getattr(error, "message", "")
    assert row_counts(station.services.store) == before


roles = st.sampled_from(list(Role)) | bad_choices
passwords = typed | st.just(PASSWORD)


@GENERATED
@given(username=typed | st.just("wang.li"), display_name=typed, role=roles, password=passwords)
def test_new_user_form(
    station: Station, username: str, display_name: str, role: Role, password: str
) -> None:
    accounts = station.services.accounts
    _checked, error = attempt(lambda: accounts.validate_new_user(username, display_name, password))
    assert error is None or error.field in USER_FIELDS, error
    before = row_counts(station.services.store)
    user, error = attempt(
        lambda: accounts.create_user(station.admin, username, display_name, role, password)
    )
    if user is None:
        refused_cleanly(station, before, error, USER_FIELDS)
        return
    assert user.display_name == clean_text(display_name)
    assert accounts.login(username, password).id == user.id


@GENERATED
@given(username=typed | st.just(ADMIN_NAME), password=passwords)
def test_login_form(station: Station, username: str, password: str) -> None:
    user, error = attempt(lambda: station.services.accounts.login(username, password))
    if user is None:
        assert error is not None
        assert error.field == "password", error


@GENERATED
@given(active=st.booleans(), reason=typed, role=roles, password=passwords)
def test_user_changes(
    station: Station, active: bool, reason: str, role: Role, password: str
) -> None:
    accounts = station.services.accounts
    for call, fields in (
        (lambda: accounts.set_active(station.admin, station.clerk_id, active, reason), {"reason"}),
        (lambda: accounts.change_role(station.admin, station.clerk_id, role), {"role"}),
        (lambda: accounts.reset_password(station.admin, station.clerk_id, password), {"password"}),
    ):
        before = row_counts(station.services.store)
        done, error = attempt(call)
        if done is None:
            refused_cleanly(station, before, error, fields)


@GENERATED
@given(
    name=typed,
    language=st.none() | st.sampled_from(["zh_CN", "zh_TW", "en"]) | typed,
    minutes=st.integers(-5, 300) | st.sampled_from([10**20, True]),
)
def test_station_settings(station: Station, name: str, language: str | None, minutes: int) -> None:
    settings = station.services.settings
    saved, error = attempt(lambda: settings.set_station_name(name))
    if saved is None:
        assert error is not None
        assert error.field == "station_name", error
    else:
        assert saved.station_name == clean_text(name)
    saved, error = attempt(lambda: settings.set_language(language))
    assert saved is not None or (error is not None and error.field == "language"), error
    saved, error = attempt(lambda: settings.set_idle_lock_minutes(minutes))
    assert saved is not None or (error is not None and error.field == "idle_lock_minutes"), error


@GENERATED
@given(name=typed, address=typed, hotline=typed | st.just("0755-12345678"))
def test_estate_details(station: Station, name: str, address: str, hotline: str) -> None:
    estate = station.services.estate
    for call in (
        lambda: estate.update(station.admin, name, address, hotline),
        lambda: estate.set_up(name, address, hotline),
    ):
        before = row_counts(station.services.store)
        saved, error = attempt(call)
        if saved is None:
            refused_cleanly(station, before, error, {"estate_name", "address", "hotline"})
            continue
        assert saved.name == clean_text(name)


@GENERATED
@given(text=typed | st.sampled_from(["3-2", "张", "zs", "FK2026", "京A"]))
def test_quick_search_box(station: Station, text: str) -> None:
    groups, error = attempt(lambda: station.services.search.search(station.admin, text))
    assert groups is not None or (error is not None and error.field == "text"), error
