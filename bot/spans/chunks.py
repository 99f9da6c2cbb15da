"""What each token of a sentence is, for chunk boundaries: cheap word classes, no parser.

A span that answers is mostly a whole phrase: it follows a preposition, a determiner, a
comma or the sentence's start, and it stops before a comma, "and", "which", a preposition
or a verb. Word lists (general English, not tuned to any question) and a suffix rule for
verbs (a lower-case word ending in -ed) stand in for a part-of-speech tagger. Per sentence,
every class becomes a boolean array padded with False at both ends (index t + 1 is token t),
so the features of many spans are fancy-indexing, and prefix sums (index t counts tokens
before t) give counts inside spans; both are cached with the sentence's tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from bot.language.text import STOP_WORDS

PREPOSITIONS = frozenset("in on at of for from by with to into during after before since "
                         "until between under over through about against among within "
                         "without near across per via toward towards than as".split())
DETERMINERS = frozenset("the a an this that these those his her its their our your my "
                        "some any each every no".split())
RELATIVES = frozenset("which who whom whose that where when while because although".split())
AUXILIARIES = frozenset("is was were are be been being has have had did does do will would "
                        "can could may might shall should must".split())
ARTICLES = frozenset({"the", "a", "an"})
OPENERS = frozenset({",", "(", ":", ";", "\"", "“"})
CLOSERS = frozenset({",", ".", ")", ";", ":", "\"", "”"})
CLAUSE_MARKS = frozenset(",;:()[]—–-\".")
SENTENCE_ENDS = frozenset(".!?")
Array = np.ndarray[Any, Any]


def verbish(text: str, low: str) -> bool:
    """An auxiliary, or a lower-case word ending in -ed (a past verb or participle)."""
    return low in AUXILIARIES or (text[0].islower() and len(low) > 4 and low.endswith("ed"))


@dataclass(frozen=True)
class Chunks:
    """Per-token word classes of one sentence (padded arrays, see the module docstring);
    pairs (index t: padded t and t + 1 both content words, or both capitalised), the tokens
    that start and end a run of capitals (unpadded); prefix sums of stop words, verbs and
    capitalised words, and each token's clause (cut at
    commas, colons, semicolons, brackets and dashes) and sentence, as the first and one-past-
    last token of it."""

    prep: Array
    det: Array
    opener: Array
    closer: Array
    joiner: Array
    relative: Array
    verb: Array
    caps: Array
    content: Array
    content_pair: Array
    caps_pair: Array
    caps_start: Array
    caps_end: Array
    stop: Array
    stop_sum: Array
    loose_stop: Array
    verb_sum: Array
    caps_sum: Array
    clause: tuple[Array, Array]
    sentence: tuple[Array, Array]


def _padded(flags: list[bool]) -> Array:
    """Flags padded with False at both ends."""
    return np.array([False, *flags, False])


def _prefix(flags: list[bool]) -> Array:
    """Prefix sums: index t counts the flags before token t."""
    return np.concatenate([[0], np.cumsum(np.array(flags, dtype=int))])


def _extent(marks: list[bool], inclusive: bool) -> tuple[Array, Array]:
    """Per token, the first and one-past-last token of its stretch between marks (a mark
    belongs to the stretch it ends when ``inclusive``, else starts a new one)."""
    number = np.cumsum(marks) - (np.array(marks, dtype=int) if inclusive else 0)
    return (np.searchsorted(number, number, side="left"),
            np.searchsorted(number, number, side="right"))


@lru_cache(maxsize=4096)
def chunks(text: tuple[str, ...], lows: tuple[str, ...]) -> Chunks:
    """The word classes of a sentence's tokens (their text and folded forms)."""
    pairs = list(zip(text, lows, strict=True))
    verbs = [verbish(t, low) for t, low in pairs]
    caps = [t[0].isupper() for t in text]
    stops = [low in STOP_WORDS for low in lows]
    content = _padded([t[0].isalnum() and not s and not v for t, s, v in
                       zip(text, stops, verbs, strict=True)])
    padded_caps = _padded(caps)
    caps_start = padded_caps[1:-1] & ~padded_caps[:-2]
    caps_end = padded_caps[1:-1] & ~padded_caps[2:]
    return Chunks(
        _padded([low in PREPOSITIONS for low in lows]),
        _padded([low in DETERMINERS for low in lows]),
        np.array([True, *(t in OPENERS for t in text), False]),
        np.array([False, *(t in CLOSERS for t in text), True]),
        _padded([low in ("and", "or") for low in lows]),
        _padded([low in RELATIVES for low in lows]),
        _padded(verbs), padded_caps, content, content[:-1] & content[1:],
        padded_caps[:-1] & padded_caps[1:], caps_start, caps_end, np.array(stops), _prefix(stops),
        np.array([s and low not in ARTICLES for s, low in zip(stops, lows, strict=True)]),
        _prefix(verbs), _prefix(caps),
        _extent([t in CLAUSE_MARKS for t in text], inclusive=False),
        _extent([t in SENTENCE_ENDS for t in text], inclusive=True))
