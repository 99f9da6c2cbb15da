"""Whether a follow-up names a subject of its own, or its subject is the last turn's.

A pointer to a person ("he", "his") whose question names no person of its own is the
last turn's subject, however many other words the question has: "what ceremony did he
take part in?" after "who is Ann Ray?" asks about Ann Ray; so is an ellipsis or a
contrast with no pointer ("and when did the US open one?") that names nothing of its own
(``leans_only``). A question names a subject when it holds a word the document only ever
writes as a name, in a few of its passages (``document_names``: capitalised mid-sentence
and never in lower case, so "Nazarbayev", not "meeting" nor "Kazakhstan" in a document
about Kazakhstan), or, for "he", a word for a person ("when did the president make his
visit?" stands alone, its "his" is the president's). "How long does it last?" inside a
whole question may point to what that question names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from typing import NamedTuple
from weakref import ref

from bot.answering.followups.follow_words import leans, points
from bot.index.terms import TermIndex
from bot.language.dates import MONTHS
from bot.language.names import name_words, words_terms
from bot.language.offices import TITLES, alternatives
from bot.language.text import terms
from bot.reading.document import Document

_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][\w'-]*")
# A name in more than one passage in this many names the document's own subject
# ("Kazakhstan" in a document about Kazakhstan), not the subject of a question.
COMMON_SHARE = 4
# read once per document, keyed by the document's identity: hashing a Document (a frozen
# dataclass) hashes all of its text, which on a large document costs more than the read
_NAMES: dict[int, tuple[ref[Document], tuple[frozenset[str], frozenset[str]]]] = {}


def document_names(document: Document, index: TermIndex) -> frozenset[str]:
    """The terms a document only ever writes as names: capitalised mid-sentence or in
    capitals (``bot.language.names.name_words``) and never in lower case, in a few of its
    passages (one in more names its own subject), months aside; read once per document.
    ``index`` is the document's passage index: it tells how many passages hold a term."""
    return _names(document, index)[0]


def common_names(document: Document, index: TermIndex) -> frozenset[str]:
    """The names a document writes in many of its passages: its own subject ("Kazakhstan",
    "U.S." in a document about their relations), which no question brings as its own."""
    return _names(document, index)[1]


class Names(NamedTuple):
    """A document's names (``document_names``, ``common_names``) and how many of its
    passages hold a term (``TermIndex.holding``), for the checks that read them."""

    rare: frozenset[str]
    common: frozenset[str]
    holding: Callable[[str], int]


def names_of(document: Document, index: TermIndex) -> Names:
    """``_names`` with the passage counts of ``index``."""
    return Names(*_names(document, index), index.holding)


def _names(document: Document, index: TermIndex) -> tuple[frozenset[str], frozenset[str]]:
    """``document_names`` and ``common_names``, read once per document: one pass over its
    passages for capitals and lower-case words, the passage counts from the index."""
    kept = _NAMES.get(id(document))
    found = kept[1] if kept and kept[0]() is document else None
    if found is None:
        passages = [p.text for p in document.passages]
        named = words_terms(set().union(*(name_words(p) for p in passages)))
        lower = {w for p in passages for w in _LOWER_WORD.findall(p)}
        months = {t for m in MONTHS for t in terms(m)}  # a date names no subject
        names = named - set(terms(" ".join(lower))) - months
        many = max(2, len(passages) // COMMON_SHARE)
        rare = frozenset(t for t in names if index.holding(t) <= many)
        found = (rare, frozenset(names - rare))
        key = id(document)
        _NAMES[key] = (ref(document, lambda _: _NAMES.pop(key, None)), found)
    return found


# A pointer to a person ("he", "her"), and words for a person it may point to in the same
# question ("when did the president make his visit?"): titles and roles, a general list.
_PERSON_POINTER = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)
_PERSON = frozenset("""head leader member official deputy diplomat director founder ceo king
    queen prince princess administrator man woman person guy lady boss manager officer
    representative delegate""".split())
_PERSON_WORD = re.compile(
    rf"\b(?:(?:vice |prime )?(?:{alternatives(TITLES | _PERSON)})s?|m[ae]n|wom[ae]n|people)\b",
    re.IGNORECASE)


def leans_only(question: str, own: Set[str], names: Set[str]) -> bool:
    """True when a question's subject is the last turn's, whatever other words it has: it
    points to a person ("what ceremony did he attend?") and names no person of its own
    (a name the document writes only as one, ``names``, or a word for a person), or it is
    an ellipsis or contrast with no pointer ("and when did the US open one?") that names
    no name of its own. "How long does it last?" inside a whole question may point to
    what that question names, so it stands alone. ``own`` holds the question's terms."""
    if own & names:
        return False
    if _PERSON_POINTER.search(question):
        return not _PERSON_WORD.search(question)
    return leans(question) and not points(question)
