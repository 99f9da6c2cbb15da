"""How the two readings of a follow-up are weighed: on its own, and with the last turn.

A Conversation asks a follow-up both ways (``bot.conversation``). These small tests read
the two replies: whether one is an answer (``answered``), whether a fallback says the
document gives something else than asked (``near_miss``), and whether the reading with the
last turn offers the kind of thing asked where the one on its own does not
(``offers_better``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import replace

from bot.answering.followups.evidence import brought, only_repeats
from bot.answering.followups.follow_words import is_contrast, points
from bot.answering.followups.followup import ANSWER, NOTHING, SURER_ALONE, Avoid, Respond, repeats
from bot.answering.followups.roles import PERSON_POINTER
from bot.answering.nearmiss.constraints import NEAREST
from bot.answering.query import TYPE_STEMS
from bot.language.answer_type import expected_type, offers
from bot.language.spelling import SpellingCorrector, english_words, repaired
from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import related, synonyms
from bot.reading.document import Document
from bot.reading.sentences import split_spans
from bot.reply import Reply


def answered(reply: Reply) -> float | None:
    """A reply's confidence when it is an answer, else None."""
    return reply.confidence if reply.kind == "answer" else None


def unknown_words(question: str, idf: Callable[[str], float | None]
                  ) -> tuple[list[str], set[str]]:
    """A question's content words, and those of them the document never uses (``idf`` of
    their stem None)."""
    asked = [w for w in words(question) if w not in STOP_WORDS]
    return asked, {w for w in asked if idf(stem(w)) is None}


def nearest(reply: Reply) -> Reply | None:
    """A reply as a follow-up may lean on it: an answer as it is; a near miss ("The
    document doesn't give 2022 for that. The nearest it has …: “…”") as an answer that
    is the sentence it quoted, which the user has just read ("when was that?"); None for
    any other reply."""
    if reply.kind == "answer":
        return reply
    opened = reply.text.find(NEAREST)  # not a quote in what it misses ("“washington”")
    start = opened + len(NEAREST) - 1 if opened >= 0 else reply.text.find("“")
    end = reply.text.rfind("”")
    if not (reply.explanation.unmet and reply.sources and 0 <= start < end):
        return None
    return replace(reply, kind="answer", text=reply.text[start + 1:end], span=None)


def near_miss(reply: Reply, terms: Callable[[str], list[str]], question: str) -> bool:
    """True for a reply to the follow-up ``question`` (``terms`` reads its words) that says
    the document gives something else than asked ("doesn't give 2021 for that"): a
    fallback found surely enough that names what it misses, or one that found nothing
    but misses all the question brings ("and in 2021?"). A question that brings words of
    its own besides ("what did they adopt in 2018?") asks about something else."""
    explained = reply.explanation
    if not explained.unmet:
        return False
    return (reply.confidence >= explained.threshold
            or set(terms(question)) <= set(terms(" ".join(explained.unmet))))


def offers_better(asked: str, with_context: Reply, alone: Reply) -> bool:
    """True when a follow-up (read ``asked``) answered with the last turn offers the kind of
    thing it asks for ("who represents Ruritania here?" → a person's name), and its
    answer on its own does not ("… representatives of the Administration …")."""
    kind = expected_type(asked)
    if kind is None or with_context.kind != "answer":
        return False
    named = set(words(asked))
    return offers(kind, with_context.text, named) >= 1 and (
        alone.kind != "answer" or offers(kind, alone.text, named) < 1)


def spelled(question: str, speller: SpellingCorrector) -> str:
    """A follow-up with the typos retrieval repairs written out ("who helpd establsh it?"
    → "… establish it?"), so that its words count as words the document knows when the
    two readings are weighed, not as words of another topic. A word derived from the
    document's ("Sylvanian" of "Sylvania") is no typo and stays, for the rules that read
    names, and neither is an English word read as one of the document's family ("religion"
    for "religious"): retrieval reads it so, but what is asked for is the typed word's."""
    typos = speller.correct(words(question))[1]
    return repaired(question, {typo: fixed for typo, fixed in typos.items()
                               if not (typo.startswith(fixed) or fixed.startswith(typo))
                               and typo not in english_words()})


# How many of a word's closest thesaurus tiers may name it in a passage's own words.
REWORD_TIERS = 3


def section_with(document: Document, answer: str) -> str:
    """The text of the section whose passage holds the start of ``answer`` ("" when none
    does): where a follow-up about the same event or its pair is answered."""
    start = answer[:60]
    section = next((p.section for p in document.passages if start in p.text), None)
    return " ".join(p.text for p in document.passages if p.section == section)


# A word written in small letters (a common word, not a name nor a month).
_SMALL_WORD = re.compile(r"(?<![\w'-])[a-z][\w'-]*")


def reworded(question: str, passage: str, terms: Callable[[str], list[str]]) -> str | None:
    """A pointing follow-up ("what did they talk about?") in the words of the ``passage``
    (the section) of the last answer: each content word it never uses is replaced by the
    first single word of its ``REWORD_TIERS`` closest thesaurus tiers that the passage
    does use, written in small letters ("talk" → "discussion" for "… were discussed"). None
    when no word changes. A paraphrase of the verb is the usual reason a follow-up about
    the same event finds the event's next sentence and still falls short (the sentence
    misses its verb). A word the passage writes only with a capital is a name there, not
    the word: "neighbouring" → "march" (a border land) is no reading of a passage that
    only has the month "March", nor "may" of one that has only "May"."""
    held = set(terms(passage))
    common = held & {stem(w) for w in _SMALL_WORD.findall(passage)}
    changed = question
    for word in {w for w in words(question) if w not in STOP_WORDS and stem(w) not in held}:
        tiers = related(word)[:REWORD_TIERS]
        other = next((e for tier in tiers for e in tier if " " not in e and stem(e) in common),
                     None)
        if other is not None:
            changed = re.sub(rf"\b{re.escape(word)}\b", other, changed, flags=re.IGNORECASE)
    return None if changed == question else changed


def says_more_alone(question: str, alone: Reply, with_context: Reply,
                    follows: tuple[str, str], terms: Callable[[str], list[str]]) -> bool:
    """True when the answer to the message on its own holds more of the words the
    message brings (its content ``terms``, less those that only name the kind of answer
    and those of the last turn, ``follows``) than the answer read with the last turn:
    "what about imports in 2017?" after a question about ambassadors asks about imports.
    A message that points back ("which state does she represent?") is about the last
    turn's subject, so it keeps its reading with the last turn; and an answer on its own
    that is ``SURER_ALONE`` less sure than the other says less, whatever its words. A
    number alone names no subject: "and in 2021?" after exports in 2020 asks about
    exports, even when some other sentence of the document happens to hold 2021. A near
    miss read with the last turn speaks only of the sentence it quoted ("doesn't give the
    4th for that" names the 4th, but quotes the 2nd)."""
    if (quoted := nearest(alone)) and only_repeats(question, quoted.text, with_context, follows,
                                                  terms):
        return True  # the last answer again, on the last turn's words only (``evidence``)
    if (alone.kind != "answer" or points(question)  # "she", "it": the last turn's
            or alone.confidence + SURER_ALONE <= with_context.confidence):
        return False
    new = brought(question, follows, terms)
    said = (nearest(with_context) or with_context).text  # a near miss says what it quoted
    return len(new & set(terms(alone.text))) > len(new & set(terms(said)))


def speaks_of(asked: Set[str], said: Set[str]) -> bool:
    """True when the last answer, whose terms are ``said``, speaks of every one of the
    follow-up's own terms (``asked``): the term, a synonym, or a longer word it begins
    ("chair" in "chairmanship", "help" in "assistance" by the thesaurus). A short
    follow-up about the last answer's subject is answered from it, not from a sentence
    elsewhere that happens to use the word ("its chair is …" of another body)."""
    def said_of(term: str) -> bool:
        return term in said or any(stem(w) in said for w in synonyms(term)) or (
            len(term) >= 4 and any(s.startswith(term) for s in said))
    return all(said_of(t) for t in asked)


def unsaid(asked: Set[str], said: Set[str]) -> bool:
    """True when the last answer, whose terms are ``said``, speaks of none of the
    follow-up's own words the document knows (``asked``: "who paid for it?" after "the
    visit took place in May"): not one of them, nor a synonym of one ("who helped set it
    up?" after "… with the US assistance" speaks of help)."""
    return bool(asked) and not any(
        t in said or any(stem(w) in said for w in synonyms(t)) for t in asked)


def repeated_unasked(question: str, with_context: Reply, follows: tuple[str, str],
                     terms: Callable[[str], list[str]]) -> bool:
    """True when the reading of a follow-up with the last turn (``follows``: its question
    and the part of its answer that answered) is only that answer again, though the
    follow-up brings words of its own, besides those naming the kind of answer and those
    of the last question, of which that answer speaks of none and another sentence of its
    passage speaks ("and who attended its opening?" after "X facilitated the bank", when
    the next sentence tells of the opening ceremony). A word no sentence near uses ("which
    party is he from?") asks of the last answer in other words; so does one that points
    to a person ("what state does she represent?": the one the answer named), unless the
    very next sentence speaks of it ("who did he meet?" before "During the meetings …")."""
    said = " ".join(follows[1].split())
    if with_context.kind != "answer" or not said or not with_context.sources or (
            " ".join(with_context.text.split()) not in said):
        return False
    brought = {t for t in set(terms(question)) - TYPE_STEMS - set(terms(follows[0]))
               if not t.isdigit()}
    passage = with_context.sources[0].text
    shown = [" ".join(passage[a:b].split()) in said for a, b in split_spans(passage)]
    others = [passage[a:b] for (a, b), seen in zip(split_spans(passage), shown, strict=True)
              if not seen]
    if PERSON_POINTER.search(question):  # only the sentence right after the answer
        after = [i + 1 for i, seen in enumerate(shown) if seen][-1:]
        others = [passage[a:b] for i, (a, b) in enumerate(split_spans(passage))
                  if i in after]
    return unsaid(brought, set(terms(follows[1]))) and any(
        brought & set(terms(other)) for other in others)


def afresh(respond: Respond, read: tuple[str, str], follows: tuple[str, str], avoid: Avoid,
           terms: Callable[[str], list[str]]) -> Reply:
    """A follow-up (``read``: as sent, and as asked) answered with the last turn
    (``follows``) avoiding ``avoid``, and read again avoiding the last answer when that
    reading only gave it again though the follow-up asks something new
    (``repeated_unasked``); not for a contrast that avoids nothing, as the last answer
    holds the other member it asks for ("and his American counterpart?" after a sentence
    naming both ministers: ``followup.holds_more``)."""
    question, asked = read
    reply = respond(asked, follows, avoid)
    held = avoid == NOTHING and is_contrast(question)
    if avoid != ANSWER and not held and repeated_unasked(asked, reply, follows, terms):
        return respond(asked, follows, ANSWER)
    return reply


def in_other_words(asked: Set[str], said: Set[str]) -> bool:
    """True when the last answer, whose terms are ``said``, speaks of every one of the
    follow-up's own terms (``asked``) in its own words: the term or a single word of its
    ``REWORD_TIERS`` closest thesaurus tiers ("talk" in "… issues were discussed")."""
    def said_of(term: str) -> bool:
        return term in said or any(" " not in e and stem(e) in said
                                   for tier in related(term)[:REWORD_TIERS] for e in tier)
    return bool(asked) and all(said_of(t) for t in asked)


def told_beside(found: str | None, shown: tuple[str, str, str], brought: Set[str],
                terms_of: Callable[[str], list[str]]) -> bool:
    """True when a follow-up's own answer ``found`` is another sentence than the part of
    the last answer that answered (``shown``: that part, the whole last reply and its
    passage): one the last reply showed too, or the one right after the part ("During the
    meetings …" for "who did he meet?"), and speaks of the words the follow-up brings
    (``brought``), of which the part speaks of none ("how many of them export?")."""
    part, whole, passage = shown
    if found is None or repeats(found, part):
        return False
    start, at = passage.find(part), passage.find(found)
    end = start + len(part)
    beside = repeats(found, whole) or (start >= 0 and end <= at and not passage[end:at].strip())
    return beside and unsaid(brought, set(terms_of(part))) and not unsaid(
        brought, set(terms_of(found)))
