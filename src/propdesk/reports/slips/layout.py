"""Turn a Slip into pages of drawing primitives, in millimetres from the page's top left.

Both renderers (reportlab for the PDF, QPainter for the print preview) only draw what
is decided here, so the preview is the PDF. Text is measured with reportlab's metrics
of the bundled CJK font, the same outlines the Qt side draws.

The page is filled top to bottom by a flow of bands (one text line, a table row, the
signature block…); a band that does not fit starts the next page, so a long text flows
over as many pages as it needs and nothing is ever clipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

import segno
from reportlab.pdfbase import pdfmetrics

from propdesk.reports.fonts import register_cjk_font
from propdesk.reports.slips.model import PageFormat, Slip, SlipField, SlipParagraph, SlipTable

PT_TO_MM = 25.4 / 72
LEADING = 1.35  # line height as a multiple of the font size
BOLD_STROKE = 0.035  # fake bold (the font has no bold face): outline stroke per point of size
QUIET_ZONE_MODULES = 4  # what ISO/IEC 18004 asks around a QR symbol

# Characters that must not start a line (closing marks) or end one (opening marks).
_NO_LINE_START = set("，。、；：！？）」』》〉】〕…’”％,.;:!?)]}%·・～")
_NO_LINE_END = set("（「『《〈【〔‘“([{")


# --- primitives -------------------------------------------------------------------


@dataclass(frozen=True)
class TextRun:
    """One line of text; `x` is its left end, `baseline` its baseline."""

    x: float
    baseline: float
    text: str
    size_pt: float
    bold: bool = False
    gray: float = 0.0  # 0 black … 1 white

    @property
    def width(self) -> float:
        return text_width(self.text, self.size_pt, bold=self.bold)

    @property
    def top(self) -> float:
        return self.baseline - _ascent(self.size_pt)

    @property
    def bottom(self) -> float:
        return self.baseline + _descent(self.size_pt)


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width_pt: float = 0.5
    gray: float = 0.0


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    stroke_pt: float | None = 0.5  # None: no outline
    fill_gray: float | None = None  # None: not filled


@dataclass(frozen=True)
class QrSymbol:
    """A QR code; (`x`, `y`) is the corner of its first module. The quiet zone lies
    around it and must stay blank (it may reach into the page margin)."""

    x: float
    y: float
    module: float  # side of one module, mm
    modules: tuple[tuple[bool, ...], ...]  # rows of dark (True) / light modules

    @property
    def size(self) -> float:
        return len(self.modules) * self.module

    @property
    def quiet_zone(self) -> float:
        return QUIET_ZONE_MODULES * self.module

    def dark_rects(self) -> Iterator[tuple[float, float, float, float]]:
        """(x, y, width, height) of each horizontal run of dark modules. Renderers fill
        them as one path so neighbouring modules show no hairline seams."""
        for row_index, row in enumerate(self.modules):
            start: int | None = None
            for col, dark in enumerate((*row, False)):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    yield (
                        self.x + start * self.module,
                        self.y + row_index * self.module,
                        (col - start) * self.module,
                        self.module,
                    )
                    start = None


Primitive = TextRun | Rule | Box | QrSymbol


@dataclass(frozen=True)
class LaidOutPage:
    page: PageFormat
    items: tuple[Primitive, ...]


# --- text measuring and wrapping --------------------------------------------------


@cache
def _font() -> str:
    return register_cjk_font()


def _face_metric(name: str) -> float:
    face = pdfmetrics.getFont(_font()).face
    return float(getattr(face, name)) / 1000


def _ascent(size_pt: float) -> float:
    return _face_metric("ascent") * size_pt * PT_TO_MM


def _descent(size_pt: float) -> float:
    return -_face_metric("descent") * size_pt * PT_TO_MM


def font_name() -> str:
    """The reportlab name of the font every slip is measured and drawn with."""
    return _font()


def bold_stroke_mm(size_pt: float) -> float:
    return BOLD_STROKE * size_pt * PT_TO_MM


def text_width(text: str, size_pt: float, *, bold: bool = False) -> float:
    """Width of `text` in mm; bold adds its outline stroke."""
    width = float(pdfmetrics.stringWidth(text, _font(), size_pt)) * PT_TO_MM
    return width + (bold_stroke_mm(size_pt) if bold and text else 0.0)


def line_height(size_pt: float) -> float:
    return size_pt * LEADING * PT_TO_MM


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, CJK punctuation, kana, unified ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFE30 <= code <= 0xFE4F  # vertical forms
        or 0xFF00 <= code <= 0xFFEF  # full-width forms (，：（）)
        or 0x20000 <= code <= 0x3FFFF  # extension planes
    )


def _tokens(line: str) -> list[str]:
    """Breakable pieces: each CJK character, each Latin word, each space."""
    tokens: list[str] = []
    word = ""
    for char in line:
        if char.isspace() or _is_cjk(char):
            if word:
                tokens.append(word)
                word = ""
            tokens.append(" " if char.isspace() else char)
        else:
            word += char
    if word:
        tokens.append(word)
    return tokens


def _break_word(
    word: str, current: list[str], lines: list[list[str]], fits: Callable[[list[str]], bool]
) -> list[str]:
    """A word longer than a whole line (a long code, a URL): fill the current line,
    then further lines, breaking between characters. Returns the new current line."""
    piece = ""
    for char in word:
        # A line holds at least one character, however narrow the column.
        if fits([*current, piece + char]) or not (current or piece):
            piece += char
            continue
        lines.append([*current, piece] if piece else current)
        current, piece = [], char
    return [*current, piece]


def _start_line(
    token: str, current: list[str], lines: list[list[str]], fits: Callable[[list[str]], bool]
) -> list[str]:
    """End the current line before `token`. Closing punctuation may not open a line and
    opening punctuation may not end one: such characters are carried over with the
    character next to them. Returns the new current line."""
    while current and current[-1] == " ":
        current.pop()
    carried: list[str] = []
    if token[0] in _NO_LINE_START and len(current) > 1:
        carried.insert(0, current.pop())
    while len(current) > 1 and current[-1][-1] in _NO_LINE_END:
        carried.insert(0, current.pop())
    lines.append(current)
    if not fits([*carried, token]):
        lines[-1].extend(carried)  # they fitted there: give up the rule rather than clip
        carried = []
    return [*carried, token]


def _wrap_line(line: str, width: float, size_pt: float, bold: bool) -> list[str]:
    def fits(tokens: list[str]) -> bool:
        return text_width("".join(tokens).strip(), size_pt, bold=bold) <= width

    lines: list[list[str]] = []
    current: list[str] = []
    for token in _tokens(line):
        if token == " ":
            if current:
                current.append(token)
        elif fits([*current, token]):
            current.append(token)
        elif not fits([token]):
            current = _break_word(token, current, lines, fits)
        else:
            current = _start_line(token, current, lines, fits)
    lines.append(current)
    texts = ["".join(tokens).strip() for tokens in lines]
    return [text for text in texts if text] or [""]


def wrap_text(text: str, width: float, size_pt: float, *, bold: bool = False) -> list[str]:
    """Lines of `text` no wider than `width` mm. CJK text breaks between any two
    characters, Latin text at spaces (inside a word only when the word alone is too
    long). Newlines are kept; an empty line stays an empty line."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        lines.extend(_wrap_line(paragraph, width, size_pt, bold))
    return lines


# --- QR -------------------------------------------------------------------------------


def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix (no quiet zone) of a QR code for `payload`.

    Error level M; micro=False because many handheld and keyboard-wedge scanners read
    only full QR codes, and segno would pick a Micro QR for a short pass number.
    """
    code = segno.make(payload, error="m", micro=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


# --- the flow of bands ------------------------------------------------------------


@dataclass
class _Band:
    """A horizontal strip of items, y measured from the band's top."""

    height: float
    items: list[Primitive] = field(default_factory=list)


def _moved(item: Primitive, dy: float) -> Primitive:
    if isinstance(item, TextRun):
        return replace(item, baseline=item.baseline + dy)
    if isinstance(item, Rule):
        return replace(item, y1=item.y1 + dy, y2=item.y2 + dy)
    return replace(item, y=item.y + dy)


@dataclass
class _Frame:
    x: float
    width: float
    stroke_pt: float
    top: float


class _Flow:
    """Places bands down the page, starting new pages as needed."""

    def __init__(self, page: PageFormat, bottom: float, continuation: Callable[[], _Band]):
        self.top = page.margin_mm
        self.bottom = bottom
        self.continuation = continuation
        self.pages: list[list[Primitive]] = [[]]
        self.y = self.top
        self.page_start = self.top  # below the continuation header on later pages
        self.frame: _Frame | None = None
        self.repeat: _Band | None = None  # a table's header row, repeated on new pages
        # The most a later page holds; a group taller than this is split anyway.
        self.body_height = bottom - self.top - continuation().height

    def room(self) -> float:
        return self.bottom - self.y

    def space(self, height: float) -> None:
        """Vertical space; none at the top of a page, never past the bottom."""
        if self.y > self.page_start:
            self.y = min(self.y + height, self.bottom)

    def new_page(self) -> None:
        self._close_frame_segment()
        self.pages.append([])
        self.y = self.top
        self._put(self.continuation())
        self.page_start = self.y
        if self.frame is not None:
            self.frame.top = self.y
        if self.repeat is not None:
            self._put(self.repeat)

    def place(self, band: _Band) -> None:
        # (A band taller than a whole page cannot occur: long texts come line by line.)
        if band.height > self.room() + 1e-6 and self.y > self.page_start:
            self.new_page()
        self._put(band)

    def need(self, height: float) -> None:
        """Start a new page unless `height` fits below (or would not fit on any page)."""
        if self.room() + 1e-6 < height <= self.body_height and self.y > self.page_start:
            self.new_page()

    def keep(self, bands: Sequence[_Band]) -> None:
        """Place the bands together on one page when they fit on one at all."""
        self.need(sum(band.height for band in bands))
        for band in bands:
            self.place(band)

    def begin_frame(self, x: float, width: float, stroke_pt: float) -> None:
        self.frame = _Frame(x, width, stroke_pt, self.y)

    def end_frame(self) -> None:
        self._close_frame_segment()
        self.frame = None
        self.repeat = None

    def _close_frame_segment(self) -> None:
        frame = self.frame
        if frame is not None and self.y > frame.top:
            self.pages[-1].append(
                Box(frame.x, frame.top, frame.width, self.y - frame.top, frame.stroke_pt)
            )

    def _put(self, band: _Band) -> None:
        self.pages[-1].extend(_moved(item, self.y) for item in band.items)
        self.y += band.height


# --- bands of text --------------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    """A line of text waiting for its baseline."""

    x: float
    text: str
    size_pt: float
    bold: bool = False
    gray: float = 0.0


def _line_band(pieces: Sequence[_Piece], pad_top: float = 0.0, pad_bottom: float = 0.0) -> _Band:
    """One line holding pieces of any sizes on a shared baseline."""
    above = below = 0.0
    for piece in pieces:
        # The leading is shared equally above and below the glyphs.
        gap = line_height(piece.size_pt) - _ascent(piece.size_pt) - _descent(piece.size_pt)
        above = max(above, gap / 2 + _ascent(piece.size_pt))
        below = max(below, gap / 2 + _descent(piece.size_pt))
    baseline = pad_top + above
    items: list[Primitive] = [
        TextRun(p.x, baseline, p.text, p.size_pt, p.bold, p.gray) for p in pieces if p.text
    ]
    return _Band(pad_top + above + below + pad_bottom, items)


def _aligned(text: str, size_pt: float, bold: bool, left: float, width: float, align: str) -> float:
    """The x of a line aligned left, centre or right in [left, left + width]."""
    free = max(0.0, width - text_width(text, size_pt, bold=bold))
    return left + {"left": 0.0, "centre": free / 2, "right": free}[align]


# --- the slip's parts -------------------------------------------------------------


@dataclass(frozen=True)
class _Metrics:
    """Sizes derived from the page's body size, so A6 and A4 look alike."""

    page: PageFormat

    @property
    def body(self) -> float:
        return self.page.body_pt

    @property
    def small(self) -> float:
        return round(self.page.body_pt * 0.8, 1)

    @property
    def title(self) -> float:
        return round(self.page.body_pt * 1.75, 1)

    @property
    def estate(self) -> float:
        return round(self.page.body_pt * 1.15, 1)

    @property
    def strong(self) -> float:
        return round(self.page.body_pt * 1.45, 1)

    @property
    def gap(self) -> float:
        """Space between the slip's parts, mm."""
        return self.page.body_pt * 0.4

    @property
    def left(self) -> float:
        return self.page.margin_mm

    @property
    def width(self) -> float:
        return self.page.content_width_mm

    @property
    def right(self) -> float:
        return self.page.margin_mm + self.page.content_width_mm


def _centred_lines(m: _Metrics, text: str, size_pt: float, bold: bool) -> list[_Band]:
    return [
        _line_band(
            [_Piece(_aligned(line, size_pt, bold, m.left, m.width, "centre"), line, size_pt, bold)]
        )
        for line in wrap_text(text, m.width, size_pt, bold=bold)
    ]


def _rule_band(m: _Metrics, width_pt: float) -> _Band:
    """A full-width rule in a strip as thick as the rule (about 0.3 mm)."""
    return _Band(0.3, [Rule(m.left, 0.15, m.right, 0.15, width_pt)])


def _header(flow: _Flow, m: _Metrics, slip: Slip) -> None:
    bands = _centred_lines(m, slip.subtitle, m.estate, False) if slip.subtitle else []
    bands += _centred_lines(m, slip.title, m.title, True)
    bands.append(_Band(m.gap * 0.4))
    bands.append(_rule_band(m, 1.0))
    flow.keep(bands)


def _number_with_qr(flow: _Flow, m: _Metrics, slip: Slip, payload: str) -> None:
    modules = qr_modules(payload)
    # About a quarter of the page width: large enough for a scanner held at arm's
    # length, small enough to leave the number beside it.
    target = min(m.page.width_mm * 0.24, 30.0)
    module = target / len(modules)
    qr_size = module * len(modules)
    quiet = QUIET_ZONE_MODULES * module
    clear = 0.5  # between the rule above and the quiet zone
    text_width_mm = m.width - qr_size - quiet - 1.0
    # The number as large as fits on one line, down to the body size, then wrapped.
    size = m.title
    while size > m.body and text_width(slip.number, size, bold=True) > text_width_mm:
        size = round(size - 0.5, 1)
    lines: list[_Band] = []
    if slip.number_label:
        for line in wrap_text(slip.number_label, text_width_mm, m.small):
            lines.append(_line_band([_Piece(m.left, line, m.small, gray=0.3)]))
    for line in wrap_text(slip.number, text_width_mm, size, bold=True):
        lines.append(_line_band([_Piece(m.left, line, size, True)]))
    text_height = sum(band.height for band in lines)
    height = clear + max(qr_size, text_height) + 2 * quiet
    band = _Band(height)
    band.items.append(QrSymbol(m.right - qr_size, clear + quiet, module, modules))
    y = clear + (height - clear - text_height) / 2
    for text_band in lines:
        band.items.extend(_moved(item, y) for item in text_band.items)
        y += text_band.height
    flow.place(band)


def _number_line(flow: _Flow, m: _Metrics, slip: Slip) -> None:
    label = f"{slip.number_label} " if slip.number_label else ""
    label_width = text_width(label, m.body)
    number_lines = wrap_text(slip.number, m.width - label_width, m.body, bold=True)
    bands = []
    for index, line in enumerate(number_lines):
        x = _aligned(line, m.body, True, m.left, m.width, "right")
        pieces = [_Piece(x, line, m.body, True)]
        if index == 0 and label:
            pieces.append(_Piece(x - label_width, label.strip(), m.body, gray=0.3))
        bands.append(_line_band(pieces, pad_top=m.gap * 0.5 if index == 0 else 0.0))
    flow.keep(bands)


def _fields(flow: _Flow, m: _Metrics, fields: Sequence[SlipField]) -> None:
    label_col = min(
        max(text_width(f.label, m.body) for f in fields),
        m.width * 0.38,
    )
    gutter = 2.5
    value_x = m.left + label_col + gutter
    value_width = m.right - value_x
    pad = m.gap * 0.3
    for item in fields:
        size = m.strong if item.strong else m.body
        labels = wrap_text(item.label, label_col, m.body)
        values = wrap_text(item.value, value_width, size, bold=item.strong)
        count = max(len(labels), len(values))
        bands = []
        for index in range(count):
            pieces = []
            if index < len(labels):
                pieces.append(_Piece(m.left, labels[index], m.body, gray=0.3))
            if index < len(values):
                pieces.append(_Piece(value_x, values[index], size, item.strong))
            bands.append(
                _line_band(
                    pieces,
                    pad_top=pad if index == 0 else 0.0,
                    pad_bottom=pad if index == count - 1 else 0.0,
                )
            )
        # A light rule under each row makes the slip read like a form.
        bands[-1].items.append(Rule(m.left, bands[-1].height, m.right, bands[-1].height, 0.3, 0.65))
        # Keep a row's first lines together; a very long value flows on line by line.
        flow.keep(bands[:2])
        for band in bands[2:]:
            flow.place(band)


def _column_widths(m: _Metrics, table: SlipTable, pad: float) -> list[float]:
    natural = [
        max(
            text_width(cell, m.body, bold=row == 0)
            for row, cell in enumerate([header, *(r[col] for r in table.rows)])
        )
        + 2 * pad
        for col, header in enumerate(table.headers)
    ]
    total = sum(natural)
    if total <= m.width:
        # A narrow table stays narrow (a count far from its label is easily misread);
        # the first column takes what widening there is.
        table_width = min(m.width, max(total, m.width * 0.6))
        return [natural[0] + table_width - total, *natural[1:]]
    return [width * m.width / total for width in natural]


def _table_row(
    m: _Metrics,
    cells: Sequence[str],
    widths: Sequence[float],
    numeric: Sequence[bool],
    pad: float,
    header: bool,
) -> list[_Band]:
    wrapped = [
        wrap_text(cell, width - 2 * pad, m.body, bold=header)
        for cell, width in zip(cells, widths, strict=True)
    ]
    count = max(len(lines) for lines in wrapped)
    bands = []
    for index in range(count):
        pieces = []
        x = m.left
        for lines, width, right in zip(wrapped, widths, numeric, strict=True):
            if index < len(lines):
                align = "right" if right and not header else "left"
                text_x = _aligned(lines[index], m.body, header, x + pad, width - 2 * pad, align)
                pieces.append(_Piece(text_x, lines[index], m.body, header))
            x += width
        bands.append(
            _line_band(
                pieces,
                pad_top=pad * 0.6 if index == 0 else 0.0,
                pad_bottom=pad * 0.6 if index == count - 1 else 0.0,
            )
        )
    for band in bands:
        if header:
            band.items.insert(0, Box(m.left, 0, sum(widths), band.height, None, 0.88))
        x = m.left
        for width in widths[:-1]:
            x += width
            band.items.append(Rule(x, 0, x, band.height, 0.4))
    bottom = bands[-1]
    bottom.items.append(Rule(m.left, bottom.height, m.left + sum(widths), bottom.height, 0.4))
    return bands


def _table(flow: _Flow, m: _Metrics, table: SlipTable) -> None:
    pad = 1.6
    widths = _column_widths(m, table, pad)
    numeric = table.numeric or tuple(False for _ in table.headers)
    header = _table_row(m, table.headers, widths, numeric, pad, header=True)
    header_band = _Band(sum(b.height for b in header))
    y = 0.0
    for band in header:
        header_band.items.extend(_moved(item, y) for item in band.items)
        y += band.height
    rows = [_table_row(m, row, widths, numeric, pad, header=False) for row in table.rows]
    # The header never ends a page alone: it goes with the first row.
    flow.need(header_band.height + (rows[0][0].height if rows else 0.0))
    flow.begin_frame(m.left, sum(widths), 0.8)
    flow.place(header_band)
    flow.repeat = header_band
    for row in rows:
        # A row stays on one page unless it is very tall (then it flows line by line).
        if sum(band.height for band in row) <= flow.body_height / 3:
            flow.keep(row)
        else:
            for band in row:
                flow.place(band)
    flow.end_frame()


def _paragraph(
    flow: _Flow, m: _Metrics, paragraph: SlipParagraph, then: Sequence[_Band] = ()
) -> None:
    """Heading and text; `then` (the signatures) is kept with the text's last lines, so
    a sheet never ends with a page holding nothing but the signature lines."""
    inset = 2.5 if paragraph.boxed else 0.0
    size = m.body * (1.15 if paragraph.boxed else 1.0)
    left = m.left + inset
    width = m.width - 2 * inset
    bands = []
    if paragraph.heading:
        for line in wrap_text(paragraph.heading, width, m.body, bold=True):
            bands.append(_line_band([_Piece(left, line, m.body, True)]))
    for line in wrap_text(paragraph.text, width, size, bold=paragraph.boxed):
        bands.append(_line_band([_Piece(left, line, size, paragraph.boxed)]))
    if paragraph.boxed:
        bands = [_Band(inset * 0.6), *bands, _Band(inset * 0.6)]
        # All of a warning on one page when it fits; never its frame's top alone.
        flow.need(sum(band.height for band in bands))
        flow.need(sum(band.height for band in bands[:3]))
        flow.begin_frame(m.left, m.width, 1.2)
        for band in bands:
            flow.place(band)
        flow.end_frame()
        flow.keep(then)
        return
    if len(bands) <= 5:  # a short text stays whole (and with what follows) if it can
        flow.keep([*bands, *then])
        return
    flow.keep(bands[:3])  # never a heading or a single line alone at a page's foot
    for band in bands[3:-2]:
        flow.place(band)
    flow.keep([*bands[-2:], *then])


def _signature(m: _Metrics, label: str, x: float, width: float) -> _Band:
    """Room to sign, the line, and under it what the signature is for."""
    space_to_sign = m.body * 1.0  # mm, enough for a hand-written name
    band = _Band(space_to_sign, [Rule(x, space_to_sign, x + width, space_to_sign, 0.6)])
    for index, line in enumerate(wrap_text(label, width, m.small)):
        piece = _line_band([_Piece(x, line, m.small, gray=0.3)], pad_top=0.8 if index == 0 else 0)
        band.items.extend(_moved(item, band.height) for item in piece.items)
        band.height += piece.height
    return band


def _signatures(m: _Metrics, labels: Sequence[str]) -> list[_Band]:
    # Side by side, as people sign a handover or a release together.
    columns = 2 if len(labels) > 1 else 1
    gutter = m.width * 0.1
    cell = (m.width - gutter * (columns - 1)) / columns
    rows = []
    for start in range(0, len(labels), columns):
        cells = [
            _signature(m, label, m.left + col * (cell + gutter), cell)
            for col, label in enumerate(labels[start : start + columns])
        ]
        # Lines level with each other, however many lines the captions take.
        row = _Band(max(band.height for band in cells))
        for band in cells:
            row.items.extend(band.items)
        rows.append(row)
    return [_Band(m.gap), *rows]


def _footer_items(
    m: _Metrics, index: int, count: int, lines: Sequence[str], height: float
) -> list[Primitive]:
    """Footer text at the foot of every page, the page number when there are several."""
    items: list[Primitive] = []
    top = m.page.height_mm - m.page.margin_mm - height
    y = top
    for line in lines:
        band = _line_band([_Piece(m.left, line, m.small, gray=0.35)])
        items.extend(_moved(item, y) for item in band.items)
        y += band.height
    if count > 1:
        page_no = f"{index + 1}/{count}"
        x = m.right - text_width(page_no, m.small)
        band = _line_band([_Piece(x, page_no, m.small, gray=0.35)])
        items.extend(_moved(item, top) for item in band.items)
    items.append(Rule(m.left, top - 0.8, m.right, top - 0.8, 0.4, 0.5))
    return items


def layout_slip(slip: Slip) -> tuple[LaidOutPage, ...]:
    """The slip's pages; each item lies within the page margins (a QR's quiet zone
    may reach into them)."""
    m = _Metrics(slip.page)
    page_no_width = text_width("99/99", m.small) + 3.0
    footer_lines = wrap_text(slip.footer, m.width - page_no_width, m.small) if slip.footer else []
    footer_height = max(len(footer_lines), 1) * _line_band([_Piece(0, "x", m.small)]).height
    bottom = m.page.height_mm - m.page.margin_mm - footer_height - 2.0

    def continuation() -> _Band:
        text = f"{slip.title} {slip.number} {slip.continued}".strip()
        line = wrap_text(text, m.width, m.small)[0]
        band = _line_band([_Piece(m.left, line, m.small, gray=0.35)])
        band.items.append(Rule(m.left, band.height + 0.5, m.right, band.height + 0.5, 0.4, 0.5))
        band.height += 0.5 + m.gap
        return band

    flow = _Flow(slip.page, bottom, continuation)
    _header(flow, m, slip)
    if slip.qr_payload:
        _number_with_qr(flow, m, slip, slip.qr_payload)
    elif slip.number:
        _number_line(flow, m, slip)
        flow.space(m.gap)
    if slip.fields:
        _fields(flow, m, slip.fields)
    if slip.table is not None:
        flow.space(m.gap * 1.5)
        _table(flow, m, slip.table)
    signatures = _signatures(m, slip.signatures) if slip.signatures else []
    for index, paragraph in enumerate(slip.paragraphs):
        flow.space(m.gap * 1.5)
        last = index == len(slip.paragraphs) - 1
        _paragraph(flow, m, paragraph, then=signatures if last else ())
    if signatures and not slip.paragraphs:
        flow.keep(signatures)
    count = len(flow.pages)
    return tuple(
        LaidOutPage(
            slip.page, (*items, *_footer_items(m, index, count, footer_lines, footer_height))
        )
        for index, items in enumerate(flow.pages)
    )
