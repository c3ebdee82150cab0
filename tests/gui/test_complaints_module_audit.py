"""The audit view names the complaints' and inquiries' records and fields: every field
the two services audit has its own word, a complaint and an inquiry are named by their
numbers (an inquiry's complaint too), and an anonymous complaint's audit entries hold
no name or phone and name no person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from propdesk.services.bootstrap import Services
from propdesk.services.complaints import complaints as complaint_records
from propdesk.services.complaints import inquiries as inquiry_records
from propdesk.services.complaints.inputs import ComplaintInput, InquiryInput
from propdesk.services.core.audit_labels import LABELS, EntryKeys, name_entries
from propdesk.store.base import utcnow
from propdesk.store.models import AuditEntry
from propdesk.ui.tabs.audit.audit_fields import field_name
from tests.unit.test_complaints_service import CLERK, Estate

AUDITED = {
    complaint_records.ENTITY: complaint_records.FIELDS,
    inquiry_records.ENTITY: inquiry_records.FIELDS,
}


class Marking(QTranslator):
    """Every text translated into itself in brackets: a word never put up for
    translation (a field shown as stored) stays bare."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        return f"[{source}]"


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_audited_field_has_its_own_word(marking: None) -> None:
    for entity, fields in AUDITED.items():
        assert entity in LABELS
        words = [field_name(entity, f) for f in fields]
        assert [f for f, w in zip(fields, words, strict=True) if not w.startswith("[")] == []
        assert len(set(words)) == len(words), entity
    assert field_name("complaint", "verdict") == "[complainant's verdict]"
    assert field_name("patrol_round", "verdict") == "[timeliness]"  # unchanged


def _entries(services: Services, entity: str, entity_id: str) -> list[EntryKeys]:
    with services.store.read() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.seq)
        ).all()
        return [
            EntryKeys(r.username, r.entity, r.entity_id, r.before or {}, r.after or {})
            for r in rows
        ]


def test_an_anonymous_complaint_is_named_by_its_number_and_names_nobody(
    services: Services,
) -> None:
    estate = Estate(services)
    taken = estate.complaints.take(
        CLERK, estate.noise(anonymous=True, complainant_name="", complainant_phone="")
    )
    estate.assign(taken.id)
    entries = _entries(services, "complaint", str(taken.id))
    assert len(entries) == 2  # taken, assigned
    for entry in entries:
        for change in (entry.before, entry.after):
            assert change.get("complainant_name", "") == ""
            assert change.get("complainant_phone", "") == ""
            assert change.get("resident_id") is None
    with services.store.read() as session:
        named = name_entries(session, entries)
    assert {n.record for n in named} == {taken.number}
    mentioned = {value for n in named for value in n.fields.values()}
    assert "张三" not in mentioned
    assert "13812345678" not in mentioned
    assert {"3-2-1502", "赵队长"} <= mentioned  # the place and the handler, by name


def test_an_inquiry_and_the_complaint_it_became_are_named(services: Services) -> None:
    estate = Estate(services)
    inquiries = estate.module.inquiries
    asked = inquiries.log(
        CLERK, InquiryInput("楼上漏水", promised_by=utcnow() + timedelta(hours=2))
    )
    _view, complaint_id = inquiries.to_complaint(
        CLERK,
        asked.id,
        ComplaintInput(
            channel=estate.noise().channel,
            category=estate.noise().category,
            description="楼上漏水",
            anonymous=True,
            unit_code="3-2-1502",
        ),
    )
    became = estate.complaints.detail(CLERK, complaint_id)
    entries = _entries(services, "inquiry", str(asked.id))
    with services.store.read() as session:
        named = name_entries(session, entries)
    assert {n.record for n in named} == {asked.number}
    assert ("complaint_id", str(complaint_id)) in named[-1].fields
    assert named[-1].fields[("complaint_id", str(complaint_id))] == became.number
