"""What a message's own words say about the turn before it.

A pointer or an opening "and…" leans on the last turn ("Who attended it?", "And
imports?"), though an existential "there" points nowhere ("is there…?"); a contrast asks
for the other member of a pair the last turn named ("and the American one?", "and the
other direction?", "vice versa?"), and its contrast words name no subject; "what else…"
asks for another answer (so do "which other…", "any other…", "tell me more about it");
a possessive bound to the question's own subject ("when did Kazakhstan open *its*
embassy?") points nowhere (topic shifts and remarks: ``bot.answering.followups.shifts``);
"there", when the last turn named a place, is that place ("which meeting took place
there?"); linking words before a question word ("and when …?") are no part of the
question; "whereas …", "compared with …" open a contrast; and "later that year" points
to a time, not to a subject. General English patterns, not drawn from
any question set.
"""

from __future__ import annotations

import re

from bot.language.continuation import leans_on_earlier, points_back
from bot.language.places import PLACES
from bot.language.text import CHAT_SPELLINGS, content, words

# A contrast: the other member of a pair ("the other one", "vice versa", "the US one").
_CONTRAST = re.compile(r"\b(?:other|opposite|reverse|converse|vice versa|ones?|instead|"
                       r"counterparts?|equivalents?)\b")
# Contrast words that would read as a subject ("direction", "reverse"), with their phrase.
_CONTRAST_WORDS = re.compile(
    r"\b(?:the )?(?:(?:other|opposite|reverse|converse) (?:way|direction|side)s?"
    r"(?: (?:round|around))?|opposite|reverse|converse|vice versa|counterparts?|"
    r"equivalents?)\b", re.IGNORECASE)
# "the former", "the latter": one of two things the last turn named.
_FORMER = re.compile(r"\bthe (?:former|latter)\b", re.IGNORECASE)
_INSTEAD = re.compile(r"\binstead\b", re.IGNORECASE)
# Asking for another answer than the last: "what else…", "tell me more (about it)".
_ELSE = re.compile(r"\b(?:else|besides|apart from that|other than that|(?:which|what|any) other|"
                   r"(?:before|after|prior to|earlier than|later than) (?:that|this|then|it))\b|"
                   r"\b(?:more|less|fewer|bigger|larger|higher|greater)"
                   r"(?:\s+(?:about|on|of)\s+(?:it|that|this|him|her|them|those|these))?\W*$|"
                   r"\bmore (?:details?|info(?:rmation)?)\b", re.IGNORECASE)
# The words that ask for a kind of answer, at the start of a question or after a preposition.
_ASKING = re.compile(r"^\W*(?:(?:since|until|from|in|at|on|by) )?(when|where|who|whom|whose|"
                     r"how (?:many|much|long|far|old|often)|(?:which|what) (?:year|date|day|"
                     r"month|city|country|state|place|person|amount|number))\b",
                     re.IGNORECASE)
# A possessive fragment: "her state?", "and his party?", "their names?".
_WHOSE = re.compile(r"^\W*(?:and\s+|what about\s+)?(?:his|her|their|its)\s+\w+(?:\s+\w+)?\W*$",
                    re.IGNORECASE)
# A kind of thing asked and nothing else: "what party?", "which year?", "what city?"
_KIND_ONLY = re.compile(r"^\W*(?:and\s+)?(?:what|which)\s+(?!(?:is|are|was|were|do|does|did|"
                        r"about|else|up|now|then|for)\b)[a-z]+\W*$", re.IGNORECASE)
# Asking what a thing named before is about or for: "what is it about?", "what's that for?".
_CONTENT = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+"
                      r"(?:it|that|this|they|those|these)\s+(?:about|for)\W*$", re.IGNORECASE)
QUESTION_WORD = re.compile(r"\b(?:what|when|where|who|whom|whose|which|why|how)\b",
                            re.IGNORECASE)
# "there" that points nowhere: "is there…", "there are…".
_EXISTENTIAL = re.compile(r"\b(?:(?:is|are|was|were|will|has|have)\s+there(?!\W*$)|"
                          r"there\s*(?:is|are|was|were|'s|has been|have been))\b",
                          re.IGNORECASE)
# An opening that sets the question against the last turn ("whereas the US side?").
_CONTRAST_OPENER = (r"whereas|versus|vs\.?|as opposed to|compared (?:to|with)|"
                    r"in contrast(?: to)?|conversely|on the other hand")
_SETS_AGAINST = re.compile(rf"^\W*(?:{_CONTRAST_OPENER})\b", re.IGNORECASE)
# An opening that marks an ellipsis ("and …", "what about …"), and its most words.
_ELLIPSIS = re.compile(rf"^\W*(?:and|what about|how about|but|or|{_CONTRAST_OPENER})\b",
                       re.IGNORECASE)
# "and" with a few words: the same question of another subject ("and Kazakhstan's?", "and
# Kazakhstan's man in Washington?"), not of another time or place ("and in 2021?", which
# asks for what the last answer gave).
_AND_NAME = re.compile(r"^\W*and\s+(?!(?:in|on|at|for|during|by|from|to|since|before|"
                       r"after)\b)(?:\S+\s+){0,3}\S+?(?:\s+instead)?\W*$", re.IGNORECASE)
_NAME = re.compile(r"(?<=\s)[A-Z][\w-]+")  # a name: a capitalised word after the first
# Chat spellings of the words a follow-up opens with ("wat about…", "n when…", "whos…").
_CASUAL = {**CHAT_SPELLINGS, "whats": "what is", "wats": "what is", "whos": "who is",
           "who's": "who is", "hw": "how", "hows": "how is", "wen's": "when is", "n": "and",
           "&": "and", "nd": "and", "abt": "about", "bout": "about"}
# "were" for "where": before a verb ("were was it?") or alone ("were?"), never "were they …?".
_WERE = re.compile(r"^(\W*)were(?=\s+(?:was|is|are|did|does|do|has|have|can|will)\b|\W*$)",
                   re.IGNORECASE)
_ANY_MORE = re.compile(r"^\W*(?:any(?:thing|one|body)?|some|more)\s+(?:else|others?|more)\W*$",
                       re.IGNORECASE)
_OPENING = re.compile(r"^(\W*)(\S+)(\s+)(\S+)?", re.IGNORECASE)
# Linking words before a question word: "and when were …?" asks "when were …?".
_OPENER = re.compile(r"^\W*(?:(?:and|but|so|also|then|ok(?:ay)?|well|right)\W+)+"
                     r"(?=(?:what|when|where|who|whom|whose|which|why|how)\b)", re.IGNORECASE)
# A possessive bound to the question's own subject: "when did Kazakhstan open *its*
# embassy?" (the subject after "did", "has", "will" is no pointer itself, and the
# possessive follows a verb, not "of": "what were the goals of his trip?" points back).
_BOUND = re.compile(r"^(\W*(?:when|where|why|how|what|which|who|whom)\b[^?]*?\b(?:did|does|do|"
                    r"has|have|had|will|would|can|could)\s+(?!(?:he|she|it|they|this|that|"
                    r"these|those|its|his|her|their|there)\b)[a-z][^?]*?\s\w+\s+)(?<!\bof )"
                    r"(?:its|his|her|their)\b", re.IGNORECASE)
# A pointer to a time, not to a subject: "later that summer", "in the same year".
_TIME_POINTER = re.compile(r"\b(?:that|this|those|these|the same)\s+(?:year|month|week|day|"
                           r"summer|winter|spring|autumn|fall|time|period|decade)s?\b",
                           re.IGNORECASE)
ELLIPSIS_WORDS = 8
# "there" or "that city", with the preposition before it, read as the place last named.
_THERE = re.compile(r"\b(?:(in|at|from|to|near|out of|over) )?(?:there|(?:that|this|the same) "
                    r"(?:city|town|place|country|capital))\b", re.IGNORECASE)
# A place a sentence names after "in" or "at": "…, in New York, which …", "at Harvard".

# A bare question word ("why?", "and how?", "since when?") or a bare "any others?", "what
# else?": it asks about the last answer.
_BARE = re.compile(r"^\W*(?:(?:and|but|so|ok(?:ay)?)\W+)?(?:since |until |from )?(?:why|how|"
                   r"when|where|who|what|which|how come|how so|how much|how many|how long|"
                   r"how often|what for|what about|about what|on what|(?:with|by|to) whom|"
                   r"(?:(?:any(?:thing|one|body)?|who|what|which|where|"
                   r"when) )?(?:else|others?))\W*$", re.IGNORECASE)

# A predicate left without what it is about: "which firms were involved?", "who took part?"
_DANGLING = re.compile(r"\b(?:(?:was|were|is|are|got|get|been)\s+(?:(?:\w+ly|also)\s+)?(?:involved|"
                       r"present|included|invited|represented|discussed|signed|adopted)|"
                       r"t(?:ook|ake|akes|aking) part|attended|participated)\W*$",
                       re.IGNORECASE)

def leans(question: str) -> bool:
    """True when a question says it leans on an earlier turn: a pointer, an opening "and…"
    or "what about…" (``bot.language.continuation``), or a contrast ("vice versa?"); an
    existential "there" ("is there cooperation in education?") points nowhere; a bare
    question word ("why?") leans too, and so does a predicate left without what it is
    about ("which firms were involved?", "who took part?"): it asks of the event the last
    turn named, not of any event it fits."""
    return (leans_on_earlier(_unbound(question)) or is_contrast(question)
            or is_bare(question) or bool(_FORMER.search(question) or _DANGLING.search(question)))


def is_bare(question: str) -> bool:
    """True for a bare question word ("why?", "and how?", "since when?"), which can only
    ask about the last answer, whatever small talk it resembles ("why" ~ "hi")."""
    return bool(_BARE.match(question))


def asks_of_it(question: str) -> bool:
    """True when a question asks a kind of thing ("how long", "when", "where", "who") of
    something named before ("how long is it?", "where was that?"), or is a possessive
    fragment ("her state?", "and his party?") or a kind alone ("what party?"), whatever
    small talk it resembles ("how long
    is it?" ~ "how are you?", "her state?" ~ "great"), or asks what such a thing is about
    or for ("what is it about?" ~ the *about* intent, when it follows an answer)."""
    return ((bool(_ASKING.match(question)) and points(question)) or bool(_WHOSE.match(question))
            or bool(_CONTENT.match(question)) or bool(_KIND_ONLY.match(question)))


def points(question: str) -> bool:
    """True when a question holds a pointer to something named before ("she", "it",
    "there"), an existential "there" and a pointer to a time ("later that year") aside
    (``bot.language.continuation.points_back``): "who headed it later that summer?"
    points back, "who headed the delegation later that summer?" names its subject."""
    return bool(_FORMER.search(question)) or points_back(_TIME_POINTER.sub(" ", _unbound(question)))


def _unbound(question: str) -> str:
    """A question without its existential "there" and a possessive bound to its own
    subject ("when did Kazakhstan open its embassy?"), which point to no earlier turn."""
    return _BOUND.sub(r"\1the", _EXISTENTIAL.sub(" ", question))


def is_contrast(question: str) -> bool:
    """True for a contrast follow-up: an ellipsis ("and …", "what about …", or a few words)
    or a question of "the other one", asking for the other member of a pair ("the other
    direction?", "and the Kazakh one?"), or one set against the last turn ("whereas …?")."""
    folded = question.lower()
    if _SETS_AGAINST.match(folded) or "the other one" in folded:
        return True
    return bool(_CONTRAST.search(folded)) and (
        bool(_ELLIPSIS.match(folded)) or len(folded.split()) <= ELLIPSIS_WORDS // 2)


def asks_else(question: str) -> bool:
    """True when a question asks for another answer than the last ("what else did he do?",
    "who else attended?")."""
    return bool(_ELSE.search(question))


def with_asking_words(follow_up: str, previous_question: str) -> str:
    """A contrast without a question word of its own, asked with the last question's
    ("and the Kazakh one?" after "who is the US ambassador?" → "who the Kazakh one?"): the
    other member of the pair is the same kind of thing; so is "and" with a word or two ("and
    Kazakhstan's?", "and imports?"). Any other follow-up as it is: "what about education?"
    after "how many…?" may well ask no number."""
    asking = _ASKING.match(previous_question)
    if (not asking or not (is_contrast(follow_up) or _AND_NAME.match(follow_up))
            or QUESTION_WORD.search(follow_up)):
        return follow_up
    return f"{asking.group(1)} {_ELLIPSIS.sub('', follow_up).strip()}"


def plain_opening(message: str) -> str:
    """A message whose first two words are written out when they are chat spellings of a
    question word or a link ("wat about imports" → "what about imports", "whos the
    ambassador" → "who is the ambassador", "were was it?" → "where was it?"), so that the
    rules here read them; a bare "any others?" or "anything else?" as "what else?"."""
    def plain(word: str | None) -> str:
        return "" if word is None else _CASUAL.get(word.lower(), word)

    if _ANY_MORE.match(message):
        return "what else?"
    message = _WERE.sub(r"\1where", message, count=1)
    return _OPENING.sub(lambda m: m.group(1) + plain(m.group(2)) + m.group(3)
                        + plain(m.group(4)), message, count=1)


def without_opener(question: str) -> str:
    """A question without the linking words before its question word ("and when were
    they set up?" → "when were they set up?"): the question word says what it asks."""
    return _OPENER.sub("", question)


def without_contrast(question: str) -> str:
    """A contrast follow-up with its contrast phrase, which names no subject, read as "the
    other" ("and the opposite direction?" → "and the other?"), and without an "instead",
    which names nothing either; any other question as it is."""
    if not is_contrast(question):
        return question
    return " ".join(_CONTRAST_WORDS.sub(" the other ", _INSTEAD.sub(" ", question)).split())


def with_place(question: str, place: str) -> str:
    """A question whose "there" points to ``place`` with the place in its stead ("which
    meeting took place there?" → "which meeting took place in Washington?"); a question
    whose "there" points nowhere ("is there a fee?") as it is."""
    if _EXISTENTIAL.search(question):
        return question
    return _THERE.sub(lambda m: f"{m.group(1) or 'in'} {place}", question)


def role_words(last_question: str, answered: str, asked: str) -> list[str]:
    """What the last question asked about, for a follow-up asking it of another subject, a
    place or capitalised name the last question did not name ("who represents Kazakhstan in
    Washington?", not "and the embassy?", which swaps the thing asked about): the last
    question's words its answer repeats, less the follow-up's own and names and places
    ("ambassador" for "who is the US ambassador to …?" answered "… Ambassador of …")."""
    said, own, last = (set(content(words(t))) for t in (answered, asked, last_question))
    names = [set(content(words(" ".join(_NAME.findall(t))))) | PLACES
             for t in (asked, last_question)]
    return [w for w in dict.fromkeys(content(words(last_question)))
            if w in said - own - names[1]] if (own - last) & names[0] else []
