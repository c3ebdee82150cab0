"""Generated input through the storage choice: whatever is typed into the server form
(host, port, database, user, password) is either an address that survives the settings
file's URL unchanged, or refused with a UserError naming one of those fields — and a
refusal saves no settings and writes no trail line (tests/generated_input.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.config import Paths
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.sync.joining import JoinReport, ServerFacts
from propdesk.services.sync.server_address import ServerAddress
from propdesk.services.sync.storage_mode import StorageModeService, server_address
from propdesk.store.migrate import SCHEMA_HEAD
from tests.generated_input import GENERATED, attempt, row_counts, typed

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "岗亭")
FORM_FIELDS = {"host", "port", "database", "user", "password"}


def _facts(address: ServerAddress) -> ServerFacts:
    return ServerFacts(address.shown, "15.4", SCHEMA_HEAD, 1)


def _no_join(*_args: object) -> JoinReport:
    raise AssertionError("not joined in this test")


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    opened = open_services(Paths.resolve(tmp_path_factory.mktemp("storage")), fast_hashing=True)
    opened.estate.set_up("翠湖花园")
    opened.settings.set_station_name("岗亭")
    yield opened
    opened.close()


hosts = typed | st.sampled_from(["office", "192.168.1.10", "[::1]", " pg.example.cn "])
ports = typed | st.sampled_from(["5432", " 5432 ", "0", "65535", "65536", "-1", "5e3"])
names = typed | st.sampled_from(["propdesk", "翠湖物业", "gate user"])


@GENERATED
@given(host=hosts, port=ports, database=names, user=names, password=typed)
def test_the_server_form_stores_what_it_can_and_names_the_field_it_cannot(
    services: Services, host: str, port: str, database: str, user: str, password: str
) -> None:
    storage = StorageModeService(
        services.paths, services.settings, services.store, None, tester=_facts, joiner=_no_join
    )
    services.settings.set_storage(None, None)
    file_before = services.paths.settings_file.read_bytes()
    rows_before = row_counts(services.store)

    def choose() -> ServerFacts | None:
        return storage.use_server(ADMIN, server_address(host, port, database, user, password))

    facts, error = attempt(choose)
    if error is not None:
        assert error.field in FORM_FIELDS, error
        assert error.message
        assert services.paths.settings_file.read_bytes() == file_before
        assert row_counts(services.store) == rows_before
        return
    assert facts is not None
    saved = services.settings.current.database_url
    assert saved is not None
    address = ServerAddress.of_url(saved)
    assert address == server_address(host, port, database, user, password)
    assert address.host == host.strip()
    assert address.password == password
