"""The monthly report as an A4 PDF (platypus), written all or nothing.

The bundled TrueType CJK font is embedded as a subset (reportlab's default for a
TTFont), so the PDF prints the same on a PC without Chinese fonts. `progress(done,
total)` hears of each laid-out block; returning False stops the build (nothing is
written), as every long piece of work in the app allows.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Flowable

from propdesk.errors import QT_TRANSLATE_NOOP, UserError
from propdesk.reports.labels import normalise_lang
from propdesk.reports.monthly import sections
from propdesk.reports.monthly.blocks import StoryContext
from propdesk.reports.monthly.keep_tail import keep_with_end
from propdesk.reports.monthly.labels import month_title, text
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.monthly.pages import Furniture, numbered_canvas, templates
from propdesk.reports.monthly.styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    styles,
)
from propdesk.reports.xlsx_files import write_atomically

CREATOR = "propdesk"
# (blocks laid out, blocks in all) → False asks to stop.
Progress = Callable[[int, int | None], bool | None]


class ReportCancelledError(UserError):
    """The progress callback asked to stop; no file was written."""


def _cancelled() -> ReportCancelledError:
    return ReportCancelledError(QT_TRANSLATE_NOOP("messages", "The report was cancelled."))


def story(report: MonthlyReport, lang: str) -> list[Flowable]:
    """The cover and the targets, each module's section in the registry's order, and
    the signatures (never alone on the last page: the end of the last section goes
    with them)."""
    context = StoryContext(lang, styles(lang), report.targets)
    content = [
        *sections.cover(report, context),
        *sections.targets(context),
        *(block for section in report.sections for block in section.story(context)),
    ]
    return keep_with_end(content, sections.signatures(context))


class _Document(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """Reports progress as the story's blocks are laid out. A table split over pages
    comes back as new pieces, so only the story's own blocks are counted and the count
    never runs past the total. (The attributes carry a prefix: BaseDocTemplate keeps
    its own bookkeeping under plain names.)"""

    def __init__(
        self,
        buffer: io.BytesIO,
        flowables: list[Flowable],
        progress: Progress | None,
        **kw: object,
    ) -> None:
        super().__init__(buffer, **kw)
        self._report_pending = {id(f) for f in flowables}
        self._report_total = len(flowables)
        self._report_progress = progress

    def afterFlowable(self, flowable: Flowable) -> None:
        if id(flowable) not in self._report_pending:
            return
        self._report_pending.discard(id(flowable))
        done = self._report_total - len(self._report_pending)
        if (
            self._report_progress is not None
            and self._report_progress(done, self._report_total) is False
        ):
            raise _cancelled()


def monthly_pdf(report: MonthlyReport, lang: str | None, progress: Progress | None = None) -> bytes:
    """The report as PDF bytes in zh_CN, zh_TW or en."""
    lang = normalise_lang(lang)
    st = styles(lang)
    month = month_title(report.period.first.year, report.period.first.month, lang)
    title = text("title", lang)
    furniture = Furniture(
        font=st.font,
        lang=lang,
        header=f"{report.estate} · {title} · {month}",
        audit_seq=report.audit_seq,
        audit_hash=report.audit_hash,
    )
    flowables = story(report, lang)
    buffer = io.BytesIO()
    doc = _Document(
        buffer,
        flowables,
        progress,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{report.estate} {title} {month}",
        author=sections.author(report, lang),
        subject=title,
        creator=CREATOR,
        lang=lang.replace("_", "-"),
        # Else the page preamble names Helvetica: listed, never used, not embedded.
        initialFontName=st.font,
        pageCompression=1,
    )
    doc.addPageTemplates(templates(furniture))
    total = len(flowables)  # platypus consumes the list
    if progress is not None and progress(0, total) is False:
        raise _cancelled()
    doc.build(flowables, canvasmaker=numbered_canvas(furniture))
    if progress is not None:
        progress(total, total)  # the split blocks' share, at the end
    return buffer.getvalue()


def write_monthly_pdf(
    path: Path, report: MonthlyReport, lang: str | None, progress: Progress | None = None
) -> Path:
    """Lay the report out first (a cancelled or failed build writes nothing), then save
    it atomically; an unwritable path raises FileWriteError."""
    data = monthly_pdf(report, lang, progress)
    return write_atomically(Path(path), lambda temporary: temporary.write_bytes(data))
