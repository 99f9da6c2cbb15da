"""A yes-or-no question about something the document never names.

"Is the country a member of NATO?" of a document that never says "NATO" (nor a near
synonym, nor a word near it in meaning in the answer's passage) cannot be confirmed or
denied from it: whatever sentence retrieval finds ("the caucus consists of 11 members")
shares the question's other words, never the one it turns on. Only yes-or-no questions
("is/are/was/were/do/does/did/has/have/can …?") are read so: a wh-question's missing word
is as often a paraphrase the answer puts in other words, which retrieval's thesaurus and
vectors handle; so is a choice ("is it abstract or concrete?"), answered in the
document's own words. Only the thing a preposition governs is read ("a member of
NATO"): verbs are said in too many ways ("need a visa" of "may visit without a visa").
A word counts when it is English (a typo or a name says nothing), longer
than three letters and no stop word.

A doer the document never names is the other case: "when did tokayev visit Washington?"
asks about someone whose name, typed in lower case, is neither English nor the
document's, nor near in spelling to a word of the answer's passage, so no
sentence about someone else's visit answers it. Only the word right after "did", "does",
"has", "was" … is read so, where English puts the subject ("what did nukes …" is English,
and "whats" or slang elsewhere in a question are left alone).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Set

from rapidfuzz import fuzz, process

from bot.answering.nearmiss.shared import NEAR_MEANING, NOT_NARROWING, YES_NO
from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import related, synonyms

# "is it abstract or concrete?" asks to choose, answered in words of the document's own
_CHOICE = re.compile(r"\bor\b", re.IGNORECASE)
# the thing a preposition governs: "a member *of NATO*", "a visa *for* …" ("need" and
# other verbs are as often said otherwise: "may visit … without a visa")
_OBJECT = re.compile(r"\b(?:of|in|with|to|from|for|about|on|at|into|by) (?:the |a |an )?"
                     r"([a-z]+)\b")


def unconfirmed(question: str, share: Callable[[str], float],
                soft: Mapping[str, float] | None = None,
                kin: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The words (quoted) a yes-or-no question turns on that the document never uses, by
    the word, a WordNet synonym or a near meaning in the answer's passage (``soft``); the
    words are read as the index reads them (``words``: "American" is the USA). Beside
    the things prepositions govern, a word that narrows the next one counts when the
    answer's passage names no kin of it either (``kin``: a synonym, the kind it is of or
    a kind of it): "is there a *double* taxation treaty" of a passage on a tax agreement
    (not a judgement before a preposition: "is the ferry good for trade")."""
    if not YES_NO.match(question) or _CHOICE.search(question):
        return []
    objects = set(words(" ".join(_OBJECT.findall(question.lower()))))
    said = words(question)
    modifiers = {w for w, after in itertools.pairwise(said)
                 if after.isalpha() and after not in STOP_WORDS and w not in NOT_NARROWING}
    asked = dict.fromkeys(w for w in said
                          if len(w) > 3 and w not in STOP_WORDS and w in english_words()
                          and (w in objects or (w in modifiers and not kin(w))))
    return [f"“{w}”" for w in asked
            if not share(stem(w)) and not any(share(stem(s)) for s in synonyms(w))
            and (soft or {}).get(stem(w), 0.0) < NEAR_MEANING]


# a spelling this near a term of the passage is a typo of it ("sagintaev", "sagintayev")
TYPO = 75.0
# the subject after an auxiliary: "when did tokayev visit …", "has tokayev met …"
# and a verb after it ("did tokayev *visit*"); not a participle or an adverb the wordpiece
# vocabulary lacks ("was earmarked for", "is insufficiently long", "was piloting"), nor a
# plural ("did onlookers claim")
_SUBJECT = re.compile(r"\b(?:did|does|do|has|have|had|was|were|is|will|can) "
                      r"([a-z]{4,}(?<!ed)(?<!ing)(?<!en)(?<!ly)(?<!s)) ([a-z]+)\b")


def unknown_doer(question: str, share: Callable[[str], float],
                 passage_terms: Set[str]) -> list[str]:
    """The subject of the question, typed in lower case, when it is neither an English
    word nor one the document uses, nor near in spelling (``TYPO``, rapidfuzz's ratio)
    to a term of the answer's passage ("kazykanov" of "Kazykhanov"): a name it never
    gives (capitalised); so is a partner joined by "and" to a name the document uses
    ("nazarbayev and *biden*", ``_PARTNER``; neither English nor WordNet's: "eventful
    and tiring" are words, not names)."""
    asked = [w for w, verb in _SUBJECT.findall(question) if verb not in STOP_WORDS]
    asked += [b if share(stem(a)) else a for a, b in _PARTNER.findall(question)
              if bool(share(stem(a))) != bool(share(stem(b)))
              and not {a, b} & english_words() and not related(a) and not related(b)]
    return [w.capitalize() for w in dict.fromkeys(asked)
            if w not in english_words() and not share(stem(w))
            and process.extractOne(stem(w), passage_terms, scorer=fuzz.ratio,
                                   score_cutoff=TYPO) is None]


# two names joined, typed in lower case: "nazarbayev and biden", "biden and nazarbayev"
_PARTNER = re.compile(r"\b([a-z]{4,}) and ([a-z]{4,})\b")
