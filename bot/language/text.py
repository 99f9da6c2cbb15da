"""Words of a text as the index sees them: folded, aliased, stemmed, stop words dropped.

The same function turns documents and questions into terms, so both sides always agree.
Aliases fold the many names of a country ("U.S.", "USA", "America", "American") into one
term; stems fold word forms ("invested", "investment"). Both are general resources, not
tuned to any question set.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from bot.language.irregular import BASE_FORMS

# Multi-word names first: they must be folded before the text is cut into words. One
# pattern, one pass (and none for text without a trigger); the matching group names the
# replacement.
_PHRASES: dict[str, tuple[str, str]] = {
    "ussr": (r"\bsoviet union\b|\bu\.\s?s\.\s?s\.\s?r\.", " ussr "),
    "usa": (r"\bunited states of america\b|\bunited states\b|\bu\.\s?s\.(?:\s?a\.|a\b)?", " usa "),
    "britain": (r"\bunited kingdom\b|\bgreat britain\b|\bu\.\s?k\.", " britain "),
    "un": (r"\bunited nations\b|\bu\.\s?n\.", " un "),
    "eu": (r"\beuropean union\b", " eu "),
    # "the Republic of Kazakhstan" is Kazakhstan
    "republic": (r"\b(?:the )?(?:islamic |federal |people's |democratic )*republic of (?=\w)", ""),
}
_PHRASE_TRIGGERS = ("united", "u.", "soviet", "great britain", "european", "republic of")
_PHRASE_RE = re.compile("|".join(f"(?P<{name}>{pattern})"
                                 for name, (pattern, _) in _PHRASES.items()))
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s)")  # "Kazakhstan's embassy"


def _phrase(match: re.Match[str]) -> str:
    return _PHRASES[str(match.lastgroup)][1]


# Single-word country names and demonyms mapped to one term per country.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "usa", "america": "usa", "american": "usa", "americans": "usa",
    "kazakh": "kazakhstan", "kazakhs": "kazakhstan", "kazakhstani": "kazakhstan",
    "kazakhstanis": "kazakhstan", "qazaqstan": "kazakhstan", "kz": "kazakhstan",
    "uk": "britain", "british": "britain", "briton": "britain", "britons": "britain",
    "russian": "russia", "russians": "russia", "chinese": "china", "french": "france",
    "german": "germany", "germans": "germany", "japanese": "japan", "indian": "india",
    "italian": "italy", "spanish": "spain", "canadian": "canada", "mexican": "mexico",
    "brazilian": "brazil", "ukrainian": "ukraine", "turkish": "turkey", "iranian": "iran",
    "afghan": "afghanistan", "uzbek": "uzbekistan", "kyrgyz": "kyrgyzstan",
    "tajik": "tajikistan", "turkmen": "turkmenistan", "dutch": "netherlands",
    "holland": "netherlands", "korean": "korea", "polish": "poland", "swedish": "sweden",
    "norwegian": "norway", "danish": "denmark", "finnish": "finland", "greek": "greece",
    "egyptian": "egypt", "israeli": "israel", "saudi": "arabia", "australian": "australia",
    "serbian": "serbia", "soviet": "ussr", "european": "europe", "asian": "asia",
    "african": "africa",
}
# Chat spellings of the question words ("wat", "wen", "wich"): every reader of a question
# takes them as the words (the index here, a follow-up's opening, the near-miss rows).
CHAT_SPELLINGS: dict[str, str] = {
    "wat": "what", "wut": "what", "wht": "what", "waht": "what", "whta": "what", "wats": "what",
    "wen": "when", "whn": "when", "wehn": "when", "wher": "where", "whre": "where",
    "wich": "which", "whcih": "which", "whih": "which", "hwo": "how",
}
# Every word's one term (``words``): the countries, and words typed another way.
WORD_ALIASES: dict[str, str] = {
    **COUNTRY_ALIASES, **CHAT_SPELLINGS,
    # a wh-word's "'s" typed without the apostrophe reads as with it ("whos" as "who's")
    "whos": "who", "whats": "what", "wheres": "where", "whens": "when", "whys": "why",
    # ordinals written out read as their numerals ("the fourth meeting", "the 4th meeting");
    # "first" and "second" have other senses ("first of all", "a second"), so it is their
    # numerals that read as them ("the 2nd meeting" of "the second meeting")
    "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th", "seventh": "7th",
    "eighth": "8th", "ninth": "9th", "tenth": "10th", "1st": "first", "2nd": "second",
}

STOP_WORDS: frozenset[str] = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    either else ever few for from further had has have having he her here hers herself him
    himself his how i if in into is it its itself just me might more most must my myself no
    nor not now of off on once only or other our ours ourselves out over own same shall she
    should so some such than that the their theirs them themselves then there these they
    this those through to too under until up upon very was we were what whatever when
    whenever where whereas whether which while who whoever whom whose why will with within
    would yet you your yours yourself yourselves s t d ll m re ve without tell please know
    let like many much kind sort type thing things give name called one ones""".split()
)


_WORD_RE = re.compile(r"\d+(?:[.,:/]\d+)+|[^\W_]+")
# one kind of dash and of quote
_MARKS = str.maketrans({**{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
                        "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_STEMMER = Stemmer.Stemmer("english")


def fold(text: str) -> str:
    """Unicode-normalise and lower-case text, with one kind of dash and quote."""
    return unicodedata.normalize("NFKC", text).translate(_MARKS).lower()


def rewrite(folded: str) -> str:
    """Folded text with multi-word names made one word and possessives dropped."""
    if any(trigger in folded for trigger in _PHRASE_TRIGGERS):
        folded = _PHRASE_RE.sub(_phrase, folded)
    if "'" in folded:
        folded = _POSSESSIVE.sub("", folded)
    return folded


def cut(rewritten: str) -> list[str]:
    """The words of rewritten text, before aliasing: numbers whole, then letters and digits."""
    return _WORD_RE.findall(rewritten)


def alias(word: str) -> str:
    """A folded word's one term: its alias, or a country alias's possessive typed without
    the apostrophe ("americas embassy" as "america's embassy", "afghans" as "afghan"):
    four letters before the "s" at least, so "uss" is no "us"; an ordinal's is no plural
    of it ("thirds")."""
    return _TERMS.get(word, word)


# every alias, with the possessives ``alias`` reads, looked up at once: ``words`` reads
# each word of every text it is given through it
_TERMS: dict[str, str] = {
    **{f"{w}s": t for w, t in WORD_ALIASES.items() if len(w) >= 4 and t.isalpha()},
    **WORD_ALIASES}


def words(text: str) -> list[str]:
    """Every word of the text, folded and aliased, stop words included, in order.

    A question's checks read the same few sentences again and again (about 150 reads of
    50 texts a question): a text of up to ``_KEPT_CHARS`` characters is read once and
    kept (``_read``), a longer one read each time, so no long text is held."""
    if len(text) > _KEPT_CHARS:
        return _words(text)
    return list(_read(text))


_KEPT_CHARS = 2000


def _words(text: str) -> list[str]:
    """``words``, read afresh."""
    return [_TERMS.get(w, w) for w in cut(rewrite(fold(text)))]


@lru_cache(maxsize=16384)
def _read(text: str) -> tuple[str, ...]:
    """``words`` of a short text, kept."""
    return tuple(_words(text))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of one folded word; numbers are kept whole."""
    if word[0].isdigit():
        return word
    return str(_STEMMER.stemWord(BASE_FORMS.get(word, word)))


def content(folded_words: list[str]) -> list[str]:
    """Stems of the content words (not stop words) among already folded words."""
    return [stem(w) for w in folded_words if w not in STOP_WORDS]


def terms(text: str) -> list[str]:
    """The content terms of a text: stems of its words, minus stop words (kept for a short
    text, as ``words`` keeps its words)."""
    if len(text) > _KEPT_CHARS:
        return content(_words(text))
    return list(_read_terms(text))


@lru_cache(maxsize=16384)
def _read_terms(text: str) -> tuple[str, ...]:
    """``terms`` of a short text, kept."""
    return tuple(content(list(_read(text))))


_GENITIVE_LINKS = frozenset({"of", "the", "a", "an"})


def features(folded_words: list[str]) -> list[str]:
    """What the index counts: content stems plus word pairs that read as phrases.

    A pair is two content words side by side ("consulate general"), or the two sides of a
    genitive read in English's other order ("ambassador of the U.S." → "usa ambassador"),
    so "the US ambassador" and "the ambassador of Kazakhstan" stay apart.
    """
    unigrams: list[str] = []
    pairs: list[str] = []
    previous: list[str] = []  # the content stems just before the current word
    linked = False  # an "of (the)" run separates previous from the current word
    for word in folded_words:
        if word in STOP_WORDS:
            if word == "of" and previous:
                linked = True
            elif not (linked and word in _GENITIVE_LINKS):
                previous, linked = [], False
            continue
        term = stem(word)
        unigrams.append(term)
        if linked:
            pairs += [f"{term} {head}" for head in previous[-2:]]
        elif previous:
            pairs.append(f"{previous[-1]} {term}")
        previous = [] if linked else previous
        previous.append(term)
        linked = False
    return unigrams + pairs
