"""Only registers build_backend/propdesk_build.py's build_py; everything else is in
pyproject.toml. Build with pip (`pip install .`, `pip wheel .`) or `python -m build`."""

import sys
from pathlib import Path

from setuptools import setup

sys.path.insert(0, str(Path(__file__).resolve().parent / "build_backend"))

from propdesk_build import build_py

setup(cmdclass={"build_py": build_py})
