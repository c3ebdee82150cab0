"""The equipment register's import sheet (services/inspections/equipment_sheet.py): its
words exist in the three languages for every column, note and kind, its headers are
recognised by the importer's header matcher in the sheet's own words, and its rows go
through the register's own cleaning and upsert — created, then updated or unchanged on
a second import — with each bad cell blamed on its column. The whole import through
the registry: tests/integration/test_import_module_sheets.py."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.roles import Role
from propdesk.errors import UserError
from propdesk.reports import labels
from propdesk.reports.labels import LANGS
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.records import Outcome
from propdesk.services.inspections.equipment_sheet import (
    COLUMNS,
    EQUIPMENT_LABELS,
    SHEET_LABEL,
    prepare_equipment,
)
from propdesk.services.master_data.importing.cells import RowCells
from propdesk.services.master_data.importing.headers import map_headers
from propdesk.services.master_data.importing.lookups import Lookups
from propdesk.services.master_data.importing.words import sheet_words
from propdesk.services.master_data.units import UnitInput
from propdesk.store.models import Equipment

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "工程部")
TODAY = date(2026, 12, 5)
SPECS = {c.key: c for c in COLUMNS}


WORDS = sheet_words(EQUIPMENT_LABELS, "equipment")


def test_every_word_is_there_in_three_languages() -> None:
    wanted = {SHEET_LABEL}
    wanted |= {c.label_key for c in COLUMNS} | {c.note_key for c in COLUMNS}
    wanted |= {key for key, _ in SPECS["equipment_kind"].choices}
    present = set(EQUIPMENT_LABELS) | set(labels.LABELS)
    assert wanted <= present
    assert {f"equipment.{k.value}" for k in EquipmentKind} <= set(EQUIPMENT_LABELS)
    for key, texts in EQUIPMENT_LABELS.items():
        assert set(texts) == set(LANGS), key
        assert all(text.strip() for text in texts.values()), key
        # A key the catalogue has already keeps its words: nothing is redefined.
        assert labels.LABELS.get(key, texts) == texts, key


def _header(lang: str) -> list[str]:
    return [WORDS.label(c.label_key, lang) for c in COLUMNS]


@pytest.mark.parametrize("lang", LANGS)
def test_headers_are_recognised_in_each_language(lang: str) -> None:
    found = map_headers(list(reversed(_header(lang))), COLUMNS, WORDS)
    assert found.lang == lang
    assert found.index["equipment_code"] == len(COLUMNS) - 1
    assert set(found.index) == set(SPECS)


ROW = (
    "MHQ-3-B1-01",
    "灭火器",
    "4 kg ABC 干粉灭火器",
    None,
    "3栋 地下一层 楼梯口",
    datetime(2024, 3, 1),
    "2026/3/10",
    12.0,
    None,
    date(2030, 2, 28),
    "压力表绿区",
)


def test_rows_go_through_the_register(services: Services) -> None:
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    columns = map_headers(_header("zh_CN"), COLUMNS, WORDS)
    in_unit = ("P-01", "Pump", "生活水泵", 1502, None, None, None, None, 15, None, None)
    in_unit = (*in_unit[:3], "3-2-1502", *in_unit[4:])

    def run(rows: list[tuple[object, ...]]) -> list[Outcome]:
        with services.store.write() as session:
            lookups = Lookups(session)
            return [
                prepare_equipment(RowCells(columns, SPECS, row), lookups, TODAY).write(
                    session, ADMIN
                )
                for row in rows
            ]

    assert run([ROW, in_unit]) == [Outcome.CREATED, Outcome.CREATED]
    changed = (*ROW[:6], date(2026, 12, 1), *ROW[7:])
    assert run([changed, in_unit]) == [Outcome.UPDATED, Outcome.UNCHANGED]
    with services.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Equipment)) == 2
        row = session.scalars(select(Equipment).where(Equipment.code == "MHQ-3-B1-01")).one()
        assert (row.kind, row.last_serviced_on) == ("extinguisher", date(2026, 12, 1))
        assert row.next_due == date(2027, 12, 1)
        pump = session.scalars(select(Equipment).where(Equipment.code == "P-01")).one()
        assert (pump.kind, pump.service_interval_days, pump.unit_id is not None) == (
            "pump",
            15,
            True,
        )


BAD_CELLS = [
    (0, None, "equipment_code"),  # required
    (0, "MHQ 01", "equipment_code"),
    (1, "水桶", "equipment_kind"),
    (2, " ", "equipment_name"),
    (3, "9-9-999", "unit"),
    (5, "yesterday", "installed_on"),
    (9, date(2020, 1, 1), "expires_on"),  # before the install date
    (6, date(2026, 12, 6), "last_serviced_on"),  # after today
    (7, "twelve", "service_interval_months"),
    (7, 9999, "service_interval_months"),
    (10, "注" * 301, "equipment_notes"),
]


@pytest.mark.parametrize(("position", "value", "column"), BAD_CELLS)
def test_a_bad_cell_is_blamed_on_its_column(
    services: Services, position: int, value: object, column: str
) -> None:
    columns = map_headers(_header("en"), COLUMNS, WORDS)
    row = list(ROW)
    row[position] = value
    with services.store.write() as session:
        lookups = Lookups(session)
        with pytest.raises(UserError) as raised:
            prepare_equipment(RowCells(columns, SPECS, tuple(row)), lookups, TODAY)
    assert SPECS[column].owns(raised.value.field), raised.value.field
    with services.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Equipment)) == 0
