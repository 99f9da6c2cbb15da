"""Whether an answer's passage names a question's word in other words: by a WordNet kin.

``kin_in`` reads WordNet's first three tiers of a word (its synonyms, the kind it is of,
the kinds of it; ``bot.language.thesaurus``) against the passage's stems, by each entry's
head ("publishing company" by "company"). A stem alone says too much: a derived head
shares its stem with another word ("orderly", a kind of soldier, with "in order to";
"restaurant attendant", a kind of employee, with "attended"), so with the passage's own
words the head must be said as itself or an inflection of it (``inflects``: "companies"
of "company"). ``subjects.uncounted`` reads it so for a thing the document never names.

WordNet does not link every pair English uses alike ("businesses" and "companies"), so
``said_alike`` also reads the answer's own words by the wordpiece vectors' cosine.
"""

from __future__ import annotations

from collections.abc import Set

from bot.language.irregular import BASE_FORMS
from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import related, similarity

# a word of the answer this near in meaning names a counted thing otherwise: "companies" of
# "businesses" (0.75), "troops" of "soldiers" (0.87), not "companies" of "jobs" (0.51) nor
# "teachers" of "students" (0.58)
SAID_ALIKE = 0.7

# what an inflection adds to a word (its final "e" or "y" taken off first)
_INFLECTIONS = frozenset({"", "s", "es", "e", "ed", "d", "ing", "y", "ies", "ied"})


def kin_in(word: str, passage_terms: Set[str], said: Set[str] = frozenset()) -> bool:
    """True when the passage names a word's synonym, or the kind it is of or a kind of it
    (WordNet's first three tiers: "letters" of "correspondence", "agreements" of
    "deals"), by an entry's head; with the passage's own words (``said``), as that word
    or an inflection of it (``inflects``): a derived head shares its stem with another
    word ("orderly" of "soldiers" with "in order to", "restaurant attendant" of
    "employees" with "attended") and names nothing the question asks."""
    heads = {entry.split()[-1] for tier in related(word)[:3] for entry in tier}
    return any(stem(head) in passage_terms and (not said or inflects(head, said))
               for head in heads)


def inflects(head: str, said: Set[str]) -> bool:
    """True when ``said`` holds the word ``head`` or an inflection of it (a plural, a
    past, a participle: "companies" of "company", "businesses" of "business"; an
    irregular one by ``BASE_FORMS``: "broken" of "break")."""
    root = head[:-1] if head.endswith(("e", "y")) else head
    return any(BASE_FORMS.get(w) == head
               or (w.startswith(root) and w[len(root):] in _INFLECTIONS) for w in said)


def said_alike(word: str, text: str) -> bool:
    """True when a word of ``text`` (English letters, no stop word) is near ``word`` in
    meaning: a wordpiece-vector cosine of ``SAID_ALIKE`` or more."""
    return any(similarity(word, w) >= SAID_ALIKE for w in dict.fromkeys(words(text))
               if w.isalpha() and w not in STOP_WORDS and w != word)
