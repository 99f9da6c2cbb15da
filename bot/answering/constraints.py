"""Constraints a question sets that an answer must meet, or the document doesn't answer it.

A near-domain question often matches a sentence in every word but one: "What was the
trade in 2022?" of a sentence about 2017, "Who was the *first* ambassador?" of one about
the current ambassador, "What does a visa *cost*?" of one about visa-free travel. Lexical
scores cannot see that one word decides it, so the question's constraints are read here and
checked against a candidate:

- dates: a year ("2022", "the 1990s") or a month the question names must be in the
  candidate's passage when the passage gives other years (or months): a passage about
  2017 does not answer for 2022, while one that gives no year may well be about it;
- order: an ordinal that picks one of a kind ("the first ambassador", "the 4th meeting")
  must be in the passage, as a numeral or a near word ("initial", "final", "most recent"),
  when the answer is about that kind of thing (it names an ambassador) and the passage
  speaks of another place in the order (another ordinal, or the present against "first");
- the kind of thing asked: "how much does it cost" or "what is the fee" wants an amount of
  money in the answer; an address, a phone number, an e-mail address or a website wants
  one in the answer;
- the role asked about: "the foreign minister" is not met by a sentence that names only a
  "Deputy Foreign Minister" (a rank the question does not give: another person).

``unmet(question, sentence, passage)`` names what is missing, in words a reply can use
("2022", "the first", "a phone number"); the retriever ranks candidates that meet every
constraint first and, when none does, the chatbot declines and says what the document
does have. These are general rules of English, not fitted to any question set.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.text import terms

_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(s|'s)?(?!\d)")
_MONTH = re.compile(r"\b(" + "|".join(m for m in _MONTHS if m != "may") + r")\b",
                    re.IGNORECASE)
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth last latest "
             "earliest").split()
# an ordinal that picks one of a kind: "the first ambassador", "the 4th meeting" (not "first
# recorded", "the last name", "May 25th")
_ORDINAL = re.compile(r"\bthe (" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\b(?! names?\b)"
                      r"((?:\s+[\w-]+){0,2})", re.IGNORECASE)
_NUMERAL = {o: str(i) for i, o in enumerate(_ORDINALS[:10], start=1)}
# What speaks of another place in an order: any ordinal, or, against "first", the present.
_OTHER_ORDER = re.compile(r"\b(?:" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\b",
                          re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:since|current|currently|now|present|presently|incumbent|today)\b",
                      re.IGNORECASE)
_NEAR = {"first": ("initial", "initially", "original", "originally", "earliest", "inaugural"),
         "last": ("final", "latest", "most recent"), "latest": ("last", "most recent", "newest"),
         "earliest": ("first", "initial", "initially", "original", "originally", "early")}

# (what the question asks for, what the answer must then hold, how a reply names it)
_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = tuple(
    (re.compile(asks, re.IGNORECASE), re.compile(holds, re.IGNORECASE), label)
    for asks, holds, label in (
        (r"\bhow much\b.*(?<!\bthe )(?<!\ba )\b(?:cost|costs|charge|charges|pay)\b(?! of)|"
         r"\bhow much\b.*\b(?:fee|fees|price)\b|"
         r"\bwhat (?:is|are|was|were|'s) (?:the |a |an )?(?:\w+ )?(?:cost|price|fee|fees|"
         r"tuition|rent|salary)\b",
         r"[$€£¥₸]|\b(?:dollars?|euros?|pounds?|tenge|rubles?|yuan|yen|usd|eur|cents?|"
         r"free of charge|no charge)\b", "a price"),
        (r"\b(?:street|mailing|postal|physical|office|exact|full) address\b|"
         r"\b(?:the|its|their|his|her|an?) address\b(?! (?:the|a|an|this|these|those|"
         r"issues?|concerns?|problems?))",
         r"\b\d+\s+\w+(?:\s\w+)?\s+(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|"
         r"drive|square|way)\b|\b(?:street|avenue|boulevard)\b", "an address"),
        (r"\b(?:phone|telephone|fax) (?:number|no)\b",
         r"\+?\d[\d\s().-]{6,}\d", "a phone number"),
        (r"\be-?mail\b", r"[\w.+-]+@[\w-]+\.[\w.]+", "an e-mail address"),
        (r"\b(?:website|web site|url|homepage|web page)\b",
         r"https?://|www\.|\b[\w-]+\.(?:com|org|gov|net|kz|edu)\b", "a website"),
    ))


@lru_cache(maxsize=4096)
def _dates(question: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """The question's years and months: (its pattern, the pattern of any of its kind, how
    to name it); a decade ("the 1880s") is met by any of its years."""
    wanted = [(re.compile(rf"(?<!\d){m.group(1)[:3] if m.group(2) else m.group(1)}"
                          rf"{'[0-9]' if m.group(2) else ''}(?!\d)"), _YEAR, m.group())
              for m in _YEAR.finditer(question)]
    wanted += [(re.compile(rf"\b{m.group(1)}\b", re.IGNORECASE), _MONTH,
                m.group(1).capitalize())
               for m in _MONTH.finditer(question) if not re.search(
                   rf"{m.group(1)}\s+\d{{1,2}}(?:st|nd|rd|th)?\b", question, re.IGNORECASE)]
    return tuple(wanted)


@lru_cache(maxsize=4096)
def _order(question: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The question's ordinals that pick one of a kind, folded ("4th", "first"), each with
    the terms of the words it qualifies ("American ambassador")."""
    return tuple((m.group(1).lower(), frozenset(terms(m.group(2))))
                 for m in _ORDINAL.finditer(question))


def _has(text: str, wanted: str) -> bool:
    """True when a folded text holds an ordinal, as a word, a numeral ("third" is met by
    "3rd", "4th" by "fourth") or a near word ("first" by "initially")."""
    forms = {wanted, *_NEAR.get(wanted, ())}
    if wanted in _NUMERAL:
        number = _NUMERAL[wanted]
        forms.add(number + {"1": "st", "2": "nd", "3": "rd"}.get(number, "th"))
    elif wanted[0].isdigit():
        digits = wanted[:-2]
        forms |= {o for o, n in _NUMERAL.items() if n == digits}
    return any(re.search(rf"\b{f}\b", text) for f in forms)


_ROLES = (r"minister|secretary|president|chair|chairman|chairwoman|chairperson|ambassador|"
          r"director|governor|head|chief|administrator|commissioner|consul|speaker|mayor")
_RANKS = r"deputy|vice|assistant|acting|former|co|under|associate|honorary"
_ROLE = re.compile(rf"\b({_ROLES})s?\b", re.IGNORECASE)
_RANKED_ROLE = re.compile(rf"\b({_RANKS})[\s-]+(?:[A-Z][\w'-]*\s+){{0,2}}({_ROLES})s?\b",
                          re.IGNORECASE)


def _lesser_role(question: str, sentence: str) -> list[str]:
    """Roles the question asks about ("the foreign minister") that the sentence names only
    with a rank the question lacks ("Deputy Foreign Minister"): another person."""
    asked_ranks = {m.group(1).lower() for m in _RANKED_ROLE.finditer(question)}
    missing = []
    for role in {m.group(1).lower() for m in _ROLE.finditer(question)}:
        plain = [m for m in _ROLE.finditer(sentence) if m.group(1).lower() == role]
        ranked = [m for m in _RANKED_ROLE.finditer(sentence) if m.group(2).lower() == role]
        ranks = {m.group(1).lower() for m in ranked}
        if plain and len(ranked) == len(plain) and not ranks & asked_ranks:
            missing.append(f"the {role} (only a {sorted(ranks)[0]} {role})")
    return missing


def _other_order(wanted: str, passage: str) -> bool:
    """True when the passage speaks of another place in an order than ``wanted``: another
    ordinal ("the 2nd meeting" against "the 4th"), or, against "first" or "earliest", the
    present ("since 2019 … is ambassador" against "the first ambassador")."""
    return bool(_OTHER_ORDER.search(passage)
                or (wanted in ("first", "earliest") and _PRESENT.search(passage)))


def constrained(question: str) -> bool:
    """True when the question sets any constraint to check."""
    return bool(_dates(question) or _order(question)
                or any(a.search(question) for a, _, _ in _KINDS))


def dates_met(question: str, passage: str) -> bool:
    """True when the passage names one of the question's years or months."""
    return any(own.search(passage) for own, _, _ in _dates(question))


def unmet(question: str, sentence: str, passage: str, dates_only: bool = False
          ) -> tuple[str, ...]:
    """What the question asks for that the answer (``sentence``, in ``passage``) lacks;
    with ``dates_only``, only its years and months. A question naming several years (a
    range: "in 1973-1974") is met by any of them."""
    dates = _dates(question)
    missing = [] if dates_met(question, passage) else [
        label for _, kind, label in dates if kind.search(passage)]
    if dates_only:
        return tuple(missing)
    lowered = passage.lower()
    order = _order(question)
    named = set(terms(sentence)) if order else set()
    missing += ["the " + wanted for wanted, kind in order
                if kind & named and not _has(lowered, wanted) and _other_order(wanted, passage)]
    missing += [label for asks, holds, label in _KINDS
                if asks.search(question) and not holds.search(sentence)]
    missing += _lesser_role(question, sentence)
    return tuple(dict.fromkeys(missing))


def lacking(missing: tuple[str, ...], nearest: str) -> str:
    """The reply to a question the document nearly answers: what is missing ("2022", "a
    price"), then, marked as no answer, the nearest sentence the document has."""
    listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " or " + missing[-1]
    return (f"The document doesn't give {listed} for that. "
            f"The nearest it has (not an answer to your question): “{nearest}”")
