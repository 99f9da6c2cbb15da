"""Another of the same kind: the question names one, the answer names its peer.

"Who chairs the caucus in the *Senate*?" of a sentence about the caucus in the House of
Congress, "which universities partner with *Stanford*?" of one naming Harvard, "what did
X and *Obama* discuss?" of X's talk with the President Trump: the question's qualifier
is a word the whole document never uses, and the answer or its passage names, in its
place, one of the document's names that is near it in meaning, a peer of the same kind
rather than the same thing said otherwise. Such an answer is about the peer, so the
document does not answer the question.

Read so only where a qualifier stands: after a preposition or "and"/"or", with at most
an article and one word between ("in the US Senate", "with Stanford", "X and Obama";
not a possessive's: "on their phones"),
never where the question names what it asks for ("which hotel", "the name of the
hotel": there the answer's name is an instance of it, "Marriott"). The word must be
English (a typo says nothing), of ``SHORTEST`` letters at least and not the start of
the name (an abbreviation: "sept"),
nor near in spelling to a word of the answer's passage; the name must be capitalised in
the answer past its first word, not the question's own, and no WordNet synonym of the
word, nor, of a country, its capital or its people's word ("Lisbon" is Portugal's own).
Nearness is the cosine of the two words' wordpiece vectors
(``bot.language.thesaurus``), at least ``PEER``: squad_dev's right answers whose
qualifier is a paraphrase of a name ("after WWII" of "the war") stay under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from rapidfuzz import fuzz, process

from bot.answering.nearmiss.confirming import TYPO
from bot.language.places import said_as
from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import _vector, synonyms

# the least cosine for a peer ("senate" of "Congress" 0.62, "California" of "Texas" 0.63;
# squad_dev's paraphrases of a name under it: "phones" of "mobile" 0.61)
PEER = 0.6
# a word this short is as often an abbreviation ("sept", "WWII" of "World War II")
SHORTEST = 5
# a qualifier: after a preposition or a conjunction, an article and one word at most
# (not a thing of someone named already: "on *their* phones")
_QUALIFIER = re.compile(r"\b(?:in|at|with|from|by|for|to|of|on|and|or)(?: (?:the|a|an))?"
                        r"(?: (?!(?:their|his|her|its|our|my|your)\b)[a-z-]+)?$")
# where the question names what it asks for
_ASKED = re.compile(r"\b(?:what|which|whose|many|much|name of)"
                    r"(?: (?!(?:in|at|with|from|by|for|to|of|on|and|or)\b)[a-z-]+){0,2}$")


# a capitalised word past a text's first ("the U.S. Congress": an initial's stop ends no
# sentence here)
_CAPITALISED = re.compile(r"(?<=\W)[A-Z][\w'-]*")


def _qualifiers(question: str, share: Callable[[str], float]) -> list[str]:
    """The question's English words the document never uses, where a qualifier stands."""
    said = words(question)
    found = []
    for i, word in enumerate(said):
        before = " ".join(said[max(0, i - 3):i])
        if (word.isalpha() and len(word) >= SHORTEST and word not in STOP_WORDS
                and word in english_words() and not share(stem(word))
                and _QUALIFIER.search(before) and not _ASKED.search(before)):
            found.append(word)
    return found


def other_peer(question: str, text: str, passage_terms: Set[str],
               share: Callable[[str], float]) -> list[str]:
    """The question's qualifier (quoted) when ``text`` (the answer and its passage) names
    a peer of it in its place (see the module docstring). Most questions have no such
    qualifier: then the text is not read at all."""
    qualifiers = _qualifiers(question, share)
    if not qualifiers:
        return []
    asked = {stem(w) for w in words(question)}
    capitalised = {stem(w) for m in _CAPITALISED.finditer(text) for w in words(m.group())}
    named = {w for w in words(text) if w.isalpha() and len(w) > 2 and w not in STOP_WORDS
             and stem(w) in capitalised and stem(w) not in asked}
    missing = []
    for word in qualifiers:
        own = _vector((word,))
        if (own is None or any(name.startswith(word) for name in named)
                or any(stem(other) in passage_terms for other in said_as(word)[1:])
                or process.extractOne(stem(word), passage_terms, scorer=fuzz.ratio,
                                      score_cutoff=TYPO) is not None):
            continue
        kin = {stem(s) for s in synonyms(word)}
        peers = [n for n in named if stem(n) not in kin and (v := _vector((n,))) is not None
                 and float(own @ v) >= PEER]
        if peers:
            missing.append(f"“{word}”")
    return missing
