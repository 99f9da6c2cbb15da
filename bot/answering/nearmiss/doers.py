"""Who did it: the doer a question about one stage of an event names, and the answer not.

"did Trump ever visit Astana?" of the official visit of the President of Kazakhstan
shares the stage (a visit) and the place, but not the doer. ``events`` reads the stage a
question asks of; this reads the words between its helping verb and the event.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz, process

from bot.answering.nearmiss.confirming import TYPO
from bot.answering.nearmiss.events import _PATTERNS, _STOP, asked_stage
from bot.answering.nearmiss.figures import OWN_SUBJECT_SHARE
from bot.language.spelling import english_words
from bot.language.text import content, stem, words
from bot.language.thesaurus import related

# the doer of a question's event: the words between its helping verb and the event; a
# "when/where" question's doer is read only for words the document never uses: it takes
# the event as told, and the document may well name a known doer by a title there ("the
# Head of State" for the president)
_DOER = re.compile(r"^\W*(?:(when|where)\s+)?(?:did|does|do|has|have|had|will)\s+(.+)$",
                   re.IGNORECASE)


# words no doer's name holds ("of" may: "the Secretary of State"): a span holding one
# runs past the question's own verb to a later event
_PREPOSITIONS = frozenset("in among with to for at on from by about between into".split())


def absent_doer(question: str, text: str, share: Callable[[str], float]) -> tuple[str, ...]:
    """"Trump doing it" when a question about one stage of an event names its doer (the
    words between the helping verb and the event, no adverb: "did Trump ever visit
    Astana") and the answer ``text`` does not: a visit by someone else ("the official
    visit of the President of Kazakhstan"). A doer's name the document never gives
    (``_never_named``: "when did John Kerry visit") is missing from any answer; words the
    document uses but that are no subject of the whole (``share`` below
    ``OWN_SUBJECT_SHARE``) count in a yes-or-no question, when the answer names none."""
    wanted, said = asked_stage(question), _DOER.match(question)
    if wanted is None or said is None:
        return ()
    event = _PATTERNS[wanted].search(said.group(2))
    doer = words(said.group(2)[:event.start()]) if event else []
    if _PREPOSITIONS & set(doer):  # "does X rank among … in signing": another verb's
        return ()
    told = set(content(words(text)))
    if doer and doer[0] not in english_words():  # confirming.unknown_doer reads that one
        doer = doer[1:] if not share(stem(doer[0])) else doer
    doer = [w for w in doer if w not in _STOP and not w.endswith("ly")]
    # a name the document never gives is missing wherever (not a short word: "pm" is as
    # often an abbreviation); a known one, when no word of the doer is in the answer
    named = [w for w in doer if len(w) > 3 and not share(stem(w)) and _never_named(w, told)] or [
        w for w in doer if 0 < share(stem(w)) < OWN_SUBJECT_SHARE and not said.group(1)]
    if not named or set(map(stem, named)) & told:
        return ()
    return (" ".join(w.capitalize() for w in named) + " doing it",)


def _never_named(word: str, told: set[str]) -> bool:
    """True for a word the document never uses that reads as a name: none of WordNet's
    words (``thesaurus.related``: "deal" is, and may be a paraphrase of "agreement"), and
    English ("Obama") or not near in spelling (``TYPO``) to a term of the answer
    (``told``): "kerry", but not "nazarbaev" of "Nazarbayev"."""
    return not related(word) and (word in english_words() or process.extractOne(
        stem(word), told, scorer=fuzz.ratio, score_cutoff=TYPO) is None)
