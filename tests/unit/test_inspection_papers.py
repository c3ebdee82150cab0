"""The inspections module's papers: the blank checklist an inspector walks with (every
item's text, tick boxes for a check, a blank with unit and limits for a reading, a
wide blank for a text, an equipment code blank where an item names equipment; many
items flow over pages under the repeated header row, "page n of m" on each) and the
rectification notice a department signs for. Both in the three languages; read back
from the layout's primitives and from the written PDF."""

from __future__ import annotations

import io
import itertools
import re
import subprocess
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import pytest

from propdesk.domain.inspections.defaults import default_template
from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind, ItemResult
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.inspections.templates import Template, TemplateItem
from propdesk.reports.inspections.blank_checklist import (
    CHECKLIST_PAGE,
    blank_checklist_pdf,
    layout_blank_checklist,
)
from propdesk.reports.inspections.checklist_table import PAD, columns, limits_text
from propdesk.reports.inspections.labels import INSPECTION_LABELS
from propdesk.reports.inspections.rectification_notice import (
    RectificationNotice,
    layout_rectification_notice,
    rectification_notice_pdf,
    rectification_notice_slip,
)
from propdesk.reports.labels import LANGS
from propdesk.reports.slips.page_metrics import PageMetrics
from propdesk.reports.slips.primitives import Box, LaidOutPage, Rule, TextRun
from tests.unit.test_slip_layout import EPS, bounds, overlaps

ESTATE = "阳光花园"
LONG_CJK = "检查消防通道是否畅通，有无杂物堆放、占用、锁闭或设置障碍物，疏散指示标志是否完好有效"
LONG_LATIN = "Check that the fire lane is clear, nothing stored on it, no door locked, signs lit"


def item(n: int) -> TemplateItem:
    """Every fourth item a long check naming equipment every other time, a reading
    with both limits, a reading with a high limit only, a text."""
    kind = n % 4
    if kind == 0:
        text = (LONG_CJK if n % 8 else LONG_LATIN) * 2
        equipment = EquipmentKind.FIRE_DOOR if n % 8 == 0 else None
        return TemplateItem(f"check_{n}", f"{n:02d}{text}"[:200], equipment_kind=equipment)
    if kind == 1:
        return TemplateItem(
            f"pump_{n}",
            f"{n:02d}水泵出口压力",
            ItemKind.NUMBER,
            "MPa",
            Decimal("0.8"),
            Decimal("1.2"),
            equipment_kind=EquipmentKind.PUMP,
        )
    if kind == 2:
        return TemplateItem(
            f"temp_{n}", f"{n:02d}水箱水温", ItemKind.NUMBER, "°C", None, Decimal(30)
        )
    return TemplateItem(f"note_{n}", f"{n:02d}其他情况", ItemKind.TEXT, required=False)


def template(count: int = 40) -> Template:
    return Template(
        InspectionKind.WATER_DRAINAGE,
        "给排水设施月度检查",
        Frequency.MONTHLY,
        ("泵房",),
        tuple(item(n) for n in range(count)),
        version=3,
    )


def texts(page: LaidOutPage) -> list[str]:
    return [run.text for run in page.items if isinstance(run, TextRun)]


def all_texts(pages: tuple[LaidOutPage, ...]) -> list[str]:
    return [text for page in pages for text in texts(page)]


def run(tool: str, *args: str | Path) -> str:
    done = subprocess.run(
        [tool, *map(str, args)], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def assert_inside_and_apart(pages: tuple[LaidOutPage, ...]) -> None:
    """Every item within the margins, no two text lines on top of each other."""
    for page in pages:
        fmt = page.page
        for thing in page.items:
            left, top, right, bottom = bounds(thing)
            assert left >= fmt.margin_mm - EPS, thing
            assert top >= fmt.margin_mm - EPS, thing
            assert right <= fmt.width_mm - fmt.margin_mm + EPS, thing
            assert bottom <= fmt.height_mm - fmt.margin_mm + EPS, thing
        runs = [thing for thing in page.items if isinstance(thing, TextRun)]
        for a, b in itertools.combinations(runs, 2):
            assert not overlaps(bounds(a), bounds(b)), (a, b)


# -- the blank checklist: what it holds -----------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_every_items_text_is_printed_whole_and_wrapped_inside_its_column(lang: str) -> None:
    pages = layout_blank_checklist(template(), ESTATE, lang)
    body = [
        run
        for page in pages
        for run in page.items
        if isinstance(run, TextRun) and run.size_pt == CHECKLIST_PAGE.body_pt and run.gray == 0
    ]
    printed = "".join(run.text for run in body).replace(" ", "")
    for entry in template().items:
        assert entry.text.replace(" ", "") in printed, entry.key
    # The long items take several lines, each inside the item column.
    cols = columns(PageMetrics(CHECKLIST_PAGE), template().items, lang)
    left = CHECKLIST_PAGE.margin_mm + cols.number
    in_column = [run for run in body if abs(run.x - (left + PAD)) < EPS]
    assert len(in_column) >= 40 + 10 * 2
    assert all(run.x + run.width <= left + cols.item - PAD + EPS for run in in_column)
    assert_inside_and_apart(pages)


def test_a_long_template_flows_over_pages_with_the_header_row_on_each() -> None:
    pages = layout_blank_checklist(template(), ESTATE, "zh_CN", area="地下车库B1泵房")
    assert len(pages) >= 3
    header = {"序号", "检查项目", "检查结果", "设备编号", "备注"}
    for index, page in enumerate(pages):
        page_texts = texts(page)
        assert header <= set(page_texts), index
        assert f"第 {index + 1} 页 共 {len(pages)} 页" in page_texts
        if index:
            assert "巡检检查表 · 给排水设施月度检查 · 地下车库B1泵房（续）" in page_texts
    # The items in order, each exactly once, none lost at a page break.
    numbers = [
        int(run.text)
        for page in pages
        for run in page.items
        if isinstance(run, TextRun) and run.text.isdigit() and run.x < CHECKLIST_PAGE.margin_mm + 2
    ]
    assert numbers == list(range(1, 41))
    # The signatures close the last page, with the last rows of the table.
    last = texts(pages[-1])
    assert {"检查人签字", "主管复核签字", "40"} <= set(last)


def test_a_short_template_is_one_page_with_the_head_and_the_signatures() -> None:
    short = default_template(InspectionKind.FIRE_EQUIPMENT, "zh_CN")
    pages = layout_blank_checklist(short, ESTATE, "zh_CN")
    assert len(pages) == 1
    page_texts = texts(pages[0])
    for expected in (ESTATE, "巡检检查表", "消防设施月检", "第 1 版", "消防设施", "每月"):
        assert expected in page_texts
    assert {"检查区域：", "检查人：", "检查日期：", "检查时间："} <= set(page_texts)
    assert {"检查人签字", "主管复核签字", "第 1 页 共 1 页"} <= set(page_texts)
    assert_inside_and_apart(pages)


def test_check_items_get_three_tick_boxes_and_text_items_a_wide_blank() -> None:
    one = Template(
        InspectionKind.CLEANING,
        "保洁日检",
        Frequency.DAILY,
        ("大堂",),
        (TemplateItem("floor", "地面干净"), TemplateItem("remark", "其他", ItemKind.TEXT)),
    )
    (page,) = layout_blank_checklist(one, ESTATE, "zh_CN")
    page_texts = texts(page)
    assert [page_texts.count(word) for word in ("合格", "不合格", "不适用")] == [1, 1, 1]
    ticks = [box for box in page.items if isinstance(box, Box) and box.fill_gray is None]
    frame = max(ticks, key=lambda box: box.width)
    assert len(ticks) == 3 + 1  # the three tick boxes and the table's frame
    assert all(box.width < 4 and box.width == box.height for box in ticks if box is not frame)
    # No equipment column when no item names equipment.
    assert "设备编号" not in page_texts
    # The text item's row has no column rules right of the item text: one wide blank.
    remark = next(run for run in page.items if isinstance(run, TextRun) and run.text == "其他")
    row_top, row_bottom = remark.top - 0.5, remark.bottom + 0.5
    columns = {
        round(rule.x1, 3)
        for rule in page.items
        if isinstance(rule, Rule)
        and rule.x1 == rule.x2
        and rule.y1 <= row_top < row_bottom <= rule.y2
    }
    assert len(columns) == 2  # after the number and after the item text
    assert max(columns) < remark.x + 120
    assert max(columns) > remark.x


@pytest.mark.parametrize(
    ("low", "high", "unit", "lang", "expected"),
    [
        ("0.8", "1.2", "MPa", "zh_CN", "标准：0.8–1.2 MPa"),
        ("0.8", None, "MPa", "zh_CN", "标准：≥ 0.8 MPa"),
        (None, "30", "°C", "zh_TW", "標準：≤ 30 °C"),
        ("1.0", "1.4", "MPa", "en", "Limits: 1.0–1.4 MPa"),
        ("6.5", "8.5", "", "en", "Limits: 6.5–8.5"),
        (None, None, "V", "en", ""),
    ],
)
def test_limits_read_as_the_template_holds_them(
    low: str | None, high: str | None, unit: str, lang: str, expected: str
) -> None:
    reading = TemplateItem(
        "reading",
        "读数",
        ItemKind.NUMBER,
        unit,
        None if low is None else Decimal(low),
        None if high is None else Decimal(high),
    )
    assert limits_text(reading, lang) == expected


def test_number_items_show_a_blank_their_unit_and_their_limits() -> None:
    pages = layout_blank_checklist(template(8), ESTATE, "zh_CN")
    printed = all_texts(pages)
    assert printed.count("标准：0.8–1.2 MPa") == 2
    assert printed.count("标准：≤ 30 °C") == 2
    assert printed.count("MPa") == 2
    assert printed.count("°C") == 2
    (page,) = pages
    unit = next(run for run in page.items if isinstance(run, TextRun) and run.text == "MPa")
    blanks = [
        rule
        for rule in page.items
        if isinstance(rule, Rule)
        and rule.y1 == rule.y2
        and rule.x2 <= unit.x
        and abs(rule.y1 - unit.baseline) < 1.5
        and rule.x2 - rule.x1 >= 10
    ]
    assert blanks, "no line to write the reading on before its unit"


def test_items_naming_equipment_get_a_code_blank_the_rest_a_shaded_cell() -> None:
    pages = layout_blank_checklist(template(8), ESTATE, "en")
    printed = all_texts(pages)
    assert {"Equipment", "code"} <= set(printed)  # the header, on two lines
    # Items 0 (a fire door) and 1, 5 (pumps) name equipment; 2 and 6 (readings), 4 (a
    # check) do not; the text items (3, 7) take the whole width.
    assert printed.count("Fire door") == 1
    assert printed.count("Pump") == 2
    (page,) = pages
    shaded = [b for b in page.items if isinstance(b, Box) and b.fill_gray == 0.92]
    assert len(shaded) == 3


def test_a_given_area_is_printed_else_a_line_is_left_to_write_it() -> None:
    given = all_texts(layout_blank_checklist(template(4), ESTATE, "zh_CN", area="3栋大堂"))
    assert "3栋大堂" in given
    (page,) = layout_blank_checklist(template(4), ESTATE, "zh_CN")
    label = next(run for run in page.items if isinstance(run, TextRun) and run.text == "检查区域：")
    line = [
        rule
        for rule in page.items
        if isinstance(rule, Rule)
        and rule.y1 == rule.y2
        and rule.x1 > label.x + label.width
        and abs(rule.y1 - label.baseline) < 1.5
    ]
    assert len(line) == 1
    assert line[0].x2 - line[0].x1 > 100


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("zh_CN", {"巡检检查表", "合格", "不合格", "不适用", "检查人签字", "第 1 页 共 1 页"}),
        ("zh_TW", {"巡檢檢查表", "合格", "不合格", "不適用", "檢查人簽名", "第 1 頁 共 1 頁"}),
        ("en", {"Inspection Checklist", "Pass", "Fail", "N/A", "Inspector's signature"}),
    ],
)
def test_three_languages_give_their_words(lang: str, words: set[str]) -> None:
    short = default_template(InspectionKind.FIRE_EQUIPMENT, lang)
    pages = layout_blank_checklist(short, ESTATE, lang)
    assert words <= set(all_texts(pages))
    assert_inside_and_apart(pages)


def test_an_unknown_language_prints_simplified_chinese() -> None:
    short = default_template(InspectionKind.CLEANING, "zh_CN")
    assert "巡检检查表" in all_texts(layout_blank_checklist(short, ESTATE, None))
    assert "巡检检查表" in all_texts(layout_blank_checklist(short, ESTATE, "fr"))


@pytest.mark.parametrize(("count", "lang"), [(40, "zh_CN"), (40, "en"), (5, "zh_TW")])
def test_the_pdf_has_the_laid_out_pages(count: int, lang: str, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    written = blank_checklist_pdf(template(count), ESTATE, lang, buffer, area="泵房")
    data = buffer.getvalue()
    assert data.startswith(b"%PDF")
    assert written == len(layout_blank_checklist(template(count), ESTATE, lang, area="泵房"))
    path = tmp_path / "checklist.pdf"
    path.write_bytes(data)
    info = run("pdfinfo", path)
    assert re.search(rf"^Pages:\s+{written}$", info, re.MULTILINE)
    assert "595.276 x 841.89" in info  # A4
    # The words are real text in the embedded font, not boxes.
    text = run("pdftotext", "-layout", path, "-")
    assert "给排水设施月度检查" in text
    assert "水泵出口压力" in text
    assert "00" in text
    fonts = run("pdffonts", path).splitlines()[2:]
    assert fonts
    assert all("WenQuanYiMicroHei" in row.split()[0] for row in fonts)


# -- the rectification notice ---------------------------------------------------------
CST = timezone(timedelta(hours=8))


def notice(**changes: object) -> RectificationNotice:
    values: dict[str, object] = {
        "number": "ZG202612-0001",
        "estate": ESTATE,
        "issued_at": datetime(2026, 12, 5, 9, 30, tzinfo=CST),
        "issued_by": "王建国",
        "department": "工程部",
        "inspection_number": "XJ202612-0012",
        "template_name": "消防设施月检",
        "area": "地下车库",
        "item_text": "灭火器压力表读数（绿区）",
        "finding": "3号灭火器压力 0.6 MPa，低于绿区；铅封脱落。",
        "fix": "更换或重新充装3号灭火器，补铅封。",
        "deadline": datetime(2026, 12, 8, 18, 0, tzinfo=CST),
        "state": "open",
        "equipment_code": "MHQ-3-B1-01",
    }
    values.update(changes)
    return RectificationNotice(**values)  # type: ignore[arg-type]


def local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def test_the_notice_says_what_failed_what_to_fix_by_when_and_who_signs() -> None:
    given = notice()
    pages = layout_rectification_notice(given, "zh_CN")
    assert len(pages) == 1
    printed = all_texts(pages)
    for expected in (
        "整改通知单",
        ESTATE,
        "ZG202612-0001",
        "工程部",
        "王建国",
        "XJ202612-0012",
        "消防设施月检",
        "地下车库",
        "MHQ-3-B1-01",
        "灭火器压力表读数（绿区）",
        "3号灭火器压力 0.6 MPa，低于绿区；铅封脱落。",
        "更换或重新充装3号灭火器，补铅封。",
        local(given.issued_at),
        local(given.deadline),
        "待整改",
        "责任部门签收",
        "签收日期",
        "签发人签字",
    ):
        assert expected in printed, expected
    assert_inside_and_apart(pages)


def test_a_notice_without_equipment_has_no_equipment_row() -> None:
    printed = all_texts(layout_rectification_notice(notice(equipment_code=""), "zh_CN"))
    assert "设备编号" not in printed
    assert "设备编号" in all_texts(layout_rectification_notice(notice(), "zh_CN"))


@pytest.mark.parametrize(
    ("lang", "state", "words"),
    [
        ("zh_CN", "fixed", {"已整改，待复查", "整改要求", "责任部门签收"}),
        ("zh_TW", "closed", {"整改通知單", "複查合格，已關閉", "責任部門簽收"}),
        ("en", "voided", {"Rectification Notice", "Voided", "Date received"}),
    ],
)
def test_the_notice_in_three_languages(lang: str, state: str, words: set[str]) -> None:
    pages = layout_rectification_notice(notice(state=state), lang)
    assert words <= set(all_texts(pages))
    assert_inside_and_apart(pages)


def test_a_notice_with_long_texts_flows_on_and_loses_nothing() -> None:
    long_fix = "更换消火栓箱内老化水带并重新卷好，检查阀门是否渗漏，" * 40
    pages = layout_rectification_notice(notice(fix=long_fix), "zh_CN")
    assert len(pages) >= 2
    assert long_fix in "".join(all_texts(pages))
    assert "签收日期" in texts(pages[-1])
    assert_inside_and_apart(pages)


def test_the_notice_is_a_slip_the_preview_can_show() -> None:
    slip = rectification_notice_slip(notice(), "en")
    assert slip.document_title == "Rectification Notice ZG202612-0001"
    assert slip.language == "en"


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        layout_rectification_notice(notice(deadline=datetime(2026, 12, 8, 18, 0)), "zh_CN")


def test_the_notice_pdf(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    assert rectification_notice_pdf(notice(), "zh_CN", buffer) == 1
    assert buffer.getvalue().startswith(b"%PDF")
    path = tmp_path / "notice.pdf"
    path.write_bytes(buffer.getvalue())
    info = run("pdfinfo", path)
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    assert re.search(r"^Title:\s+整改通知单 ZG202612-0001$", info, re.MULTILINE)
    assert "整改通知单" in run("pdftotext", path, "-")


# -- the words ------------------------------------------------------------------------
def test_every_word_is_in_three_languages_alike() -> None:
    for key, words in INSPECTION_LABELS.items():
        assert set(words) == set(LANGS), key
        assert all(words.values()), key
        fields = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in words.items()}
        assert fields["zh_CN"] == fields["zh_TW"] == fields["en"], key


@pytest.mark.parametrize(
    ("prefix", "codes"),
    [
        ("kind", InspectionKind),
        ("frequency", Frequency),
        ("equipment", EquipmentKind),
        ("result", ItemResult),
        ("state", RectificationState),
    ],
)
def test_every_code_has_its_words(prefix: str, codes: type[StrEnum]) -> None:
    assert {key for key in INSPECTION_LABELS if key.startswith(prefix + ".")} == {
        f"{prefix}.{code.value}" for code in codes
    }
