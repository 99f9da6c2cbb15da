"""Writing to a terminal safely: no raw control characters, colour only where wanted."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from bot.reading.sanitize import strip_controls
from bot.reply import Reply


def safe(text: str) -> str:
    """Text with escape sequences, control characters and lone surrogates removed."""
    return strip_controls(text)


def wants_colour(stream: TextIO, disabled: bool = False) -> bool:
    """Colour only on a real terminal, and never with NO_COLOR, TERM=dumb or --no-color."""
    if disabled or "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return False
    return stream.isatty()


def style(text: str, code: str, colour: bool) -> str:
    """Text wrapped in an SGR code when colour is on."""
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def format_sources(reply: Reply, colour: bool = False) -> str:
    """The passages behind a reply, numbered, with section, file and score.

    After a fallback they are the nearest passages, and a first line says so.
    """
    if not reply.sources:
        return style("(no sources: this reply did not come from the document)", "2", colour)
    lines = []
    if reply.kind == "fallback":
        lines.append(style("The nearest passages (none of them answers the question):", "2",
                           colour))
    for n, source in enumerate(reply.sources, 1):
        where = " · ".join(x for x in (source.section, source.file) if x)
        head = style(f"[{n}] {where} (score {source.score:.3f})", "2", colour)
        lines.append(f"{head}\n    {' '.join(safe(source.text).split())}")
    return "\n".join(lines)


def write_line(text: str, stream: TextIO | None = None) -> None:
    """Print one line, replacing what the stream's encoding cannot show."""
    out = stream or sys.stdout
    encoding = getattr(out, "encoding", None) or "utf-8"
    out.write(text.encode(encoding, "replace").decode(encoding) + "\n")
