"""Text helpers every service uses on what a user typed."""

from __future__ import annotations


def clean_text(text: str) -> str:
    """Inner runs of white space made one space, ends trimmed."""
    return " ".join(text.split())
