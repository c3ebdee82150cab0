"""Every wrapped string is in the catalogues and translated (zh_CN is the default)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from propdesk.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("zh_CN", "zh_TW", "en")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()  # our own file
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = translation
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_has_no_unfinished_entries(lang: str) -> None:
    messages = _messages(translations_dir() / f"propdesk_{lang}.ts")
    assert messages
    unfinished = [src for (_ctx, src), tr in messages.items() if tr.get("type") == "unfinished"]
    assert unfinished == [], f"{lang}: translate these: {unfinished}"
    empty = [src for (_ctx, src), tr in messages.items() if not (tr.text or "").strip()]
    assert empty == []


def test_chinese_catalogues_keep_placeholders() -> None:
    import re

    for lang in ("zh_CN", "zh_TW"):
        for (_ctx, source), tr in _messages(translations_dir() / f"propdesk_{lang}.ts").items():
            want = sorted(re.findall(r"\{[^}]*\}", source))
            assert sorted(re.findall(r"\{[^}]*\}", tr.text or "")) == want, (lang, source)


def test_catalogues_contain_every_string_in_the_source(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "src" / "propdesk").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    shutil.copy(translations_dir() / "propdesk_zh_CN.ts", fresh)
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    now = set(_messages(fresh))
    kept = set(_messages(translations_dir() / "propdesk_zh_CN.ts"))
    assert now - kept == set(), "run scripts/update_translations.sh and translate"
    assert kept - now == set(), "catalogue has entries no longer in the source"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_catalogue_exists(lang: str) -> None:
    assert (translations_dir() / f"propdesk_{lang}.qm").stat().st_size > 0


def test_every_translate_call_names_its_context_literally() -> None:
    """lupdate only extracts translate("Context", "text"): a context held in a variable
    leaves the string out of the catalogues, and the window shows it in English."""
    import re

    call = re.compile(r"(?<![.\w])translate\(\s*(?![\"'])(?!self\b)[A-Za-z_][\w.]*\s*,")
    offenders = []
    for path in sorted((ROOT / "src" / "propdesk").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if call.search(line) and "def " not in line and "MESSAGES" not in line:
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []
