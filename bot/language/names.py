"""Names: the one place that says which words of a text are names.

Three readers need names, each in its own shape: a question's name terms (a missing name
means another subject, see ``bot.answering.confidence``), the capitalised runs of a
sentence that could be an answer (``bot.language.answer_type``), and the capitalised words
a tuning question can have swapped (``bench/train_confidence.py``). The rules are plain
capitalisation rules, a general resource.
"""

from __future__ import annotations

import re

from bot.language.places import CITIES, PLACES
from bot.language.text import COUNTRY_ALIASES, terms
from bot.language.thesaurus import related

# the words ([^\W_][\w'-]*) that open with no lower-case ASCII letter (the only ones that may be
# names), found without stepping through the others: a word opens where no word character
# precedes the characters that cannot open one ("'Hello" is "Hello")
_UNLOWERED = re.compile(r"(?<![\w'-])[_'-]*([^\W_a-z][\w'-]*)")
# A capitalised run, with the small words names carry ("Bank of America", "van Gogh").
NAME = re.compile(r"(?<![\w.])[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|von|van|the))*")
# A person's name: two or three capitalised words (middle initials allowed), or initials.
PERSON_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)*\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\b|"
                         r"(?<![\w.])(?:[A-Z]\.\s)+[A-Z][a-z]+")
# A title before a name ("President Tokayev", "Dr. Smith").
TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|President|Prime Minister|Minister|Secretary|"
                   r"Congressman|Congresswoman|Senator|Governor|Ambassador|King|Queen|Prince|"
                   r"General|Professor|Chairman|Director|Pope|Saint|St)\.? [A-Z]")
# A capitalised word of three letters or more past the first word, with the ones after it.
CAPITALISED_RUN = re.compile(r"(?<=\s)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*")


def name_terms(text: str) -> set[str]:
    """Terms of the words a text capitalises mid-sentence (names) or writes in capitals."""
    return words_terms(name_words(text))


def name_words(text: str) -> set[str]:
    """The words a text capitalises mid-sentence or writes in capitals, as written.

    A word opens a sentence when the last character before it, spaces aside, ends one
    (read in place, not by copying the text before it: a long text costs time in
    proportion to its length)."""
    found: set[str] = set()
    for match in _UNLOWERED.finditer(text):
        word = match.group(1)
        if word not in found and ((len(word) > 1 and word.isupper()) or (
                word[0].isupper() and not opens_sentence(text, match.start(1)))):
            found.add(word)
    return found


def subject_names(text: str) -> set[str]:
    """Terms of the words a text writes as names (``name_words``) less the everyday ones
    (``everyday``): the words whose absence from a document means another subject. A run
    of capitalised words that are all everyday is a name still ("Super Bowl", "White
    House"); one beside a name ("British TV") or alone ("the Bible") is not."""
    titled = {w for run in _RUN.finditer(text) if all(map(everyday, run.group().split()))
              for w in run.group().split()}
    return words_terms({w for w in name_words(text) if w in titled or not everyday(w)})


def everyday_terms(text: str) -> set[str]:
    """Terms of the everyday words a text writes as names (``subject_names``' leftovers)."""
    return name_terms(text) - subject_names(text)


_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_ACRONYM = re.compile(r"^([A-Z]{2,5})s?$")  # "TV", "TVs"


# Nouns English writes with a capital that name no subject of their own: currencies, units
# of measure, scriptures (a general list, as the gazetteer is)
CAPITALISED_NOUNS = frozenset("""euro euros dollar dollars pound pounds yen yuan ruble rubles
    rouble roubles franc francs peso pesos rupee rupees celsius fahrenheit kelvin bible bibles
    koran quran torah talmud gospel gospels psalm psalms scripture scriptures""".split())


def everyday(word: str) -> bool:
    """True when a word written as a name is everyday English, not a subject's name: an
    acronym WordNet knows in lower case ("TV", "ATM"; the thesaurus's words,
    ``bot.language.thesaurus``; not "NATO", "EU", "FBI"), read less a plural "s" ("TVs"),
    or a noun English capitalises that names no subject (``CAPITALISED_NOUNS``: "Euros",
    "Celsius", "the Bible"). A capitalised word that is also a common noun ("Bush",
    "Apple", "Pope") may well name a person or a company, so it stays a name; a place of
    the gazetteer (``bot.language.places``, ``COUNTRY_ALIASES``) always does."""
    folded = _POSSESSIVE.sub("", word)
    if not folded.isalpha():
        return False
    if folded.lower() in CAPITALISED_NOUNS:
        return True
    acronym = _ACRONYM.match(folded)
    if not acronym:
        return False
    letters = acronym.group(1).lower()
    return (letters not in PLACES and letters not in CITIES and letters not in COUNTRY_ALIASES
            and bool(related(letters)))


def words_terms(written: set[str]) -> set[str]:
    """The terms of a set of words, each word read on its own."""
    return {term for word in written for term in terms(word)}


_SENTENCE_END = frozenset(".?!:\"\u201c")


def opens_sentence(text: str, start: int) -> bool:
    """True when the word at ``start`` opens the text or follows, past spaces, a
    sentence's end (or an opening quote)."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at < 0 or text[at] in _SENTENCE_END
