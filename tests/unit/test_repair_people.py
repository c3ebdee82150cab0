"""People by name in the repairs: who took the call and who recorded each step read as
the person (李客服), not the login (clerk1), in the ticket, its timeline, the list and
the ticket sheet of exports and the workbook; a technician's own staff record is found
for "my tickets"."""

from __future__ import annotations

from datetime import date

import pytest

from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.repairs.workflow import RepairStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.master_data.staff import StaffInfo, StaffInput
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.service import RepairServices
from propdesk.services.repairs.ticket_sheet import ticket_sheet
from propdesk.store.models import Staff

STATION = "客服中心"
PASSWORD = "pass-123"
LEAK = TicketInput(
    reporter_name="张三",
    reporter_phone="13812345678",
    category=RepairCategory.PLUMBING,
    description="厨房水管漏水",
    common_area="1 栋大堂",
)


class People:
    """A manager, a clerk and a technician with accounts; the technician and a
    namesake-free colleague on the staff list."""

    def __init__(self, services: Services) -> None:
        services.estate.set_up("翠湖花园")
        first = services.accounts.create_first_admin("admin", "王经理", "secret-1", STATION)
        self.admin = services.accounts.actor_for(first, STATION)
        self.clerk = self._user(services, "clerk1", "李客服", Role.CLERK)
        self.tech = self._user(services, "tech1", "王师傅", Role.TECHNICIAN)
        self.wang: StaffInfo = services.staff.save(
            self.admin, StaffInput("王师傅", "engineering", "水电工")
        )
        self.zhao: StaffInfo = services.staff.save(
            self.admin, StaffInput("赵师傅", "engineering", "电工")
        )
        self.services = services
        self.repairs = services.module(RepairServices).tickets

    def _user(self, services: Services, login: str, name: str, role: Role) -> Actor:
        info = services.accounts.create_user(self.admin, login, name, role, PASSWORD)
        return services.accounts.actor_for(info, STATION)

    def link(self, staff: StaffInfo, actor: Actor) -> None:
        """Staff.user_id, as an import or a later screen would set it."""
        with self.services.store.write() as session:
            row = session.get(Staff, staff.id)
            assert row is not None
            row.user_id = actor.user_id


@pytest.fixture
def people(services: Services) -> People:
    return People(services)


def test_the_ticket_and_its_timeline_name_the_people(people: People) -> None:
    ticket = people.repairs.open_ticket(people.clerk, LEAK)
    people.repairs.step(
        people.clerk, ticket.id, StepRequest(RepairStep.DISPATCH, technician_id=people.wang.id)
    )
    detail = people.repairs.step(people.tech, ticket.id, StepRequest(RepairStep.ARRIVE))
    assert (detail.created_by, detail.created_by_name) == ("clerk1", "李客服")
    assert [(e.username, e.user_name) for e in detail.timeline] == [
        ("clerk1", "李客服"),
        ("clerk1", "李客服"),
        ("tech1", "王师傅"),
    ]


def test_a_login_that_is_no_user_shows_as_itself(people: People) -> None:
    """A headless command or an account since renamed: the record still says who."""
    ghost = Actor(None, "system:root", "system", Role.ADMIN, STATION)
    detail = people.repairs.open_ticket(ghost, LEAK)
    assert detail.created_by_name == "system:root"
    assert detail.timeline[0].user_name == "system:root"


def test_the_list_and_the_ticket_sheet_name_who_took_the_call(people: People) -> None:
    people.repairs.open_ticket(people.clerk, LEAK)
    people.repairs.open_ticket(people.admin, LEAK)
    rows = people.repairs.page(people.admin, TicketFilter()).rows
    assert {(r.created_by, r.created_by_name) for r in rows} == {
        ("clerk1", "李客服"),
        ("admin", "王经理"),
    }
    today = date.today()
    for lang, header in (("zh_CN", "受理人"), ("en", "Taken by")):
        request = SheetRequest(people.services.store, people.admin, today, today, lang, False)
        sheet = ticket_sheet(people.services.module(RepairServices), request)
        headers = [column.header for column in sheet.columns]
        cells = [dict(zip(headers, row, strict=True)) for row in sheet.rows]
        assert {c[header] for c in cells} == {"李客服", "王经理"}
        assert not {"clerk1", "admin"} & {v for c in cells for v in c.values()}


def test_a_technician_is_found_by_the_link_to_the_account(people: People) -> None:
    # Another 王师傅 on the list: the name alone no longer says which one.
    other = people.services.staff.save(people.admin, StaffInput("王师傅", "cleaning", "保洁"))
    assert people.repairs.own_staff(people.tech) is None
    people.link(other, people.tech)
    found = people.repairs.own_staff(people.tech)
    assert found is not None
    assert found.id == other.id


def test_a_technician_without_a_link_is_found_by_name(people: People) -> None:
    found = people.repairs.own_staff(people.tech)
    assert found is not None
    assert found.id == people.wang.id
    assert people.repairs.own_staff(people.clerk) is None  # 李客服 is not on the staff list
    people.services.staff.void(people.admin, people.wang.id, "离职")
    assert people.repairs.own_staff(people.tech) is None  # a voided record is nobody's
