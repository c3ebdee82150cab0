"""Judging an inspection's answers, "all pass", outcomes and pass rates."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from propdesk.domain.inspections.defaults import default_template
from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind, ItemResult
from propdesk.domain.inspections.results import (
    Answer,
    InspectionOutcome,
    PassCount,
    all_pass,
    judge,
    pass_rates_by_kind,
    target_ratios,
)
from propdesk.domain.inspections.templates import SANE_RANGES, Template, TemplateItem
from propdesk.domain.service_targets import Outcome as TargetOutcome
from propdesk.domain.service_targets import Period, Ratio, fire_equipment
from propdesk.errors import ValidationError

PROPERTY = settings(max_examples=200, deadline=None, database=None)

CHECK = TemplateItem("doors", "Fire doors shut", equipment_kind=EquipmentKind.FIRE_DOOR)
GAUGE = TemplateItem(
    "gauge",
    "Extinguisher gauge",
    ItemKind.NUMBER,
    "MPa",
    Decimal("1.0"),
    Decimal("1.4"),
    equipment_kind=EquipmentKind.EXTINGUISHER,
)
OPTIONAL = TemplateItem("lamp", "Lamp", required=False)
REMARK = TemplateItem("remark", "Remarks", ItemKind.TEXT, required=False)
WHO = TemplateItem("who", "On duty", ItemKind.TEXT)


def template(
    kind: InspectionKind = InspectionKind.FIRE_EQUIPMENT, *items: TemplateItem
) -> Template:
    return Template(kind, "T", Frequency.MONTHLY, ("A",), items or (CHECK, GAUGE, OPTIONAL, REMARK))


FIRE = template()


def outcome_of(kind: InspectionKind, *results: ItemResult | None) -> InspectionOutcome:
    items = tuple(TemplateItem(f"i{n}", f"I{n}", required=False) for n in range(len(results)))
    answers = {f"i{n}": Answer(r) for n, r in enumerate(results) if r is not None}
    return judge(template(kind, *items), answers)


# ---- judging -----------------------------------------------------------------------------


def test_a_full_answer_is_judged_item_by_item() -> None:
    outcome = judge(
        FIRE,
        {
            "doors": Answer(ItemResult.PASS, note=" ok "),
            "gauge": Answer(value="1.2"),
            "remark": Answer(text=" 3楼灭火器已更换 "),
        },
    )
    by_key = {item.key: item for item in outcome.items}
    assert by_key["doors"].result is ItemResult.PASS
    assert by_key["doors"].note == "ok"
    assert by_key["gauge"].result is ItemResult.PASS
    assert by_key["gauge"].value == Decimal("1.2")
    assert by_key["gauge"].equipment_kind is EquipmentKind.EXTINGUISHER
    assert by_key["lamp"].result is None  # optional, left blank
    assert by_key["remark"].result is None
    assert by_key["remark"].text == "3楼灭火器已更换"
    assert outcome.passed
    assert outcome.failed_keys == ()
    assert outcome.count() == PassCount(2, 2)
    assert outcome.template_version == 1


@pytest.mark.parametrize(
    ("reading", "result"),
    [
        ("0.99", ItemResult.FAIL),
        ("1.0", ItemResult.PASS),
        ("1.4", ItemResult.PASS),
        ("1.41", ItemResult.FAIL),
        (0, ItemResult.FAIL),
        (Decimal("10"), ItemResult.FAIL),
    ],
)
def test_a_reading_outside_the_limits_is_a_fail(reading: object, result: ItemResult) -> None:
    outcome = judge(FIRE, {"doors": Answer(ItemResult.PASS), "gauge": Answer(value=reading)})  # type: ignore[arg-type]
    assert outcome.items[1].result is result
    assert outcome.passed is (result is ItemResult.PASS)
    assert outcome.failed_keys == (() if result is ItemResult.PASS else ("gauge",))


@pytest.mark.parametrize("reading", ["10.01", "-0.1", "abc", "1e999", "nan", True, 1.5e3])
def test_a_reading_outside_any_sane_range_is_refused_as_bad_input(reading: object) -> None:
    with pytest.raises(ValidationError) as caught:
        judge(FIRE, {"doors": Answer(ItemResult.PASS), "gauge": Answer(value=reading)})  # type: ignore[arg-type]
    assert caught.value.field == "item:gauge"


@PROPERTY
@given(st.decimals(min_value=-5, max_value=15, places=2))
def test_readings_are_pass_inside_fail_outside_refused_beyond_sane(reading: Decimal) -> None:
    floor, ceiling = SANE_RANGES["MPa"]
    answers = {"doors": Answer(ItemResult.PASS), "gauge": Answer(value=reading)}
    if not floor <= reading <= ceiling:
        with pytest.raises(ValidationError) as caught:
            judge(FIRE, answers)
        assert caught.value.field == "item:gauge"
        return
    judged = judge(FIRE, answers).items[1]
    inside = Decimal("1.0") <= reading <= Decimal("1.4")
    assert judged.result is (ItemResult.PASS if inside else ItemResult.FAIL)
    assert judged.value == reading


def test_a_required_item_without_a_result_is_refused_naming_it() -> None:
    with pytest.raises(ValidationError) as caught:
        judge(FIRE, {"gauge": Answer(value="1.2")})
    assert caught.value.field == "item:doors"
    assert caught.value.message == "Item “Fire doors shut” needs a result."
    with pytest.raises(ValidationError) as caught:
        judge(FIRE, {"doors": Answer(ItemResult.PASS)})
    assert caught.value.field == "item:gauge"
    with pytest.raises(ValidationError) as caught:
        judge(FIRE, {"doors": Answer(ItemResult.PASS), "gauge": Answer(value="")})
    assert caught.value.field == "item:gauge"


def test_a_required_text_needs_its_text() -> None:
    tmpl = template(InspectionKind.LIFTS, CHECK, WHO)
    with pytest.raises(ValidationError) as caught:
        judge(tmpl, {"doors": Answer(ItemResult.PASS), "who": Answer(text="  ")})
    assert caught.value.field == "item:who"
    done = judge(tmpl, {"doors": Answer(ItemResult.PASS), "who": Answer(text="张三")})
    assert done.items[1].text == "张三"


def test_n_a_is_a_result_for_checks_and_numbers() -> None:
    outcome = judge(
        FIRE,
        {"doors": Answer(ItemResult.NOT_APPLICABLE), "gauge": Answer(ItemResult.NOT_APPLICABLE)},
    )
    assert [item.result for item in outcome.items[:2]] == [ItemResult.NOT_APPLICABLE] * 2
    assert outcome.count() == PassCount(0, 0)
    assert outcome.passed


def test_a_pass_or_fail_on_a_number_without_its_reading_is_refused() -> None:
    for result in (ItemResult.PASS, ItemResult.FAIL):
        with pytest.raises(ValidationError) as caught:
            judge(FIRE, {"doors": Answer(ItemResult.PASS), "gauge": Answer(result)})
        assert caught.value.field == "item:gauge"


def test_an_answer_to_an_item_the_template_lacks_is_refused() -> None:
    answers = all_pass(FIRE, {"gauge": Answer(value="1.2"), "ghost": Answer(ItemResult.PASS)})
    with pytest.raises(ValidationError) as caught:
        judge(FIRE, answers)
    assert caught.value.field == "item:ghost"


def test_a_result_on_a_text_item_and_texts_too_long_are_refused() -> None:
    base = {"doors": Answer(ItemResult.PASS), "gauge": Answer(value="1.2")}
    for bad in (Answer(ItemResult.PASS), Answer(value="1"), Answer(text="字" * 201)):
        with pytest.raises(ValidationError) as caught:
            judge(FIRE, {**base, "remark": bad})
        assert caught.value.field == "item:remark"
    with pytest.raises(ValidationError) as caught:
        judge(FIRE, {**base, "lamp": Answer(ItemResult.FAIL, note="字" * 501)})
    assert caught.value.field == "item:lamp"
    ok = judge(FIRE, {**base, "remark": Answer(text="字" * 200, note="字" * 500)})
    assert len(ok.items[3].text) == 200


def test_a_reading_or_a_text_where_the_item_asks_for_neither_is_refused() -> None:
    for key, bad in (
        ("doors", Answer(ItemResult.PASS, value="1.2")),
        ("doors", Answer(ItemResult.PASS, text="fine")),
        ("gauge", Answer(value="1.2", text="fine")),
    ):
        answers = {"doors": Answer(ItemResult.PASS), "gauge": Answer(value="1.2"), key: bad}
        with pytest.raises(ValidationError) as caught:
            judge(FIRE, answers)
        assert caught.value.field == f"item:{key}"


def test_a_result_that_is_not_a_result_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        judge(FIRE, {"doors": Answer("ok"), "gauge": Answer(value="1.2")})  # type: ignore[arg-type]
    assert caught.value.field == "item:doors"


# ---- all pass, then the exceptions ------------------------------------------------------------


def test_all_pass_fills_check_items_only_and_keeps_the_exceptions() -> None:
    filled = all_pass(FIRE, {"lamp": Answer(ItemResult.FAIL, note="broken")})
    assert filled == {
        "lamp": Answer(ItemResult.FAIL, note="broken"),
        "doors": Answer(ItemResult.PASS),
    }
    with pytest.raises(ValidationError) as caught:  # the gauge's reading is still owed
        judge(FIRE, filled)
    assert caught.value.field == "item:gauge"
    filled["gauge"] = Answer(value="1.1")
    outcome = judge(FIRE, filled)
    assert outcome.failed_keys == ("lamp",)
    assert not outcome.passed
    assert outcome.count() == PassCount(2, 3)


def test_all_pass_on_a_default_template_needs_only_the_readings() -> None:
    cleaning = default_template(InspectionKind.CLEANING, "zh_CN")
    outcome = judge(cleaning, all_pass(cleaning, {}))
    assert outcome.passed
    assert outcome.count() == PassCount(6, 6)


# ---- pass rates --------------------------------------------------------------------------------


P, F, NA = ItemResult.PASS, ItemResult.FAIL, ItemResult.NOT_APPLICABLE


def test_pass_rates_by_kind_exclude_n_a() -> None:
    rates = pass_rates_by_kind(
        [
            outcome_of(InspectionKind.CLEANING, P, P, F, NA),
            outcome_of(InspectionKind.CLEANING, P, NA, None),
            outcome_of(InspectionKind.GREENING, NA, NA),
            outcome_of(InspectionKind.LIFTS, F),
        ]
    )
    assert rates == {
        InspectionKind.CLEANING: PassCount(3, 4),
        InspectionKind.GREENING: PassCount(0, 0),
        InspectionKind.LIFTS: PassCount(0, 1),
    }
    assert rates[InspectionKind.CLEANING].failed == 1
    assert rates[InspectionKind.GREENING].ratio() is None


def test_target_ratios_count_their_kinds_and_fire_equipment_anywhere() -> None:
    public = template(
        InspectionKind.PUBLIC_FIRE_SAFETY,
        TemplateItem("stairs", "Stairs clear"),
        TemplateItem("ext", "Extinguisher", equipment_kind=EquipmentKind.EXTINGUISHER),
        TemplateItem("lift", "Lift", equipment_kind=EquipmentKind.LIFT),
    )
    outcomes = [
        judge(FIRE, {"doors": Answer(P), "gauge": Answer(value="0.8")}),  # 1 of 2
        judge(public, {"stairs": Answer(F), "ext": Answer(P), "lift": Answer(F)}),  # ext: 1 of 1
        outcome_of(InspectionKind.CLEANING, P, P, P, F),
        outcome_of(InspectionKind.GREENING, P, NA),
    ]
    ratios = target_ratios(outcomes)
    assert ratios.fire_equipment == Ratio(2, 3)
    assert ratios.hygiene == Ratio(3, 4)
    assert ratios.greening == Ratio(1, 1)
    none = target_ratios([outcome_of(InspectionKind.LIFTS, P)])
    assert (none.fire_equipment, none.hygiene, none.greening) == (None, None, None)
    # The figures feed the target as it is: 2 of 3 intact misses the 100 % goal.
    result = fire_equipment(Period.month(2026, 11), ratios.fire_equipment, Decimal(100))
    assert result.outcome is TargetOutcome.NOT_MET


results_lists = st.lists(
    st.lists(st.sampled_from([P, F, NA, None]), min_size=1, max_size=8), max_size=12
)


@PROPERTY
@given(results_lists)
def test_pass_rates_add_up_over_any_set_of_inspections(
    sheets: list[list[ItemResult | None]],
) -> None:
    outcomes = [outcome_of(InspectionKind.CLEANING, *sheet) for sheet in sheets]
    flat = [r for sheet in sheets for r in sheet]
    expected = PassCount(flat.count(P), flat.count(P) + flat.count(F))
    rates = pass_rates_by_kind(outcomes)
    assert rates.get(InspectionKind.CLEANING, PassCount()) == expected
    hygiene = target_ratios(outcomes).hygiene
    assert hygiene == (Ratio(expected.passed, expected.judged) if expected.judged else None)
    assert all(o.passed is (F not in sheet) for o, sheet in zip(outcomes, sheets, strict=True))
