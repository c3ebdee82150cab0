"""The monthly report's words: every key in three languages with the same placeholders,
a name for every code the report prints, and the figures' texts."""

from __future__ import annotations

import string
from datetime import timedelta
from decimal import Decimal

import pytest

from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairPriority
from propdesk.domain.repairs.workflow import RepairOutcome, RepairState
from propdesk.domain.service_targets import (
    TARGETS,
    ArrivalInputs,
    Outcome,
    SatisfactionInputs,
    TargetKey,
    evaluate,
)
from propdesk.reports.labels import LANGS
from propdesk.reports.monthly.formatting import (
    actual_text,
    age_text,
    basis_text,
    number_text,
    share_text,
    threshold_text,
    yuan_text,
)
from propdesk.reports.monthly.labels import MONTHLY_LABELS, month_title, numbered_title, text
from propdesk.services.gate.events import GateEventKind
from tests.unit.test_service_targets import OCT


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MONTHLY_LABELS))
def test_every_text_in_three_languages_with_the_same_placeholders(key: str) -> None:
    texts = MONTHLY_LABELS[key]
    assert set(texts) == set(LANGS)
    assert all(texts[lang].strip() for lang in LANGS)
    assert _fields(texts["zh_CN"]) == _fields(texts["zh_TW"])
    if key == "month":  # English names the month: "October 2026"
        assert _fields(texts["en"]) == {"month_name", "year"}
    else:
        assert _fields(texts["zh_CN"]) == _fields(texts["en"])


def test_every_code_the_report_prints_has_a_name() -> None:
    keys = [spec.label_key for spec in TARGETS]
    keys += [f"{spec.label_key}.{part}" for spec in TARGETS for part in ("basis", "source")]
    keys += [f"category.{c.value}" for c in RepairCategory]
    keys += [f"priority.{p.value}" for p in RepairPriority]
    keys += [f"state.{s.value}" for s in RepairState]
    keys += [f"channel.{c.value}" for c in RepairChannel]
    keys += [f"outcome.{o.value}" for o in RepairOutcome]
    keys += [f"outcome.{o.value}" for o in Outcome]
    keys += [f"kind.{k.value}" for k in GateEventKind]
    keys += [f"age.{i}" for i in range(5)]
    assert [k for k in keys if k not in MONTHLY_LABELS] == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_target_prints_in_every_language(lang: str) -> None:
    with_data = {
        TargetKey.SATISFACTION: SatisfactionInputs({5: 8, 2: 2}, 5, 10),
        TargetKey.REPAIR_ARRIVAL: ArrivalInputs(9, 1, 0),
        TargetKey.SAFETY_INCIDENTS: 1,
        TargetKey.SURVEYS: 1,
    }
    for inputs in ({}, with_data):
        for result in evaluate(OCT, inputs, {}):
            assert threshold_text(result, lang)
            assert actual_text(result, lang)
            assert "{" not in basis_text(result, lang)


def test_figures_as_printed() -> None:
    assert number_text(Decimal("97.5")) == "97.5"
    assert number_text(Decimal(100)) == "100"
    assert number_text(1234567) == "1,234,567"
    assert share_text(2, 3, "zh_CN") == "66.6%"
    assert share_text(2, 3, "en") == "66.6 %"
    assert share_text(1, 0, "en") == "–"
    assert yuan_text(2638000) == "¥26,380.00"
    assert age_text(timedelta(days=3, hours=5), "zh_CN") == "3 天"
    assert age_text(timedelta(hours=5, minutes=59), "en") == "5 h"
    assert month_title(2026, 10, "zh_CN") == "2026年10月"
    assert month_title(2026, 10, "en") == "October 2026"
    assert text("footer.page", "zh_TW", page=2, pages=5) == "第 2 頁 共 5 頁"
    assert text("footer.page", "en", page=2, pages=5) == "Page 2 of 5"


def test_target_texts() -> None:
    results = {
        r.key: r
        for r in evaluate(
            OCT,
            {
                TargetKey.SATISFACTION: SatisfactionInputs({5: 8, 2: 2}),
                TargetKey.SAFETY_INCIDENTS: 0,
            },
            {},
        )
    }
    satisfaction = results[TargetKey.SATISFACTION]
    assert actual_text(satisfaction, "zh_CN") == "80.0%"
    assert threshold_text(satisfaction, "zh_CN") == "≥ 90%"
    # No survey held: the basis names the follow-ups only (not "surveys 0 of 0").
    assert basis_text(satisfaction, "en") == "follow-ups rated 4–5: 8 of 10"
    safety = results[TargetKey.SAFETY_INCIDENTS]
    assert actual_text(safety, "zh_CN") == "0 起（本年累计）"
    assert threshold_text(safety, "zh_CN") == "≤ 0 起/年"
    hygiene = results[TargetKey.HYGIENE]
    assert actual_text(hygiene, "en") == "No data"
    assert basis_text(hygiene, "zh_CN") == "保洁检查表尚未在系统中登记"
    fire = results[TargetKey.FIRE_EQUIPMENT]
    assert threshold_text(fire, "en") == "100 %"  # not "≥ 100 %"


def test_section_headings_are_numbered_in_each_language() -> None:
    gate = text("section.gate", "zh_TW")
    assert numbered_title(2, gate, "zh_TW") == "二、門崗登記"
    assert numbered_title(2, text("section.gate", "en"), "en") == "2. Gate log"
    assert [numbered_title(n, "x", "zh_CN")[:-2] for n in (1, 10, 12, 20, 99)] == [
        "一",
        "十",
        "十二",
        "二十",
        "九十九",
    ]
    for outside in (0, 100):
        with pytest.raises(ValueError, match="1 to 99"):
            numbered_title(outside, gate, "zh_CN")


def test_satisfaction_basis_names_only_what_was_recorded() -> None:
    def basis(inputs: SatisfactionInputs, lang: str) -> str:
        results = {r.key: r for r in evaluate(OCT, {TargetKey.SATISFACTION: inputs}, {})}
        return basis_text(results[TargetKey.SATISFACTION], lang)

    verdicts = SatisfactionInputs({5: 3}, verdicts_satisfied=4, verdicts=6)
    assert basis(verdicts, "en") == ("follow-ups rated 4–5: 3 of 3; complainants satisfied: 4 of 6")
    assert "投诉人满意 4 / 6 件" in basis(verdicts, "zh_CN")
    everything = SatisfactionInputs(
        {4: 1}, survey_satisfied=9, survey_answers=10, verdicts_satisfied=1, verdicts=2
    )
    assert basis(everything, "en") == (
        "follow-ups rated 4–5: 1 of 1; complainants satisfied: 1 of 2; "
        "survey answers satisfied: 9 of 10"
    )
    surveys = SatisfactionInputs({}, survey_satisfied=9, survey_answers=10)
    assert "complainants" not in basis(surveys, "en")
    assert "survey answers satisfied: 9 of 10" in basis(surveys, "en")
