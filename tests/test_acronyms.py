"""Acronyms are found in the document read window by window exactly as in its joined text.

``Acronyms`` never joins the passages whole (a 50 MB document's copy would be held for the
bot's life); these tests shrink its windows to a few characters and check that every run,
its lookahead and the name check before it come out as a scan of the joined text gives.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language import acronyms
from bot.language.acronyms import Acronyms

WORDS = st.sampled_from(["Prime", "Minister", "prime", "minister", "the", "Foreign",
                         "Direct", "Investment", "foreign", "direct", "Pressure", "Plan",
                         "of", "Made", "-", "PM", "Mr"])
SPACES = st.sampled_from([" ", "  ", "\n", " - ", "\t"])
PASSAGE = st.lists(st.tuples(WORDS, SPACES), max_size=12).map(
    lambda pairs: "".join(word + space for word, space in pairs).strip())


def joined_search(texts: list[str], letters: str, name_only: bool) -> str | None:
    """What the acronym reader found when it held the joined text: the same search on
    a single window holding the whole document."""
    whole = Acronyms(["\n".join(texts)], set())
    return whole._search(letters, name_only)


@settings(max_examples=150, deadline=None)
@given(st.lists(PASSAGE, max_size=8), st.sampled_from(["pm", "fdi", "pmp", "mps", "pp"]))
def test_windows_find_what_the_joined_text_finds(texts: list[str], letters: str) -> None:
    expected = {name: joined_search(texts, letters, name) for name in (True, False)}
    saved = acronyms._CHUNK, acronyms._MARGIN
    try:
        acronyms._CHUNK, acronyms._MARGIN = 7, 40
        found = {name: Acronyms(texts, set())._search(letters, name) for name in (True, False)}
    finally:
        acronyms._CHUNK, acronyms._MARGIN = saved
    assert found == expected


@pytest.mark.parametrize("chunk", [1, 5, 13, 1 << 20])
def test_every_match_of_the_joined_text_is_met_once(chunk: int) -> None:
    texts = ["Prime Minister said", "", "prime minister", "Prime", "Minister Prime Minister"]
    pattern = re.compile(r"\b[Pp]\w*[\s-]+[Mm]\w*\b")
    saved = acronyms._CHUNK, acronyms._MARGIN
    try:
        acronyms._CHUNK, acronyms._MARGIN = chunk, 30
        found = [m.group() for m in Acronyms(texts, set())._finditer(pattern)]
    finally:
        acronyms._CHUNK, acronyms._MARGIN = saved
    assert found == [m.group() for m in pattern.finditer("\n".join(texts))]


@given(st.text(alphabet="aAbB -_'’.é1\n", max_size=40),
       st.sampled_from(["[Aa]", "a", "B", "(?:A|a)", "[A-Z]"]))
def test_a_scan_opening_with_its_letter_finds_what_a_word_boundary_finds(
        text: str, first: str) -> None:
    rest = r"[\w'’]*(?:[\s-]+[Bb][\w'’]*)?\b"
    assert ([m.span() for m in re.finditer(acronyms._at_word_start(first) + rest, text)]
            == [m.span() for m in re.finditer(r"\b" + first + rest, text)])
