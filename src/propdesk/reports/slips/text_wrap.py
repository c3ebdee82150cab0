"""Break text into lines no wider than a column, for CJK and Latin text alike.

Chinese text breaks between any two characters, Latin text at spaces; the Chinese
line-breaking rules for punctuation (a closing mark never starts a line, an opening
mark never ends one) are kept where the column allows. Widths come from
`text_metrics`, so the lines fit the font the slip is drawn with.
"""

from __future__ import annotations

from collections.abc import Callable

from propdesk.reports.slips.text_metrics import text_width

# Characters that must not start a line (closing marks) or end one (opening marks).
_NO_LINE_START = set("，。、；：！？）」』》〉】〕…’”％,.;:!?)]}%·・～")
_NO_LINE_END = set("（「『《〈【〔‘“([{")


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
