#!/usr/bin/env bash
# Sets up everything propdesk needs on a Debian machine, as root or with sudo:
# the system libraries Qt needs, a .venv with the pinned dependencies, compiled
# translations. Idempotent: a second run only checks and returns within seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
APT_PACKAGES=(
  # Qt offscreen and on X11/Wayland
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  # PyInstaller inspects binaries with objdump
  binutils
  # the PDF tests read printed slips back (pdftotext, pdffonts, pdfinfo)
  poppler-utils
)

missing=()
if command -v dpkg-query >/dev/null; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# PostgreSQL server binaries for the tests' PostgreSQL lane (tests/pg starts a throwaway
# cluster). Debian keeps initdb and pg_ctl out of PATH, in /usr/lib/postgresql/N/bin.
have_pg_server() {
  command -v initdb >/dev/null && command -v pg_ctl >/dev/null && return 0
  compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null \
    && compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}
if ! have_pg_server && command -v apt-get >/dev/null; then
  echo "setup: installing PostgreSQL (for the tests' PostgreSQL lane)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
    postgresql >/dev/null
  # The package starts a cluster of its own; the tests never use it.
  if command -v pg_ctlcluster >/dev/null; then
    for version_dir in /etc/postgresql/*/main; do
      [ -d "$version_dir" ] || continue
      version=$(basename "$(dirname "$version_dir")")
      $SUDO pg_ctlcluster "$version" main stop >/dev/null 2>&1 || true
    done
  fi
fi

stamp=.venv/.setup-stamp
want=$(cat pyproject.toml requirements.lock | sha256sum | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: creating .venv with pinned dependencies"
  [ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade "pip>=24" >/dev/null
  .venv/bin/python -m pip install -q -c requirements.lock -e '.[dev]'
  echo "$want" > "$stamp"
fi

# Compile translations when a .ts is newer than its .qm.
for ts in resources/translations/propdesk_*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
