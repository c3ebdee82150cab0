"""Residents' ID numbers on PostgreSQL: sealed, found again by their keyed hash, never
in clear in the table; a second station sharing the server without the key is told to
import it; a number over the column's length is refused by the service, not by 22001."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from propdesk.config import Paths
from propdesk.errors import ValidationError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.master_data.id_numbers import KEY_MISSING
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from tests.unit.test_id_number_encryption import ADMIN, NUMBER


def test_id_numbers_are_sealed_and_found_on_the_server(services: Services, tmp_path: Path) -> None:
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    services.residents.save(
        ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", id_number=NUMBER)
    )
    (found,) = services.residents.find_by_id_number(ADMIN, NUMBER.lower())
    assert (found.name, found.id_masked) == ("张三", "110***********002X")
    with services.store.engine.connect() as conn:
        stored = conn.execute(text("SELECT resident::text FROM resident")).scalars().all()
    assert stored
    assert not any(NUMBER in row for row in stored)
    with pytest.raises(ValidationError) as caught:
        services.residents.save(
            ADMIN, ResidentInput("3-2-1502", ResidentKind.FAMILY, "李四", id_number="A" * 31)
        )
    assert caught.value.field == "id_number"

    # The gatehouse's PC: the same server, its own (new) config folder, no key yet.
    gatehouse = open_services(Paths.resolve(tmp_path / "gatehouse"), fast_hashing=True)
    try:
        assert [n.template for n in gatehouse.notices] == [KEY_MISSING]
        (shown,) = gatehouse.residents.for_unit(ADMIN, found.unit_id)
        assert shown.id_masked == "110***********002X"
        problem = gatehouse.residents.key_problem()
        assert problem is not None
        assert problem.template == KEY_MISSING
    finally:
        gatehouse.close()
