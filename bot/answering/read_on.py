"""Reading on past the best sentence: the next sentence, or the one after it, that gives
what the best one lacks (see ``bot.answering.compose`` for the whole composition).

The next sentence joins when it continues the best one (``continues``) and gives the kind
of thing asked that the best one only seems to give (``gives_own``: a title of the person
asked about, a place inside a body's name) or the outcome or purpose asked ("what came out
of …", "what was … meant to achieve"), but not a count of another thing ("how many people
…" of "24 contracts were signed"). Else a later one joins when it ``completes`` the
question's rare terms; on weak evidence (one lacking term, or the kind word of "what
document …" left out) only while short or when it leans on the sentence before it. Never
past a best sentence that gives the asked date or number into one that gives none
(``holds_figure``), and a "what … for …" mid-question is a purpose asked only when the
next sentence shares a word with it ("the name for …", "… for the final?" qualify).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

from bot.answering.query import Query
from bot.language.answer_type import DATE, NUMBER, PERSON, offers
from bot.language.continuation import continues, continues_previous, opening_terms, refers_back
from bot.language.gives import gives_own
from bot.language.text import terms as terms_of_words
from bot.reading.document import Sentence

# Questions that ask for an outcome, a purpose or a reason, which the next sentence often gives.
_CONSEQUENCE = re.compile(r"^\s*why\b|\b(?:what|which)\b.*\b(?:outcomes?|results?|purposes?|"
                          r"points?|aims?|goals?|objectives?|consequences?|effects?|impact)\b|"
                          r"\b(?:what|which)\b.*\bfor\W*$|\bwhat for\b|"
                          r"\b(?:matter|important|significan\w*)\b|"
                          r"\bwhat (?:does|did|will|would|can|could)\b.+\b(?:do|make|allow|"
                          r"enable|mean|help|change|achieve|bring|facilitate)\b|"
                          r"\b(?:going to|gonna) (?:do|achieve|bring|change)\b|"
                          r"\b(?:came|come|comes|resulted|result) (?:out )?(?:of|from|in)\b|"
                          r"\b(?:meant|supposed|intended|designed|aimed|hoped) to\b|"
                          r"\b(?:achieve[sd]?|accomplish(?:ed)?|led to|lead to)\b", re.IGNORECASE)
# "What … for …" mid-question: a purpose ("what was the fund set up for in 2010?") or only a
# qualifier ("what is the name for …", "which hotel … for the final?")
_FOR = re.compile(r"\b(?:what|which)\b.*\bfor\b", re.IGNORECASE)
# A reference back to an occasion named before: "signed *at the meeting*", "during the visit"
_OCCASION = re.compile(r"\b(?:at|during|after|in the course of|on the sidelines of|following)"
                       r"\s+(?:the|this|that)\s+([a-z][\w-]*)\b", re.IGNORECASE)
# A continuation that goes back in time: background, not the outcome or the purpose.
_EARLIER = re.compile(r"\(?(?:prior to|before|earlier|previously|until then)\b", re.IGNORECASE)
# Words of the best sentence the next paragraph's opening phrase repeats to go on about it
AGAIN = 2
# A later sentence that gives this many of the question's missing terms completes the answer.
COMPLETING = 2
# Questions that ask what was talked about at an occasion, and the words that tell it.
_TOPIC_ASKED = re.compile(r"\bwhat\b.*\b(?:discuss\w*|talk(?:s|ed)? (?:about|over)|agenda|"
                          r"topics?|issues?|subjects?)\b|\bwhat (?:was|were) (?:on|covered)\b",
                          re.IGNORECASE)
_TOPICS = re.compile(r"\b(?:discuss\w*|talks?|agenda|topics?|issues?)\b", re.IGNORECASE)


# An opening pointer to a thing named before: "*This hypothesis* is called …"
_OPENING_POINTER = re.compile(r"\(?(?:this|these|such)\s+([a-z][\w-]*)", re.IGNORECASE)


def _pointed(sentence: str) -> set[str]:
    """The term of the thing a sentence opens by pointing back to ("This hypothesis …")."""
    found = _OPENING_POINTER.match(sentence)
    return set(terms_of_words(found.group(1))) if found else set()


def tells_topics(best: str, following: str) -> bool:
    """True when the best sentence names an occasion without what was talked about, and the
    next one refers back to it ("During the meetings, …") and says what was discussed."""
    return (not _TOPICS.search(best) and bool(_TOPICS.search(following))
            and (continues_previous(following) or bool(_OCCASION.search(following))))


# people counted: "how many people / delegates / participants …", "24 members", "11 deputies"
_PEOPLE = (r"(?:people|persons?|participants?|delegates?|attendees?|guests?|visitors?|members?|"
           r"deputies|officials?|representatives?|students?|workers?|employees?|staff|"
           r"tourists?|citizens?|soldiers?|troops|residents?|individuals?|\w+(?:ists|ians))")
_PEOPLE_ASKED = re.compile(rf"\bhow many (?:\w+ )?{_PEOPLE}\b", re.IGNORECASE)
_PEOPLE_COUNTED = re.compile(rf"\d[\d.,]*\s+(?:[\w-]+\s+)?{_PEOPLE}\b", re.IGNORECASE)


def counts_others(question: str, sentence: str) -> bool:
    """True when the question counts people ("how many people attended …") and the
    sentence counts no people ("24 contracts were signed"): its count is of another
    thing, not an answer."""
    return bool(_PEOPLE_ASKED.search(question)) and not _PEOPLE_COUNTED.search(sentence)


# A join on weaker evidence (one lacking term, a pointer back) only up to this many
# characters: squad_dev's median right answer stays at 188 (uncapped: 194, for +5 answers)
SHORT_JOIN = 240


def belongs(best: str, best_terms: Set[str], following: str, question: str,
            answer_type: str | None, question_words: set[str]) -> bool:
    """True when the sentence ``following`` the best one (whose content terms are
    ``best_terms``) should join the answer (see the module docstring)."""
    if not answer_type and _TOPIC_ASKED.search(question) and tells_topics(best, following):
        return True
    consequence = not answer_type and bool(
        _CONSEQUENCE.search(question) or (_FOR.search(question) and set(
            terms_of_words(question)) & set(terms_of_words(following))))
    if not (continues(following, best_terms)
            or (consequence and refers_back(following))):
        return False
    if asked_kind(question) & _pointed(following):
        return True  # "what hypothesis …?" of "… *This hypothesis* is called …"
    if answer_type:  # a place the next one gives may be a plain one: "at SAP Center"
        gives = (gives_own(answer_type, following, question_words) if answer_type == PERSON
                 else offers(answer_type, following, question_words) >= 1)
        return (gives and not gives_own(answer_type, best, question_words)
                and not counts_others(question, following))
    return consequence and not _EARLIER.match(following)


def completes(best_terms: Set[str], later_terms: Set[str], asked: Set[str]) -> bool:
    """True when a later sentence gives at least ``COMPLETING`` of the question's terms
    (``asked``) that the best sentence lacks (or the only one it lacks), and at least half
    of them: the best one named the occasion, the later one says what the question asks of
    it."""
    missing = asked - best_terms
    gained = len(missing & later_terms)
    return gained >= min(COMPLETING, len(missing)) > 0 and 2 * gained >= len(missing)


def read_on(sentences: Sequence[Sentence], best: int, query: Query,
             terms_of: Callable[[int], Set[str]], asked: Set[str]) -> int | None:
    """The sentence after ``best`` (or the one after that) in its passage that joins the
    answer: the next one when it ``belongs``, else the one of the two that ``completes``
    the question's rare terms ``asked`` the most."""
    passage = sentences[best].passage
    later = [i for i in (best + 1, best + 2)
             if i < len(sentences) and sentences[i].passage == passage]
    if not later:
        return _next_paragraph(sentences, best, query, terms_of, asked)
    if belongs(sentences[best].text, terms_of(best), sentences[later[0]].text,
                         query.text, query.answer_type, set(query.own.folded)):
        return later[0]
    kind = asked_kind(query.text)
    completing = [i for i in later if _completing(sentences, best, i, terms_of, asked, kind)
                  and not holds_figure(query, sentences[best].text, sentences[i].text)
                  and not _leans_past(sentences, best, i, terms_of)]
    return max(completing, key=lambda i: len(asked & terms_of(i)), default=None)


# a second question joined on: "how many members …, and who is its chair?"
_SECOND_ASKED = re.compile(r"\b(?:and|or|also)\s+(?:who|whom|what|when|where|which|why|how)\b",
                           re.IGNORECASE)


# the names a sentence opens with (its subject, as a rule): "“Friends of Kazakhstan Caucus" …"
_OPENING_NAMES = re.compile(r"[A-Z][\w'-]*")


def _leans_past(sentences: Sequence[Sentence], best: int, later: int,
                terms_of: Callable[[int], Set[str]]) -> bool:
    """True when ``later`` is the sentence after next and opens leaning on the one before
    it (``continues_previous``: "Its chair is …"), which names another subject than the
    best one: the names it opens with are not all the best one's ("The Group … includes 29
    deputies. “Friends of Kazakhstan Caucus" … consists of 11 members. Its chair is …":
    the chair is the caucus's, not the group's). A skipped sentence about the same one
    ("… Tesla moved to Karlovac … Tesla was able to … He finished …") is no bar."""
    if later != best + 2 or not continues_previous(sentences[later].text):
        return False
    opening = " ".join(sentences[later - 1].text.split()[:5])
    named = {t for m in _OPENING_NAMES.finditer(opening) for t in terms_of_words(m.group())}
    return bool(named - terms_of(best))


def holds_figure(query: Query, best: str, later: str) -> bool:
    """True when a date or a number is asked, the best sentence gives one (``gives_own``)
    and the later sentence gives none: the later one adds the question's words, not its
    answer ("how many X …" of "… 489 X … . Over 61 per cent of …" would read on for
    nothing). Not when the question asks a second thing ("…, and who chairs it?")."""
    words = set(query.own.folded)
    return (query.answer_type in (DATE, NUMBER) and not _SECOND_ASKED.search(query.text)
            and gives_own(query.answer_type, best, words)
            and offers(query.answer_type, later, words) < 1)


def _next_paragraph(sentences: Sequence[Sentence], best: int, query: Query,
                    terms_of: Callable[[int], Set[str]], asked: Set[str]) -> int | None:
    """For an outcome, purpose or effect asked, or a rare term of the question (``asked``)
    the best one lacks and it has ("what milestone was the visit"), the first sentence of
    the next passage when the best one ends its own and that one opens by going on about
    it ("The official visit … was an important milestone …" after "… the official visit
    of …"): a document may give an event its paragraph and what came of it the next one:
    its opening phrase repeats ``AGAIN`` words of the best one at least. Not one that only
    opens with a linking word ("In addition, …": a new topic), nor one that names again
    only a name with a number ("The C5 + 1 meeting took place …": another event of the
    same body)."""
    following = best + 1
    if (following < len(sentences) and not query.answer_type
            and (_CONSEQUENCE.search(query.text)
                 or (asked - terms_of(best)) & terms_of(following))
            and len({t for t in opening_terms(sentences[following].text) & terms_of(best)
                     if t.isalpha()}) >= AGAIN):
        return following
    return None


def _completing(sentences: Sequence[Sentence], best: int, later: int,
                terms_of: Callable[[int], Set[str]], asked: Set[str], kind: Set[str]) -> bool:
    """True when the ``later`` sentence ``completes`` the best one, with the question's
    terms ``asked`` or, more weakly, without the ``kind`` of thing asked ("document" of
    "what document was signed"). On weak evidence (one lacking term, or the kind left
    out) only a short join, or one into a sentence that leans on the one before it."""
    best_terms, later_terms = terms_of(best), terms_of(later)
    if completes(best_terms, later_terms, asked):
        weak = len(asked - best_terms) < COMPLETING
    elif kind and completes(best_terms, later_terms, asked - kind):
        weak = True
    else:
        return False
    return not (weak and long_join(sentences, best, later)
                and not leans_on(sentences[later].text, terms_of(later - 1)))


# "what document …", "which agreement …": the kind of thing asked, which the answer names
_KIND_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:(?:kind|type|sort)s?\s+of\s+)?([a-z]+)\b|"
                         r"\b(?:what|which)\s+(?:kind|type|sort)s?\s+of\s+([a-z]+)\b|"
                         # a statement asking at its end: "X was the first to sign which treaty?"
                         r"^(?![^?]*\b(?:who|what|when|where|why|how)\b)[^?]*?\bwhich\s+([a-z]+)\b",
                         re.IGNORECASE)


def asked_kind(question: str) -> set[str]:
    """The term of the kind of thing a "what X" / "which X" question asks for: the answer
    names a document, it need not say "document"."""
    found = _KIND_ASKED.search(question)
    return set(terms_of_words(next(g for g in found.groups() if g))) if found else set()


def leans_on(sentence: str, previous: Set[str]) -> bool:
    """True when a sentence ``continues`` the one before it (whose terms are ``previous``)
    or refers back to the occasion it names ("… was signed *at the meeting*")."""
    referred = {t for m in _OCCASION.finditer(sentence) for t in terms_of_words(m.group(1))}
    return continues(sentence, previous) or bool(referred & previous)


def long_join(sentences: Sequence[Sentence], first: int, second: int) -> bool:
    """True when two sentences together pass ``SHORT_JOIN`` characters."""
    return len(sentences[first].text) + len(sentences[second].text) > SHORT_JOIN
