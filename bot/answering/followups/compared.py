"""A comparison of the last two answers: "which is bigger?" after two counts.

"How many members does the club have?", "and how many deputies are in the group?",
"which is bigger?": the comparison names nothing of its own, and retrieval finds nothing
by "bigger". When the last answer gives one figure and the answer before it another,
each told in its own sentence, the reply is both sentences, the earlier first: the two
figures compared, as the document gives them. When the last answer gives two figures or
more itself ("exports … 392.3 million, imports … 1.244 billion"), it is the reply again:
it holds the figures compared. So too "which came first?" after two dated answers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.language.dates import YEAR
from bot.reply import Reply

# A bare comparison of two things just asked about: "which is bigger?", "which one was
# more?", "what's larger?".
_COMPARE = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?(?:which|what)(?:\s+one)?(?:'s|\s+is|"
                      r"\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:bigger|larger|greater|higher|"
                      r"more|smaller|lower|less|fewer)\W*$", re.IGNORECASE)
# A bare comparison in time of two things just asked about: "which came first?", "which
# one was earlier?".
_EARLIER = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?(?:which|what)(?:\s+one)?(?:'s|\s+is|"
                      r"\s+was|\s+were|\s+came|\s+happened)?\s+(?:first|earlier|later|last|"
                      r"older|newer|sooner)\W*$", re.IGNORECASE)
# A figure an answer gives: a number that is no year.
_FIGURE = re.compile(r"(?<![\d.])(?!(?:1[5-9]|20)\d\d(?!\d))\d+(?:[.,]\d+)*(?![\d])")


def _figures(text: str) -> int:
    """How many figures (numbers, years aside) a text gives."""
    return len(_FIGURE.findall(text))


# How many turns back the two answers compared are looked for (small talk between).
REACH = 4


def compared(question: str, history: list[tuple[str, Reply]]) -> Reply | None:
    """The reply to a bare comparison (module docstring): the last answer again when it
    gives two figures or more; both of the last two answers (within ``REACH`` turns, small
    talk aside), the earlier first, when each gives a figure, or, for a comparison in time
    ("which came first?"), a year; None otherwise."""
    answers = [r for _, r in history[-REACH:] if r.kind == "answer"]
    if _EARLIER.match(question):
        dated = [r for r in answers[-2:] if YEAR.search(r.text)]
        return (replace(dated[1], text=f"{dated[0].text} … {dated[1].text}", span=None)
                if len(dated) == 2 and dated[0].text != dated[1].text else None)
    if not _COMPARE.match(question):
        return None
    if not answers or not _figures(answers[-1].text):
        return None
    last = answers[-1]
    if _figures(last.text) >= 2:
        return replace(last, span=None)
    if len(answers) < 2 or not _figures(answers[-2].text) or answers[-2].text == last.text:
        return None
    return replace(last, text=f"{answers[-2].text} … {last.text}", span=None)
