"""One vocabulary: the screen (the Qt catalogues) and the papers (slips, the monthly
report and workbook, the patrol log, the import templates) call each thing by the
glossary's word, in zh_CN, zh_TW and en.

The screen's words are read where the screen takes them: the naming functions the
tabs call give the English source text, and the .ts catalogue of each language gives
its translation. A word the glossary retired (`AVOID`) appears nowhere.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # our own catalogues, not untrusted input
from collections.abc import Callable, Iterable
from enum import Enum
from functools import cache

import pytest

from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    InquiryKind,
    RootCause,
    Severity,
)
from propdesk.domain.complaints.kinds import Verdict as ComplaintVerdict
from propdesk.domain.complaints.workflow import ComplaintState
from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.rounds import RoundSource, RoundState
from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairPriority
from propdesk.domain.repairs.workflow import RepairOutcome, RepairState
from propdesk.reports.glossary import AVOID, GLOSSARY, group, term, with_english
from propdesk.reports.labels import LABELS, LANGS
from propdesk.reports.monthly.labels import MONTHLY_LABELS
from propdesk.reports.patrol.labels import PATROL_LABELS
from propdesk.reports.slips.repair_slip_labels import REPAIR_SLIP_LABELS
from propdesk.reports.slips.slip_labels import SLIP_LABELS
from propdesk.resources import translations_dir
from propdesk.services.gate.events import GateEventKind
from propdesk.services.master_data.cards import CardStatus
from propdesk.services.master_data.register_sheets import REGISTER_LABELS
from propdesk.ui import complaint_names
from propdesk.ui.repair_names import category_name, priority_name, state_name
from propdesk.ui.tabs.complaints import inquiry_names
from propdesk.ui.tabs.gate.journal_model import kind_name
from propdesk.ui.tabs.patrol.names import (
    finding_category_name,
    round_state_name,
    source_name,
    verdict_name,
)
from propdesk.ui.tabs.repairs.names import channel_name, outcome_name

CHINESE = ("zh_CN", "zh_TW")

# Each coded group: the glossary's prefix, the codes, the screen's naming function
# (no translator installed: it gives the English source) and its translation context.
CODED: list[tuple[str, type[Enum], Callable[..., str], str]] = [
    ("repair_state", RepairState, state_name, "RepairNames"),
    ("repair_priority", RepairPriority, priority_name, "RepairNames"),
    ("repair_category", RepairCategory, category_name, "RepairNames"),
    ("repair_channel", RepairChannel, channel_name, "RepairNames"),
    ("repair_outcome", RepairOutcome, outcome_name, "RepairNames"),
    ("gate_kind", GateEventKind, kind_name, "JournalModel"),
    ("patrol_verdict", Verdict, verdict_name, "PatrolNames"),
    ("round_state", RoundState, round_state_name, "PatrolNames"),
    ("round_source", RoundSource, source_name, "PatrolNames"),
    ("finding_category", FindingCategory, finding_category_name, "PatrolNames"),
    ("complaint_category", ComplaintCategory, complaint_names.category_name, "ComplaintNames"),
    ("complaint_channel", ComplaintChannel, complaint_names.channel_name, "ComplaintNames"),
    ("complaint_severity", Severity, complaint_names.severity_name, "ComplaintNames"),
    ("complaint_state", ComplaintState, complaint_names.state_name, "ComplaintNames"),
    ("complaint_verdict", ComplaintVerdict, complaint_names.verdict_name, "ComplaintNames"),
    ("complaint_root_cause", RootCause, complaint_names.root_cause_name, "ComplaintNames"),
    ("inquiry_kind", InquiryKind, inquiry_names.kind_name, "InquiryNames"),
]

# The screen's texts (context, English source) that are the term itself.
SCREEN_NAMES: dict[str, list[tuple[str, str]]] = {
    "pass_number": [("GateTab", "Pass number"), ("InsideNowTableModel", "Pass number")],
    "parking_permit": [("VehicleExitDialog", "Permit"), ("VehiclesInsideTableModel", "Permit")],
    "release_slip": [("ItemOutForm", "Release slip")],
    "issue_release_slip": [("ReleaseSlipForm", "New release slip")],
    "parking_notice": [("NoticeForm", "Parking notice"), ("JournalModel", "Parking notice")],
    "resident_vehicle": [("JournalModel", "resident's vehicle")],
    "visitor_vehicle": [
        ("JournalModel", "visitor's vehicle"),
        ("VehicleExitDialog", "Visitor vehicle"),
    ],
    "repair_ticket": [
        ("AuditNames", "repair ticket"),
        ("FindingsModel", "Repair ticket"),
        ("DashboardPanel", "Repair tickets"),
    ],
    "open_matters": [("HandoverForm", "Open matters"), ("HandoverTableModel", "Open matters")],
    "technician": [("Roles", "Technician"), ("DispatchForm", "Technician")],
    "card_status.active": [("CardsTableModel", "Active")],
    "card_status.lost": [("CardsTableModel", "Lost")],
    "card_status.revoked": [("CardsTableModel", "Revoked")],
    "card_status.returned": [("CardsTableModel", "Returned"), ("GateTab", "returned")],
}

# The screen's texts that name the term inside a longer text.
SCREEN_MENTIONS: dict[str, list[tuple[str, str]]] = {
    "visitor_pass": [
        ("GateTab", "Pass {number} issued to {name} for {unit}"),
        ("messages", "There is no visitor pass {number}."),
        ("messages", "The visitor on pass {number} has already left."),
    ],
    "parking_permit": [
        ("VehiclePanel", "Hand over permit {permit}."),
        ("JournalModel", "permit not returned"),
    ],
    "issue_release_slip": [("GateTab", "New release slip (F7)")],
    "parking_notice": [("GateTab", "Parking notice (F6)")],
    "resident_vehicle": [("VehicleExitDialog", "free: resident's vehicle")],
    "gate_kind.refused_card": [
        (
            "HandoverForm",
            "Residents in: {residents}, refused cards: {refused}\n"
            "Visitors in/out: {visitors_in}/{visitors_out}\n"
            "Vehicles in/out: {vehicles_in}/{vehicles_out}, fees collected: {fees}\n"
            "Items in/out: {items_in}/{items_out}, parking notices: {notices}",
        )
    ],
    "repair_ticket": [("DashboardPanel", "Show the open repair tickets")],
}

# Every paper's table of words.
PAPERS: dict[str, dict[str, dict[str, str]]] = {
    "import templates": LABELS,
    "registers": REGISTER_LABELS,
    "gate slips": SLIP_LABELS,
    "dispatch slip": REPAIR_SLIP_LABELS,
    "monthly report": MONTHLY_LABELS,
    "patrol papers": PATROL_LABELS,
}

# The papers' entries that are a coded group, under their own prefix.
PAPER_GROUPS: list[tuple[str, dict[str, dict[str, str]], str]] = [
    ("repair_state", MONTHLY_LABELS, "state"),
    ("repair_priority", MONTHLY_LABELS, "priority"),
    ("repair_category", MONTHLY_LABELS, "category"),
    ("repair_channel", MONTHLY_LABELS, "channel"),
    ("repair_outcome", MONTHLY_LABELS, "outcome"),
    ("gate_kind", MONTHLY_LABELS, "kind"),
    ("patrol_verdict", MONTHLY_LABELS, "verdict"),
    ("round_state", MONTHLY_LABELS, "round_state"),
    ("round_source", MONTHLY_LABELS, "round_source"),
    ("repair_priority", REPAIR_SLIP_LABELS, "priority"),
    ("repair_category", REPAIR_SLIP_LABELS, "category"),
    ("patrol_verdict", PATROL_LABELS, "verdict"),
    ("finding_category", PATROL_LABELS, "category"),
    ("card_status", LABELS, "status"),
]

# The papers' entries that are the term itself (in Chinese: English may inflect it,
# "Cards refused", or title it, "Parking Violation Notice").
PAPER_NAMES: dict[str, list[tuple[dict[str, dict[str, str]], str]]] = {
    "pass_number": [(SLIP_LABELS, "visitor.number")],
    "open_matters": [(SLIP_LABELS, "handover.open_matters")],
    "resident_vehicle": [(SLIP_LABELS, "free.resident")],
    "parking_notice": [(SLIP_LABELS, "notice.title"), (SLIP_LABELS, "handover.notices")],
    "gate_kind.refused_card": [
        (SLIP_LABELS, "handover.refused_cards"),
        (MONTHLY_LABELS, "gate.refused_cards"),
    ],
    "gate_kind.vehicle_in": [
        (SLIP_LABELS, "handover.vehicles_in"),
        (MONTHLY_LABELS, "gate.vehicles_in"),
    ],
    "gate_kind.parking_notice": [(MONTHLY_LABELS, "gate.notices")],
    "technician": [(REPAIR_SLIP_LABELS, "technician"), (MONTHLY_LABELS, "col.technician")],
    "repair_ticket": [(MONTHLY_LABELS, "section.repairs"), (PATROL_LABELS, "col.ticket")],
    "round_state.abandoned": [(PATROL_LABELS, "state.abandoned")],
    "round_state.open": [(PATROL_LABELS, "state.open")],
}

# The papers' entries that name the term inside a longer text (in Chinese).
PAPER_MENTIONS: dict[str, list[tuple[dict[str, dict[str, str]], str]]] = {
    "visitor_pass": [(SLIP_LABELS, "visitor.title")],
    "release_slip": [(SLIP_LABELS, "release.title"), (SLIP_LABELS, "release.number")],
    "parking_permit": [(MONTHLY_LABELS, "xlsx.permit")],
    "technician": [(REPAIR_SLIP_LABELS, "sign.technician")],
}


@cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → the translation, from resources/translations/*.ts."""
    root = ET.parse(translations_dir() / f"propdesk_{lang}.ts").getroot()
    texts = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            texts[(name, message.findtext("source") or "")] = translation.text or ""
    return texts


def screen_text(lang: str, context: str, source: str) -> str:
    texts = catalogue(lang)
    assert (context, source) in texts, f"{context}: {source!r} is not in the {lang} catalogue"
    return texts[(context, source)]


def coded_screen_names() -> Iterable[tuple[str, str, str]]:
    """(glossary key, context, English source) of every code the screen names."""
    for prefix, codes, name, context in CODED:
        for code in codes:
            yield f"{prefix}.{code.value}", context, name(code)


@pytest.mark.parametrize(("prefix", "codes"), [(p, c) for p, c, _n, _x in CODED])
def test_every_code_has_a_term(prefix: str, codes: type[Enum]) -> None:
    assert sorted(group(prefix, prefix)) == sorted(f"{prefix}.{c.value}" for c in codes)


def test_card_states_have_terms() -> None:
    assert sorted(group("card_status", "s")) == sorted(f"s.{c.value}" for c in CardStatus)


@pytest.mark.parametrize("key", sorted(GLOSSARY))
def test_every_term_in_three_languages(key: str) -> None:
    assert set(GLOSSARY[key]) == set(LANGS)
    assert all(GLOSSARY[key][lang].strip() for lang in LANGS)


@pytest.mark.parametrize("lang", CHINESE)
def test_the_screen_names_each_code_by_the_glossary(lang: str) -> None:
    wrong = [
        (key, source, screen_text(lang, context, source), term(key, lang))
        for key, context, source in coded_screen_names()
        if screen_text(lang, context, source) != term(key, lang)
    ]
    assert wrong == []


def test_the_english_screen_names_each_code_by_the_glossary() -> None:
    wrong = [
        (key, source)
        for key, _context, source in coded_screen_names()
        if source.casefold() != term(key, "en").casefold()
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", CHINESE)
def test_the_screen_names_the_gates_and_repairs_things_by_the_glossary(lang: str) -> None:
    wrong = [
        (key, context, source, screen_text(lang, context, source))
        for key, texts in SCREEN_NAMES.items()
        for context, source in texts
        if screen_text(lang, context, source) != term(key, lang)
    ]
    wrong += [
        (key, context, source, screen_text(lang, context, source))
        for key, texts in SCREEN_MENTIONS.items()
        for context, source in texts
        if term(key, lang) not in screen_text(lang, context, source)
    ]
    assert wrong == []


@pytest.mark.parametrize(("prefix", "table", "as_prefix"), PAPER_GROUPS)
def test_the_papers_name_each_code_by_the_glossary(
    prefix: str, table: dict[str, dict[str, str]], as_prefix: str
) -> None:
    expected = group(prefix, as_prefix)
    assert {key: table.get(key) for key in expected} == expected


@pytest.mark.parametrize("lang", CHINESE)
def test_the_papers_name_the_gates_and_repairs_things_by_the_glossary(lang: str) -> None:
    wrong = [
        (key, entry, table[entry][lang])
        for key, entries in PAPER_NAMES.items()
        for table, entry in entries
        if table[entry][lang] != term(key, lang)
    ]
    wrong += [
        (key, entry, table[entry][lang])
        for key, entries in PAPER_MENTIONS.items()
        for table, entry in entries
        if term(key, lang) not in table[entry][lang]
    ]
    assert wrong == []


def _retired_words() -> list[tuple[str, str]]:
    return [(key, word) for key, words in AVOID.items() for word in words]


@pytest.mark.parametrize("lang", CHINESE)
def test_no_screen_text_uses_a_retired_word(lang: str) -> None:
    found = [
        (key, word, context, source)
        for (context, source), text in catalogue(lang).items()
        for key, word in _retired_words()
        if word in text
    ]
    assert found == []


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_no_paper_uses_a_retired_word(paper: str) -> None:
    found = [
        (key, word, entry)
        for entry, texts in PAPERS[paper].items()
        for text in texts.values()
        for key, word in _retired_words()
        if word in text
    ]
    assert found == []


def test_no_retired_word_is_a_glossary_word() -> None:
    clashes = [
        (key, word, other)
        for key, word in _retired_words()
        for other, texts in GLOSSARY.items()
        if any(word in text for text in texts.values())
    ]
    assert clashes == []


def test_a_term_with_another_english_form_keeps_its_chinese() -> None:
    plural = with_english("gate_kind.refused_card", "Cards refused")
    assert plural == {"zh_CN": "刷卡被拒", "zh_TW": "刷卡被拒", "en": "Cards refused"}
    assert GLOSSARY["gate_kind.refused_card"]["en"] == "Card refused"
