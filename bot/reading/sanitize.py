"""Removing what must never reach the engine or a terminal: escape sequences and controls."""

from __future__ import annotations

import re

# ANSI/VT escape sequences (CSI, OSC, two-character), then C0/C1 control characters except
# tab and newline, zero-width and bidirectional controls, and lone surrogates.
_UNSAFE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|.)?|"
                     r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069"
                     r"\ud800-\udfff]", re.DOTALL)


def strip_controls(text: str, replacement: str = "") -> str:
    """Text with escape sequences, control characters and lone surrogates replaced."""
    return _UNSAFE.sub(replacement, text)


# The longest message read as a question: longer ones get a one-line refusal, not a search.
MAX_QUESTION_CHARS = 2000


def clean(message: str) -> str:
    """The message without escape sequences or control characters, spaces collapsed."""
    return " ".join(strip_controls(message, " ").split())
