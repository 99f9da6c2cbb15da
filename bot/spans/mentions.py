"""Typed mentions in a sentence's tokens: dates, amounts and names, as token ranges.

Answers are mostly whole mentions ("December 26, 1991", "$30.6 billion", "Rex Tillerson"),
and a span that cuts one ("December 26", "1991" out of a full date) is rarely right. Each
token becomes one letter of a shape string (M month, D day-sized number, Y year, N other
number, W number word, S scale word, U currency or percent sign, C capitalised word, o a
linking word inside names, ',' comma, x anything else), and regular expressions over that
string find the mentions: a general resource, not tuned to any question.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy as np

from bot.language.dates import MONTHS

_MONTHS = frozenset(MONTHS)
_SCALES = frozenset("hundred thousand million billion trillion percent dollars euros "
                    "pounds".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve "
                          "twenty thirty forty fifty sixty seventy eighty ninety dozen "
                          "half".split())
_LINKS = frozenset({"of", "de", "the", "von", "van", "and", "for"})
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", re.compile(r"D?M(?:D(?:,?Y)?|,?Y)?|Y")),
    ("amount", re.compile(r"U?[NDW]+S*U?")),
    ("name", re.compile(r"C+(?:o+C+)*")),
)


_DAY = re.compile(r"\d{1,2}(?:[-–]\d{1,2})?(?:st|nd|rd|th)?")
_YEAR = re.compile(r"(?:1[0-9]{3}|20[0-9]{2})s?")


@lru_cache(maxsize=65536)
def _letter(token: str) -> str:
    """The token's letter in the shape string (see the module docstring); kept per token,
    as the same words come back sentence after sentence. A day or a year begins with a
    digit (``\\d`` matches no character that ``isdigit`` refuses), so only such a token
    is matched against them."""
    low = token.lower()
    if low in _MONTHS and token[0].isupper():
        return "M"
    if low[0].isdigit():
        return "D" if _DAY.fullmatch(low) else "Y" if _YEAR.fullmatch(low) else "N"
    if low in _NUMBER_WORDS:
        return "W"
    if low in _SCALES:
        return "S"
    if token in ("$", "%", "£", "€"):
        return "U"
    if low in _LINKS:
        return "o"
    if token == ",":
        return ","
    return "C" if token[0].isupper() else "x"


def mention_columns(tokens: tuple[str, ...], i: np.ndarray[Any, Any],
                    j: np.ndarray[Any, Any]) -> list[np.ndarray[Any, Any]]:
    """Per kind, for spans from token i to token j: the span is exactly a mention, its start
    cuts into a mention, its end cuts into one."""
    columns = []
    for first, last in _bounds(tokens):
        columns += [(first[i] == i) & (last[j] == j) & (first[j] == i),
                    (first[i] >= 0) & (first[i] != i), (last[j] >= 0) & (last[j] != j)]
    return columns


@lru_cache(maxsize=4096)
def _bounds(tokens: tuple[str, ...]) -> tuple[tuple[np.ndarray[Any, Any], ...], ...]:
    """Per kind, per token: the first and last token of the mention it is in (-1 if none)."""
    shapes = "".join(_letter(t) for t in tokens)
    n = len(tokens)
    out = []
    for _, pattern in KINDS:
        first = np.full(n, -1)
        last = np.full(n, -1)
        for match in pattern.finditer(shapes):
            first[match.start():match.end()] = match.start()
            last[match.start():match.end()] = match.end() - 1
        out.append((first, last))
    return tuple(out)


MENTION_FEATURES = tuple(f"{kind}_{what}" for kind, _ in KINDS
                         for what in ("exact", "cuts_start", "cuts_end"))
