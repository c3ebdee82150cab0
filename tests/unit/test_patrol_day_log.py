"""A day's patrol log: its summary, the slots in time order (a night's rounds after
midnight under a "next day" row), each round's checkpoints, the findings and the
signature lines, as a PDF of several pages with the header and "page x of y" on
each, in every language, times in local time."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.timing import Verdict
from propdesk.reports.patrol.day_log import (
    LogFinding,
    LogRound,
    LogSlot,
    LogVisit,
    PatrolDayLog,
    day_log_pdf,
)
from propdesk.reports.patrol.day_log_text import (
    clock_text,
    flags_text,
    slot_rows,
    summary,
    visits_text,
    walked_text,
)
from propdesk.reports.patrol.labels import PATROL_LABELS, patrol_label

LANGS = ("zh_CN", "zh_TW", "en")
DAY = date(2026, 12, 5)
EAST = ("东门岗亭", "1栋大堂", "2号消防通道", "地下车库B1入口", "配电房", "水泵房", "3栋天台门")
WEST = ("西门岗亭", "5栋大堂", "垃圾分类投放点", "中心花园", "6号消防通道", "会所后门")
GUARDS = ("王建国", "李保安", "张伟", "陈志强")
ISSUE = "配电房门未锁，已锁好并报告值班经理"

pytestmark = pytest.mark.usefixtures("beijing_time")


def local(hour: int, minute: int = 0, days: int = 0) -> datetime:
    """Beijing time on DAY (or `days` later), as aware UTC."""
    start = datetime(2026, 12, 5, hour, minute, tzinfo=UTC) - timedelta(hours=8)
    return start + timedelta(days=days)


def walk(
    start: datetime,
    names: tuple[str, ...],
    *,
    skip: int = -1,
    swap: int = -1,
    fast: int = -1,
    issue: int = -1,
) -> tuple[LogVisit, ...]:
    """A checkpoint every 3–5 minutes; `skip` not reached, `swap` out of order, `fast`
    reached too fast, `issue` something found."""
    visits = []
    at = start
    for index, name in enumerate(names):
        at += timedelta(minutes=0 if index == fast else 3 + index % 3)
        visits.append(
            LogVisit(
                position=index + 1,
                checkpoint=name,
                at=None if index == skip else at,
                ok=index != issue,
                note=ISSUE if index == issue else "",
                out_of_order=index == swap,
                too_fast=index == fast,
            )
        )
    return tuple(visits)


def round_of(
    number: int,
    start: datetime,
    slot: datetime | None,
    verdict: Verdict | None,
    visits: tuple[LogVisit, ...],
    **changes: object,
) -> LogRound:
    reached = [v.at for v in visits if v.at is not None]
    values: dict[str, object] = {
        "number": f"XL202612-{number:04d}",
        "route": "东区巡逻" if visits[0].checkpoint == EAST[0] else "西区巡逻",
        "guard": GUARDS[number % 4],
        "started_at": start,
        "finished_at": max(reached) + timedelta(minutes=2),
        "state": "finished",
        "verdict": verdict,
        "slot_at": slot,
        "entered_later": False,
        "abandon_reason": "",
        "visits": visits,
    }
    values.update(changes)
    return LogRound(**values)  # type: ignore[arg-type]


def patrol_day(findings: int = 3) -> PatrolDayLog:
    """06:00–22:00 hourly, 22:00–06:00 every half hour: 32 slots, two missed, two
    late; an extra round, an abandoned one, a slot answered by two routes."""
    times = [local(h) for h in range(6, 22)] + [
        local(22) + timedelta(minutes=30 * i) for i in range(16)
    ]
    slots: list[LogSlot] = []
    rounds: list[LogRound] = []
    for index, at in enumerate(times):
        if index in (5, 27):
            slots.append(LogSlot(at, Verdict.MISSED, ()))
            continue
        late = index in (9, 24)
        start = at + timedelta(minutes=25 if late else 3)
        verdict = Verdict.LATE if late else Verdict.ON_TIME
        visits = walk(
            start,
            EAST if index % 2 else WEST,
            skip=2 if index == 12 else -1,
            swap=3 if index == 14 else -1,
            fast=4 if index == 20 else -1,
            issue=4 if index == 17 else -1,
        )
        answering = [
            round_of(len(rounds) + 1, start, at, verdict, visits, entered_later=index == 8)
        ]
        if index == 30:  # the east route walked in the same slot too
            second = start + timedelta(minutes=1)
            answering.append(
                round_of(len(rounds) + 2, second, at, Verdict.ON_TIME, walk(second, EAST))
            )
        rounds += answering
        slots.append(LogSlot(at, verdict, tuple(r.number for r in answering)))
    extra = local(13, 40)
    rounds.append(round_of(90, extra, None, None, walk(extra, WEST), route="地库及周界"))
    gave_up = local(16, 10)
    visits = walk(gave_up, EAST)
    visits = visits[:3] + tuple(
        LogVisit(v.position, v.checkpoint, None, True, "", False, False) for v in visits[3:]
    )
    rounds.append(
        round_of(
            91,
            gave_up,
            None,
            None,
            visits,
            state="abandoned",
            finished_at=None,
            abandon_reason="对讲机呼叫，3栋电梯困人，前往处理",
        )
    )
    found = [
        LogFinding(
            number=f"XL202612-{17 + n:04d}-1",
            round_number=f"XL202612-{17 + n:04d}",
            checkpoint="配电房",
            place="3栋负一层设备间",
            seen_at=local(17, 20) + timedelta(hours=n),
            category=FindingCategory.DOORS_WINDOWS if n % 2 else FindingCategory.LIGHTING,
            seen="配电房门未锁，门锁锁舌损坏 <需更换> & 门框松动。" * (1 + n % 3),
            action="已用挂锁临时锁好，报告值班经理",
            escalated_to="刘经理" if n % 2 else "",
            escalated_at=local(17, 25) + timedelta(hours=n) if n % 2 else None,
            ticket=f"WX202612-{n + 1:04d}" if n % 3 != 2 else "",
            ticket_closed=(n % 3 == 0) if n % 3 != 2 else None,
            resolution="更换门锁，已恢复" if n % 3 == 0 else "",
        )
        for n in range(findings)
    ]
    return PatrolDayLog(
        "阳光花园", DAY, tuple(slots), tuple(rounds), tuple(found), 3, local(23, 50, days=1)
    )


def quiet_day() -> PatrolDayLog:
    return PatrolDayLog("阳光花园", DAY, (), (), (), 0, local(8))


def run(tool: str, *args: str | Path) -> str:
    done = subprocess.run(
        [tool, *map(str, args)], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def write(log: PatrolDayLog, lang: str | None, tmp_path: Path) -> tuple[int, Path]:
    buffer = io.BytesIO()
    pages = day_log_pdf(log, lang, buffer)
    path = tmp_path / f"log-{lang}.pdf"
    path.write_bytes(buffer.getvalue())
    return pages, path


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_texts(path: Path, pages: int) -> list[str]:
    return [
        squeeze(run("pdftotext", "-f", str(n), "-l", str(n), "-enc", "UTF-8", path, "-"))
        for n in range(1, pages + 1)
    ]


# -- the texts -------------------------------------------------------------------------
def test_the_summary_counts_slots_rounds_and_findings() -> None:
    s = summary(patrol_day())
    assert (s.slots, s.on_time, s.late, s.missed) == (32, 28, 2, 2)
    assert (s.rounds, s.extra, s.abandoned) == (33, 1, 1)


def test_slots_and_rounds_outside_them_come_in_time_order() -> None:
    log = patrol_day()
    rows = slot_rows(log)
    times = [row.at for row in rows]
    assert times == sorted(times)
    assert len(rows) == 32 + 1 + 2  # each slot, its second round, the extra and the abandoned
    missed = [row for row in rows if row.slot is not None and row.slot.verdict is Verdict.MISSED]
    assert [(row.round, row.number) for row in missed] == [(None, ""), (None, "")]
    second = [row for row in rows if not row.first]
    assert [row.number for row in second] == ["XL202612-0030"]
    outside = [row for row in rows if row.slot is None and row.first]
    assert [row.number for row in outside] == ["XL202612-0090", "XL202612-0091"]
    assert outside[0].at == local(13, 40)


def test_times_print_in_local_time_and_say_next_day() -> None:
    assert clock_text(local(6), DAY, "zh_CN") == "06:00"
    assert clock_text(local(2, 40, days=1), DAY, "zh_CN") == "次日 02:40"
    assert clock_text(local(2, 40, days=1), DAY, "en") == "02:40 next day"
    assert clock_text(local(9, days=3), DAY, "en") == "2026-12-08 09:00"
    with pytest.raises(ValueError, match="timezone-aware"):
        clock_text(datetime(2026, 12, 5, 6, 0), DAY, "zh_CN")


def test_a_rounds_checkpoints_say_what_went_wrong_in_words() -> None:
    by_number = {r.number: r for r in patrol_day().rounds}
    skipped = visits_text(by_number["XL202612-0012"], "zh_CN")
    assert "3 垃圾分类投放点 未到" in skipped
    issue = visits_text(by_number["XL202612-0017"], "zh_CN")
    assert f"5 配电房 22:52（异常：{ISSUE}）" in issue
    assert "4 地下车库B1入口 22:48" in issue
    assert "（顺序错）" in visits_text(by_number["XL202612-0014"], "zh_CN")
    assert "(too fast)" in visits_text(by_number["XL202612-0020"], "en")
    assert flags_text(by_number["XL202612-0008"], "zh_CN") == "补录"
    abandoned = by_number["XL202612-0091"]
    assert flags_text(abandoned, "en") == "abandoned: 对讲机呼叫，3栋电梯困人，前往处理"
    assert walked_text(abandoned, "zh_CN") == "16:10–"
    assert walked_text(by_number["XL202612-0001"], "zh_CN") == "06:03–06:29"


# -- the PDF ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_says_the_days_patrols_in_each_language(lang: str, tmp_path: Path) -> None:
    pages, path = write(patrol_day(), lang, tmp_path)
    assert pages >= 2
    info = run("pdfinfo", path)
    assert re.search(rf"^Pages:\s+{pages}$", info, re.MULTILINE)
    assert "595.276 x 841.89" in info  # A4 portrait
    flat = "".join(page_texts(path, pages))
    for expected in (
        "阳光花园",
        patrol_label("log.title", lang),
        "2026-12-05",
        patrol_label("log.slots_value", lang, slots=32, on_time=28, late=2, missed=2),
        patrol_label("log.day_break", lang, date="2026-12-06"),
        patrol_label("verdict.missed", lang),
        patrol_label("state.extra", lang),
        patrol_label("flag.entered_later", lang),
        "XL202612-0030",
        "06:03–06:29",  # the first round, in Beijing time
        "配电房门未锁，门锁锁舌损坏<需更换>&门框松动。",
        "WX202612-0001",
        patrol_label("ticket.closed", lang),
        patrol_label("ticket.open", lang),
        "刘经理",
        patrol_label("sign.guard", lang),
        patrol_label("sign.supervisor", lang),
        patrol_label("sign.date", lang),
        patrol_label("log.printed", lang, at="2026-12-06 23:50"),
    ):
        assert squeeze(expected) in flat, expected


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_the_header_and_its_number(lang: str, tmp_path: Path) -> None:
    pages, path = write(patrol_day(findings=30), lang, tmp_path)
    assert pages >= 4
    header = squeeze(f"阳光花园 · {patrol_label('log.title', lang)} · 2026-12-05")
    for number, text in enumerate(page_texts(path, pages), start=1):
        assert text.startswith(header), number
        assert squeeze(patrol_label("log.page", lang, page=number, pages=pages)) in text
    last = page_texts(path, pages)[-1]
    assert squeeze(patrol_label("sign.supervisor", lang)) in last


def test_a_quiet_day_says_so_on_one_page(tmp_path: Path) -> None:
    pages, path = write(quiet_day(), None, tmp_path)  # None: Simplified Chinese
    assert pages == 1
    flat = page_texts(path, 1)[0]
    assert squeeze(patrol_label("log.no_slots", "zh_CN")) in flat
    assert squeeze(patrol_label("log.no_findings", "zh_CN")) in flat
    assert squeeze(patrol_label("log.visit_table", "zh_CN")) not in flat
    assert "巡逻人员签字" in flat
    assert "主管签字" in flat


def test_only_the_embedded_cjk_font_is_used(tmp_path: Path) -> None:
    _, path = write(patrol_day(), "en", tmp_path)
    rows = run("pdffonts", path).splitlines()[2:]
    assert rows
    for row in rows:
        assert "WenQuanYiMicroHei" in row.split()[0], row
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row


def test_every_word_of_the_patrol_papers_is_in_three_languages_alike() -> None:
    for key, texts in PATROL_LABELS.items():
        assert set(texts) == set(LANGS), key
        assert all(texts.values()), key
        fields = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in texts.items()}
        assert fields["zh_CN"] == fields["zh_TW"] == fields["en"], key
