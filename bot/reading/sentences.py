"""Cut text into sentences without breaking abbreviations, initials or numbers.

A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) followed by white
space and something that can start a sentence. A period does not end a sentence after a
known abbreviation ("Mr.", "Co."), a run of initials ("U.S.", "W. R."), or inside a number
("1.636", "6.02.2017"), which never has white space after its dots anyway. A lone letter
in lower case ("… a function of n. Since …", "… five times Israel's. Another …") is no
initial, a lone capital after a word in lower case ends the sentence before a word that
opens sentences ("… reduced to X. Thus …"), and a reference note right after the stop
stays with the sentence it closes ("… was Huguenot.[citation needed] In 1705 …"): else
two sentences read as one, and an answer quotes both.
"""

from __future__ import annotations

import re

from bot.language.text import STOP_WORDS

ABBREVIATIONS: frozenset[str] = frozenset(
    """mr mrs ms dr prof sr jr st mt ft co corp inc ltd llc plc bros dept univ assn gen col lt
    sgt capt cmdr adm gov sen rep pres rev hon messrs mme mlle vs etc al e.g i.e cf approx
    est no nos vol vols fig figs ed eds pp ch sec art jan feb mar apr jun jul aug sep sept
    oct nov dec ave blvd rd ca c""".split()
)

# Candidate ends: terminal punctuation and closing marks, then white space and what may
# start the next sentence (a capital, a digit, or an opening quote or bracket).
_CLOSE = r"[\"'\u201d\u2019)\]]*"
_END = re.compile(rf"[.!?]+{_CLOSE}(?:\[[^\[\]\n]{{1,40}}\]{_CLOSE})*"
                  r"(?=\s+[\"'\u201c\u2018(\[]?[^\W_a-z])")
_SPACE = re.compile(r"\s*")
_TAIL = 64
_LONE_CAPITAL = re.compile(r"\b[a-z]+\s+[A-Z]\.$")
# Words that open a sentence rather than go on with a name: "The", "Thus", "In" …
OPENERS = STOP_WORDS | {"thus", "however", "nonetheless", "again", "since", "moreover"}
_INITIALS = re.compile(r"(?:^|[\s(\[\"'-])(?:[A-Za-z]\.)+$")


def _is_abbreviation(text: str, start: int, end: int, following: str = "") -> bool:
    """True when ``text[start:end]`` (ending in a period) ends with an abbreviation or
    initials, but not a lone capital after a word in lower case before a word that opens
    sentences (``following``: "… can be reduced to X. Thus …" names a thing, not a person).

    Both are read from the last word, so only the text's tail is looked at: the last
    ``_TAIL`` characters when they hold a space, else all of it. Without this a long
    paragraph of abbreviations costs time quadratic in its length.
    """
    before = text[max(start, end - _TAIL):end]
    if end - start > _TAIL and len(before.split(None, 1)) < 2:
        before = text[start:end]
    if _initials(before):
        return not (_LONE_CAPITAL.search(before) and following.lower() in OPENERS)
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    return word.lstrip("(\"'[").rstrip(".").lower() in ABBREVIATIONS


def _initials(before: str) -> bool:
    """True when text ends in initials: a letter and a period after a space, bracket,
    quote, dash or period ("W. R.", "U.S.", "e.g."), but not a lone letter in lower case
    (a variable, a possessive's "s")."""
    letter, previous = before[-2:-1], before[-3:-2]
    if not (letter.isascii() and letter.isalpha()) or previous.isalnum():
        return False
    found = _INITIALS.search(before)
    return found is not None and (letter.isupper() or len(found.group().lstrip("([\"'- \t\n")) > 2)


def split_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences in text, shifted by offset."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if text[match.start()] == "." and _is_abbreviation(
                text, start, match.start() + 1, text[end:end + 40].split(None, 1)[0]):
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

