"""A long index build shown on one line of a terminal: files and MB done, rate, time left.

``for_stream(sys.stderr)`` gives a reporter when the stream is a terminal and None
otherwise, so piped output and ``--json`` stay clean; the library passes no reporter at
all unless asked (``Chatbot(progress=...)``). The line appears only once a build has run
``delay`` seconds (short builds print nothing), is redrawn at most ten times a second, and
is erased when the build is done. ``bot.index.build`` calls a reporter before the first part,
after each part, and once more when the parts are joined: the first call with all the text
read says "joining the parts", the second erases the line.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

from bot.index.build import Progress

_MB = 1 << 20
_REDRAW = 0.1  # seconds between two drawings of the line


class TerminalProgress:
    """Draws ``progress(files_done, files, chars_done, chars)`` on a terminal line."""

    def __init__(self, stream: TextIO, delay: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.delay = delay
        self.clock = clock
        self._start: float | None = None
        self._drawn = 0.0  # when the line was last drawn
        self._width = 0  # the length of the line on screen
        self._read = False  # every part is read; the index is being joined

    def __call__(self, files_done: int, files: int, chars_done: int, chars: int) -> None:
        now = self.clock()
        if self._start is None or (not chars_done and not self._width):
            self._start, self._read = now, False
        elapsed = now - self._start
        if chars_done >= chars and self._read:  # the second call at the end: all done
            self._erase()
            return
        self._read = chars_done >= chars
        if elapsed >= self.delay and (self._read or now - self._drawn >= _REDRAW):
            self._draw(line(files_done, files, chars_done, chars, elapsed))
            self._drawn = now

    def _draw(self, text: str) -> None:
        """Write the line over the previous one."""
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def _erase(self) -> None:
        """Blank the line, if one was drawn, and return to its start."""
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def line(files_done: int, files: int, chars_done: int, chars: int, elapsed: float) -> str:
    """'indexing: 3/50 files, 12.0/52.4 MB, 4.1 MB/s, 10 s left' (MB of text)."""
    rate = chars_done / _MB / elapsed if elapsed > 0 else 0.0
    left = (f"{(chars - chars_done) / _MB / rate:.0f} s left" if chars_done < chars and rate > 0
            else "joining the parts" if chars_done >= chars else "")
    return (f"indexing: {files_done}/{files} files, {chars_done / _MB:.1f}/{chars / _MB:.1f} MB"
            f", {rate:.1f} MB/s, {left}").rstrip(", ")


def for_stream(stream: TextIO) -> Progress | None:
    """A reporter drawing on the stream when it is a terminal; None (silence) otherwise."""
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream: stay silent
        interactive = False
    return TerminalProgress(stream) if interactive else None
