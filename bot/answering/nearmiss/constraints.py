"""Constraints a question sets that an answer must meet, or the document doesn't answer it.

A near-domain question often matches a sentence in every word but one ("the trade in
2022?" of 2017, "the *first* ambassador?" of the current one, "what does a visa *cost*?"
of visa-free travel); lexical scores cannot see it, so the constraints are checked here:

- dates: a year ("2022", "the 1990s") or a month the question names must be in the
  passage when it gives other years (or months): a passage about 2017 does not answer
  for 2022, while one that gives no year may well be about it, and the document's frame
  ("… for the 2015 season") frames every passage ("founded in 1995" is background);
- order: an ordinal that picks one of a kind ("the first ambassador", "the 4th meeting")
  must be in the passage, as a numeral or a near word ("initial", "final", "most recent"),
  when the answer is about that kind of thing (it names an ambassador) and the passage
  speaks of another place in the order (another ordinal, or the present against "first");
- the kind of thing asked: "how much does it cost" or "what is the fee" wants an amount of
  money in the answer; "how much did they invest (spend, lend, donate)" wants an amount,
  in figures or in money words (an investment named without one is no answer); "what
  year" or "what date" wants a year or a date ("in recent years" gives none); "who" or
  "how many" asked of "today" or "currently" (or anything of "last year") is not met by a
  sentence dated in some year, unless it speaks of the present ("since 2019 … is"); an
  address, a phone number, an e-mail address or a website wants one in the answer (table:
  ``kinds``, with "how much", "how many" and judgements; the first kind missing is named);
- "who …?" wants someone named: a sentence naming only dates and where something
  happened, and no word for people, does not say who (``answer_type.names_someone``);
- the role asked about (``roles``): "the foreign minister" is not met by a sentence that
  names only a "Deputy Foreign Minister" (a rank the question does not give: another
  person), nor by one whose only minister is of another portfolio.

``unmet(question, sentence, passage)`` names what is missing ("2022", "the first", "a
phone number"); the retriever ranks candidates that meet every constraint first and, when
none does, the chatbot declines and says what the document has. General rules of English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.nearmiss.actors import asks_of_actor, other_actor, other_people
from bot.answering.nearmiss.degrees import shortfall
from bot.answering.nearmiss.events import other_stage
from bot.answering.nearmiss.implied import implied_order
from bot.answering.nearmiss.instances import unnamed_instances
from bot.answering.nearmiss.kinds import KINDS, held
from bot.answering.nearmiss.roles import ROLES, other_role
from bot.answering.nearmiss.rows import Row, asked_rows
from bot.answering.nearmiss.shared import JOINED
from bot.answering.nearmiss.titled import placeless, untitled
from bot.language.answer_type import names_someone
from bot.language.dates import MONTHS, year_pattern
from bot.language.text import terms, words

_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(s|'s)?(?!\d)")
_MONTH = re.compile(r"\b(" + "|".join(m for m in MONTHS if m != "may") + r")\b",
                    re.IGNORECASE)
# "may" is a month only where a date puts it: "in May 2017", "May 21", "since May"
_MAY = re.compile(r"\b(?:in|of|since|until|till|by|early|late|mid|during|from)[\s-]+may\b"
                  r"(?!\s+(?:be|have|not|also|still)\b)|\bmay(?=,?\s+\d)", re.IGNORECASE)
# "who …?" (not "the man who …"), or the name of an office's holder: "what's the name of
# the US consul general?" ("the name of the statement" asks for no one)
_WHO = re.compile(rf"\s*(?:who\b|what(?:'s|s| is| was) (?:the )?(?:full )?name of (?:the |"
                  rf"this |that |\w+'s )?(?:[\w.-]+ ){{0,3}}?(?:{ROLES})s?\b)", re.IGNORECASE)
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth last latest "
             "earliest").split()
# words that place one of a kind before or after the one a document gives
_RELATIVE = ("previous", "prior", "preceding", "next")  # "the former chairman" describes
# an ordinal that picks one of a kind (up to four words, to a verb: "the 4th strategic
# partnership dialogue session was held"), "Kazakhstan's first envoy", "is third biggest
# investor" (not "first recorded", "the last name", "the first 30 days", "May 25th")
_ORDINAL = re.compile(r"\b(?:the|its|[a-z]+'s|[a-z]+s'|is|was|ranks?|ranked) (?:very )?("
                      + "|".join(_ORDINALS + list(_RELATIVE))
                      + r"|\d+(?:st|nd|rd|th))\b(?! names?\b|\s+\d|\s+(?:two|three|four|five|six|"
                      r"seven|eight|nine|ten|few|several|dozen)\b)((?:\s+(?!(?:where|when|that|"
                      r"which|who|time|a|an|the|to|is|are|was|were|be|been|did|do|does|has|"
                      r"have|had|will|would|held|hold|take|takes|took|taken|happen\w*|"
                      r"occur\w*)\b)[\w-]+){0,4})",
                      re.IGNORECASE)
NUMERALS = {o: str(i) for i, o in enumerate(_ORDINALS[:10], start=1)}
# What speaks of another place in an order: any ordinal, or, against "first", the present.
_OTHER_ORDER = re.compile(r"\b(?:" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\b",
                          re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:since|current|currently|now|present|presently|incumbent|today)\b",
                      re.IGNORECASE)
# "who was the first president (US ambassador) of …": the first holder of an office
_FIRST_HOLDER = re.compile(rf"\W*who (?:was|were|is|became)\b.*\bfirst\s+(?:[\w.-]+\s+)?"
                           rf"(?:{ROLES})s?\b", re.IGNORECASE)
_WHEN_WHERE = re.compile(r"\W*(?:when|where)\b", re.IGNORECASE)
# a sentence that tells of one yet to come ("the next meeting will be held", "is scheduled")
_PLANNED = re.compile(r"\b(?:will|shall|plans?|planned|scheduled|upcoming|forthcoming|next|"
                      r"expected|to be held|to take place|future)\b", re.IGNORECASE)
_NEAR = {"first": ("initial", "initially", "original", "originally", "earliest", "inaugural",
                   "debut", "maiden", "premiere"),
         "last": ("final", "latest", "most recent"), "latest": ("last", "most recent", "newest"),
         "earliest": ("first", "initial", "initially", "original", "originally", "early")}
NEAREST = "The nearest it has (not an answer to your question): “"  # before what's quoted

@lru_cache(maxsize=4096)
def _dates(question: str) -> tuple[Row, ...]:
    """The question's years and months: (its pattern, the pattern of any of its kind, how
    to name it); a decade ("the 1880s") is met by any of its years, a century ("the 1600s")
    by any of its years or its name (``dates.year_pattern``)."""
    wanted = [(re.compile(year_pattern(m.group(1), bool(m.group(2))), re.IGNORECASE), _YEAR,
               m.group()) for m in _YEAR.finditer(question)]
    wanted += [(re.compile(rf"\b{m.group(1)}\b", re.IGNORECASE), _MONTH,
                m.group(1).capitalize())
               for m in _MONTH.finditer(question) if not re.search(
                   rf"{m.group(1)}\s+\d{{1,2}}(?:st|nd|rd|th)?\b", question, re.IGNORECASE)]
    wanted += [(re.compile(r"\bMay\b"), _MONTH, "May") for m in _MAY.finditer(question)
               if not re.match(r"may,?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)",
                               question[m.end() - 3:], re.IGNORECASE)][:1]
    return tuple(wanted)


# the one before another of its kind: "the council meeting before the May 2017 one"
_BEFORE_ONE = re.compile(r"\bthe\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:before|preceding)\s+the\s+"
                         r"(?:[\w-]+\s+){0,3}?one\b", re.IGNORECASE)
# the kind asked as the subject: "which Asian country was the second to sign …"
_SUBJECT_KIND = re.compile(r"^\W*(?:which|what)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:is|was|are|"
                           r"were|became|becomes)\s+the\s+(?:very\s+)?(\w+)\s+to\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def ordinals_asked(question: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The question's ordinals that pick one of a kind, folded ("4th", "first"), each with the
    terms of what it qualifies ("American ambassador"; "which country was the second to …")."""
    subject = _SUBJECT_KIND.match(question)
    return tuple((m.group(1).lower(), frozenset(terms(m.group(2))) or frozenset(
                  terms(subject.group(1)) if subject and subject.group(2).lower() ==
                  m.group(1).lower() else ())) for m in _ORDINAL.finditer(question)) + tuple(
        ("previous", frozenset(terms(m.group(1)))) for m in _BEFORE_ONE.finditer(question))


def ordinal_forms(wanted: str) -> set[str]:
    """An ordinal's forms: itself, its numeral or word ("third", "3rd"), near words
    ("first", "initially")."""
    forms = {wanted, *_NEAR.get(wanted, ())}
    if wanted in NUMERALS:
        number = NUMERALS[wanted]
        forms.add(number + {"1": "st", "2": "nd", "3": "rd"}.get(number, "th"))
    elif wanted[0].isdigit():
        digits = wanted[:-2]
        forms |= {o for o, n in NUMERALS.items() if n == digits}
    return forms


def holds_ordinal(text: str, wanted: str, kind: frozenset[str] = frozenset()) -> bool:
    """True when a folded text holds an ordinal in one of its ``ordinal_forms``; with ``kind``,
    only where it qualifies a word of that kind ("the first *session*", within three
    words), not anything else ("the first meetings" of committees)."""
    after = r"(?:\W+\w+){0,3}" if kind else ""
    return any(not kind or kind & set(terms(m.group()))
               for f in ordinal_forms(wanted) for m in re.finditer(rf"\b{f}\b{after}", text))


def _other_order(wanted: str, passage: str) -> bool:
    """True when the passage speaks of another place in an order than ``wanted``: another
    ordinal ("the 2nd meeting" against "the 4th"), or, against any but "last" or
    "latest", the present ("since 2019 … is ambassador" against "the first ambassador"
    or "the previous ambassador")."""
    forms = ordinal_forms(wanted)
    return (any(m.group().lower() not in forms for m in _OTHER_ORDER.finditer(passage))
            or (wanted not in ("last", "latest") and bool(_PRESENT.search(passage))))


def _out_of_order(wanted: str, kind: frozenset[str], sentence: str, passage: str,
                  timed: bool = False, founder: bool = False) -> bool:
    """True when the answer is at another place in the order than the question's ordinal:
    the sentence speaks of another place and lacks it ("the 5th session" against "the
    first session"), or the passage does and lacks it everywhere; asked when or where
    (``timed``), "the next" one is also not told by a sentence that tells of no plan;
    asked who first held an office (``founder``), by a passage that never says "first"
    (nor a near word): a sentence naming a holder does not say they were the first."""
    if wanted in _RELATIVE:  # "the previous ambassador" of the one there is "since 2019",
        # "the next session" of "the 5th session", or of one told as past, with no plan
        if wanted == "next" and timed and not _PLANNED.search(sentence):
            return True
        return bool(_PRESENT.search(sentence)) or any(
            kind & set(terms(m.group())) for m in re.finditer(
                _OTHER_ORDER.pattern + r"(?:\W+\w+){0,3}", sentence, re.IGNORECASE))
    if any(holds_ordinal(own.lower(), wanted) for own in _of_kind(sentence, kind)):
        return False
    lowered = passage.lower()
    return ((_other_order(wanted, sentence) and not holds_ordinal(lowered, wanted, kind))
            or (not holds_ordinal(lowered, wanted)
                and (founder or _other_order(wanted, passage))))


def _of_kind(text: str, kind: frozenset[str]) -> list[str]:
    """The sentences of a (joined) answer that name a word of ``kind``, else all: an
    ordinal is met where the answer speaks of its kind, not in a joined sentence about
    another thing ("X is ambassador. … whose first meetings …")."""
    said = JOINED.split(text) if kind else [text]
    return [s for s in said if kind & set(terms(s))] or said


def constrained(question: str) -> bool:
    """True when the question sets any constraint to check."""
    return bool(_dates(question) or ordinals_asked(question) or asks_of_actor(question)
                or bool(asked_rows(KINDS, question)))


def _date_groups(question: str) -> tuple[tuple[Row, ...], ...]:
    """The question's years, and its months, as two groups (either may be empty)."""
    dates = _dates(question)
    return tuple(g for g in (tuple(d for d in dates if d[1] is _YEAR),
                             tuple(d for d in dates if d[1] is _MONTH)) if g)


def dates_met(question: str, passage: str) -> bool:
    """True when the passage names one of the question's years, and one of its months:
    "in May 2017" is not met by a passage about September 2017."""
    return all(any(own.search(passage) for own, _, _ in group)
               for group in _date_groups(question))


def unmet(question: str, sentence: str, passage: str, dates_only: bool = False,
          frame: str = "") -> tuple[str, ...]:
    """What the answer (``sentence``, in ``passage``) lacks; with ``dates_only``, only years
    and months (any year of a range met, in the passage or the document's ``frame``)."""
    missing = [label for group in _date_groups(question)
               if not any(own.search(passage) or own.search(frame) for own, _, _ in group)
               for _, kind, label in group if kind.search(passage)]
    if dates_only:
        return tuple(missing)
    order = ordinals_asked(question)
    named = set(terms(sentence)) if order else set()
    missing += ["the " + wanted for wanted, kind in order
                if kind & named and _out_of_order(wanted, kind, sentence, passage,
                                                  bool(_WHEN_WHERE.match(question)),
                                                  bool(_FIRST_HOLDER.match(question)))
                and not implied_order(wanted, kind, sentence, passage, question)]
    missing += [label for holds, label in asked_rows(KINDS, question)  # the first kind
                if not held(holds, sentence, question, passage)][:1]
    missing += (other_role(question, sentence) + other_actor(question, sentence)
                + other_stage(question, sentence) + other_people(question, sentence)
                + shortfall(question, sentence, passage) + unnamed_instances(question, sentence)
                + placeless(question, sentence))
    if _WHO.match(question) and not names_someone(untitled(sentence, question),
                                                  set(words(question))):
        missing.append("a name")
    return tuple(dict.fromkeys(missing))


def lacking(missing: tuple[str, ...], nearest: str) -> str:
    """The reply to a question the document nearly answers: what is missing ("2022", "a
    price"), then, marked as no answer, the nearest sentence the document has."""
    listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " or " + missing[-1]
    return f"The document doesn't give {listed} for that. {NEAREST}{nearest}”"
