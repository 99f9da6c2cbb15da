"""Cut text into sentences without breaking abbreviations, initials or numbers.

A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) followed by white
space and something that can start a sentence. A period does not end a sentence after a
known abbreviation ("Mr.", "Co."), a run of initials ("U.S.", "W. R."), or inside a number
("1.636", "6.02.2017"), which never has white space after its dots anyway.
"""

from __future__ import annotations

import re

ABBREVIATIONS: frozenset[str] = frozenset(
    """mr mrs ms dr prof sr jr st mt ft co corp inc ltd llc plc bros dept univ assn gen col lt
    sgt capt cmdr adm gov sen rep pres rev hon messrs mme mlle vs etc al e.g i.e cf approx
    est no nos vol vols fig figs ed eds pp ch sec art jan feb mar apr jun jul aug sep sept
    oct nov dec ave blvd rd ca c""".split()
)

# Candidate ends: terminal punctuation and closing marks, then white space and what may
# start the next sentence (a capital, a digit, or an opening quote or bracket).
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[^\W_a-z])")
_SPACE = re.compile(r"\s*")
_TAIL = 64
_INITIALS = re.compile(r"(?:^|[\s(\[\"'-])(?:[A-Za-z]\.)+$")


def _is_abbreviation(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (ending in a period) ends with an abbreviation or initials.

    Both are read from the last word, so only the text's tail is looked at: the last
    ``_TAIL`` characters when they hold a space, else all of it. Without this a long
    paragraph of abbreviations costs time quadratic in its length.
    """
    before = text[max(start, end - _TAIL):end]
    if end - start > _TAIL and len(before.split(None, 1)) < 2:
        before = text[start:end]
    # initials end in a letter and a period after a space, bracket, quote, dash or period
    if before[-2:-1].isascii() and before[-2:-1].isalpha() and not before[-3:-2].isalnum() \
            and _INITIALS.search(before):
        return True
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    return word.lstrip("(\"'[").rstrip(".").lower() in ABBREVIATIONS


def split_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences in text, shifted by offset."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if text[match.start()] == "." and _is_abbreviation(text, start, match.start() + 1):
            continue
        spans.append((start, end))
        gap = _SPACE.match(text, end)
        start = gap.end() if gap else end
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(offset + a, offset + b) for a, b in spans if text[a:b].strip()]


def split_sentences(text: str) -> list[str]:
    """The sentences of text, each stripped of surrounding white space."""
    return [text[a:b] for a, b in split_spans(text)]


def sentence_texts(text: str) -> list[str]:
    """The sentences of ``text``, each with its runs of whitespace made one space (so a
    sentence of a passage and the same one in an answer compare equal)."""
    return [" ".join(text[a:b].split()) for a, b in split_spans(text)]

