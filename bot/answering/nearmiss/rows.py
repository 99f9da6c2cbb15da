"""A near miss as a row: what a question asks, what an answer must hold to give it, and
how a reply names what is missing.

    row = (asks, holds, label): a question matching ``asks`` is answered only by a text
          matching ``holds``; otherwise the reply says the document lacks ``label``

Every table of near misses (``kinds``, ``degrees``, ``biography``, ``practical``,
``arithmetic``) and the question's own dates (``constraints``) are rows of this shape,
read by ``constraints.unmet``. The patterns ignore case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Row = tuple[re.Pattern[str], re.Pattern[str], str]


def rows(table: Iterable[tuple[str, str, str]]) -> tuple[Row, ...]:
    """The rows of a table of (asks, holds, label), both patterns compiled."""
    return tuple((re.compile(asks, re.IGNORECASE), re.compile(holds, re.IGNORECASE), label)
                 for asks, holds, label in table)
