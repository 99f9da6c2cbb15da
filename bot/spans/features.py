"""What a span extractor sees of each word of an answer sentence: named, sparse features.

Each token of the sentence gets a handful of feature names (a string each, weight looked up
in a table fitted by ``bench/train_span.py``): its shape (capitalised, a year, a number, a
month, punctuation…), whether the question already uses it, how far it is from the nearest
word the question uses, and its neighbours. Words are only named for closed-class words
(stop words, months, a few cue words), so the weights can learn "after *in* comes a place"
but never memorise an answer. Every feature is also crossed with the question's class (the
expected answer type, else its question word), since "a capitalised word" means something
else to a "who" question than to a "how many" one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.language.answer_type import expected_type
from bot.language.dates import MONTHS
from bot.language.text import STOP_WORDS, fold, stem, words

# A token: a run of letters or digits or a dotted abbreviation ("U.S."), hyphenated or with
# an apostrophe inside ("Kazakhstan-U.S."), a number with its decimal or thousands
# separators, or any other single character (punctuation).
_PART = r"(?:(?:[^\W\d_]\.){2,}|[^\W_]+)"
TOKEN = re.compile(rf"{_PART}(?:[-'’]{_PART})*(?:[.,][0-9]+)*|\S")
_MONTHS = frozenset(MONTHS)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve "
                          "twenty thirty forty fifty hundred thousand million billion trillion "
                          "dozen half percent".split())
_CUES = frozenset("percent million billion thousand century decade year years km miles "
                  "per cent bc ad ce bce dollars".split())
INNER_PUNCT = frozenset(",;:()[]\"“”")
_WH = ("how many", "how much", "what", "which", "who", "whom", "whose", "when", "where",
       "why", "how")
# Every class ``question_class`` gives; the sentence classes never get a span.
QUESTION_CLASSES = ("date", "number", "person", "place", "what", "which", "who", "whom",
                    "whose", "when", "where", "how_many", "how_much", "other")
# Questions that want a whole sentence, never a few words.
SENTENCE_CLASSES = frozenset({"why", "how", "describe"})
# "When and where …", "Who and what …": two answers asked at once, which no one span holds.
_TWO_PARTS = re.compile(r"\b(?:when|where|who|what|which|how)\s+and\s+"
                        r"(?:when|where|who|whom|what|which|how|why)\b", re.IGNORECASE)
_DESCRIBE = re.compile(r"^\s*(?:describe|explain|tell me about|what happens|what happened)\b",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Tokens:
    """A sentence cut into tokens: each token's text, its [start, end) offsets, and what
    does not depend on the question (shape, folded form, stem, the fixed feature names)."""

    text: tuple[str, ...]
    start: tuple[int, ...]
    end: tuple[int, ...]
    shapes: tuple[str, ...] = ()
    lows: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()
    fixed: tuple[tuple[str, ...], ...] = ()


@lru_cache(maxsize=4096)
def tokenize(sentence: str) -> Tokens:
    """The sentence's tokens with their offsets and fixed parts (cached: the same answer
    sentences come back question after question)."""
    found = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(sentence)]
    text = tuple(t for t, _, _ in found)
    shapes, lows, stems = (tuple(part) for part in zip(*map(_read_token, text), strict=True)
                           ) if text else ((), (), ())
    return Tokens(text, tuple(s for _, s, _ in found), tuple(e for _, _, e in found), shapes,
                  lows, stems, _fixed_names(shapes, lows))


@lru_cache(maxsize=65536)
def _read_token(token: str) -> tuple[str, str, str]:
    """A token's shape, folded form and stem, kept per token: the same words come back
    sentence after sentence, so a sentence read for the first time is mostly words read
    before."""
    low = fold(token)
    return shape(token), low, _stem(token, low)


def _stem(token: str, low: str) -> str:
    """The stem a question word must share to match the token ("" for stop words and
    punctuation); a dotted abbreviation is read as ``words`` reads it ("U.S." as "usa")."""
    if low in STOP_WORDS or not token[0].isalnum():
        return ""
    if "." in low and not low[0].isdigit():
        read = words(low)
        return stem(read[0]) if len(read) == 1 else low
    return stem(low)


def _fixed_names(shapes: tuple[str, ...], lows: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each token's feature names that do not depend on the question. A token's own part
    ("w=in" for a closed-class word, else its ending "suf=ion") is read once and shared
    with its neighbours' names."""
    n = len(shapes)
    lexical = [_lexical(low) for low in lows]
    own = [f"w={word}" if word else f"suf={_suffix(low)}" for word, low in zip(lexical, lows,
                                                                               strict=True)]
    out = []
    for i in range(n):
        names = [f"s={shapes[i]}", f"pos={min(i, 3)}", own[i]]
        for j, side in ((i - 1, "p"), (i + 1, "n")):
            if 0 <= j < n:
                names += ([f"{side}{own[j]}"] if lexical[j] else
                          [f"{side}s={shapes[j]}", f"{side}{own[j]}"])
                names.append(f"{side}s={shapes[i]}>{shapes[j]}")
            else:
                names.append(f"{side}w=<edge>")
        out.append(tuple(names))
    return tuple(out)


def question_class(question: str) -> str:
    """The question's class: its expected answer type, else its question word, else "other".

    "describe" marks a request for an explanation ("Describe …", "Explain …").
    """
    if _DESCRIBE.search(question):
        return "describe"
    answer_type = expected_type(question)
    if answer_type:
        return answer_type
    folded = " " + " ".join(words(question)) + " "
    positions = [(folded.find(f" {wh} "), wh) for wh in _WH if f" {wh} " in folded]
    return min(positions)[1].replace(" ", "_") if positions else "other"


def asks_two(question: str) -> bool:
    """Whether the question asks two things at once ("When and where was it founded?")."""
    return _TWO_PARTS.search(question) is not None


def shape(token: str) -> str:
    """The token's shape: punctuation, year, number, month, number word, Capitalised, …"""
    low = token.lower()
    if not token[0].isalnum():
        return "punct" if token not in "$%£€" else "unit"
    if token[0].isdigit():
        return "year" if re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", token) else "num"
    if low in _MONTHS:
        return "month"
    if low in _NUMBER_WORDS:
        return "numword"
    if token.isupper() and len(token) > 1:
        return "upper"
    return "cap" if token[0].isupper() else "lower"


def _lexical(low: str) -> str | None:
    """The word itself when it is closed-class (safe to name in a feature), else None."""
    return low if low in STOP_WORDS or low in _CUES or low in _MONTHS else None


def _suffix(low: str) -> str:
    """A word's last three letters when it is long enough to have an ending ("-ion",
    "-ing", "-ers"): morphology, never the word itself."""
    return low[-3:] if len(low) > 5 and low.isalpha() else "-"


def _distance_bucket(distance: int | None) -> str:
    """A coarse distance: 1, 2, 3, 4-6, 7-10, far, or none."""
    if distance is None:
        return "none"
    for limit, name in ((1, "1"), (2, "2"), (3, "3"), (6, "4-6"), (10, "7-10")):
        if distance <= limit:
            return name
    return "far"


def distances(matched: list[bool]) -> tuple[list[int | None], list[int | None]]:
    """For each token, how far back and how far ahead the nearest question word is."""
    n = len(matched)
    back: list[int | None] = [None] * n
    ahead: list[int | None] = [None] * n
    last: int | None = None
    for i in range(n):
        back[i] = None if last is None else i - last
        if matched[i]:
            last = i
    last = None
    for i in range(n - 1, -1, -1):
        ahead[i] = None if last is None else last - i
        if matched[i]:
            last = i
    return back, ahead


def matches(tokens: Tokens, known: frozenset[str]) -> list[bool]:
    """For each token, whether the question uses it (same stem; stop words never count)."""
    return [bool(t) and t in known for t in tokens.stems]


def token_features(tokens: Tokens, matched: list[bool]) -> list[list[str]]:
    """The feature names of every token (see the module docstring), before the crossing
    with the question class (``crossed``)."""
    n = len(tokens.text)
    back, ahead = distances(matched)
    out = []
    for i in range(n):
        names = [*tokens.fixed[i], f"back={_distance_bucket(back[i])}",
                 f"ahead={_distance_bucket(ahead[i])}"]
        if matched[i]:
            names.append("inq")
        if i > 0 and matched[i - 1]:
            names.append("pinq")
        if i + 1 < n and matched[i + 1]:
            names.append("ninq")
        out.append(names)
    return out


def crossed(names: list[str], qclass: str) -> list[str]:
    """A token's feature names, each also crossed with the question's class."""
    return names + [f"{qclass}|{name}" for name in names]
