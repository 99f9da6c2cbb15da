"""How a follow-up restates the last turn: a correction ("no, I meant the consulate") asks
the last question again of another subject, instead of the last answer; and "that year",
"the same month", "the following year" or "a year later" is the time the last turn gave,
or the one after or before it; and "there" is the place it gave. General English
patterns, not drawn from any question set."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.answering.followups.follow_words import (
    QUESTION_WORD,
    is_bare,
    is_contrast,
    plain_opening,
    points,
    with_asking_words,
    with_place,
    without_contrast,
)
from bot.answering.followups.followup import repeats
from bot.answering.followups.times import replaced, retimed
from bot.language.dates import MONTHS
from bot.language.places import PLACES
from bot.language.text import STOP_WORDS, content, words
from bot.reading.sentences import split_spans
from bot.reply import Reply

# "that year", "the same month", "the following year": a time the last turn gave, or the
# one after or before it; and a date that gives one.
_THAT_TIME = re.compile(r"\b(?P<prep>in |during |of )?(?:(?P<same>that|the same|that same)|the "
                        r"(?P<step>following|next|previous|preceding)) (?P<unit>year|month)\b|"
                        r"\b(?:the|a|one) (?P<unit2>year|month) (?P<step2>after|later|before|"
                        r"earlier)\b", re.IGNORECASE)
_AFTER = frozenset({"following", "next", "after", "later"})
_WHEN = re.compile(rf"\b(?:({'|'.join(MONTHS)})\s+(?:\d{{1,2}}(?:[-–]\d{{1,2}})?,?\s+)?)?"
                   r"((?:1[89]|20)\d\d)\b", re.IGNORECASE)
_MONTH_NAMES = [m.capitalize() for m in MONTHS]
# A place named after "in" or "at": "… held in Washington".
_PLACE = re.compile(r"\b(?:in|at) ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)")
# "one" standing for a thing named before ("the Kazakh one"), not the number ("one year").
_ONE = re.compile(r"\bones?\b(?!\s+(?:of|year|month|day|week|time)s?\b)", re.IGNORECASE)
# A correction of the last question: "no, I meant the consulate", "sorry, I meant imports",
# "no wait, imports", "not the embassy, the consulate".
_FILLER = r"(?:no|nope|sorry|oops|wait|actually|my bad)"
_CORRECTION = re.compile(
    rf"^\W*(?:(?:{_FILLER}\W+)*(?:i\s+(?:meant|mean)|i was (?:asking|talking) about)\s+|"
    rf"(?:{_FILLER}\W+)*not (?:the |that )?\w+(?: \w+)?\s*,\s*(?:but |rather )?|"
    rf"(?:{_FILLER}\s+)*{_FILLER}\s*[,.;:!-]+\s*)", re.IGNORECASE)


def _shifted(month: str | None, year: str, unit: str, step: int) -> str:
    """The ``unit`` ("year" or "month") ``step`` after (or before) ``month`` ``year``."""
    if unit == "year":
        return str(int(year) + step)
    index = (_MONTH_NAMES.index(month.capitalize()) if month else 0) + step
    return f"{_MONTH_NAMES[index % 12]} {int(year) + index // 12}"


def with_time(question: str, before: str) -> str:
    """A question whose "that year", "the same month" or "the following year" points to the
    first date ``before`` (the last answer, or else its question) gives, with that time (or
    the one after or before it) in its stead ("what came into force that same month?" after
    "On December 6, 2016, …" → "… in December 2016?"); "in May that year" → "in May 2016".
    As it is when ``before`` gives no such time."""
    pointer, date = _THAT_TIME.search(question), _WHEN.search(before)
    if pointer is None or date is None:
        return question
    unit = (pointer["unit"] or pointer["unit2"]).lower()
    month, year = date.group(1), date.group(2)
    if unit == "month" and not month:
        return question
    step = 0 if pointer["same"] else (
        1 if (pointer["step"] or pointer["step2"]).lower() in _AFTER else -1)
    when = _shifted(month, year, unit, step) if step or unit == "year" else f"{month} {year}"
    after_month = question[:pointer.start()].lower().split()[-1:] in ([m] for m in MONTHS)
    said = pointer["prep"] or ("" if after_month else "in ")
    return question[:pointer.start()] + said + when + question[pointer.end():]


def as_correction(message: str) -> str:
    """A correction of the last question read as an ellipsis of it that wants another answer
    than the last: "no, I meant the consulate" → "and the consulate instead" (asked as the
    last question was, ``follow_words.with_asking_words``); a whole question after the
    correction ("sorry, I meant when did it open?") as it is; any other message as it is."""
    match = _CORRECTION.match(message)
    rest = message[match.end():].strip() if match else ""
    if not rest:
        return message
    return rest if QUESTION_WORD.search(rest) else f"and {rest.rstrip('?!. ')} instead"


def uncorrected(message: str) -> str:
    """A message without the opening that marks it a correction ("sorry, I meant in 2017"
    → "in 2017"), so that a corrected bare time is read as any bare other time is
    (``times.retimed``); any other message as it is."""
    match = _CORRECTION.match(message)
    return message[match.end():].strip() or message if match else message


def with_one(correction: str, last_question: str) -> str:
    """A correction whose "one" stands for what the last question asked about, with that
    in its stead: "and the Kazakh one instead" after "when was the US consulate opened?"
    → "and the Kazakh consulate opened instead": the last question's content words less
    its question words, the countries, months, years and numbered ordinals it named,
    which pick one member ("the 4th one" after "the 2nd meeting"; the correction names
    its own), and the words the correction has; any other message as it is."""
    if not _ONE.search(correction):
        return correction
    own = set(words(correction))
    thing = [w for w in words(last_question) if w not in STOP_WORDS and w not in PLACES
             and w not in own and w not in MONTHS and not w[0].isdigit()
             and w not in ("first", "second")  # numerals "words" reads as words
             and not QUESTION_WORD.fullmatch(w)]
    return _ONE.sub(" ".join(thing) or "one", correction, count=1) if thing else correction


# "the Kazakh one", "the US ones": a member of a pair named by its side.
_SIDE_ONE = re.compile(r"\bthe ([\w.'-]+) ones?\b", re.IGNORECASE)


def one_named(contrast: str, follows: tuple[str, str], earlier: Sequence[str] = ()) -> str:
    """A contrast whose "one" is the other side's ("what about the Kazakh one in
    Washington?" after "who is the US ambassador to Kazakhstan?"), with the thing the last
    question (of ``follows``: it and its answer) asked about in its stead, still marked as
    a contrast: "… the Kazakh ambassador in Washington instead?". The thing is the last
    question's words its answer repeats (``with_one`` on those), so a question's other
    words ("set up", "attended") do not go with it. As it is otherwise ("the other one",
    "the January one", which other readings serve). When the last question repeats nothing
    of its answer ("since when?"), the latest of the ``earlier`` questions that does."""
    side = _SIDE_ONE.search(contrast)
    if side is None or not set(words(side.group(1))) & PLACES:
        return contrast
    said = set(words(follows[1]))
    asked = next((_headed(words(question), said) or " ".join(
        w for w in words(question) if w in said)
        for question in (follows[0], *reversed(earlier)) if not is_bare(question)), "")
    named = with_one(contrast, asked)
    return named if named == contrast else f"{named.rstrip(' ?!.')} instead?"


# "that meeting", "it": the same one again, no other member of a pair ("their" may be).
_THAT = re.compile(r"\b(?:that|this|those|these|it|them|same)\b", re.IGNORECASE)
# An ellipsis that opens a follow-up: "and …", "what about …", "how about …".
_ELLIPSIS_OPENING = re.compile(r"^\W*(?:and|what about|how about)\s+\S", re.IGNORECASE)


def asked_again(follow_up: str, last_question: str) -> str:
    """An ellipsis ("what about …?") whose words the last question all named already
    ("what about the American embassy?" after "when did the Kazakh embassy open in the
    US?", "what about their embassy?") asks it of the other member of a pair: marked as a
    contrast ("… instead?"), which sets the last answer aside; any other message, one
    that asks anew ("and where was it held?") or points back, as it is."""
    own, opening = set(content(words(follow_up))), _ELLIPSIS_OPENING.match(follow_up)
    if not (opening and own and own <= set(content(words(last_question)))) or QUESTION_WORD.search(
            follow_up[opening.end() - 1:]) or _THAT.search(follow_up):  # "and where was that?"
        return follow_up
    return f"{follow_up.rstrip(' ?!.')} instead?"


def _headed(asked: list[str], said: set[str]) -> str:
    """The words after the first side the last question named ("us" in "when was the US
    consulate in Almaty set up?") up to a stop word, those its answer repeats (``said``):
    "consulate"; with none repeated, the one word after the side ("envoy"); "" when it
    names no side before such words."""
    side = next((i for i, w in enumerate(asked) if w in PLACES), None)
    after = asked[side + 1:] if side is not None else []
    head: list[str] = []
    for w in after:
        if w in STOP_WORDS or w not in said or w in PLACES:
            break
        head.append(w)
    plain = after[:1] if after and after[0] not in STOP_WORDS | PLACES else []
    return " ".join(head or plain)  # "envoy" when the answer says "Ambassador"


def corrected(respond: Callable[[str], Reply], asked: str, follows: tuple[str, str]
                    ) -> Reply | None:
    """The reply (by ``respond``) to a correction read ``asked`` ("and the consulate
    instead") on its own, asked as the last question of ``follows`` (question, answer) was
    ("when the consulate"): it names its subject, the last turn lends its question word.
    None when it is no answer or repeats the last answer ("exports", then "no, imports",
    the other member of the pair in the same sentence): then it is read as a follow-up."""
    alone = respond(with_asking_words(without_contrast(with_one(asked, follows[0])),
                                      plain_opening(follows[0])))
    if alone.kind != "answer" or any(repeats(alone.text[a:b], follows[1])
                                     for a, b in split_spans(alone.text)):
        return None
    return alone


def placed(question: str, follows: tuple[str, str]) -> str:
    """The question with a "there" that points to a place read as the place the last
    answer gave, or else its question named (``follow_words.place_named``): "which
    meeting took place there?" after "… were held on 8 March 2016, in Washington"."""
    if not points(question):
        return question
    place = place_named(follows[1], question) or place_named(follows[0], question)
    return question if place is None else with_place(question, place)


def place_named(answer: str, question: str) -> str | None:
    """The first place ``answer`` names after "in" or "at" ("… held on March 8-9, 2016, in
    Washington") that ``question`` does not name, a month aside; None when it names none."""
    asked = set(words(question))
    for match in _PLACE.finditer(answer):
        found = words(match.group(1))
        if found[0] not in MONTHS and not set(found) <= asked:
            return match.group(1).rstrip(".")
    return None


def placed_on(question: str, earlier: list[str], is_place: Callable[[str], bool]) -> str:
    """A question that points to a place ("what mission is in that city?") read with the
    last place the ``earlier`` messages name (``is_place`` tells a word the document names
    as a place, or a country): the message before may have got no answer ("what's the
    weather in Almaty?"), and no answer holds the place then; as it is otherwise."""
    if not points(question):
        return question
    named = [w for text in earlier for w in words(text) if w in PLACES or is_place(w)]
    return with_place(question, named[-1].title()) if named else question


def restate(respond: Callable[[str], Reply], plain: str, follows: tuple[str, str],
            asked: list[str], follow_up: Callable[[str], Reply],
            is_place: Callable[[str], bool]) -> Reply:
    """The reply (by ``respond``) to a follow-up (``plain``: its opening written out, typos
    repaired) after the last turn (``follows``: question, answer; ``asked``: the questions
    answered so far) that may restate that turn: a correction, "that year", a bare other
    time or place (``bot.answering.followups.times``; ``is_place`` tells a place the document
    names), "the Kazakh one"; any other as ``follow_up`` reads it (its "there" unread:
    ``follow_up`` reads it with ``placed``, and knows it pointed to the last answer). A
    correction that gives only another time ("no, I meant 2017") is a bare other time
    (``uncorrected``), whose answer may be the sentence the last turn quoted: the user
    took it for no answer; one that only swaps the pair ("sorry, the other way round") is
    that contrast."""
    if without_contrast(bare := uncorrected(plain)) == "the other":  # "sorry, vice versa"
        plain = bare
    correction = as_correction(plain)
    question = with_time(correction, follows[1] + " " + follows[0])
    if correction == plain and (is_contrast(question) or _SIDE_ONE.search(question)):
        question = one_named(question, follows, asked)
    elif correction == plain:  # "what about the American embassy?" after the Kazakh one
        question = asked_again(question, follows[0])
    timed = follows if correction == plain else (follows[0], "")  # a correction repeats none
    return retimed(respond, uncorrected(plain), timed, asked) or (
        correction != plain and corrected(respond, question, follows)) or replaced(
        respond, plain, follows, is_place) or follow_up(question)
