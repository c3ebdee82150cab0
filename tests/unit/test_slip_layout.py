from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
import segno

from propdesk.domain.gate.tariff import FREE_MINUTES
from propdesk.reports.monthly.gate_counts import GateCounts
from propdesk.reports.slips import gate_slips
from propdesk.reports.slips.layout import layout_slip
from propdesk.reports.slips.model import A4, A6, Slip, SlipField, SlipParagraph, SlipTable
from propdesk.reports.slips.primitives import Box, LaidOutPage, QrSymbol, Rule, TextRun
from propdesk.reports.slips.qr_code import qr_modules
from propdesk.reports.slips.text_metrics import text_width
from propdesk.reports.slips.text_wrap import wrap_text

ENTERED = datetime(2026, 11, 26, 6, 5, tzinfo=UTC)
EPS = 1e-6
CJK = "业主反映三号楼东侧路灯不亮，已报工程部维修，请接班人员明早跟进处理结果。"
LATIN = "The east lamp of building 3 is out; engineering was told and will fix it tomorrow."


# Slips print local time; pin the zone so the expected texts do not depend on the PC.
pytestmark = pytest.mark.usefixtures("beijing_time")


def all_slips(lang: str, open_matters: str = "无") -> dict[str, Slip]:
    return {
        "visitor": gate_slips.visitor_pass(
            estate="阳光花园",
            number="FK202611-0001",
            visitor_name="李四",
            id_masked="110***********1234",
            unit="3-2-1502",
            purpose="探亲",
            entered_at=ENTERED,
            issued_by="王保安",
            station="东门岗亭",
            lang=lang,
        ),
        "parking": gate_slips.parking_receipt(
            estate="阳光花园",
            number="TC202611-0012",
            plate="粤B12345",
            entered_at=ENTERED,
            left_at=ENTERED + timedelta(hours=2, minutes=42),
            fee_fen=1500,
            free_reason=None,
            entry_on_record=False,
            guard="王保安",
            station="东门岗亭",
            lang=lang,
        ),
        "release": gate_slips.release_slip(
            estate="阳光花园",
            number="FX202611-0001",
            unit="3-2-1502",
            items="旧沙发一张、衣柜一个、纸箱 6 个（搬家）",
            authorised_by=gate_slips.AUTHORISED_BY_OWNER,
            authoriser_name="张三",
            valid_until=date(2026, 11, 28),
            used_at=None,
            lang=lang,
        ),
        "handover": gate_slips.handover_sheet(
            estate="阳光花园",
            number="JB202611-0003",
            station="东门岗亭",
            from_guard="王保安",
            to_guard="李保安",
            shift_start=ENTERED,
            shift_end=ENTERED + timedelta(hours=12),
            counts=GateCounts(
                resident_entries=152,
                refused_cards=3,
                visitors_in=24,
                visitors_out=21,
                vehicles_in=40,
                vehicles_out=37,
                fees_fen=1200,
                items_in=2,
                items_out=5,
                notices=1,
            ),
            open_matters=open_matters,
            lang=lang,
        ),
        "notice": gate_slips.parking_notice(
            estate="阳光花园",
            number="TZ202611-0002",
            plate="粤B12345",
            place="5号楼北侧消防通道",
            noticed_at=ENTERED,
            hotline="0755-8888 6666",
            guard="王保安",
            lang=lang,
        ),
    }


EVERY_SLIP = [
    pytest.param(lang, kind, id=f"{kind}-{lang}")
    for lang in ("zh_CN", "zh_TW", "en")
    for kind in ("visitor", "parking", "release", "handover", "notice")
]


def texts(pages: tuple[LaidOutPage, ...]) -> list[TextRun]:
    return [item for page in pages for item in page.items if isinstance(item, TextRun)]


def bounds(item: TextRun | Rule | Box | QrSymbol) -> tuple[float, float, float, float]:
    """left, top, right, bottom in mm (the QR without its quiet zone)."""
    if isinstance(item, TextRun):
        return item.x, item.top, item.x + item.width, item.bottom
    if isinstance(item, Rule):
        return (
            min(item.x1, item.x2),
            min(item.y1, item.y2),
            max(item.x1, item.x2),
            max(item.y1, item.y2),
        )
    if isinstance(item, Box):
        return item.x, item.y, item.x + item.width, item.y + item.height
    return item.x, item.y, item.x + item.size, item.y + item.size


def overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] - EPS and b[0] < a[2] - EPS and a[1] < b[3] - EPS and b[1] < a[3] - EPS


# --- wrapping ---------------------------------------------------------------------


def test_cjk_text_wraps_between_characters_and_loses_nothing() -> None:
    lines = wrap_text(CJK * 3, 40.0, 9)
    assert len(lines) > 3
    assert "".join(lines) == CJK * 3
    assert all(text_width(line, 9) <= 40.0 for line in lines)
    # Full lines are nearly full: CJK breaks anywhere, so no ragged gaps.
    assert all(text_width(line, 9) > 40.0 - 2 * text_width("国", 9) for line in lines[:-1])


def test_latin_text_wraps_at_spaces() -> None:
    lines = wrap_text(LATIN, 45.0, 9)
    assert len(lines) > 1
    assert " ".join(lines) == LATIN
    assert all(text_width(line, 9) <= 45.0 for line in lines)
    words = set(LATIN.split())
    assert all(word in words for line in lines for word in line.split())


def test_a_word_longer_than_the_line_breaks_inside() -> None:
    code = "BX202611-0032-" * 6
    lines = wrap_text(f"工单 {code} 已派", 30.0, 9)
    assert "".join(lines).replace(" ", "") == f"工单{code}已派"
    assert all(text_width(line, 9) <= 30.0 for line in lines)


def test_closing_punctuation_never_starts_a_line() -> None:
    text = "路灯不亮，已报修。" * 20
    for width in (20.0, 21.0, 22.5, 27.0, 33.3):
        lines = wrap_text(text, width, 9)
        assert "".join(lines) == text
        assert not any(line[0] in "，。" for line in lines), (width, lines)
        assert all(text_width(line, 9) <= width for line in lines)


def test_newlines_are_kept_and_bold_is_measured_wider() -> None:
    assert wrap_text("第一行\n\n第三行", 50.0, 9) == ["第一行", "", "第三行"]
    assert wrap_text("", 50.0, 9) == [""]
    assert text_width("粤B12345", 12, bold=True) > text_width("粤B12345", 12)


# --- QR ------------------------------------------------------------------------------


def test_qr_matrix_is_a_full_qr_code_of_the_payload() -> None:
    modules = qr_modules("FK202611-0001")
    expected = segno.make("FK202611-0001", error="m", micro=False)
    assert len(modules) == expected.symbol_size(border=0)[0] == 21  # version 1
    assert all(len(row) == len(modules) for row in modules)
    assert modules == tuple(tuple(bool(m) for m in row) for row in expected.matrix)
    # The three finder patterns' corners are dark.
    assert modules[0][0]
    assert modules[0][-1]
    assert modules[-1][0]


@pytest.mark.parametrize("kind", ["visitor", "release"])
def test_qr_holds_exactly_the_number_and_is_scannable_size(kind: str) -> None:
    slip = all_slips("zh_CN")[kind]
    assert slip.qr_payload == slip.number
    (page,) = layout_slip(slip)
    (qr,) = [item for item in page.items if isinstance(item, QrSymbol)]
    assert qr.modules == qr_modules(slip.number)
    assert qr.module >= 0.5  # mm: what a handheld scanner reads from arm's length
    # The quiet zone stays on the paper and nothing is drawn into it.
    zone = (qr.x - qr.quiet_zone, qr.y - qr.quiet_zone)
    zone_box = (*zone, qr.x + qr.size + qr.quiet_zone, qr.y + qr.size + qr.quiet_zone)
    assert min(zone_box[0], zone_box[1]) >= 0
    assert zone_box[2] <= slip.page.width_mm
    assert zone_box[3] <= slip.page.height_mm
    for item in page.items:
        if item is not qr:
            assert not overlaps(bounds(item), zone_box), item
    # Runs cover exactly the dark modules.
    dark = sum(row.count(True) for row in qr.modules)
    assert sum(w * h for _x, _y, w, h in qr.dark_rects()) == pytest.approx(dark * qr.module**2)


def test_slips_without_a_qr_have_none() -> None:
    for kind in ("parking", "handover", "notice"):
        pages = layout_slip(all_slips("en")[kind])
        assert not any(isinstance(i, QrSymbol) for page in pages for i in page.items)


# --- the page -----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "kind"), EVERY_SLIP)
def test_nothing_beyond_the_margins_and_no_text_overlaps(lang: str, kind: str) -> None:
    slip = all_slips(lang, open_matters=CJK * 40)[kind]
    pages = layout_slip(slip)
    fmt = slip.page
    for page in pages:
        assert page.page == fmt
        for item in page.items:
            left, top, right, bottom = bounds(item)
            assert left >= fmt.margin_mm - EPS, item
            assert top >= fmt.margin_mm - EPS, item
            assert right <= fmt.width_mm - fmt.margin_mm + EPS, item
            assert bottom <= fmt.height_mm - fmt.margin_mm + EPS, item
        runs = [item for item in page.items if isinstance(item, TextRun)]
        for a, b in itertools.combinations(runs, 2):
            assert not overlaps(bounds(a), bounds(b)), (a, b)


@pytest.mark.parametrize(("lang", "kind"), EVERY_SLIP)
def test_small_slips_fit_one_page(lang: str, kind: str) -> None:
    slip = all_slips(lang)[kind]
    assert slip.page == (A4 if kind == "handover" else A6)
    assert len(layout_slip(slip)) == 1


def test_long_open_matters_flow_onto_further_pages_and_nothing_is_lost() -> None:
    matters = (CJK + LATIN + "\n") * 60  # about 7,000 characters
    slip = all_slips("zh_CN", open_matters=matters)["handover"]
    pages = layout_slip(slip)
    assert len(pages) >= 3
    # Body text only: the footers and continuation headers are set smaller.
    body = [run for run in texts(pages) if run.size_pt == slip.page.body_pt]
    printed = "".join(run.text for run in body).replace(" ", "")
    assert matters.replace(" ", "").replace("\n", "") in printed
    # Page numbers and a continuation header on the later pages.
    for index, page in enumerate(pages):
        page_texts = [item.text for item in page.items if isinstance(item, TextRun)]
        assert f"{index + 1}/{len(pages)}" in page_texts
        if index:
            assert any("（续）" in text and "JB202611-0003" in text for text in page_texts)
    # The signatures come last, together on the last page.
    last = [item.text for item in pages[-1].items if isinstance(item, TextRun)]
    assert {"交班人签字", "接班人签字"} <= set(last)
    # …with the end of the text, not alone on a page of their own.
    assert any(isinstance(i, TextRun) and i.size_pt == A4.body_pt for i in pages[-1].items)


def test_a_table_split_over_pages_repeats_its_header() -> None:
    table = SlipTable(
        ("项目", "数量"), tuple((f"第 {n} 项", str(n)) for n in range(60)), (False, True)
    )
    slip = Slip(A6, "统计", "阳光花园", "X-1", table=table)
    pages = layout_slip(slip)
    assert len(pages) > 1
    for page in pages:
        page_texts = [item.text for item in page.items if isinstance(item, TextRun)]
        assert {"项目", "数量"} <= set(page_texts)
    printed = [run.text for run in texts(pages)]
    assert all(f"第 {n} 项" in printed for n in range(60))


def test_a_field_value_longer_than_a_page_flows_on() -> None:
    slip = Slip(A6, "放行", "阳光花园", "FX-1", fields=(SlipField("物品", CJK * 30),))
    pages = layout_slip(slip)
    assert len(pages) >= 2
    values = [run for run in texts(pages) if run.size_pt == A6.body_pt and run.gray == 0]
    assert "".join(run.text for run in values).endswith(CJK * 30)  # after the number


def test_boxed_paragraph_is_framed() -> None:
    slip = Slip(A6, "告知", "阳光花园", "TZ-1", paragraphs=(SlipParagraph("", CJK, boxed=True),))
    (page,) = layout_slip(slip)
    frames = [item for item in page.items if isinstance(item, Box) and item.stroke_pt]
    (frame,) = frames
    inside = [run for run in texts((page,)) if run.text and run.text in CJK]
    assert inside
    assert all(overlaps(bounds(run), bounds(frame)) for run in inside)


# --- the gate slips' contents ---------------------------------------------------------


def test_times_are_local_and_naive_times_are_refused() -> None:
    assert gate_slips.local_time_text(ENTERED) == "2026-11-26 14:05"
    with pytest.raises(ValueError, match="timezone-aware"):
        gate_slips.local_time_text(datetime(2026, 11, 26, 6, 5))


def test_parking_receipt_fee_duration_and_stated_entry() -> None:
    slip = all_slips("zh_CN")["parking"]
    values = {f.label: f.value for f in slip.fields}
    assert values["收费金额"] == "¥15.00"
    assert values["停车时长"] == "2小时42分钟"
    assert values["入场时间"] == "2026-11-26 14:05 （司机自述，无入场记录）"
    assert "免费原因" not in values
    free = gate_slips.parking_receipt(
        estate="阳光花园",
        number="TC1",
        plate="粤B12345",
        entered_at=ENTERED,
        left_at=ENTERED + timedelta(minutes=20),
        fee_fen=0,
        free_reason=FREE_MINUTES,
        entry_on_record=True,
        guard="王保安",
        station="东门岗亭",
        lang="en",
    )
    values = {f.label: f.value for f in free.fields}
    assert values["Fee"] == "¥0.00"
    assert values["Free because"] == "within the free minutes"
    assert values["Time parked"] == "20 min"
    assert values["Entered at"] == "2026-11-26 14:05"


def test_release_slip_checks_who_authorised() -> None:
    slip = all_slips("zh_TW")["release"]
    assert {f.label: f.value for f in slip.fields}["授權人"] == "業主 张三"  # names print as given
    assert slip.signatures == ("值班警衛簽名", "攜物人簽名")
    with pytest.raises(ValueError, match="authorised_by"):
        gate_slips.release_slip(
            estate="x",
            number="FX1",
            unit="1-1",
            items="x",
            authorised_by="neighbour",
            authoriser_name="x",
            valid_until=date(2026, 1, 1),
            used_at=None,
            lang="en",
        )


def test_unknown_language_falls_back_to_simplified_chinese() -> None:
    assert all_slips("fr")["notice"].title == "违停告知单"
    assert all_slips("zh_HK")["notice"].title == "違停告知單"
    assert all_slips("en_GB")["notice"].language == "en"
