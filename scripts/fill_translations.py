"""Developers: fill unfinished entries of the .ts catalogues from a JSON file.

    .venv/bin/python scripts/fill_translations.py new.json

new.json maps each English source text to {"zh_CN": "...", "zh_TW": "..."}; the en
catalogue gets the source text itself. Entries already translated are left alone
unless --force is given. Prints what is still unfinished. The .ts files stay the
record (Qt Linguist can edit them as well); this only saves typing.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET  # our own files, not untrusted input
from pathlib import Path

TS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGS = ("zh_CN", "zh_TW", "en")


def fill(lang: str, table: dict[str, dict[str, str]], force: bool) -> list[str]:
    path = TS_DIR / f"propdesk_{lang}.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", lang)
    left = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") != "unfinished" and not force:
            continue
        text = source if lang == "en" else table.get(source, {}).get(lang)
        if text:
            translation.text = text
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            left.append(source)
    ET.indent(tree)
    with path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return left


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("json_file", nargs="?")
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    table = json.loads(Path(args.json_file).read_text("utf-8")) if args.json_file else {}
    status = 0
    for lang in LANGS:
        left = fill(lang, table, args.force)
        for source in left:
            print(f"{lang}: unfinished: {source!r}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
