"""Words a sentence uses only inside a longer capitalised name.

"How much is the trade between the countries?" shares "trade" with "… at the Council of
the Trade and Investment Framework Agreement", where the word is part of a name, and with
"bilateral trade … amounted to …", where it is the thing itself. A question that writes
the word in lower case, and names no other word of that name, asks about the thing, so a
match inside the name is weaker evidence (``bot.answering.features``, "inside_names").

A name is a run of two or more capitalised words, joined by at most a few lower-case
links ("Chamber of Commerce", "Trade and Investment Framework Agreement"):

    inside(s)  = content terms of the names of sentence s
    outside(s) = content terms of s's other words
    only(s, q) = {t in q's lower-case terms : t in inside(s) - outside(s), a name of two
                  terms or more holds t, no name holding t has another term of q, and
                  t is no country's own name ("the us")}
    feature    = |only(s, q)| / |q's terms that s holds|
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.spelling import english_words
from bot.language.text import COUNTRY_ALIASES, terms, words

_LINKS = r"(?:of|and|for|the|de)"
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]+)\)")
_CAPITAL = r"[A-Z][\w.'-]*(?:\s+\([A-Z][A-Z0-9]+\))?"  # "Low Enriched Uranium (LEU) Bank"
NAME = re.compile(rf"{_CAPITAL}(?:\s+(?:{_LINKS}\s+){{0,2}}{_CAPITAL})+")


# A country's own name ("the us", "kazakhstan") is the name, whichever case it is written in.
_PLACES = frozenset(COUNTRY_ALIASES.values())


@lru_cache(maxsize=8192)
def name_terms(sentence: str) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """The content terms of each capitalised name of a sentence, and of its other words."""
    names = tuple(frozenset(terms(_ACRONYM.sub(" ", m.group())))
                  for m in NAME.finditer(sentence))
    acronyms = " ".join(_ACRONYM.findall(sentence))  # "(SPD)" stands for the whole name
    return (tuple(n for n in names if n),
            frozenset(terms(NAME.sub(" ", sentence) + " " + acronyms)))


def lower_terms(question: str) -> frozenset[str]:
    """The content terms of the English words a question writes in lower case (a
    surname written so, "aderholt", is still the name)."""
    english = english_words()
    return frozenset(t for w in words(question) if w in english
                     for t in terms(w) if not _capitalised(question, w))


def _capitalised(question: str, word: str) -> bool:
    """True when the question writes the word (a whole word, in any case) with a capital
    somewhere. For ASCII text and an ASCII word of letters (nearly every question) it is
    found without compiling a pattern per word (``_ascii_capitalised``)."""
    if question.isascii() and word.isascii() and word.isalpha():
        return _ascii_capitalised(question, word.lower())
    return any(not w.islower() for w in re.findall(rf"\b{re.escape(word)}\b", question,
                                                    re.IGNORECASE))


def _ascii_capitalised(question: str, word: str) -> bool:
    """``_capitalised`` for ASCII: in ASCII, ignoring case is comparing lower-cased text,
    a word character is a letter, a digit or "_", and a word's whole occurrences never
    overlap, so they are every place it is found with no word character on either side."""
    lowered, end = question.lower(), len(word)
    at = lowered.find(word)
    while at >= 0:
        if (not _word_character(lowered, at - 1) and not _word_character(lowered, at + end)
                and not question[at:at + end].islower()):
            return True
        at = lowered.find(word, at + 1)
    return False


def _word_character(text: str, at: int) -> bool:
    """True when ``text[at]`` exists and is a word character (ASCII: letter, digit, "_")."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def name_only_share(question_terms: frozenset[str], lower: frozenset[str],
                    sentence: str) -> float:
    """The share of a question's terms a sentence holds that it holds only inside a
    name the question does not otherwise name (module docstring); 0 when it holds none."""
    held = question_terms & _every_term(sentence)
    if not held:
        return 0.0
    names, outside = name_terms(sentence)
    only = {t for t in held & lower - outside - _PLACES
            if all(t not in n or not (n & question_terms) - {t} for n in names)
            and any(t in n and len(n) > 1 for n in names)}
    return len(only) / len(held)


@lru_cache(maxsize=8192)
def _every_term(sentence: str) -> frozenset[str]:
    """The terms of a sentence's names and of its other words, together (the candidate
    sentences come back question after question)."""
    names, outside = name_terms(sentence)
    return outside.union(*names)
