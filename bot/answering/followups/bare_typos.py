"""A bare follow-up typed in a hurry: "snice wen?", "were?", "wat else?".

A bare question word ("since when?", "where?", "what else?") can only ask about the last
answer (``follow_words.is_bare``), but typed in a hurry its words are misspelt, and small
talk may catch it ("snice wen" ~ "thanks"). The document's speller cannot help: these are
English function words, not the document's words. So a message of at most
``MOST_WORDS`` words, each of which is a word a bare follow-up is made of (``_BARE_WORDS``),
a chat spelling of one ("wen", ``text.CHAT_SPELLINGS``) or close to one by a fuzzy ratio of
at least ``CLOSE`` without being an English content word ("wheat?" is no "what?"), is read
with those words when that reading is bare; a bare kind of thing ("dates?", "what
year?", "the venue?") is read as the question word that asks for it; any other message
stays as it is. General
English words, not drawn from any question set.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from bot.answering.followups.follow_words import is_bare
from bot.language.spelling import english_words
from bot.language.text import CHAT_SPELLINGS, STOP_WORDS

# The words bare follow-ups are made of.
_BARE_WORDS = ("why", "how", "when", "where", "who", "what", "which", "since", "until", "from",
               "else", "others", "other", "about", "whom", "much", "many", "long", "often")
# The most words a hurried bare follow-up has, and how close each typed word must be.
MOST_WORDS = 3
CLOSE = 80
_WORD = re.compile(r"\w+")
# A bare question for the reason or purpose of the last answer in other words than "why?":
# "how come?", "what was the aim?", "what's the point of it?".
_WHY_LIKE = re.compile(r"^\W*(?:(?:and|so|but|ok(?:ay)?)\W+)?(?:how come|for what reason|"
                       r"what(?:'s|\s+is|\s+was|\s+were)?\s+(?:the|its|their|his|her)\s+(?:aims?|"
                       r"purposes?|goals?|point|reasons?|objectives?|motives?|idea)"
                       r"(?:\s+of\s+(?:it|that|this|them))?)\W*$", re.IGNORECASE)


# A bare kind of thing, asked of the last answer: "dates?", "what year?", "the venue?",
# "names?": the question word that asks for it
_KIND_ALONE = re.compile(r"^\W*(?:(?:and|so|but|ok(?:ay)?)\W+)?(?:(?:the|what|which|its|their)\s+)?"
                         r"(?:exact\s+)?(?P<kind>dates?|days?|years?|time|places?|locations?|"
                         r"venues?|city|town|names?)\W*$", re.IGNORECASE)
_ASKED_BY = {"date": "when", "day": "when", "year": "when", "time": "when", "place": "where",
             "location": "where", "venue": "where", "city": "where", "town": "where",
             "name": "who"}


def bare_spelled(message: str) -> str:
    """``message`` with its words read as the bare follow-up they are close to ("snice
    wen?" → "since when?"), when it is one (module docstring); "why?" for a bare question
    for a reason or purpose in other words ("how come?", "what was the aim?"), which
    would else be read as words the document lacks; the question word for a bare kind of
    thing ("dates?" → "when?", "the venue?" → "where?", "names?" → "who?"); else as it is."""
    if _WHY_LIKE.match(message):
        return "why?"
    alone = _KIND_ALONE.match(message)
    if alone:  # "dates?" asks "when?" of the last answer
        return _ASKED_BY[alone["kind"].lower().removesuffix("s")] + "?"
    typed = _WORD.findall(message)
    if not typed or len(typed) > MOST_WORDS or is_bare(message):
        return message
    fixed = []
    for word in (w.lower() for w in typed):
        if word in _BARE_WORDS or word in CHAT_SPELLINGS:
            fixed.append(CHAT_SPELLINGS.get(word, word))
            continue
        best = process.extractOne(word, _BARE_WORDS, scorer=fuzz.ratio, score_cutoff=CLOSE
                                  ) if word.isalpha() and len(word) >= 3 else None
        if best is None or (word in english_words() and word not in STOP_WORDS):
            # "wheat?" is no "what?"; a function word ("were?") is a question word mistyped
            return message
        fixed.append(best[0])
    spelled = " ".join(fixed) + "?"
    return spelled if is_bare(spelled) else message
