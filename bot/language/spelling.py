"""Typo correction of question words against the document's own vocabulary.

A word is corrected only when neither it nor its stem is known to the document, it is long
enough to judge (short words are too often other real words), and one document word is
close by rapidfuzz's ``ratio``; and an English word only when the correction is another
form of it ("victorians" → "victoria"): a real word the document happens not to use
("winter") is what the asker meant, not a typo of "inter". Names are matched the same way
("nazarbaev" → "nazarbayev"), since a name is never in the English word list. Stop words
are never touched. The English word list is the whole words of the bundled wordpiece
vocabulary (``bot.index.wordpieces``), a general vocabulary of about 22,000 words. A word
the document spells the other way, British or American ("recognise" of "recognizes",
"centre" of "center"), is read in the document's spelling first: those differ by more
than a typo's ratio and are often both English words. Failing all of these, a word reads
as its nearest relative in the document's family ("religious" of "religion", ``_relative``:
spelling and wordpiece meaning must both agree), or, first, as the one of the family that
WordNet gives as its synonym ("chair" of "chairman", not "chairmanship"). A hyphenated
word of the document written closed reads as its parts ("startups" of "start-ups"), and
two words the document writes as one are joined ("start ups" of "startups"). Last, a long
word neither the document nor English knows reads as the English word it misspells
("independant" → "independent", ``bot.language.english.english_typo``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from bot import cache
from bot.language.english import english_typo
from bot.language.english import english_words as english_words  # re-exported
from bot.language.text import STOP_WORDS, WORD_ALIASES, fold, stem
from bot.language.thesaurus import similarity, synonyms

MIN_LENGTH = 5
_FORM_LETTERS = 3  # letters at the end in which two forms of one word may differ
_STEM_LETTERS = 6  # letters two forms of one word share at least ("party" is no "part")
_FAMILY_LETTERS = 5  # letters two words of one family share at least
MIN_FAMILY = 0.6  # cosine of two words of one family, at least


def _shared(word: str, other: str) -> int:
    """How many letters two words share at their start."""
    return next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
                min(len(word), len(other)))


_DOER = ("or", "er", "ors", "ers")


def _doer(word: str, other: str) -> bool:
    """True when one word is the other with an agent's ending ("director", "direct")."""
    short, long = sorted((word, other), key=len)
    return any(long == short + end for end in _DOER)


def _same_word(word: str, other: str) -> bool:
    """True when two words differ only in their last few letters ("victorians",
    "victoria"): another form of one word, not another word ("winter", "inter")."""
    shared = _shared(word, other)
    return shared >= _STEM_LETTERS and shared >= min(len(word), len(other)) - _FORM_LETTERS


# British and American spellings of one word, each way: ise/ize, yse/yze, our/or, tre/ter,
# ence/ense, a doubled l before an ending, ogue/og
_SPELLINGS = tuple((re.compile(a), b) for a, b in (
    (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"), (r"iz(e|es|ed|ing|ation|ations)$", r"is\1"),
    (r"ys(e|es|ed|ing)$", r"yz\1"), (r"yz(e|es|ed|ing)$", r"ys\1"),
    (r"(?<=\w{3})our(s|ed|ing|able|ite|ites)?$", r"or\1"),
    (r"(?<=\w{3})or(s|ed|ing|able|ite|ites)?$", r"our\1"),
    (r"tre(s)?$", r"ter\1"), (r"ter(s)?$", r"tre\1"), (r"ence$", "ense"), (r"ense$", "ence"),
    (r"ll(ed|ing|er|ers)$", r"l\1"), (r"(?<=[aeiou])l(ed|ing|er|ers)$", r"ll\1"),
    (r"ogue(s)?$", r"og\1"), (r"og(s)?$", r"ogue\1"),
))


class SpellingCorrector:
    """Maps unknown question words to the closest word the document uses."""

    def __init__(self, cutoff: float = 85.0) -> None:
        self.cutoff = cutoff

    def fit(self, document_words: list[str]) -> SpellingCorrector:
        """Learn the vocabulary: the document's distinct alphabetic words and alias names,
        and its hyphenated words (``hyphenated``; any other word is left out)."""
        vocabulary = sorted({w for w in document_words if w.isalpha()} | set(WORD_ALIASES))
        compounds = sorted({w for w in document_words if _COMPOUND.fullmatch(w)})
        return self._learned(vocabulary, sorted({stem(w) for w in vocabulary}), compounds)

    def state(self) -> dict[str, npt.NDArray[np.generic]]:
        """The learned vocabulary, its stems and compounds, as named arrays (for the cache)."""
        return {"vocabulary": cache.pack(self.vocabulary_), "stems": cache.pack(self.stems_),
                "compounds": cache.pack(self.compounds_)}

    @classmethod
    def from_state(cls, arrays: dict[str, npt.NDArray[np.generic]]) -> SpellingCorrector:
        """A fitted corrector from ``state``'s arrays."""
        return cls()._learned(cache.unpack(arrays["vocabulary"]), cache.unpack(arrays["stems"]),
                              cache.unpack(arrays["compounds"]))

    def _learned(self, vocabulary: list[str], stems: list[str],
                 compounds: list[str]) -> SpellingCorrector:
        """Set a learned vocabulary, its stems and hyphenated words (from ``fit`` or
        ``from_state``)."""
        self.vocabulary_: list[str] = vocabulary
        self.stems_: list[str] = stems
        self.compounds_: list[str] = compounds
        self.known_: set[str] = set(vocabulary) | set(stems)
        self.relatives_: dict[str, str | None] = {}
        self.forms_: dict[str, set[str]] = {}
        for word in vocabulary:
            self.forms_.setdefault(stem(word), set()).add(word)
        # a hyphenated word written closed ("startups" of "start-ups"), by the closed
        # form's stem, when the document never writes it closed
        self.closed_: dict[str, list[str]] = {
            stem(word.replace("-", "")): word.split("-") for word in compounds
            if stem(word.replace("-", "")) not in self.known_}
        return self

    def _other_spelling(self, word: str) -> tuple[str] | None:
        """The word in the document's spelling of it, British or American ("recognise" →
        "recognize", "centre" → "center", "travelled" → "traveled"), if the document
        uses that form (or another form of it)."""
        for pattern, replacement in _SPELLINGS:
            other = pattern.sub(replacement, word)
            if other != word and (other in self.known_ or stem(other) in self.known_):
                return (other,)
        return None

    def correct(self, words: list[str]) -> tuple[list[str], dict[str, str]]:
        """The words with typos repaired, and what was changed (typo → correction)."""
        fixed: list[str] = []
        changes: dict[str, str] = {}
        for word in self._closed(words):
            repair = None
            if (len(word) >= MIN_LENGTH and word.isalpha() and word not in STOP_WORDS
                    and word not in self.known_ and stem(word) not in self.known_):
                repair = self._repair(word)
            if repair:
                changes[word] = "-".join(repair)
            fixed += [WORD_ALIASES.get(w, w) for w in repair or [word]]
        return fixed, changes

    def _closed(self, words: list[str]) -> list[str]:
        """The words with two neighbours the document writes as one word joined ("start
        ups" of "startups", "non profit" of "nonprofit") when it never uses one of them."""
        out: list[str] = []
        for word in words:
            joined = (out[-1] + word) if out else ""
            if (joined.isalpha() and joined in self.known_
                    and not ({out[-1], word} <= self.known_ | STOP_WORDS)):
                out[-1] = joined
            else:
                out.append(word)
        return out

    def _repair(self, word: str) -> list[str] | None:
        """The document's word(s) for an unknown word: the parts of a hyphenated word
        written closed ("startups" of "start-ups"), its other spelling, a close typo (of
        an English word only another form of it), or a relative in meaning and spelling
        (``_relative``); None when there is none."""
        parts = self.closed_.get(stem(word))
        if parts:
            return parts
        other = self._other_spelling(word)
        best = other or process.extractOne(word, self.vocabulary_, scorer=fuzz.ratio,
                                           score_cutoff=self.cutoff)
        if best and (other or word not in english_words() or (_same_word(word, best[0])
                     and not _doer(word, best[0]))):
            return [best[0]]
        relative = self._relative(word)
        return [relative] if relative else english_typo(word)

    def relative(self, word: str) -> str | None:
        """``_relative`` of a word of ``MIN_LENGTH`` letters at least (as for a typo: a
        shorter one, "corp", starts too many words), remembered per word (the thesaurus
        asks it of many entries)."""
        if word not in self.relatives_:
            self.relatives_[word] = self._relative(word) if len(word) >= MIN_LENGTH else None
        return self.relatives_[word]

    def _relative(self, word: str) -> str | None:
        """The document word of the same family nearest in meaning ("religious" of
        "religion", "economic" of "economy"): one sharing the word's first
        ``_FAMILY_LETTERS`` letters and all but its last ``_FORM_LETTERS + 1`` at most,
        whose wordpiece vectors meet at cosine ``MIN_FAMILY`` at least (so "general" is
        no relative of "generation", nor "commercial" of "commerce"); no stop word ("under"
        of "underpins"), no country's other name ("uzbek" of "uzbekistan") and no doer of
        the other's verb ("director" is not "direct"). A member of the family that WordNet
        gives as the word's synonym wins whatever its cosine ("chairman" → "chair", not the
        nearer "chairmanship"): the same thing, where a nearer word may be another thing."""
        key = word[:_FAMILY_LETTERS]
        same = set(synonyms(word))
        best: tuple[bool, float, str] | None = None
        for other in self.vocabulary_[bisect_left(self.vocabulary_, key):]:
            if not other.startswith(key):
                break
            shared = _shared(word, other)
            if (other in STOP_WORDS or other in WORD_ALIASES or _doer(word, other)
                    or shared < min(len(word), len(other)) - _FORM_LETTERS - 1):
                continue
            found = (other in same, similarity(word, other))
            if (found[0] or found[1] >= MIN_FAMILY) and (best is None or found > best[:2]):
                best = (*found, other)
        return best[2] if best else None


_COMPOUND = re.compile(r"[^\W\d_]{2,}-[^\W\d_]{2,}")
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")  # what ``fold`` makes "-"
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]{2,}-[^\W\d_]{2,}(?![\w-])")


def hyphenated(texts: list[str]) -> list[str]:
    """The distinct words of two parts joined by a hyphen in folded texts ("start-ups",
    "co-chair"), for ``SpellingCorrector.fit``: a question may write them closed."""
    return sorted({m.group() for t in texts if not _DASHES.isdisjoint(t)
                   for m in _HYPHENATED.finditer(fold(t))})


def repaired(message: str, corrections: dict[str, str]) -> str:
    """The message with retrieval's spelling fixes made ("who is bozumbaev" → "who is
    bozumbayev"), so that the off-topic gate weighs the document's words the asker meant,
    not typos it has never seen."""
    for typo, fixed in corrections.items():
        message = re.sub(rf"\b{re.escape(typo)}\b", fixed, message, flags=re.IGNORECASE)
    return message
