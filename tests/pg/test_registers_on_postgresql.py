"""Buildings, units, residents, cards and vehicles on PostgreSQL: create, update, void,
each with its audit row — the SQLite suite's tests, run again on the server — and the
audit trail's hash chain verified by `propdesk audit verify`."""

import pytest

from propdesk.cli import EXIT_OK, run
from propdesk.services.bootstrap import Services
from propdesk.services.core.audit import AuditFilter
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from tests.integration.test_audit_chain import ACTOR, _history
from tests.unit.test_building_service import *  # noqa: F403
from tests.unit.test_registers import *  # noqa: F403


def test_registers_are_audited_and_the_chain_verifies(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    _history(services)  # buildings: three created, one updated, one voided
    services.units.save(ACTOR, UnitInput("5", "1", "0801"))
    zhang = services.residents.save(
        ACTOR, ResidentInput("5-1-0801", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.residents.update(
        ACTOR, zhang.id, ResidentInput("5-1-0801", ResidentKind.OWNER, "张三", "13812345679")
    )
    services.residents.void(ACTOR, zhang.id, "entered twice")
    rows = services.audit.page(ACTOR, AuditFilter(), limit=100).rows
    assert [r.seq for r in rows] == list(range(len(rows), 0, -1))
    assert {(r.entity, r.action) for r in rows} >= {
        ("building", "create"),
        ("building", "update"),
        ("building", "void"),
        ("resident", "create"),
        ("resident", "update"),
        ("resident", "void"),
    }
    assert services.audit.verify().ok
    # The headless command on the same server (the URL comes from PROPDESK_DATABASE_URL).
    assert run(["--data-dir", str(services.paths.data_dir), "audit", "verify"]) == EXIT_OK
    assert capsys.readouterr().out
