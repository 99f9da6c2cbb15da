"""Four askings a sentence can share every word of and still not answer.

"Where in X …" (within, inside) asks for a place inside X: a sentence that places the
thing "in X" and names no other place (a capitalised word the question does not name,
not a date's, a title's or a body's: "the Museum of Independence") and no part of a
place ("north", "district", "street", "centre") gives only the X the asker knows.

"What was agreed / decided at …" asks for an outcome: a sentence
that only says the meeting was held or attended, with no word of agreeing, deciding,
adopting, signing or a result, tells none.

"What did X do before becoming Y" asks for an earlier part of a life: a sentence that
has no word of an earlier time ("before", "former", "previously", "until", "had been",
"served") tells X's role now only.

"How many times …" asks for a count: a sentence whose only figures are a date's ("On
September 1, 2017, they spoke") tells that it happened, not how often; a figure outside a
date, a number word, "once", "twice", "several" or an ordinal ("the 5th session") may.

General rules of English questions, not fitted to any question set.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from bot.answering.nearmiss.kinds import held
from bot.language.dates import MONTHS
from bot.language.numbers import CARDINAL, TENS
from bot.language.text import stem, words

# the capitalised words that are no place's own name: a date's, a title's,
# a body's ("the Andean Forum")
_NOT_OWN = frozenset(MONTHS) | frozenset("""monday tuesday wednesday thursday friday
    saturday sunday on in at of the a an and for to prime minister president secretary
    deputy assistant head state chair
    chairman ambassador congressman congresswoman senator governor general director
    forum summit council bank group world union committee caucus organization agency
    department ministry university party republic states kingdom federation commission
    national security administration energy defense defence nuclear office institute
    international program programme affairs foreign trade investment development
    cooperation partnership dialogue framework agreement convention treaty statement
    project initiative company corporation association society""".split())
_WHERE_IN = re.compile(r"(?i:^\W*where\s+(?:in|within|inside)\s+(?:the\s+)?)([A-Za-z][\w'-]*)")
# a place after a preposition of place, or a capitalised place-word's run ("The Museum")
_PLACED = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?([A-Z][\w'-]+)\b"
                     r"(?!\s+(?:with|for|to)\b)")  # not a title-case phrase: "in Connection with"
_EMPTY = re.compile("")
_PART = re.compile(r"\b(?:north\w*|south\w*|east\w*|west\w*|central|cent(?:re|er)|downtown|"
                   r"suburbs?|district|street|avenue|square|building|hall|quarter|region|"
                   r"province|county|coast|border|outskirts|heart|part|area|neighbou?rhood|"
                   r"near|outside|inside|campus|headquarters|offices?|"
                   r"(?i:museums?|palace|park|hotel|stadium|church|cathedral|theat(?:re|er)|"
                   r"library|airport|station|tower))\b")
_AGREED = re.compile(r"^\W*what\b.*\b(?:was|were|has been|had been)\s+(?:\w+\s+)?"
                     r"(?:agreed|decided|resolved)\b", re.IGNORECASE)
_OUTCOME = re.compile(r"\b(?:agree\w*|decid\w*|decision\w*|resol\w*|adopt\w*|sign\w*|"
                      r"result\w*|reach\w*|approv\w*|accord\w*|consensus|commit\w*|pledg\w*|"
                      r"outcomes?|conclu\w*|establish\w*|launch\w*|reaffirm\w*)\b")
_BEFORE = re.compile(r"\bbefore\s+(?:becoming|being\s+(?:named|appointed|elected|made)|"
                     r"(?:he|she|they)\s+(?:became|was|were))\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:before|former\w*|previous\w*|earlier|prior|until|once|then|"
                      r"had been|served|career|began|started|first|after|later)\b", re.IGNORECASE)
_TIMES = re.compile(r"\bhow many times\b(?! (?:more|less|larger|bigger|greater|higher)\b)",
                    re.IGNORECASE)
_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"
_DATE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?|"
                   rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTH}|\b(?:1[5-9]|20)\d\d\b")
# a count: a figure standing alone (not "4th", "C5", "C5 + 1"), a number word, "twice",
# "again", "every" …; an ordinal counts when it numbers a time or the asked event
_COUNT = re.compile(r"(?<![\w.+-])(?<!\+ )\d[\d,.]*(?!\w)|\b(?:"
                    rf"{CARDINAL}|once|twice|thrice|several|multiple|numerous|many|times|"
                    r"again|repeated\w*|regular\w*|annual\w*|every)\b")
_NUMBERED = re.compile(rf"\b(?:first|second|third|\w+teenth|{TENS}tieth|"
                       r"(?:four|fif|six|seven|eigh|nin|ten)th|\d+(?:st|nd|rd|th))\s+"
                       r"([a-z]+)(?:\s+([a-z]+))?", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", text)}


class _Meets:
    """A sentence test as a search, for ``held``: the first sentence of an answer, or a
    later one that shares a word with the question, must meet the asking."""

    def __init__(self, meets: Callable[[str], bool]) -> None:
        self.meets = meets

    def search(self, string: str, /) -> re.Match[str] | None:
        """An empty match when ``string`` meets the asking, else None."""
        return _EMPTY.match(string) if self.meets(string) else None


def _missed(meets: Callable[[str], bool], question: str, text: str, passage: str) -> bool:
    return not held(_Meets(meets), text, question, passage)


def _other_place(known: set[str], sentence: str) -> bool:
    """Whether ``sentence`` names a part of a place or a place after a preposition of
    place that is not ``known``."""
    bases = ({w.lower().removesuffix("'s")} for w in _PLACED.findall(sentence))
    return bool(_PART.search(sentence)) or any(
        not (b | {w.rstrip("s") for w in b}) & known for b in bases)


def place_within(question: str, text: str, passage: str = "") -> list[str]:
    """"a place within X" when the question asks where inside X and ``text`` names no
    place but the question's and no part of a place."""
    where = _WHERE_IN.match(question)
    if where is None:
        return []
    known = _words(question) | _NOT_OWN
    return [f"a place within {where.group(1)}"] if _missed(
        partial(_other_place, known), question, text, passage) else []


def _counts(question: str, sentence: str) -> bool:
    """Whether a sentence counts: a count, or an ordinal before a time or the question's
    event ("her 4th visit" of "how many times did she visit", not "the 4th meeting")."""
    plain = _DATE.sub(" ", sentence)
    asked = {stem(w) for w in words(question)} | {"time"}
    return bool(_COUNT.search(plain)) or any(
        stem(w.lower()) in asked for m in _NUMBERED.finditer(plain) for w in m.groups() if w)


def _outcome(_: str, sentence: str) -> bool:
    return bool(_OUTCOME.search(sentence))


def _earlier(_: str, sentence: str) -> bool:
    return bool(_EARLIER.search(sentence))


# the askings met by a word of a sentence: what each asks, what meets it, what is missed
_PLAIN: tuple[tuple[re.Pattern[str], Callable[[str, str], bool], str], ...] = (
    (_AGREED, _outcome, "what was agreed"), (_BEFORE, _earlier, "what came before"),
    (_TIMES, _counts, "how many times"))


def excluded(question: str, text: str, passage: str = "") -> list[str]:
    """Every miss of this module's four askings, in order: a place within, what was
    agreed, what came before, how many times."""
    return place_within(question, text, passage) + [
        said for asks, meets, said in _PLAIN
        if asks.search(question) and _missed(partial(meets, question), question, text, passage)]
