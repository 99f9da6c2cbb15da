"""Follow-ups about the last answer as a whole: what came before or after it, and yes/no.

Two kinds of follow-up ask nothing retrieval can find by their words:

- a bare step in time ("what happened before that?", "and after that?") names no subject
  at all; it asks for the event next to the last answer, in document order, or what was
  so before it ("what was in place before?": "Prior to this, …"), read in
  ``bot.answering.followups.steps``. A step that names something of its own ("what was the regime
  before that?") is a question for retrieval, not for these rules;
- a swapped pair ("when did X open an embassy in Y?", then "and Y in X?") after an answer
  that gave both members of the pair is the member whose sentence names them in the
  follow-up's order (``swapped``);
- a yes/no check of the last answer ("was it in Astana?", "was Tillerson there?", "was
  that in 2017?") names a claim (a name, a place, a number) and points back at the last
  answer. It is answered from the sentence that answered last time: "Yes" when the claim
  is in it, "No" and what that sentence says when it gives another of the claim's kind
  (another place, number or name), else that the document doesn't say (``checked``);
- an abbreviation asked about ("what does that abbreviation stand for?", "what's LEU
  short for?") is spelled out where the document introduces it, "… (ABBR)": the
  abbreviation the message names, else the first the last answer or question names
  (``spelled_out``). Retrieval cannot find it: "stand for" is in no sentence. So is a
  full title asked of an answer that quotes one ("what was its full title?", ``titled``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering.followups.listed import picked
from bot.answering.followups.own_subject import common_names, document_names
from bot.answering.followups.ranking import named_step, ranked
from bot.answering.followups.steps import (
    deed_step,
    next_of_kind,
    quoted,
    stepped,
    told_before,
)
from bot.language.text import words
from bot.reading.document import Document, Sentence
from bot.reading.sentences import split_spans
from bot.reply import Reply

if TYPE_CHECKING:
    from bot.answering.retriever import Retriever

# Reads a text's terms (stemmed content words), as the retriever does.
Terms = Callable[[str], list[str]]
# A yes/no question that points back at the last answer ("was it in Astana?").
_YES_NO = re.compile(r"^(?:and\s+|so\s+|but\s+)?(?:was|were|is|are|did|does|do|has|had)\s+"
                     r"(?:(?:it|that|this|there|he|she|they)\b|the\s|.*\b(?:there|then|"
                     r"it|that|him|her|them)\b)", re.IGNORECASE)
_YES_NO_WORDS = 6
# A superlative: a yes/no check of one is no check of an answer that ranks nothing.
_SUPERLATIVE = re.compile(r"\b(?:biggest|largest|greatest|highest|lowest|smallest|longest|"
                          r"shortest|oldest|newest|youngest|latest|earliest|best|worst|most|"
                          r"least|first|only|top|leading|main|closest|strongest|richest)\b",
                          re.IGNORECASE)
_SAID = "What it says there:"
# A semicolon outside brackets, which parts a sentence into clauses.
_CLAUSES = re.compile(r";\s*(?![^()]*\))")
# An ellipsis that asks the last question again of other terms ("and the US in X?").
_ELLIPSIS = re.compile(r"^\W*(?:and|what about|how about)\b", re.IGNORECASE)
# Asking what an abbreviation stands for ("what does it stand for?", "full name?").
_SPELL_OUT = re.compile(r"\b(?:stand(?:s|ing)? for|short for|abbreviations?|acronyms?|"
                        r"abbreviated|(?:called|named|known) (?:in short|for short)|"
                        r"short (?:name|form)|"
                        r"initials|spelled out|(?:called|named) in full|full (?:name|form)|"
                        r"what do(?:es)? (?:that|it|this|these|those|the letters) mean)\b",
                        re.IGNORECASE)
# "what does TIFA mean?": spelling out only when the word is an abbreviation.
_MEANS = re.compile(r"\bwhat do(?:es)? (\w+) mean\b", re.IGNORECASE)
# Asking the name or title of what the last answer named ("what was its full title?").
_TITLE = re.compile(r"\b(?:(?:full|official|exact|whole) (?:name|title)|(?:is|was|are|were) "
                    r"(?:it|that|this|they) called|what(?:'s| is| was) (?:its|their) "
                    r"(?:name|title))\b", re.IGNORECASE)
# A quoted title of two words or more: the Joint Statement “Partners for Growth”.
_QUOTED = re.compile(r"[“\"«][^”\"»]*\s[^”\"»]*[”\"»]")
# An abbreviation introduced after what it stands for: "… Bank (LEU)".
_INTRODUCED = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")


def introduced(document: Document) -> dict[str, tuple[Sentence, str]]:
    """Each abbreviation the document introduces ("… Bank (LEU)"), folded to lower case,
    with the first sentence that introduces it and that sentence's section."""
    found: dict[str, tuple[Sentence, str]] = {}
    for passage in document.passages:
        for sentence in passage.sentences:
            for match in _INTRODUCED.finditer(sentence.text):
                found.setdefault(match.group(1).lower(), (sentence, passage.section))
    return found


def spelled_out(question: str, last: tuple[str, Reply], document: Document) -> Reply | None:
    """The reply to a question of what an abbreviation stands for: the sentence that
    introduces the one the question names, else the first one the last answer or the
    last question names; None for any other message or no such abbreviation."""
    spell, means = _SPELL_OUT.search(question), _MEANS.search(question)
    if not (spell or means):  # the document is read only for a question of meaning
        return titled(question, last[1])
    known = introduced(document)
    if not (spell or (means and means.group(1).lower() in known)):
        return titled(question, last[1])
    named = [w for text in (question, last[1].text, last[0]) for w in words(text)
             if w.lower() in known]
    if named:
        return quoted(question, last[1], *known[named[0].lower()])
    return titled(question, last[1])


def titled(question: str, last: Reply) -> Reply | None:
    """The reply to a question of the full name or title of what the last answer named
    ("what was its full title?"): that answer again when it quotes a title; else None."""
    if _TITLE.search(question) and _QUOTED.search(last.text):
        return replace(last, span=None)
    return None


def claim_words(question: str, terms: Terms, names: Set[str]) -> list[str]:
    """The terms (``terms`` reads them) of a yes/no follow-up that make its claim: numbers
    and the names the document uses (``names``)."""
    return [t for t in terms(question) if t.isdigit() or t in names]


def checked(question: str, asked: tuple[str, Reply], terms: Terms, names: Set[str],
            is_place: Callable[[str], bool], knows: Callable[[str], bool] = lambda _: False
            ) -> Reply | None:
    """The reply to a short yes/no follow-up that points back at the answer ``last`` and
    names a claim ("was it in Astana?"): "Yes." and the last answer when it holds every
    term of the claim; "No, the document says:" and the last answer when, for each term
    it lacks, it holds a rival of the same kind (another number, another place, another
    name: ``_rival``); else the document does not say (a fallback that quotes the last
    answer: "was he in Astana?" after a sentence that names no place). None for any
    other message, or one with no claim the document names ("was it fun?"). ``asked`` is
    the last question and its answer: when that answer's clauses tell of two ("its chair
    is A (Red); the co-chair is B (Blue)"), the claim must be in the one the last question
    asked about ("is she Red?" after "who is the co-chair?": no). A question that brings a
    word the document uses (``knows``) beyond its claim and the last turn ("is the US the
    largest *investor*?" after an amount invested), or a superlative the last answer
    does not rank by, asks something the last answer does not speak of: no check,
    retrieval's."""
    last = asked[1]
    if not _YES_NO.match(question.strip()) or len(words(question)) > _YES_NO_WORDS:
        return None
    claim = claim_words(question, terms, names)
    held = set(terms(last.text))
    if not claim or _asks_beyond(question, claim, held | set(terms(asked[0])), terms, knows,
                                 last.text):
        return None
    missing = [t for t in claim if t not in held]
    if not missing and _of_another(claim, asked[0], last.text, terms):
        return replace(last, text=f"No, the document says: {last.text}", span=None)
    if not missing:
        return replace(last, text=f"Yes. {last.text}", span=None)
    if all(_rival(t, held - set(claim), names, is_place) for t in missing):
        return replace(last, text=f"No, the document says: {last.text}", span=None)
    return replace(last, kind="fallback", text=f"The document doesn't say. {_SAID} {last.text}",
                   span=None)


def _asks_beyond(question: str, claim: list[str], said: Set[str], terms: Terms,
                 knows: Callable[[str], bool], answer: str) -> bool:
    """True when the question has a term the document uses (``knows``) that is neither
    its claim nor among the terms of the last turn (``said``), or a superlative
    ("the biggest", "the first") when the last ``answer`` has none."""
    return (any(knows(t) and t not in said for t in terms(question) if t not in claim)
            or bool(_SUPERLATIVE.search(question) and not _SUPERLATIVE.search(answer)))


def _of_another(claim: list[str], question: str, answer: str, terms: Terms) -> bool:
    """True when the ``answer`` to ``question`` has clauses parted by semicolons outside
    brackets, and the claim's terms are all in one clause other than the one sharing the
    most terms with the question (the first on a tie)."""
    clauses = [set(terms(c)) for c in _CLAUSES.split(answer)]
    if len(clauses) < 2:
        return False
    asked = set(terms(question))
    about = max(range(len(clauses)), key=lambda i: (len(clauses[i] & asked), -i))
    holding = [i for i, c in enumerate(clauses) if set(claim) <= c]
    return bool(holding) and about not in holding


def _rival(term: str, held: Set[str], names: Set[str], is_place: Callable[[str], bool]
           ) -> bool:
    """True when ``held`` (the last answer's other terms) answers a claim ``term`` with
    another of its kind: a number for a number, a place for a place, a name for a name."""
    if term.isdigit():
        return any(t.isdigit() for t in held)
    place = is_place(term)
    return any(t in names and is_place(t) == place for t in held)


def swapped(question: str, last: tuple[str, Reply], terms: Terms) -> Reply | None:
    """The reply to an ellipsis that swaps two terms of the last question ("and the US in
    Kazakhstan?" after "when did Kazakhstan open an embassy in the US?") when the last
    answer has two or more sentences: the one that names the swapped terms in the
    follow-up's order; None when the message is no such swap or no sentence fits."""
    asked, before = terms(question), terms(last[0])
    if not _ELLIPSIS.match(question) or len(asked) < 2 or not set(asked) <= set(before):
        return None
    if sorted(asked, key=before.index) != asked:  # already in the last question's order
        sentences = [last[1].text[a:b] for a, b in split_spans(last[1].text)]
        fits = [s for s in sentences if _in_order(asked, terms(s))]
        if len(sentences) > 1 and len(fits) == 1:
            return replace(last[1], text=fits[0], span=None)
    return None


def _in_order(asked: list[str], held: list[str]) -> bool:
    """True when ``held`` has every term of ``asked``, first met in that order."""
    return set(asked) <= set(held) and sorted(asked, key=held.index) == asked


def about_last(question: str, last: tuple[str, Reply], retriever: Retriever) -> Reply | None:
    """The reply to a follow-up about the last answer as a whole (module docstring): a
    bare step in time, the next of a series ("and the next one?"), a swapped pair, a
    yes/no check, an abbreviation spelled out, a member of a list picked by its place
    (``bot.answering.followups.listed``) or the top of a ranking the answer gives (``ranked``);
    None for any other message."""
    document = retriever.document_
    index = retriever.passage_index_
    names = document_names(document, index) | common_names(document, index)
    return (named_step(question, last[1]) or told_before(question, last[1], document)
            or stepped(question, last[1], document)
            or deed_step(question, last[1], document, retriever.terms)
            or next_of_kind(question, last, document, retriever.terms)
            or swapped(question, last, retriever.terms)
            or checked(question, last, retriever.terms, names, retriever.is_place_,
                       lambda term: index.idf(term) is not None)
            or spelled_out(question, last, document) or picked(question, last)
            or ranked(question, last[1], document))
