"""When a thing was done, asked in the passive ("when was the field discovered?"), is not
told by a sentence whose only date is another event's ("the announcement in July 2016 that
the field …"); a date right by the thing itself ("the Harbour Act 1998") may be the deed's,
and a passage that tells the deed answers."""

import pytest

from bot.answering.nearmiss.predicate import untold_deed
from bot.language.text import stem, words


def _terms(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("When was the Velo oil field first discovered?",
     "The announcement in July 2016 that Velo plans to reinvest in the field raised trust.",
     ["when it was discovered"]),
    ("In what year was the Velo joint venture created?",
     "After a visit on 3 May 2019, the Velo joint venture plans to expand.",
     ["when it was created"]),
    ("When was the Harbour Act passed?", "The Harbour Act 1998 set the fees.", []),
    ("When was the Velo oil field discovered?",
     "The Velo field was discovered in 1979 and announced in 1980.", []),  # the deed told
    ("When was the Velo field discovered?", "The Velo field is large.", []),  # no date
])
def test_a_deed_asked_in_the_passive_wants_its_own_date(question: str, text: str,
                                                       missing: list[str]) -> None:
    assert untold_deed(question, text, text, _terms(text)) == missing
