"""Every complaint the filter finds, for the Excel export: more than one keyset batch
read back whole and newest first, one short read per batch, the filter respected,
anonymous complaints without a name or phone, and only roles with the export right."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from propdesk.domain.complaints.kinds import ComplaintCategory, ComplaintChannel
from propdesk.domain.roles import Role
from propdesk.errors import PermissionDeniedError
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.complaints import ComplaintService
from propdesk.services.complaints.detail import ComplaintDetail
from propdesk.services.complaints.inputs import ComplaintInput
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UnitInput
from tests.complaints_estate import complaint_services

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")


class Estate:
    """Seven complaints an hour apart: five noise (the second anonymous), two cleaning."""

    def __init__(self, services: Services) -> None:
        services.units.save(ADMIN, UnitInput("3", "2", "1502"))
        self.complaints: ComplaintService = complaint_services(services).complaints
        start = datetime.now().astimezone() - timedelta(hours=10)
        self.taken: list[ComplaintDetail] = []  # oldest first
        for i in range(7):
            anonymous = i == 1
            kind = ComplaintCategory.CLEANING if i in (2, 5) else ComplaintCategory.NOISE
            self.taken.append(
                self.complaints.take(
                    CLERK,
                    ComplaintInput(
                        channel=ComplaintChannel.PHONE,
                        category=kind,
                        description=f"第{i}件",
                        complainant_name="" if anonymous else f"住户{i}",
                        complainant_phone="" if anonymous else f"1381234000{i}",
                        anonymous=anonymous,
                        unit_code="3-2-1502",
                        received_at=start + timedelta(hours=i),
                    ),
                )
            )


@pytest.fixture
def estate(services: Services) -> Estate:
    return Estate(services)


def test_every_complaint_in_batches_newest_first(
    estate: Estate, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = estate.complaints._store
    opened = 0
    read = store.read

    def counted() -> AbstractContextManager[Session]:
        nonlocal opened
        opened += 1
        return read()

    monkeypatch.setattr(store, "read", counted)
    rows = list(estate.complaints.iter_rows(CLERK, ComplaintFilter(), batch=3))
    assert [r.id for r in rows] == [c.id for c in reversed(estate.taken)]
    assert opened == 3  # 3 + 3 + 1: each batch its own short read
    # The same rows as the list's pages show.
    page = estate.complaints.page(CLERK, ComplaintFilter(), limit=7)
    assert rows == page.rows


def test_the_filter_is_respected(estate: Estate) -> None:
    cleaning = ComplaintFilter(category=ComplaintCategory.CLEANING)
    rows = list(estate.complaints.iter_rows(CLERK, cleaning, batch=1))
    assert [r.description for r in rows] == ["第5件", "第2件"]
    noise = ComplaintFilter(category=ComplaintCategory.NOISE)
    assert [r.description for r in estate.complaints.iter_rows(CLERK, noise, batch=3)] == [
        "第6件",
        "第4件",
        "第3件",
        "第1件",
        "第0件",
    ]
    none = ComplaintFilter(text="不存在的人")
    assert list(estate.complaints.iter_rows(CLERK, none, batch=3)) == []


def test_an_anonymous_complaint_comes_without_name_or_phone(estate: Estate) -> None:
    rows = {r.description: r for r in estate.complaints.iter_rows(CLERK, batch=3)}
    anonymous = rows["第1件"]
    assert anonymous.anonymous
    assert (anonymous.complainant_name, anonymous.complainant_phone) == ("", "")
    named = rows["第0件"]
    assert (named.complainant_name, named.complainant_phone) == ("住户0", "13812340000")


@pytest.mark.parametrize("actor", [GUARD, COMMITTEE])
def test_without_the_export_right_it_is_refused_at_once(estate: Estate, actor: Actor) -> None:
    # Refused when asked, before a row is read (the committee may view, not export).
    with pytest.raises(PermissionDeniedError):
        estate.complaints.iter_rows(actor, ComplaintFilter())
