"""Figures as the report prints them, the same in the PDF and the workbook: a target's
value, threshold and basis, shares, ages, local times."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from propdesk.domain.service_targets import (
    SPECS,
    Outcome,
    TargetKey,
    TargetResult,
    Unit,
    Window,
    share_percent,
)
from propdesk.reports.monthly.labels import has, text


def number_text(value: Decimal | int) -> str:
    """98 → "98", 97.5 → "97.5", 1234 → "1,234" (no trailing zeros, no exponent)."""
    number = Decimal(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number.normalize():f}"


def percent_text(value: Decimal, lang: str | None) -> str:
    """A share with its one decimal always shown: 85.5 %, 100.0 %."""
    return text("percent", lang, value=f"{value:.1f}")


def share_text(good: int, total: int, lang: str | None) -> str:
    """good / total as a percent cut down to one decimal (like the targets), or "–"."""
    if total <= 0:
        return "–"
    return percent_text(share_percent(good, total), lang)


def local_time_text(moment: datetime) -> str:
    """An aware datetime as the station's local "YYYY-MM-DD HH:MM"."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {moment!r}")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def age_text(age: timedelta, lang: str | None) -> str:
    """Whole days from a day on, else whole hours."""
    if age >= timedelta(days=1):
        return text("age.days", lang, days=age.days)
    return text("age.hours", lang, hours=int(age.total_seconds() // 3600))


def target_name(result: TargetResult, lang: str | None) -> str:
    return text(result.label_key, lang)


def at_least_text(threshold: Decimal, lang: str | None) -> str:
    """A share's threshold, "≥ 95%"; a threshold of 100 is "100%" ("≥ 100 %" reads
    oddly). The targets table and the charts' target lines both print it so."""
    value = number_text(threshold)
    if threshold == 100:
        return text("percent", lang, value=value)
    return text("at_least_percent", lang, value=value)


def threshold_text(result: TargetResult, lang: str | None) -> str:
    key = f"{result.label_key}.threshold"
    if has(key):
        return text(key, lang, value=number_text(result.threshold))
    return at_least_text(result.threshold, lang)


def actual_text(result: TargetResult, lang: str | None) -> str:
    """The figure, or "No data" (never a number the data does not give)."""
    if result.actual is None:
        return text("outcome.no_data", lang)
    if result.unit is Unit.PERCENT:
        shown = percent_text(result.actual, lang)
    else:
        shown = text(f"{result.label_key}.actual", lang, value=number_text(result.actual))
    if SPECS[TargetKey(result.key)].window is Window.YEAR_TO_DATE:
        shown += text("year_to_date", lang)
    return shown


def outcome_text(outcome: Outcome, lang: str | None) -> str:
    return text(f"outcome.{outcome.value}", lang)


def basis_text(result: TargetResult, lang: str | None) -> str:
    """The counts behind the figure, or which record is not kept yet."""
    if result.outcome is Outcome.NO_DATA and not result.details:
        source = text(f"{result.label_key}.source", lang)
        return text("no_data.basis", lang, source=source)
    counts = {name: f"{value:,}" for name, value in result.details}
    key = f"{result.label_key}.basis"
    if result.key is TargetKey.SATISFACTION:
        key = _satisfaction_basis(result)
    return text(key, lang, **counts)


def _satisfaction_basis(result: TargetResult) -> str:
    """Satisfaction's basis names only what was recorded: "surveys 0 of 0" would read
    as a survey nobody answered, "complainants 0 of 0" as complaints nobody judged."""
    surveys = bool(result.detail("survey_answers"))
    verdicts = bool(result.detail("verdicts"))
    suffix = {
        (True, True): "basis_all",
        (True, False): "basis",
        (False, True): "basis_verdicts",
        (False, False): "basis_ratings",
    }[(surveys, verdicts)]
    return f"{result.label_key}.{suffix}"


def yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


def yuan_text(fen: int) -> str:
    """¥12,345.00 (thousands separated: a month's fees run to five figures)."""
    return f"¥{yuan(fen):,.2f}"
