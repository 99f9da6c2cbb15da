"""Every near-miss check for one answer, in the order a reply names what is missing.

The retriever finds the answer; this gathers what the question asks that it lacks:
``constraints.unmet`` (dates, ordinals, kinds of thing, read on the question as typed),
``subjects.near_misses`` (subjects, places, scope; read with the places the asker typed,
``bodies.with_places``; ``bracketed`` a country named only in brackets),
``doers.absent_doer``, ``asked.unasked_of_subject`` and ``telegraphic.unsaid_keywords`` (a
keyword query's every word in the answer's passage), ``predicate.untold_deed`` (a deed
and its thing the passage names neither of), ``bounds.out_of_bounds`` (a year the
question bounds its time by), ``listed.listed_member`` (an amount of one name of a list),
``excluded.excluded`` (a place within, what was agreed, what came before, how many times),
``flows.unnamed_flow`` (an amount of trade, aid, investment … of a sentence naming none;
stand-alone questions only: a follow-up's flow may be the last turn's, "and in 2018?"),
``others.others_deed`` (a doer the document names in one other passage only),
``spans.spanned`` (a year's figure of a sentence giving a span's), ``each.each_one``
(the figure of each one of a sentence counting them and giving their sum),
``opposites.opposite_said`` (the asked word's opposite before the same noun),
``cities.unnamed_city`` (a city of a country, of a passage naming only countries),
``vague.vague_time`` (a time asked, of an answer saying only "in recent years"),
``tense.present_only`` (a past year's figure, of a present-tense passage with no year),
``met.unnamed_met`` (which people someone met, of an answer naming none),
``owners.owned_elsewhere`` (an ordinal the answer gives another owner: "whose first …"),
``goods.unnamed_goods`` (a flow of one kind of goods, "oil exports", of a passage on all),
``namesakes.other_namesake`` (a name asked, of an answer naming a namesake of it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Set
from functools import partial

from bot.answering.followups.own_subject import Names
from bot.answering.nearmiss.asked import as_typed, unasked_of_subject
from bot.answering.nearmiss.bodies import with_places
from bot.answering.nearmiss.bounds import out_of_bounds
from bot.answering.nearmiss.bracketed import bracketed_only
from bot.answering.nearmiss.cities import unnamed_city
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.doc_places import DocumentPlaces
from bot.answering.nearmiss.doers import absent_doer
from bot.answering.nearmiss.each import each_one
from bot.answering.nearmiss.elsewhere import other_place
from bot.answering.nearmiss.excluded import excluded
from bot.answering.nearmiss.firsts import first_doer
from bot.answering.nearmiss.flows import unnamed_flow
from bot.answering.nearmiss.goods import unlisted_goods, unnamed_goods
from bot.answering.nearmiss.kin import kin_in
from bot.answering.nearmiss.listed import listed_member
from bot.answering.nearmiss.met import unnamed_met
from bot.answering.nearmiss.namesakes import other_namesake
from bot.answering.nearmiss.opposites import opposite_said
from bot.answering.nearmiss.ordinals import unnumbered
from bot.answering.nearmiss.others import others_deed
from bot.answering.nearmiss.owners import owned_elsewhere
from bot.answering.nearmiss.predicate import untold_deed
from bot.answering.nearmiss.spans import spanned
from bot.answering.nearmiss.subjects import near_misses
from bot.answering.nearmiss.telegraphic import unsaid_keywords
from bot.answering.nearmiss.tense import present_only
from bot.answering.nearmiss.topics import untold_topics
from bot.answering.nearmiss.vague import vague_time
from bot.answering.nearmiss.versions import unoriginal
from bot.answering.query import Query
from bot.language.answer_type import QUESTION_WORDS
from bot.language.text import WORD_ALIASES

# chat spellings of the question words ("wat", "wich", "whats"), as the index reads them
_WH = frozenset(QUESTION_WORDS)
_CHAT = {typed: read + "'s" * typed.endswith("s") for typed, read in WORD_ALIASES.items()
         if read in _WH and typed != read}
_CHAT_RE = re.compile(rf"\b(?:{'|'.join(sorted(_CHAT))})\b", re.IGNORECASE)


def plainly(question: str) -> str:
    """The question with chat spellings of its question words written out ("wat
    percentage" → "what percentage", "whats" → "what's"): the near-miss rows read
    question words as English writes them."""
    return _CHAT_RE.sub(lambda m: _CHAT[m.group().lower()], question)


def misses(query: Query, text: str, passage: str, passage_terms: Set[str],
           share: Callable[[str], float], soft: Mapping[str, float],
           is_place: DocumentPlaces,
           names: Callable[[], Names],
           candidates: Callable[[], list[str]] = list, frame: str = "") -> tuple[str, ...]:
    """What the question asks that the answer ``text`` (in ``passage``, of
    ``passage_terms``) lacks; ``share``: a term's share of the document's passages;
    ``soft``: how near the passage comes to the question's unknown words; ``is_place``:
    whether a word is a place of the document's; ``names``: the names the document writes in
    a few passages and in many, with each term's passage count
    (``followups.own_subject.names_of``), and ``candidates``: the texts of the sentences
    retrieval weighed; both read only when a check needs them; ``frame``: the years the
    document's opening is about (``Document.frame``), which every passage shares."""
    question = plainly(with_places(query, share))
    kin = partial(kin_in, passage_terms=passage_terms)
    return tuple(dict.fromkeys(  # each said once, though two checks find it
        unmet(plainly(as_typed(query)), text, passage, frame=frame)
        + near_misses(question, query.answer_type, text, passage_terms, share, soft,
                      is_place, passage)
        + tuple(unsaid_keywords(question, passage, passage_terms, share, kin, soft))
        + tuple(bracketed_only(question, passage, share))
        + tuple(untold_deed(question, text, passage, passage_terms))
        + tuple(out_of_bounds(question, text)) + tuple(listed_member(query.text, text))
        + tuple(spanned(query.text, text, as_typed(query)))
        + tuple(each_one(query.text, text, passage))
        + tuple(present_only(query.text, text, passage)) + tuple(unnamed_met(query.text, text))
        + tuple(owned_elsewhere(query.text, text)) + tuple(unnamed_goods(query.text, passage_terms))
        + tuple(unlisted_goods(query.text, text)) + tuple(untold_topics(query.text, text))
        + tuple(unoriginal(query.text, text))
        + tuple(unnumbered(query.text, candidates)) + tuple(first_doer(query.text, passage))
        + tuple(other_namesake(query.text, text, passage, candidates))
        + tuple(other_place(query.text, text, passage_terms, share))
        + tuple(unnamed_city(query.text, passage, is_place)) + tuple(vague_time(query.text, text))
        + tuple(excluded(query.text, text, passage)) + tuple(opposite_said(query.text, text))
        + tuple(unnamed_flow(query.text, text) if not query.context.words else ())
        + absent_doer(query.text, text, share)
        + others_deed(plainly(as_typed(query)), passage, passage_terms, names)
        + unasked_of_subject(query, text, soft, passage_terms, lambda: names().common,
                             is_place)))
