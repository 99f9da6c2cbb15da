"""Multi-word country names fold to one word, and folding never eats the next word."""

from __future__ import annotations

import pytest

from bot.language.text import words


@pytest.mark.parametrize(("text", "expected"), [
    ("the U.S. and Canada", ["the", "usa", "and", "canada"]),
    ("Kazakhstan-U.S. and more", ["kazakhstan", "usa", "and", "more"]),
    ("the U.S.A. today", ["the", "usa", "today"]),
    ("the USA and the United States", ["the", "usa", "and", "the", "usa"]),
    ("U.S. a year later", ["usa", "a", "year", "later"]),
])
def test_the_us_folds_to_usa_and_leaves_the_next_word_whole(text: str,
                                                           expected: list[str]) -> None:
    assert words(text) == expected
