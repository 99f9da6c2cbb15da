"""Which words of a text are names: capitalised past a sentence's opening, or in capitals.

Read in place, in time proportional to the text (a document's names are read from all its
passages on its first follow-up); the reading is the plain one below, word by word.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.names import name_terms, name_words

_WORD = re.compile(r"[^\W_][\w'-]*")


def plainly(text: str) -> set[str]:
    """The reading spelled out: each word, and the text before it, looked at afresh."""
    found = set()
    for match in _WORD.finditer(text):
        word, before = match.group(), text[: match.start()].rstrip()
        opens = not before or before[-1] in ".?!:\"\u201c"
        if (word[0].isupper() and not opens) or (len(word) > 1 and word.isupper()):
            found.add(word)
    return found


@pytest.mark.parametrize(("text", "names"), [
    ("The harbour of Velmora opened.", {"Velmora"}),
    ("It opened. Velmora grew.", set()),
    ("the NATO summit", {"NATO"}),
    ("They met 'Ivo' and -Tamm_ there", {"Ivo'", "Tamm_"}),
    ("3COM and x-Ray", {"3COM"}),
    ("said: \u201cVelmora", set()),
])
def test_names_are_capitalised_mid_sentence_or_written_in_capitals(text: str,
                                                                   names: set[str]) -> None:
    assert name_words(text) == names


@settings(max_examples=400)
@given(st.text(alphabet="aAbZ09_'-. ?!:\"\u201c\u00e9\u00c9\n,", max_size=30))
def test_the_fast_reading_is_the_plain_one(text: str) -> None:
    assert name_words(text) == plainly(text)


def test_name_terms_are_the_terms_of_the_name_words() -> None:
    assert name_terms("The port of Velmora and the NATO base.") == {"velmora", "nato"}
