"""Words that lean on what came before: the one list of pronouns and linking words.

Two readers: a document sentence that continues the one before it ("Its chair is…", "As a
result, …") lends its neighbour's match to the ranker; a question that leans on the last
turn ("Who attended it?", "And imports?") is a follow-up in a conversation.
"""

from __future__ import annotations

import re
from collections.abc import Set

from bot.language.text import terms

# A sentence that leans on the one before it: it opens with a pointer, a linking phrase, or
# a definite phrase that refers back ("The main result…", "The last meeting…").
CONTINUES = re.compile(r"\(?(?:it|its|he|his|she|her|they|their|them|this|these|those|that|"
                       r"there|such|both|as a result|in addition|however|also|then|the latter|"
                       r"the former|prior to th\w+|before th\w+|after th\w+|following th\w+|"
                       r"accordingly|consequently|therefore|thus|hence|according to th\w+|"
                       r"the (?:main|principal|key|last|latest|first|next|final|primary|major|"
                       r"chief|overall|same|above|said|event|meeting|visit|sides|parties|two)"
                       r")\b", re.IGNORECASE)
# A definite noun phrase opening a sentence: "The Joint Statement…", "The signed agreements…".
_DEFINITE = re.compile(r"the\s+((?:[\w-]+\s+){0,4}[\w-]+)", re.IGNORECASE)

# A thing named again anywhere with a definite word: "the trip", "this unit", "such talks".
_AGAIN = re.compile(r"\b(?:the|this|that|these|those|such)\s+([a-z][\w-]*)", re.IGNORECASE)

# A pointer mid-way through a sentence: "… for this unit to …", "such missions".
_REFERS_BACK = re.compile(r"\b(?:this|these|such|the said)\s+(?!is\b|was\b|year\b)[a-z]+",
                          re.IGNORECASE)

# A question that leans on an earlier turn: a pointer anywhere, or an opening "and…".
POINTS_BACK = re.compile(r"\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs|this|"
                         r"that|these|those|there|then)\b")
FOLLOWS_UP = re.compile(POINTS_BACK.pattern + r"|^\s*(?:and|what about|how about|also)\b")

# At most this many content words make a question short enough to be an ellipsis.
SHORT_FOLLOW_UP = 1


def continues_previous(sentence: str) -> bool:
    """True when a sentence opens by leaning on the one before it (however the document
    was wrapped: "As a / result, …")."""
    return bool(CONTINUES.match(" ".join(sentence.split()[:6])))


def continues(sentence: str, previous: Set[str]) -> bool:
    """True when ``sentence`` reads as the continuation of the sentence before it, whose
    content terms are ``previous``: it leans on what came before (``continues_previous``),
    or opens with a definite phrase whose first words repeat one of those terms ("The last
    meeting was …" after "… the Council meeting")."""
    return continues_previous(sentence) or names_again(sentence, previous)


def names_again(sentence: str, previous: Set[str]) -> bool:
    """True when ``sentence`` opens with a definite phrase whose first words repeat one of
    the ``previous`` sentence's terms ("The last meeting …" after "… the Council
    meeting")."""
    return bool(opening_terms(sentence) & previous)


def named_again(text: str, held: Set[str]) -> bool:
    """True when ``text`` names a thing of ``held`` (content terms) again with a definite
    word, anywhere in it ("the purpose of *the trip*?", "… for *this unit* to …")."""
    return any(set(terms(m.group(1))) & held for m in _AGAIN.finditer(text))


def opening_terms(sentence: str) -> set[str]:
    """The content terms of the definite phrase a sentence opens with ("The official
    visit of the President …" → offici, visit, presid), or none."""
    definite = _DEFINITE.match(sentence)
    return set(terms(definite.group(1))) if definite else set()


def refers_back(sentence: str) -> bool:
    """True when a sentence points back anywhere in it ("Arrangements are made for this
    unit to …"): weaker than an opening pointer, so only a purpose or an outcome asked
    reads on into it (``bot.answering.compose.belongs``)."""
    return bool(_REFERS_BACK.search(sentence))


def leans_on_earlier(question: str) -> bool:
    """True when a question points back to an earlier turn (a pronoun, "and…", "what about…")."""
    return bool(FOLLOWS_UP.search(question.lower()))


def points_back(question: str) -> bool:
    """True when a question holds a pointer to something named before ("she", "it",
    "that"), not only an opening "and…" or "what about…" that may bring a new subject."""
    return bool(POINTS_BACK.search(question.lower()))
