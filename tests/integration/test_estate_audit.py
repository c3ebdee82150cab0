"""Every change to the estate is audited, from the command line too: `propdesk init
--estate X` on a database whose estate exists renames it, and says so in the log."""

from __future__ import annotations

from pathlib import Path

from propdesk.cli import EXIT_OK, run
from propdesk.config import Paths
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.core.audit import AuditFilter


def _estate_rows(data: Path) -> list[tuple[str, dict[str, object], dict[str, object], str]]:
    services = open_services(Paths.resolve(data), fast_hashing=True)
    try:
        page = services.audit.page(system_actor("-"), AuditFilter(entity="estate"))
        assert services.audit.verify().ok
        return [(r.action, r.before, r.after, r.username) for r in reversed(page.rows)]
    finally:
        services.close()


def test_init_estate_creates_then_renames_with_audit_rows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "init", "--estate", "翠湖花园"]) == EXIT_OK
    assert run(["--data-dir", str(data), "init", "--estate", "翠湖花园二期"]) == EXIT_OK
    rows = _estate_rows(data)
    assert [(action, before, after) for action, before, after, _ in rows] == [
        ("create", {}, {"name": "翠湖花园", "address": "", "hotline": ""}),
        ("update", {"name": "翠湖花园"}, {"name": "翠湖花园二期"}),
    ]
    # The command acts as the station's operating-system user, named in the row.
    assert all(username.startswith("system:") for *_, username in rows)


def test_the_same_name_again_changes_nothing_and_writes_no_row(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "init", "--estate", "翠湖花园"]) == EXIT_OK
    assert run(["--data-dir", str(data), "init", "--estate", "翠湖花园"]) == EXIT_OK
    assert [action for action, *_ in _estate_rows(data)] == ["create"]


def test_first_start_set_up_is_audited_as_setup(tmp_path: Path) -> None:
    """The first-start dialog sets the estate up before anyone can sign in."""
    services = open_services(Paths.resolve(tmp_path / "data"), fast_hashing=True)
    try:
        services.estate.set_up("翠湖花园")
        services.estate.set_up("翠湖花园", hotline="0755-12345678")
        page = services.audit.page(system_actor("-"), AuditFilter(entity="estate"))
        assert [(r.action, r.username, r.after) for r in reversed(page.rows)] == [
            ("create", "setup", {"name": "翠湖花园", "address": "", "hotline": ""}),
            ("update", "setup", {"hotline": "0755-12345678"}),
        ]
    finally:
        services.close()
