#!/usr/bin/env bash
# Sets up propdesk on a Debian machine, as root or with sudo. Idempotent: a second run
# only checks and returns within seconds.
#
#   bash scripts/setup.sh         what the console needs (scripts/run.sh): the Debian
#                                 libraries Qt needs, a .venv with the pinned runtime
#                                 dependencies (`pip install -c requirements.lock -e .`),
#                                 compiled translations.
#   bash scripts/setup.sh --dev   the same plus what the checks need (scripts/test.sh):
#                                 poppler-utils, binutils and libpython3.X for the
#                                 PyInstaller build, the PostgreSQL server, and the
#                                 developer tools (`.[dev]`: pytest, ruff, mypy, …).
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
for a in "$@"; do
  case "$a" in
    --dev) dev=1 ;;
    *) echo "usage: bash scripts/setup.sh [--dev]" >&2; exit 2 ;;
  esac
done

PYTHON=${PYTHON:-python3}
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

apt_updated=0
apt_install() {
  command -v apt-get >/dev/null || { echo "setup: no apt-get; install by hand: $*" >&2; return 0; }
  if [ "$apt_updated" = 0 ]; then
    $SUDO apt-get update -q >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$@"
}

# The interpreter of .venv: the existing one, or the one it will be made from.
venv_python=$PYTHON
[ -x .venv/bin/python ] && venv_python=.venv/bin/python
py_version=$("$venv_python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')

APT_PACKAGES=(
  # Qt offscreen and on X11/Wayland
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
)
# Debian's python3 makes no venv without python3.X-venv (ensurepip).
if [ ! -x .venv/bin/python ] && ! "$PYTHON" -c 'import ensurepip' 2>/dev/null; then
  APT_PACKAGES+=("python${py_version}-venv")
fi
if [ "$dev" = 1 ]; then
  APT_PACKAGES+=(
    # PyInstaller inspects binaries with objdump
    binutils
    # the PDF tests read printed slips back (pdftotext, pdffonts, pdfinfo)
    poppler-utils
  )
  # PyInstaller bundles the interpreter's shared library. Debian's python3 is linked
  # statically and leaves libpython3.X.so.1.0 to its own package; an interpreter built
  # elsewhere (pyenv, python.org) keeps it under its own prefix.
  if [ "$("$venv_python" -c 'import sys; print(sys.base_prefix)')" = /usr ] \
    && dpkg-query -W -f='${Status}' "python${py_version}" 2>/dev/null | grep -q "install ok installed"; then
    APT_PACKAGES+=("libpython${py_version}")
  fi
fi

missing=()
if command -v dpkg-query >/dev/null; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  apt_install "${missing[@]}"
fi

# PostgreSQL server binaries for the tests' PostgreSQL lane (tests/pg starts a throwaway
# cluster). Debian keeps initdb and pg_ctl out of PATH, in /usr/lib/postgresql/N/bin.
have_pg_server() {
  command -v initdb >/dev/null && command -v pg_ctl >/dev/null && return 0
  compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null \
    && compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}
if [ "$dev" = 1 ] && ! have_pg_server && command -v apt-get >/dev/null; then
  echo "setup: installing PostgreSQL (for the tests' PostgreSQL lane)"
  apt_install postgresql >/dev/null
  # The package starts a cluster of its own; the tests never use it.
  if command -v pg_ctlcluster >/dev/null; then
    for version_dir in /etc/postgresql/*/main; do
      [ -d "$version_dir" ] || continue
      version=$(basename "$(dirname "$version_dir")")
      $SUDO pg_ctlcluster "$version" main stop >/dev/null 2>&1 || true
    done
  fi
fi

# The stamp records what .venv holds: "runtime HASH" or "dev HASH" (dev includes runtime),
# so scripts/test.sh after scripts/run.sh still adds the developer tools.
stamp=.venv/.setup-stamp
hash=$(cat pyproject.toml requirements.lock | sha256sum | cut -d' ' -f1)
have=$(cat "$stamp" 2>/dev/null || true)
if [ "$dev" = 1 ]; then
  want="dev $hash"
  target='.[dev]'
else
  want="runtime $hash"
  target='.'
fi
if [ ! -x .venv/bin/python ] || { [ "$have" != "$want" ] && [ "$have" != "dev $hash" ]; }; then
  echo "setup: installing the pinned dependencies into .venv (pip install -e '$target')"
  [ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade "pip>=24" >/dev/null
  .venv/bin/python -m pip install -q -c requirements.lock -e "$target"
  echo "$want" > "$stamp"
fi

# Compile translations when a .ts is newer than its .qm.
for ts in resources/translations/propdesk_*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done

# The PyInstaller build (tests/integration/test_build.py) bundles the interpreter's shared
# library; an interpreter built without one (pyenv's default) cannot be bundled. The
# build test skips on such an interpreter with the same check.
has_libpython='
import sys, sysconfig
from pathlib import Path
prefix, name = Path(sys.base_prefix), "libpython%d.%d*.so*" % sys.version_info[:2]
sys.exit(0 if sysconfig.get_config_var("Py_ENABLE_SHARED") or list(prefix.glob(name))
         or list(prefix.glob("lib/" + name)) else 1)
'
if [ "$dev" = 1 ] && ! .venv/bin/python -c "$has_libpython"; then
  echo "setup: warning: $(readlink -f .venv/bin/python) has no shared library (built" \
    "without --enable-shared): PyInstaller cannot bundle it, so the build test is skipped." \
    "Make .venv from a Python that has one, e.g. Debian's:" \
    "rm -rf .venv && PYTHON=/usr/bin/python3 bash scripts/test.sh" >&2
fi
