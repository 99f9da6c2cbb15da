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
from bot.reply import Reply, Source, Span


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

# The least of an answer's end a passage must hold to count as one of its sources.
_QUOTED = 20


def _holds_end(passage: str, answer: str) -> bool:
    """True when the passage holds a tail of the answer of ``_QUOTED`` characters or more
    that starts at a word: the answer's last sentence, when it came from this passage."""
    text = " ".join(passage.split())
    starts = [i + 1 for i, c in enumerate(answer) if c == " "]
    return any(answer[i:] in text for i in starts if len(answer) - i >= _QUOTED)


def drawn_from(reply: Reply) -> list[Source]:
    """The sources an answer quotes: the first, and any other that holds the answer's end
    (an answer of two sentences from two passages cites both, best first)."""
    answer = " ".join(reply.text.split())
    return list(reply.sources[:1]) + [s for s in reply.sources[1:] if _holds_end(s.text, answer)]


def citation(reply: Reply, title: str, sources_hint: str) -> str | None:
    """The line under a reply saying where it came from ("— Section, p. 3"; every place an
    answer of two passages quotes, joined by "; "), or where the nearest passage is after
    a fallback (and how to see it); None without sources."""
    if reply.kind == "answer":
        places = dict.fromkeys(where(s, title) for s in drawn_from(reply))
        shown = "; ".join(p for p in places if p)
        return f"— {shown}" if shown else None
    place = where(reply.sources[0], title) if reply.sources else ""
    return f"(the nearest passage is in {place}; {sources_hint} shows it)" if place else None

# Private-use characters that mark a span's edges while text is wrapped, then become SGR codes.
SPAN_OPEN, SPAN_CLOSE = "\ue000", "\ue001"


def mark_span(text: str, span: Span | None) -> str:
    """The text, made safe, with the span's edges marked (unmarked when there is no span)."""
    if span is None:
        return safe(text)
    return (safe(text[:span.start]) + SPAN_OPEN + safe(text[span.start:span.end]) + SPAN_CLOSE
            + safe(text[span.end:]))


def emphasise(lines: list[str], colour: bool) -> list[str]:
    """Marked lines with the span in bold (reopened on each line it crosses), or the markers
    simply dropped when colour is off."""
    out, inside = [], False
    for line in lines:
        if not colour:
            out.append(line.replace(SPAN_OPEN, "").replace(SPAN_CLOSE, ""))
            continue
        styled = ("\x1b[1m" if inside else "") + line
        inside = line.rfind(SPAN_OPEN) > line.rfind(SPAN_CLOSE) if (
            SPAN_OPEN in line or SPAN_CLOSE in line) else inside
        styled = styled.replace(SPAN_OPEN, "\x1b[1m").replace(SPAN_CLOSE, "\x1b[0m")
        out.append(styled + ("\x1b[0m" if inside else ""))
    return out


def answer_text(reply: Reply, colour: bool, width: int | None) -> str:
    """A reply wrapped to width (see ``wrap``), bold with colour; an answer with a span has
    only the span bold."""
    if reply.span is None:
        return style(wrap(safe(reply.text), width), "1", colour)
    marked = wrap(mark_span(reply.text, reply.span), width)
    return "\n".join(emphasise(marked.split("\n"), colour))


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
