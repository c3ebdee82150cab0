"""The CJK font every PDF uses, registered once with reportlab.

WenQuanYi Micro Hei has TrueType outlines, so reportlab embeds it as a subset and
the PDF prints the same on any PC; Noto CJK (CFF outlines) is refused by reportlab
and the built-in CID fonts show boxes in many viewers.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from propdesk.resources import cjk_font_path

CJK_FONT = "WQYMicroHei"


@cache
def register_cjk_font() -> str:
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(cjk_font_path()), subfontIndex=0))
    return CJK_FONT
