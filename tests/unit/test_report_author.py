"""Who the monthly report names as its author: a person, never "system". A headless
command names whom --by gives (a login shown as that person's name), else the estate's
manager (the first active one by name), else nobody, and the report then names the
property service centre itself."""

from __future__ import annotations

from datetime import UTC, datetime

from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.monthly.sections import author
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.reporting.authors import report_author

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "岗亭")
PASSWORD = "correct horse 42"


def author_of(services: Services, actor: Actor, by: str | None = None) -> str:
    with services.store.read() as session:
        return report_author(session, actor, by)


def test_a_command_names_the_estates_manager(ready_services: Services) -> None:
    command = system_actor("岗亭")
    assert author_of(ready_services, command) == ""  # no manager yet
    accounts = ready_services.accounts
    accounts.create_user(ADMIN, "root", "系统管理员", Role.ADMIN, PASSWORD)
    wang = accounts.create_user(ADMIN, "wang", "王经理", Role.MANAGER, PASSWORD)
    accounts.create_user(ADMIN, "chen", "陈经理", Role.MANAGER, PASSWORD)
    accounts.create_user(ADMIN, "an", "安文员", Role.CLERK, PASSWORD)  # first by name
    assert author_of(ready_services, command) == "王经理"  # 王 sorts before 陈
    accounts.set_active(ADMIN, wang.id, False, "left the estate")
    assert author_of(ready_services, command) == "陈经理"


def test_by_names_a_login_as_its_person_or_a_name_as_typed(ready_services: Services) -> None:
    ready_services.accounts.create_user(ADMIN, "zhao", "赵主管", Role.MANAGER, PASSWORD)
    command = system_actor("岗亭")
    assert author_of(ready_services, command, "zhao") == "赵主管"
    assert author_of(ready_services, command, "  孙 会计 ") == "孙 会计"


def test_a_person_in_the_window_names_themself(ready_services: Services) -> None:
    ready_services.accounts.create_user(ADMIN, "zhao", "赵主管", Role.MANAGER, PASSWORD)
    clerk = Actor(None, "li", "李文员", Role.CLERK, "前台")
    assert author_of(ready_services, clerk) == "李文员"


def test_without_an_author_the_cover_names_the_office() -> None:
    report = MonthlyReport(
        "阳光花园", Period.month(2026, 10), "", datetime(2026, 11, 1, tzinfo=UTC), "ab", (), ()
    )
    assert author(report, "zh_CN") == "阳光花园物业服务中心"
    assert author(report, "en") == "阳光花园 Property Service Centre"
