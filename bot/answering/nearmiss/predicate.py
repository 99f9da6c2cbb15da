"""What a question says was done, when the answer's passage tells neither the deed nor its thing.

"When did Kazakhstan *open a consulate* in San Francisco?" of a passage on a prime
minister's trip to San Francisco; "when did they *ratify the Convention* on Human
Rights?" of a passage on a dialogue on human rights: the passage shares the question's
subject and its place, and says nothing of what the question says happened. The deed is
a verb and the thing it was done to: the word before an article (or "its", "their",
"his", "her") after the question's helping verb, and the head of the noun phrase that
article opens (the last of one to three words before a stop word or the end, as
``scope.unsaid_head`` reads heads). A right answer's passage names one of the two
nearly always (the deed by another word, "reached" of "amounted", or the thing); a
near-domain question's passage names neither.

Read only in a question that opens with a question word and has a helping verb among its
next three words ("when did X open a …", "which firms have left the …"), for English
(or WordNet's: "ratify") words longer than three letters (the deed: than two), none a
stop word or a place; a word counts as said by stem in the passage, a WordNet synonym
there (not its wider kin: "market" is kin of "shop", "meeting" of "convention") or a word
of the answer near in meaning (``scope``'s ``SAID_OTHERWISE``). Light verbs ("make",
"play", "get") and "-ing" forms are no deed. General rules of English, not fitted to
any question set.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set
from functools import partial

from bot.answering.nearmiss.events import stages
from bot.language.places import GAZETTEER
from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import related, similarity, synonyms

# a question word first, and a helping verb among the next three words
_ASKING = re.compile(r"^\W*(?:when|where|what|which)\b", re.IGNORECASE)
_HELPING = frozenset("did does do has have had will".split())
# what opens the noun phrase of the thing done
_OPENERS = frozenset("a an the its their his her".split())
# verbs that say little of the deed on their own ("make an inquiry", "play a role",
# "think the cause is"): the thing says it, and a passage tells it in other words
_LIGHT = frozenset("""be become get got give gave given make made take took taken have do
    play put keep kept hold held go come let seem think believe know say use call""".split())
# a word of the answer this near in meaning says a word otherwise (as ``scope`` reads)
_SAID_OTHERWISE = 0.6


def deeds(question: str) -> Iterator[tuple[str, str]]:
    """(verb, head) for each article-opened noun phrase of the question and the word
    before its article: "open a consulate in …" → ("open", "consulate"); the head is the
    last of one to three words before a stop word or the end, none of them a stop word."""
    said = [*words(question), "."]
    for i, opener in enumerate(said):
        if opener not in _OPENERS or i < 2:
            continue
        head = next((said[i + n] for n in (1, 2, 3) if i + n + 1 < len(said)
                     and (said[i + n + 1] in STOP_WORDS or said[i + n + 1] == ".")
                     and not set(said[i + 1: i + n + 1]) & STOP_WORDS), None)
        if head is not None:
            yield said[i - 1], head


def untold_deed(question: str, text: str, passage: str, passage_terms: Set[str]) -> list[str]:
    """"“open … consulate”" for each deed of the question (``deeds``) whose verb and head
    the answer's passage (``passage_terms``, stems) names neither by stem, nor by a
    WordNet synonym (``_synonym_in``), nor by a word of the answer ``text`` near in
    meaning; a verb of a stage of a thing's life (``events.stages``: "open" is a start)
    is said by any word of that stage in the ``passage`` ("established")."""
    if not passage_terms or not _ASKING.match(question) or not _HELPING & set(
            words(question)[1:4]):
        return []
    english = english_words()
    synonym = partial(_synonym_in, passage_terms=passage_terms)
    told = {t for t in words(text) if t.isalpha() and t not in STOP_WORDS}

    def plain(word: str, shortest: int) -> bool:
        return ((word in english or bool(related(word))) and len(word) >= shortest
                and word not in STOP_WORDS and word not in GAZETTEER)

    told_stages = stages(passage)

    def said(word: str) -> bool:
        return (stem(word) in passage_terms or synonym(word)
                or bool(stages(f"{word} {word}s") & told_stages)
                or any(similarity(word, t) >= _SAID_OTHERWISE for t in told))

    return [f"“{verb} … {head}”" for verb, head in deeds(question)
            if plain(verb, 3) and verb not in _LIGHT and not verb.endswith("ing")
            and plain(head, 4) and not said(verb) and not said(head)]


def _synonym_in(word: str, passage_terms: Set[str]) -> bool:
    """True when the passage names a WordNet synonym of a word (by an entry's head): its
    wider kin say too much ("start" is kin of "open", and "start-ups" no opening)."""
    return any(stem(s) in passage_terms for s in synonyms(word))
