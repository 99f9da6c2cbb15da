"""`words` keeps what it read of a short text: the same words as a fresh read, never shared."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.language.text import _KEPT_CHARS, _read, _words, words


@given(st.text(max_size=300))
def test_a_kept_read_is_a_fresh_read(text: str) -> None:
    assert words(text) == _words(text)
    assert words(text) == _words(text)  # read again, from what was kept


def test_the_caller_may_change_the_words_it_got() -> None:
    first = words("The Americans opened an embassy.")
    first.append("changed")
    assert words("The Americans opened an embassy.") == ["the", "usa", "opened", "an",
                                                         "embassy"]


def test_a_long_text_is_read_each_time_and_not_kept() -> None:
    text = "word " * (_KEPT_CHARS // 5 + 1)
    kept = _read.cache_info().currsize
    assert words(text) == ["word"] * (_KEPT_CHARS // 5 + 1)
    assert _read.cache_info().currsize == kept


def test_a_thing_named_again_and_a_passages_sentences() -> None:
    from bot.language.continuation import named_again
    from bot.language.text import terms
    from bot.reading.sentences import sentence_texts
    held = set(terms("The minister made a trip to Velm."))
    assert named_again("what was the purpose of the trip?", held)
    assert named_again("and those trips?", held)
    assert not named_again("what was the purpose of a trip?", held)  # no definite word
    assert sentence_texts("The port  opened.\nIt grew.") == ["The port opened.", "It grew."]


@given(st.text(max_size=300))
def test_kept_terms_are_fresh_terms(text: str) -> None:
    from bot.language.text import content, terms
    assert terms(text) == content(_words(text))
    assert terms(text) == content(_words(text))  # read again, from what was kept
