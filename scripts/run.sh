#!/usr/bin/env bash
# Set up (if needed; the runtime only, see scripts/setup.sh) and open the console. Pass
# --demo to fill an empty database with the demo estate first; other arguments go to
# propdesk (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
args=()
demo=0
for a in "$@"; do
  if [ "$a" = "--demo" ]; then demo=1; else args+=("$a"); fi
done
if [ "$demo" = 1 ]; then
  .venv/bin/propdesk "${args[@]}" demo-data --if-empty
fi
exec .venv/bin/propdesk "${args[@]}"
