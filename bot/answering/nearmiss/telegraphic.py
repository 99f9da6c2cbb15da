"""What a telegraphic query ("kazakh embassy washington address", "eu trade 2017") names
that the answer's passage never says.

A query typed as keywords has no question word to tell what it asks for; every content
word of it narrows the thing wanted, and the thing asked for is as often its last word
("… address", "… population") as its first. A passage that shares all but one of them
("the Embassy of Kazakhstan is established in the United States" for "… embassy
washington address") tells something else about the same subject. So each content word
must be met in the answer's passage: by stem, by a WordNet kin there (``kin``), by a word
there near in meaning (``soft``, the wordpiece match of a word the document never uses,
at least ``NEAR_MEANING``), or as the initials of words there ("FDI" of "foreign direct
investment"). Words that pass unmet are the document's subjects (in ``SUBJECT_SHARE`` of
its passages or more: a passage may well leave "Kazakhstan" unsaid), numbers (the date
checks read them), and the words a query names its wish with ("total", "date", "list",
"size": the answer gives the thing, not the word; one wanting a figure or a date only
where the passage gives one, so "brigade size" is not met by a sentence that counts
nothing), and a word asking for someone's office ("role", "title", "job":
``offices.ROLE_WORDS``) when the passage names an office ("Ambassador", "Minister":
``offices.TITLES``), as "kazykhanov role" is answered by "… is appointed as the
Ambassador …"; so is "party" or "affiliation" by a party's name ("Republican":
``offices.PARTIES``), and "city" or "venue" by a place (``answer_type.offers``: "…
launched … in Samarkand"). A word for the page itself ("page", "article") is met
anywhere in it, and "last" of a change ("last updated") picks nothing. A word for a stage
of a thing's life ("start", "end") is met by a passage telling of that stage in its own
words ("relations are established": ``events.stages``); a casual word by a formal
reading the passage says ("ties" of "relations": ``phrasal.readings``).

Only telegraphic queries: two to seven words, no question word, no auxiliary or request
first ("is", "tell", "list"). A question with a question word has a head noun that
decides, and reading its other words so cost right answers (round 9: 588 of squad_dev);
a keyword query has no such words to spare, and SQuAD asks none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Set

from bot.answering.nearmiss.events import stages
from bot.answering.nearmiss.shared import NEAR_MEANING, SUBJECT_SHARE
from bot.language.answer_type import DATE, NUMBER, PLACE, QUESTION_WORDS, offers
from bot.language.offices import AFFILIATION_WORDS, PARTIES, ROLE_WORDS, TITLES
from bot.language.phrasal import readings
from bot.language.places import governments
from bot.language.text import STOP_WORDS, stem, words

# a query of this many words or fewer (and two at least) may be telegraphic
MOST_WORDS = 7
# the question words (their chat spellings, "wat", "whos", are read as them by ``words``)
_QUESTION_WORDS = frozenset(QUESTION_WORDS)
# a word that makes a sentence of a query: an auxiliary anywhere, a request first
_AUXILIARIES = frozenset("""is are was were be been do does did has have had can could will
    would should shall may might must""".split())
_OPENERS = frozenset("""tell list give show explain describe name find please define""".split())
# an ellipsis that asks the last question again of another thing ("and the American envoy
# in Astana instead?"), a follow-up's wording, not a keyword query
_ELLIPSIS = re.compile(r"^\W*(?:and|or|but|what about|how about)\b", re.IGNORECASE)
# words a query names its wish with, not the thing it narrows
WISHES = frozenset("""total overall date dates year years time number numbers amount amounts
    figure figures count list info information details detail facts summary overview
    latest recent current size length duration value volume turnover sum quantity""".split())

# of them, those that want a figure ("caucus size"), met only by a passage giving one
_COUNTED = frozenset("""number numbers amount amounts figure figures count size value
    volume turnover sum quantity""".split())
# and those that want a date ("caucus meeting date"), met only by a passage giving one
_DATED = frozenset("""date dates year years""".split())
# words for the document itself ("page last updated"): any passage of it is on the page
_PAGE = frozenset("""page webpage article document website site entry""".split())
# "last" of a change ("last updated", "last edited") dates it, it picks no one of a kind
_LAST_CHANGE = re.compile(r"\blast (?=(?:updated|update|modified|edited|changed|revised)\b)")
# words a query names a stage of a thing's life with ("relations start date"), met by a
# passage telling of that stage in its own words ("relations are established": ``stages``)
_STAGE_WORDS = {"start": "start", "starts": "start", "started": "start", "begin": "start",
                "beginning": "start", "began": "start", "end": "end", "ending": "end",
                "ended": "end", "finish": "end", "finished": "end"}
# words a query names a place with ("c5+1 launch city"), met by a passage naming a place
PLACE_WISHES = frozenset("""city town place location venue site""".split())


def _wishes(question: str, passage: str) -> frozenset[str]:
    """The words of wish a passage meets (see the module's docstring): ``WISHES`` (those
    wanting a figure or a date where it gives one), an office's, a party's and a place's
    words where it names one."""
    said, asked = set(words(passage)), set(words(question))
    return (WISHES - (frozenset() if offers(NUMBER, passage, asked) else _COUNTED)
            - (frozenset() if offers(DATE, passage, asked) else _DATED)
            | (ROLE_WORDS if TITLES & said else frozenset())
            | (AFFILIATION_WORDS if PARTIES & said else frozenset())
            | (PLACE_WISHES if offers(PLACE, passage, asked) else frozenset()))


def telegraphic(question: str) -> bool:
    """True for a query typed as keywords: two to ``MOST_WORDS`` words, none a question
    word or an auxiliary ("the symbol for X is?", "whic player was waived?" are
    sentences), the first no request, no ellipsis ("and the X?"); no blank to fill ("___
    helps …") and no full stop at the end (a statement)."""
    said = [w for w in words(question) if re.search(r"\w", w)]
    return (2 <= len(said) <= MOST_WORDS and not set(said) & (_QUESTION_WORDS | _AUXILIARIES)
            and said[0] not in _OPENERS and not _ELLIPSIS.match(question) and "_" not in question
            and not question.rstrip().endswith("."))


def _initials(passage: str) -> set[str]:
    """The initials of each run of two to four words of a passage ("fdi")."""
    said = [w for w in words(passage) if w.isalpha()]
    return {"".join(w[0] for w in said[i: i + n])
            for n in (2, 3, 4) for i in range(len(said) - n + 1)}


def unsaid_keywords(question: str, passage: str, passage_terms: Set[str],
                    share: Callable[[str], float], kin: Callable[[str], bool],
                    soft: Mapping[str, float] | None = None) -> list[str]:
    """The content words (quoted) of a telegraphic query its answer's passage never meets
    (see the module's docstring); [] for any other question or an empty passage."""
    if not passage_terms or not telegraphic(question):
        return []
    soft = soft or {}
    wishes = _wishes(question, passage) | _PAGE
    candidates = dict.fromkeys(
        w for w in words(governments(_LAST_CHANGE.sub("", question.lower())))  # "ambassador
        if w.isalpha() and w not in STOP_WORDS and w not in wishes  # in washington": the US's
        and share(stem(w)) < SUBJECT_SHARE and stem(w) not in passage_terms)
    told = stages(passage) if set(candidates) & set(_STAGE_WORDS) else frozenset()
    missing = [w for w in candidates if not kin(w) and soft.get(stem(w), 0.0) < NEAR_MEANING
               and _STAGE_WORDS.get(w) not in told and not any(
                   all(stem(r) in passage_terms for r in reading) for reading in readings(w))]
    if any(len(w) <= 5 for w in missing):
        initials = _initials(passage)
        missing = [w for w in missing if w not in initials]
    return [f"“{w}”" for w in missing]
