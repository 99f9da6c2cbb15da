"""Writing to a terminal safely: no raw control characters, colour only where wanted."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from bot.errors import CorpusWarning
from bot.reading.sanitize import strip_controls
from bot.reply import Reply, Source


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

def terminal_width(stream: TextIO) -> int | None:
    """The width to wrap at on a terminal (40 to 100 columns), None when not a terminal."""
    if not stream.isatty():
        return None
    return max(40, min(100, shutil.get_terminal_size().columns))

def wrap(text: str, width: int | None, indent: str = "") -> str:
    """Text on lines of at most width columns, broken between words (never inside one);
    one line, indented, when width is None (piped output stays one line per passage)."""
    if width is None:
        return indent + " ".join(text.split())
    return "\n".join(textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False)
                     or [indent])

def where(source: Source, title: str = "") -> str:
    """Where a passage is: "Section, p. 3 · file" (no page outside PDFs, no file for one)."""
    place = source.section or title
    if source.page is not None:
        place = f"{place}, p. {source.page}" if place else f"p. {source.page}"
    return " · ".join(x for x in (place, source.file) if x)

def citation(reply: Reply, title: str, sources_hint: str) -> str | None:
    """The line under a reply saying where it came from ("— Section, p. 3"), or where the
    nearest passage is after a fallback (and how to see it); None without sources."""
    place = where(reply.sources[0], title) if reply.sources else ""
    if not place:
        return None
    if reply.kind == "answer":
        return f"— {place}"
    return f"(the nearest passage is in {place}; {sources_hint} shows it)"

def format_sources(reply: Reply, colour: bool = False, width: int | None = None) -> str:
    """The passages behind a reply, numbered, with section, page, file and score, each
    wrapped to width (see ``wrap``).

    After a fallback they are the nearest passages, and a first line says so.
    """
    if not reply.sources:
        return style("(no sources: this reply did not come from the document)", "2", colour)
    lines = []
    if reply.kind == "fallback":
        lines.append(style("The nearest passages (none of them answers the question):", "2",
                           colour))
    for n, source in enumerate(reply.sources, 1):
        head = style(wrap(f"[{n}] {where(source)} (score {source.score:.3f})", width), "2",
                     colour)
        lines.append(f"{head}\n{wrap(safe(source.text), width, '    ')}")
    return "\n".join(lines)

def write_line(text: str, stream: TextIO | None = None) -> None:
    """Print one line, replacing what the stream's encoding cannot show."""
    out = stream or sys.stdout
    encoding = getattr(out, "encoding", None) or "utf-8"
    out.write(text.encode(encoding, "replace").decode(encoding) + "\n")

@contextmanager
def warnings_on_stderr() -> Iterator[None]:
    """Inside, each CorpusWarning (a skipped file) is one line on stderr: "kzbot: warning: …"."""

    def show(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
        if issubclass(category, CorpusWarning):
            print(f"kzbot: warning: {safe(str(message))}", file=sys.stderr)

    with warnings.catch_warnings():
        warnings.simplefilter("always", CorpusWarning)
        warnings.showwarning = show
        yield
