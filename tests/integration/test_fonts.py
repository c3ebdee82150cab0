from __future__ import annotations

from propdesk.resources import cjk_font_path, resources_dir


def test_cjk_font_ships_with_its_licence() -> None:
    assert cjk_font_path().stat().st_size > 1_000_000
    licence = (resources_dir() / "fonts" / "LICENSE-wqy-microhei.txt").read_text("utf-8")
    assert "Apache" in licence


def test_reportlab_embeds_the_font_and_has_chinese_glyphs() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont("WQY", str(cjk_font_path()), subfontIndex=0)
    for char in "物业服务中心翠湖花园業主":
        assert ord(char) in font.face.charToGlyph, char
