"""Round 12's speed pass changed how some per-question work is done, never what it gives:
each shortcut here is checked against the plain reading it replaced, on made-up text."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from bot.answering.nearmiss.kinds import KINDS
from bot.answering.nearmiss.rows import asked_rows, rows
from bot.index.wordpieces import VECTORS, Vocabulary, vocabulary
from bot.language.inside_names import _PLACES, name_only_share, name_terms
from bot.language.text import terms
from bot.spans.features import _lexical, _suffix, shape, tokenize

WORDS = ["Trade", "trade", "US", "us", "Kazakhstan", "Council", "council", "of", "the", "Forum",
         "forum", "met", "ministers", "Pacific", "pacific", "and", "Lima", "(PTF)", "2016",
         "grew", "in"]


def plain_share(asked: frozenset[str], lower: frozenset[str], sentence: str) -> float:
    """The module docstring's formula, read directly: held is what the names hold of the
    question plus what the other words hold."""
    names, outside = name_terms(sentence)
    held = (asked & outside) | {t for n in names for t in n & asked}
    if not held:
        return 0.0
    only = {t for t in held & lower - outside - _PLACES
            if all(t not in n or not (n & asked) - {t} for n in names)
            and any(t in n and len(n) > 1 for n in names)}
    return len(only) / len(held)


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
       st.lists(st.sampled_from(WORDS), max_size=5))
def test_the_name_only_share_is_its_formula(sentence: list[str], question: list[str]) -> None:
    text = " ".join(sentence) + "."
    asked = frozenset(terms(" ".join(question)))
    lower = frozenset(t for w in question if w.islower() for t in terms(w))
    assert name_only_share(asked, lower, text) == plain_share(asked, lower, text)


@given(st.sampled_from(["how much did it cost?", "what is the fee", "when will they meet",
                        "how long did the talks last", "who chairs it", "what is it?", ""]))
def test_the_kinds_asked_are_every_row_that_matches_in_table_order(question: str) -> None:
    found = asked_rows(KINDS, question)
    assert found == tuple((holds, label) for asks, holds, label in KINDS
                          if asks.search(question))
    assert asked_rows(KINDS, question) is found  # read once per question


def test_the_kinds_asked_follow_any_table() -> None:
    table = rows([(r"\bprice\b", "[$]", "a price"), (r"\bwhen\b", r"\d", "a date"),
                  (r"\bprice\b|\bwhen\b", "x", "both")])
    assert [label for _, label in asked_rows(table, "when and at what price?")] == [
        "a price", "a date", "both"]
    assert asked_rows(table, "who?") == ()


def test_wordpiece_rows_are_the_stored_vectors_in_float32_in_any_order() -> None:
    stored = vocabulary()
    fresh = Vocabulary()  # nothing converted yet
    ids = np.array([5, 3, 5, 0, stored.size - 1, 3])
    with np.load(VECTORS) as data:
        half = data["vectors"]
    assert np.array_equal(fresh.rows(ids), half[ids].astype(np.float32))
    assert np.array_equal(fresh.rows(ids[::-1]), half[ids[::-1]].astype(np.float32))
    assert fresh.rows(np.array([], dtype=np.int64)).shape == (0, stored.dim)


def test_a_token_names_its_own_part_and_its_neighbours_as_before() -> None:
    tokens = tokenize("In 1992 the ministers met in Lima, Peru.")
    lows = tokens.lows
    for i, names in enumerate(tokens.fixed):
        own = f"w={lows[i]}" if _lexical(lows[i]) else f"suf={_suffix(lows[i])}"
        expected = [f"s={tokens.shapes[i]}", f"pos={min(i, 3)}", own]
        for j, side in ((i - 1, "p"), (i + 1, "n")):
            if not 0 <= j < len(lows):
                expected.append(f"{side}w=<edge>")
                continue
            if _lexical(lows[j]):
                expected.append(f"{side}w={lows[j]}")
            else:
                expected += [f"{side}s={shape(tokens.text[j])}", f"{side}suf={_suffix(lows[j])}"]
            expected.append(f"{side}s={tokens.shapes[i]}>{tokens.shapes[j]}")
        assert list(names) == expected, (i, names)
    assert re.fullmatch(r"suf=\w+|suf=-", tokens.fixed[4][2])  # "ministers": its ending
