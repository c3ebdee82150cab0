"""Checklist templates: validation, versions and the default templates."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from propdesk.config import LANGUAGES as CONFIG_LANGUAGES
from propdesk.domain.inspections.defaults import (
    DEFAULTS,
    LANGUAGES,
    default_template,
    default_templates,
)
from propdesk.domain.inspections.equipment import FIRE_EQUIPMENT_KINDS, EquipmentKind
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind
from propdesk.domain.inspections.templates import (
    GLOBAL_BOUND,
    SANE_RANGES,
    Template,
    TemplateChanges,
    TemplateItem,
    item_field,
    next_version,
)
from propdesk.errors import ValidationError

PROPERTY = settings(max_examples=200, deadline=None, database=None)

GAUGE = TemplateItem(
    "gauge", "Pressure gauge", ItemKind.NUMBER, "MPa", Decimal("1.0"), Decimal("1.4")
)
CLEAR = TemplateItem("stairs_clear", "Stairs clear")


def template(*items: TemplateItem, areas: tuple[str, ...] = ("1号楼",)) -> Template:
    return Template(InspectionKind.FIRE_EQUIPMENT, "消防月检", Frequency.MONTHLY, areas, items)


def test_a_template_keeps_what_it_was_given_cleaned() -> None:
    made = Template(
        InspectionKind.CLEANING,
        "  保洁日检 ",
        Frequency.DAILY,
        (" 1号楼 ", "地下车库"),
        (TemplateItem("floors", " 地面干净 "), GAUGE),
    )
    assert made.name == "保洁日检"
    assert made.areas == ("1号楼", "地下车库")
    assert made.keys == ("floors", "gauge")
    assert made.items[0].text == "地面干净"
    assert made.version == 1
    assert made.item("gauge") == GAUGE
    assert made.item("nope") is None


# ---- refusals: each names its field --------------------------------------------------------


def test_a_template_with_no_items_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        template()
    assert caught.value.field == "items"


def test_a_duplicate_item_key_is_refused_naming_the_item() -> None:
    with pytest.raises(ValidationError) as caught:
        template(CLEAR, GAUGE, TemplateItem("stairs_clear", "Again"))
    assert caught.value.field == item_field("stairs_clear") == "item:stairs_clear"
    assert "stairs_clear" in caught.value.message


def test_a_number_whose_low_limit_is_above_its_high_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        TemplateItem("gauge", "Gauge", ItemKind.NUMBER, "MPa", Decimal("1.4"), Decimal("1.0"))
    assert caught.value.field == "item:gauge"


def test_equal_limits_and_one_sided_limits_are_accepted() -> None:
    one = TemplateItem("g", "G", ItemKind.NUMBER, "MPa", Decimal("1.2"), Decimal("1.2"))
    assert (one.low, one.high) == (Decimal("1.2"), Decimal("1.2"))
    floor_only = TemplateItem("h", "H", ItemKind.NUMBER, "MPa", low=Decimal("0.1"))
    assert floor_only.high is None
    assert floor_only.within_limits(Decimal("9"))
    assert not floor_only.within_limits(Decimal("0.09"))


def test_limits_are_read_exactly_from_text_and_ints() -> None:
    item = TemplateItem("g", "G", ItemKind.NUMBER, "°C", "5", 35)  # type: ignore[arg-type]
    assert (item.low, item.high) == (Decimal(5), Decimal(35))


@pytest.mark.parametrize("limit", [Decimal(11), Decimal(-1), "abc", True, float("nan")])
def test_a_limit_outside_the_units_sane_range_or_not_a_number_is_refused(limit: object) -> None:
    with pytest.raises(ValidationError) as caught:
        TemplateItem("g", "G", ItemKind.NUMBER, "MPa", high=limit)  # type: ignore[arg-type]
    assert caught.value.field == "item:g"


def test_limits_or_a_unit_on_a_check_item_are_refused() -> None:
    for extra in ({"unit": "MPa"}, {"low": Decimal(1)}, {"high": Decimal(1)}):
        with pytest.raises(ValidationError) as caught:
            TemplateItem("c", "C", ItemKind.CHECK, **extra)  # type: ignore[arg-type]
        assert caught.value.field == "item:c"


@pytest.mark.parametrize("key", ["", "Has Space", "大写", "x" * 41, "a-b"])
def test_a_bad_item_key_is_refused(key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        TemplateItem(key, "Text")
    assert caught.value.field == f"item:{key}"


@pytest.mark.parametrize("text", ["", "   ", "字" * 201])
def test_an_item_text_empty_or_too_long_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        TemplateItem("k", text)
    assert caught.value.field == "item:k"


def test_a_unit_too_long_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        TemplateItem("k", "K", ItemKind.NUMBER, "u" * 13)
    assert caught.value.field == "item:k"


@pytest.mark.parametrize("name", ["", "  ", "名" * 61])
def test_a_bad_name_is_refused(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Template(InspectionKind.LIFTS, name, Frequency.DAILY, ("A",), (CLEAR,))
    assert caught.value.field == "name"


@pytest.mark.parametrize("areas", [(), ("",), ("A", "A"), ("区" * 61,)])
def test_bad_areas_are_refused(areas: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError) as caught:
        template(CLEAR, areas=areas)
    assert caught.value.field == "areas"


def test_a_version_is_a_programming_error_a_kind_is_input() -> None:
    with pytest.raises(ValueError, match="version"):
        Template(InspectionKind.LIFTS, "L", Frequency.DAILY, ("A",), (CLEAR,), version=0)
    # A kind or a frequency comes from a form: its code's text is taken, anything else
    # is refused next to its field (tests/unit/test_inspections_generated_input.py).
    typed = Template("lifts", "L", "weekly", ("A",), (CLEAR,))  # type: ignore[arg-type]
    assert (typed.kind, typed.frequency) == (InspectionKind.LIFTS, Frequency.WEEKLY)
    for kind, frequency, field in (("", Frequency.DAILY, "kind"), ("lifts", None, "frequency")):
        with pytest.raises(ValidationError) as refused:
            Template(kind, "L", frequency, ("A",), (CLEAR,))  # type: ignore[arg-type]
        assert refused.value.field == field


@PROPERTY
@given(
    st.decimals(min_value=-60, max_value=160, places=1),
    st.decimals(min_value=-60, max_value=160, places=1),
)
def test_limits_are_accepted_exactly_when_ordered_and_sane(low: Decimal, high: Decimal) -> None:
    floor, ceiling = SANE_RANGES["°C"]
    ok = floor <= low <= ceiling and floor <= high <= ceiling and low <= high
    if ok:
        item = TemplateItem("t", "T", ItemKind.NUMBER, "°C", low, high)
        assert (item.low, item.high) == (low, high)
    else:
        with pytest.raises(ValidationError) as caught:
            TemplateItem("t", "T", ItemKind.NUMBER, "°C", low, high)
        assert caught.value.field == "item:t"


def test_an_unknown_unit_gets_the_global_bound() -> None:
    TemplateItem("n", "N", ItemKind.NUMBER, "pcs", GLOBAL_BOUND[0], GLOBAL_BOUND[1])
    with pytest.raises(ValidationError):
        TemplateItem("n", "N", ItemKind.NUMBER, "pcs", high=GLOBAL_BOUND[1] + 1)


# ---- versions ---------------------------------------------------------------------------


def test_editing_makes_the_next_version_and_leaves_the_old_one_untouched() -> None:
    old = template(CLEAR, GAUGE)
    new = next_version(old, TemplateChanges(items=(CLEAR,), areas=("1号楼", "2号楼")))
    assert new.version == 2
    assert new.keys == ("stairs_clear",)
    assert new.areas == ("1号楼", "2号楼")
    assert (new.kind, new.name, new.frequency) == (old.kind, old.name, old.frequency)
    assert old.version == 1
    assert old.keys == ("stairs_clear", "gauge")
    third = next_version(new, TemplateChanges(frequency=Frequency.WEEKLY))
    assert (third.version, third.frequency) == (3, Frequency.WEEKLY)


def test_an_edit_that_changes_nothing_is_no_new_version() -> None:
    old = template(CLEAR)
    assert next_version(old, TemplateChanges()) is old
    assert next_version(old, TemplateChanges(name=" 消防月检 ")) is old


def test_an_edit_is_validated_whole_and_makes_no_version_when_refused() -> None:
    old = template(CLEAR)
    with pytest.raises(ValidationError) as caught:
        next_version(old, TemplateChanges(items=()))
    assert caught.value.field == "items"
    with pytest.raises(ValidationError) as caught:
        next_version(old, TemplateChanges(items=(CLEAR, CLEAR)))
    assert caught.value.field == "item:stairs_clear"


def test_a_template_version_is_immutable() -> None:
    old = template(CLEAR)
    with pytest.raises(AttributeError):
        old.name = "x"  # type: ignore[misc]


# ---- the default templates ----------------------------------------------------------------


def test_the_languages_are_the_stations() -> None:
    assert LANGUAGES == CONFIG_LANGUAGES


def test_there_is_one_default_per_kind_with_5_to_10_items_and_every_frequency_used() -> None:
    assert sorted(d.kind for d in DEFAULTS) == sorted(InspectionKind)
    for default in DEFAULTS:
        assert 5 <= len(default.items) <= 10, default.kind
    assert {d.frequency for d in DEFAULTS} == set(Frequency)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_default_builds_in_every_language_with_the_same_keys(language: str) -> None:
    english = {t.kind: t for t in default_templates("en")}
    for made in default_templates(language):
        assert made.keys == english[made.kind].keys
        assert made.version == 1
        assert all(item.text for item in made.items)


def test_the_words_differ_by_language_and_are_chinese_where_they_should_be() -> None:
    cn = default_template(InspectionKind.FIRE_EQUIPMENT, "zh_CN")
    tw = default_template(InspectionKind.FIRE_EQUIPMENT, "zh_TW")
    en = default_template(InspectionKind.FIRE_EQUIPMENT, "en")
    assert cn.name == "消防设施月检"
    assert tw.name == "消防設施月檢"
    assert en.name == "Fire equipment, monthly"
    gauge = cn.item("extinguisher_pressure")
    assert gauge is not None
    assert (gauge.kind, gauge.unit, gauge.low, gauge.high) == (
        ItemKind.NUMBER,
        "MPa",
        Decimal("1.0"),
        Decimal("1.4"),
    )
    assert gauge.equipment_kind is EquipmentKind.EXTINGUISHER
    assert "绿区" in gauge.text
    assert "綠區" in tw.items[0].text
    # No Simplified-only wording slipped into the Traditional texts.
    for default in DEFAULTS:
        for item in default.items:
            cn_text, tw_text, en_text = item.words
            assert any("\u4e00" <= ch <= "\u9fff" for ch in cn_text)
            assert any("\u4e00" <= ch <= "\u9fff" for ch in tw_text)
            assert en_text.isascii(), en_text
            for simplified in "设检压门灯锁楼库电无齐净积条灭报运应护树绿类标识时":
                assert simplified not in tw_text, (item.key, tw_text)


def test_an_unknown_language_falls_back_to_english() -> None:
    assert default_template(InspectionKind.LIFTS, "fr").name == "Lifts, daily"


def test_the_fire_defaults_point_at_fire_equipment() -> None:
    fire = default_template(InspectionKind.FIRE_EQUIPMENT, "en")
    kinds = {item.equipment_kind for item in fire.items if item.kind is not ItemKind.TEXT}
    assert kinds <= FIRE_EQUIPMENT_KINDS


def test_an_item_kind_that_is_not_a_kind_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        TemplateItem("k", "K", "check")  # type: ignore[arg-type]
    assert caught.value.field == "item:k"


def test_at_most_100_items_and_200_areas() -> None:
    items = tuple(TemplateItem(f"i{n}", f"I{n}") for n in range(101))
    with pytest.raises(ValidationError) as caught:
        template(*items)
    assert caught.value.field == "items"
    assert len(template(*items[:100]).items) == 100
    areas = tuple(f"A{n}" for n in range(201))
    with pytest.raises(ValidationError) as caught:
        template(CLEAR, areas=areas)
    assert caught.value.field == "areas"
    assert len(template(CLEAR, areas=areas[:200]).areas) == 200
