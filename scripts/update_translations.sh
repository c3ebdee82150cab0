#!/usr/bin/env bash
# Developers: refresh the .ts catalogues from the source after changing UI strings,
# then translate the new entries (Qt Linguist: .venv/bin/pyside6-linguist FILE.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/propdesk -name '*.py' | sort)
for lang in zh_CN zh_TW en; do
  .venv/bin/pyside6-lupdate -no-obsolete -locations none "${sources[@]}" \
    -ts "resources/translations/propdesk_${lang}.ts"
done
