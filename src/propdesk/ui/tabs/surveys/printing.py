"""Print previews of the surveys' papers: the blank questionnaire residents fill in and
the result summary for the owners' committee, in the window's language (the round's
own questions print as they were written). Each PDF is written into a temporary
folder, shown in the preview (its Print button prints the very pages) and removed
when the preview closes, as the inspections' papers are."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from propdesk.domain.surveys.questionnaire import Questionnaire
from propdesk.reports.surveys.values import RoundResults
from propdesk.services.bootstrap import Services
from propdesk.ui.i18n import ui_language

translate = QCoreApplication.translate


def _estate(services: Services) -> str:
    estate = services.estate.get()
    return estate.name if estate is not None else ""


def write_blank(
    questionnaire: Questionnaire, name: str, days: tuple[str, str] | None, estate: str, target: Path
) -> int:
    from propdesk.reports.surveys.papers import blank_questionnaire_pdf  # reportlab: when used

    with target.open("wb") as file:
        return blank_questionnaire_pdf(questionnaire, name, days, estate, ui_language(), file)


def write_summary(results: RoundResults, estate: str, target: Path) -> int:
    from propdesk.reports.surveys.papers import result_summary_pdf

    with target.open("wb") as file:
        return result_summary_pdf(results, estate, ui_language(), file)


def preview_blank(
    parent: QWidget | None,
    services: Services,
    questionnaire: Questionnaire,
    name: str,
    days: tuple[str, str] | None,
) -> bool:
    with tempfile.TemporaryDirectory(prefix="propdesk-survey-") as folder:
        target = Path(folder) / "questionnaire.pdf"
        write_blank(questionnaire, name, days, _estate(services), target)
        from propdesk.ui.widgets.pdf_preview import preview_pdf

        title = translate("SurveyPrinting", "Blank questionnaire: {name}").format(name=name)
        preview_pdf(parent, target, title)
    return True


def preview_summary(parent: QWidget | None, services: Services, results: RoundResults) -> bool:
    with tempfile.TemporaryDirectory(prefix="propdesk-survey-") as folder:
        target = Path(folder) / "summary.pdf"
        write_summary(results, _estate(services), target)
        from propdesk.ui.widgets.pdf_preview import preview_pdf

        title = translate("SurveyPrinting", "Survey results: {name}").format(name=results.name)
        preview_pdf(parent, target, title)
    return True
