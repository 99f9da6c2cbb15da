"""Follow-ups that step from the last answer in the document's order: "and before that?".

A bare step in time ("what happened before that?", "and after that?", "a couple of weeks
later?", "what came next?") names no subject at all; it asks for the event next to the
last answer. A document tells events in order (a timeline, a narrative), so the step is
read as the neighbouring sentence of the same section, in document order (``step_asked``,
``neighbour``), from the sentence the answer showed (``shown``). What was so *before* it
("what was in place before?") is told in the next sentence when that one opens "Prior to
this, …" (``told_before``). A "then" set off by a comma ("who is, then?") means "in that
case" and steps nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.language.text import words
from bot.reading.document import Document, Sentence
from bot.reading.sentences import split_spans
from bot.reply import Explanation, Reply, Source

# A bare step back or forward in time, with nothing else asked ("and before that?", "then
# what?").
_OPENER = (r"^(?:and|so|ok|okay|then)?\s*(?:what|anything|which|who)?\s*"
           r"(?:happened|came|comes|was|is|did|else)?\s*")
_BEFORE = re.compile(_OPENER + r"(?:(?:right|just|shortly|earlier|and)\s+)?"
                     r"(?:before(?:\s+(?:that|this|it|then))?|earlier|previously|"
                     r"prior\s+to\s+(?:that|this))\s*\??$", re.IGNORECASE)
_AFTER = re.compile(_OPENER + r"(?:(?:right|just|shortly|a\s+(?:couple|few)\s+(?:of\s+)?\w+|"
                    r"some\s+\w+|\w+\s+(?:days|weeks|months|years))\s+)?"
                    r"(?:after(?:\s+(?:that|this|it))?|afterwards?|later(?:\s+on)?|"
                    r"(?:the\s+)?next(?:\s+(?:step|thing|event))?|then)"
                    r"\s*\??$|^\W*(?:and\s+)?then\s+what(?:\s+happened)?\W*$", re.IGNORECASE)
# Asking what was so before the last answer ("… before?", "previously?"), and a sentence
# that tells it ("Prior to this, …").
_ASKS_BEFORE = re.compile(r"\b(?:before(?:\s+(?:that|this|it|then))?|previously|prior to "
                          r"(?:that|this|it))\W*$|^\W*(?:and\s+)?(?:before\s+(?:that|this|then)|"
                          r"previously|prior to (?:that|this))\W+(?:what|which|how)\b",
                          re.IGNORECASE)
_PRIOR = re.compile(r"^\W*(?:prior\s+to\s+(?:this|that)|before\s+(?:this|that)|previously|"
                    r"until\s+then|up\s+to\s+then)\b", re.IGNORECASE)
# "then" set off by a comma closes a question as "in that case" ("who is, then?"), no step;
# so it does after a present "who is" ("who is then?", "which one is it then?")
_IN_THAT_CASE = re.compile(r"\w\s*,\s*then\W*$|^\W*(?:(?:so|and|ok|okay)\W+)?(?:who|which|what)"
                           r"(?:\s+one)?(?:'s|\s+is|\s+are)(?:\s+it)?\s+then\W*$", re.IGNORECASE)


def step_asked(question: str) -> int:
    """-1 for a bare step back ("what happened before that?"), 1 for a bare step forward
    ("and a couple of weeks later?"), 0 for anything else: a "then" set off by a comma
    ("who is, then?") means "in that case"."""
    if _IN_THAT_CASE.search(question):
        return 0
    text = " ".join(words(question)) if question.strip() else ""
    if _BEFORE.match(text):
        return -1
    return 1 if _AFTER.match(text) else 0


def told_before(question: str, last: Reply, document: Document) -> Reply | None:
    """The reply to a follow-up that asks what was so before the last answer ("what was in
    place before?", "and before that?") when the sentence after that answer says it
    ("Prior to this, …", "Until then, …"): a document that tells what came before a
    change often tells it next. The sentence after the first the answer shows is tried
    before the one after its last: an answer may already glue the "Prior to this" sentence
    to the change it follows. None otherwise."""
    if not _ASKS_BEFORE.search(question) or not last.sources:
        return None
    start = shown(last, document, -1)
    for found in (neighbour(document, start, 1), neighbour(document, shown(last, document, 1), 1)):
        if found and _PRIOR.match(found[0].text):
            return quoted(question, last, *found)
    return None


def shown(last: Reply, document: Document, step: int) -> Source:
    """Where a step of ``step`` from the answer ``last`` starts: its first source, placed at
    the last sentence of the document the answer shows for a step forward, the first for
    a step back (a source may be a whole passage, the answer one sentence of it)."""
    source, text = last.sources[0], " ".join(last.text.split())
    said = [s for p in document.passages if p.file == source.file for s in p.sentences
            if " ".join(s.text.split()) in text]
    return replace(source, start=said[-1 if step > 0 else 0].start) if said else source


def neighbour(document: Document, source: Source, step: int) -> tuple[Sentence, str] | None:
    """The sentence ``step`` places from the one a reply quoted first (``source``), with its
    section, when both are in the same section and file; else None."""
    located = [(s, p.section) for p in document.passages if p.file == source.file
               for s in p.sentences]
    at = next((i for i, (s, _) in enumerate(located) if s.start <= source.start < s.end), None)
    if at is None or not 0 <= at + step < len(located):
        return None
    sentence, section = located[at + step]
    return (sentence, section) if section == located[at][1] else None


def stepped(question: str, last: Reply, document: Document) -> Reply | None:
    """The reply to a bare step in time after the answer ``last``: the neighbouring
    sentence, as an answer a little less sure than the last one; None when the message is
    no such step or there is no neighbour."""
    step = step_asked(question)
    if step == 0 or not last.sources:
        return None
    found = neighbour(document, shown(last, document, step), step)
    if found is None:
        return None
    return quoted(question, last, *found)


def quoted(question: str, last: Reply, sentence: Sentence, section: str) -> Reply:
    """A ``sentence`` of ``section`` (in the last reply's file) as the answer to a
    follow-up about the answer ``last``, a little less sure than that one."""
    source = Source(sentence.text, last.sources[0].score if last.sources else 0.0, section,
                    last.sources[0].file if last.sources else "", sentence.start,
                    sentence.end)
    return Reply("answer", sentence.text, confidence=round(0.9 * last.confidence, 4),
                 sources=(source,), explanation=Explanation(
                     "retrieval", confidence=0.9 * last.confidence, resolved_question=question))


# "the next one", "the previous one", "the one after": the next (or last) of the same kind.
_NEXT_ONE = re.compile(r"\bthe\s+(?:(?P<next>next|following|subsequent)|(?P<prev>previous|"
                       r"preceding|prior|earlier))\s+(?:one|meeting|session|visit|time)\b|"
                       r"\bthe\s+one\s+(?:(?P<after>after)|(?P<before>before))\b", re.IGNORECASE)
# A term that only numbers one of a kind ("4th", "2017"): it tells members apart.
_NUMBERING = re.compile(r"^\d+(?:st|nd|rd|th)?$")
# How many sentences away "the next one" is looked for, and how many words of the last
# question and answer it must share.
KIND_REACH = 8
KIND_WORDS = 2
# When the last question names no series ("what was his job?"), how many words of the
# last answer the next member's sentence must share.
SERIES_WORDS = 5


def next_of_kind(question: str, last: tuple[str, Reply], document: Document,
                 terms: Callable[[str], list[str]]) -> Reply | None:
    """The reply to "and the next one?" ("the previous one", "the one before") after the
    answer ``last`` (question, reply) about one of a series ("the 4th meeting was held
    …"): the nearest sentence within ``KIND_REACH`` after (or before) the answer's that
    shares most of the words the last question and answer share ("C5+1 ministerial"),
    numbers aside, which tell the members apart; at least ``KIND_WORDS``. A
    document tells a series in order, so the next member is the next such sentence, not
    the next sentence, which goes on about the same one. A last question that shares
    fewer words with its answer ("what was his job?") names no series: then the words of
    the answer itself, ``SERIES_WORDS`` of them. When the last question names the
    series, the answer shows one sentence, and none within reach does, a
    fallback that says so and quotes the last answer: the document tells of no other
    member, and the next sentence would answer of another thing. None for any other
    message."""
    match = _NEXT_ONE.search(question)
    if match is None or not last[1].sources:
        return None
    step = 1 if match["next"] or match["after"] else -1
    source = shown(last[1], document, step)
    located = [(s, p.section) for p in document.passages if p.file == source.file
               for s in p.sentences]
    at = next((i for i, (s, _) in enumerate(located) if s.start <= source.start < s.end), None)
    if at is None:
        return None
    kind = {t for t in terms(located[at][0].text) if not _NUMBERING.match(t)}
    named = len(kind & set(terms(last[0]))) >= KIND_WORDS  # not by "what was his job?"
    focus = kind & set(terms(last[0])) if named else kind
    near = located[at + step::step][:KIND_REACH] if step > 0 else located[:at][::-1][:KIND_REACH]
    scored = [(len(focus & set(terms(s.text))), -i) for i, (s, _) in enumerate(near)]
    best = max(scored, default=(0, 0))
    if best[0] >= (KIND_WORDS if named else SERIES_WORDS):
        return quoted(question, last[1], *near[-best[1]])
    glued = len(split_spans(last[1].text)) > 1  # the next may be in the answer itself
    return None if not named or glued else replace(
        last[1], kind="fallback", span=None, confidence=0.0,
        text=f"The document doesn't tell of another one. What it says: {last[1].text}")


# A reply to a request about a topic shorter than this many characters says little of it
# ("Cooperation in education is being expanded."): the next sentence tells more.
TOPIC_CHARS = 80


def told_on(reply: Reply, document: Document) -> Reply:
    """The reply to a request about a topic ("tell me about education"): when it is one
    sentence shorter than ``TOPIC_CHARS``, with the next sentence of its section, which
    says what the short one only announces; else as it is."""
    if reply.kind != "answer" or not reply.sources or len(reply.text) >= TOPIC_CHARS:
        return reply
    found = neighbour(document, shown(reply, document, 1), 1)
    return replace(reply, text=f"{reply.text} {found[0].text}", span=None) if found else reply


# "what about X?", "and how about X?": a topic asked by name.
_WHAT_ABOUT = re.compile(r"^\W*(?:(?:and|so|now|ok(?:ay)?)\W+)*(?:what|how) about\b", re.IGNORECASE)


def moved_on(question: str, reply: Reply, last: tuple[str, Reply] | None) -> bool:
    """True when "what about X?" got an answer from another passage than the ``last``
    answer's: a new topic asked by name ("what about education?" after the caucus), which
    ``told_on`` may tell on; "what about imports?" after exports stays in its passage."""
    if not (_WHAT_ABOUT.match(question) and reply.kind == "answer" and reply.sources):
        return False
    before = last[1].sources[0] if last and last[1].sources else None
    now = reply.sources[0]
    return before is None or (now.file, now.start) != (before.file, before.start)


# A step in time that names the deed it asks for: "what was signed after that?", "what
# did they sign next?". Not "who did he meet afterwards?": a person's next deed is told
# in the next sentence ("He also held talks with …"), whatever its verb.
_DEED_STEP = re.compile(r"^\W*(?:(?:and|so|then|ok(?:ay)?)\W+)?(?:what|which)\s+(?:"
                        r"(?:was|were|got|has been|had been)\s+(?P<done>\w+)|did\s+(?:he|she|"
                        r"they|it|we|you)\s+(?P<do>\w+)|(?P<did>\w+ed))\s+(?:(?P<before>before|"
                        r"earlier|previously)|after|afterwards|later|next)(?:\s+(?:that|this|"
                        r"it|then|on))?\W*$", re.IGNORECASE)


def deed_step(question: str, last: Reply, document: Document,
              terms: Callable[[str], list[str]]) -> Reply | None:
    """The reply to a step in time that names a deed ("what was signed after that?") after
    the answer ``last``: the nearest sentence of the same section within ``KIND_REACH``
    after (or before) the one the answer showed whose terms hold the deed's ("signed" →
    the next signing the document tells, not the next sentence, which may tell another
    kind of event); None when the message is no such step or no sentence holds the deed."""
    match = _DEED_STEP.match(question)
    if match is None or not last.sources:
        return None
    deed = set(terms(match["done"] or match["do"] or match["did"]))
    step = -1 if match["before"] else 1
    source = shown(last, document, step)
    for distance in range(1, KIND_REACH + 1):
        found = neighbour(document, source, step * distance)
        if found is None:
            return None
        if deed and deed <= set(terms(found[0].text)):
            return quoted(question, last, *found)
    return None
