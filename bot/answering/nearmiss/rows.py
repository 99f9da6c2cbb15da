"""A near miss as a row: what a question asks, what an answer must hold to give it, and
how a reply names what is missing.

    row = (asks, holds, label): a question matching ``asks`` is answered only by a text
          matching ``holds``; otherwise the reply says the document lacks ``label``

Every table of near misses (``kinds``, ``degrees``, ``biography``, ``practical``,
``arithmetic``) and the question's own dates (``constraints``) are rows of this shape,
read by ``constraints.unmet``. The patterns ignore case.

``holds`` is compiled on its first search (``Lazy``): it is read only when a question
matches its row's ``asks``, and compiling the tables' ~55 of them cost about 9 ms of CPU
at every start of the command.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol


class Searches(Protocol):
    """What a row's ``holds`` is used for: a search (``re.Pattern`` or ``Lazy``)."""

    def search(self, string: str, /) -> re.Match[str] | None:
        """The first match in the string, or None."""


class Lazy:
    """A pattern compiled on its first search; the same matches as ``re.compile``'s.

    Two threads that search first both compile it, and one keeps its copy: equal patterns.
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def search(self, string: str, /) -> re.Match[str] | None:
        """``re.compile(source, flags).search(string)``, compiled once."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return compiled.search(string)


Row = tuple[re.Pattern[str], Searches, str]


def rows(table: Iterable[tuple[str, str, str]]) -> tuple[Row, ...]:
    """The rows of a table of (asks, holds, label): ``asks`` compiled, ``holds`` on demand."""
    return tuple((re.compile(asks, re.IGNORECASE), Lazy(holds, re.IGNORECASE), label)
                 for asks, holds, label in table)


@lru_cache(maxsize=1024)
def asked_rows(table: tuple[Row, ...], question: str) -> tuple[tuple[Searches, str], ...]:
    """The (holds, label) of each row of ``table`` whose ``asks`` the question matches, in
    order; remembered per question, as several checks ask it of the same question
    (``constraints``: about 60 searches, some 3% of a question's time)."""
    return tuple((holds, label) for asks, holds, label in table if asks.search(question))
