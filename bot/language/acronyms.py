"""Acronyms read through the document's own words: "FDI" → "foreign direct investment".

People abbreviate ("PM", "FDI", "NY") where a document spells the words out. A question
word the document never uses, of two to five letters, is looked up as the initials of a
run of words in the document: "PM" matches "Prime Minister", "fdi" matches "foreign direct
investment". The most frequent such run replaces the acronym in the question.
To keep chance matches out, an English word written in lower case ("ya", "tea") is left
alone (but not two letters without a vowel, "pm", "fm", unless after a number, "7 pm": a
word list holds nearly every pair of letters, as an abbreviation), the run's words must not
be stop words, and for a two-letter acronym the run must be a whole name, every word
capitalised and no capitalised word just before or after it ("PM" is not the "Pressure
Management" of "Wellhead Pressure Management Project"), unless the question puts that word
before the acronym too ("deputy fm" of "Deputy Foreign Minister"). Nothing here is a list
of acronyms: the document is the only source.

The document is read as its passages joined by newlines, but never joined whole: a 50 MB
document's joined copy would be 50–100 MB held for the life of the bot. ``_windows``
walks that text in windows of about ``_CHUNK`` characters, each keeping ``_MARGIN``
characters of the one before, and a run counts only once it ends ``_MARGIN`` characters
before its window's end (or in the last window), so what a run's words, its lookahead and
the name check before it see is the same as in the joined text; what differs is only a
run, or a space run around it, longer than ``_MARGIN`` characters, which no name has.

Each scan's pattern opens with its first letter, not with ``\b`` (``_at_word_start``):
the same matches, but the regex engine skips ahead to that letter instead of trying the
whole pattern at every character, so a scan of 1.6 MB takes 1–12 ms, not 20–25 ms. The
one-word names (``_CAMEL``) are found once per document, whatever letters are asked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from bot.language.abbreviations import unabbreviated
from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS

_TOKEN = re.compile(r"(?<![\w.])([A-Za-z]{2,5})(?![\w])")
# a capitalised word just before a run: the run is part of a longer name
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t-]+$")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")  # the question's word just before a token
_VOWELS = frozenset("aeiouy")
_BEGINS_WORD = r"(?<!\w.)"  # after one word character: it is a word's first (see below)


def _at_word_start(first: str) -> str:
    """A pattern of one word character, ``first``, that must begin a word: the same as
    ``\b`` + ``first``, as after a word character ``\b`` holds exactly when the character
    before it is no word character (or there is none); checked once the letter is read,
    so the pattern opens with the letter, which the engine searches for quickly."""
    return first + _BEGINS_WORD


_CAMEL = re.compile(_at_word_start("[A-Z]") + r"[a-z]+(?:[A-Z][a-z]*){2,}\b")  # "TengizChevrOil"
_LINKS = frozenset({"of", "and", "for"})  # inside a name an acronym spells: "DOE"
_CAPITAL_PAIR = re.compile(r"[A-Z]{2}s?")  # "JV", "JVs": an acronym as the asker writes it
_AFTER_NUMBER = re.compile(r"\d\s*$")  # "7 pm", "101.1 fm": a unit, not an acronym
_MOST = 3  # acronyms expanded per question, so a long message costs a few scans at most
_CHUNK = 1 << 20  # characters of the document read at a time
_MARGIN = 1 << 16  # characters of context kept on each side of a run


class Acronyms:
    """Expands a question's unknown short words into the document's spelled-out phrases."""

    def __init__(self, texts: Sequence[str], known: set[str]) -> None:
        self.texts = texts  # the passages, read as if joined by newlines
        self.known = known
        self._found: dict[tuple[str, bool], str | None] = {}
        self._begins: dict[str, str | None] = {}
        self._camels: list[str] | None = None  # the document's one-word names, in order

    def expanded(self, question: str) -> tuple[str, dict[str, str]]:
        """The question with each acronym the document spells out replaced by its words
        (``_reading``), and what was read how ("DC" → "Washington"): the off-topic gate
        weighs the document's words the asker meant, as for a typo."""
        parts: list[str] = []
        read: dict[str, str] = {}
        end = 0
        for match in _TOKEN.finditer(question):
            found = self._reading(question, match, end)
            if found and len(parts) < 2 * _MOST:
                parts += [question[end:found[0]], found[1]]
                read[question[found[0]:match.end()]] = found[1]
                end = match.end()
        return ("".join(parts) + question[end:] if parts else question), read

    def _reading(self, question: str, match: re.Match[str], end: int
                 ) -> tuple[int, str] | None:
        """Where a token of the question (``end``: where the text still to read starts)
        begins as read, and the document's words for it: the run its letters are the
        initials of; one that takes in the question's word before it ("deputy fm" of
        "Deputy Foreign Minister"); or, for a token of three letters or more that is no
        English word, the document's most frequent word it begins ("pres" of "President",
        "amb" of "Ambassador"). First of all, an everyday short form whose words the
        document uses ("jan", "mtg", "DC": ``bot.language.abbreviations``). None when it
        is a word of its own."""
        token = match.group(1)
        lowered = token.lower()
        whole = None if lowered in STOP_WORDS else unabbreviated(lowered, self.known)
        if whole:
            return match.start(), whole
        if (lowered in self.known or lowered in STOP_WORDS
                or (token.islower() and lowered in english_words()
                    and not (_initials_only(lowered)
                             and not _AFTER_NUMBER.search(question, end, match.start())))):
            return None
        phrase = (self._phrase(lowered, len(token) == 2) or self._lower_run(token)
                  or self._camel(lowered))
        if phrase:
            return match.start(), phrase
        before = _WORD_BEFORE.search(question, end, match.start())
        if before and before.group(1).lower() not in STOP_WORDS:
            led = self._phrase(before.group(1)[0].lower() + lowered, len(token) == 2)
            if led and led.split()[0].lower() == before.group(1).lower():
                return before.start(), led
        if len(lowered) >= 3 and lowered not in english_words():
            begun = self._begun(lowered)
            return (match.start(), begun) if begun else None
        return None

    def _begun(self, letters: str) -> str | None:
        """The document's most frequent word that begins with these letters and goes on for
        two letters at least, lower-cased, or None."""
        if letters not in self._begins:
            pattern = re.compile(_at_word_start(re.escape(letters[0]))
                                 + rf"{re.escape(letters[1:])}[a-z]{{2,}}\b", re.IGNORECASE)
            words = Counter(m.group().lower() for m in self._finditer(pattern))
            self._begins[letters] = words.most_common(1)[0][0] if words else None
        return self._begins[letters]

    def _phrase(self, letters: str, name_only: bool) -> str | None:
        """The document's most frequent run of words with these initials, or None."""
        key = (letters, name_only)
        if key not in self._found:
            self._found[key] = self._search(letters, name_only)
        return self._found[key]

    def _lower_run(self, token: str) -> str | None:
        """For a pair of capitals the asker writes as an acronym ("JV", "JVs") that no name
        of the document spells, its most frequent run of two lower-case words with those
        initials ("joint ventures"), or None: a plain term the document spells out. Only
        a pair no English word list holds: "MP", "PC", "TV" mean what English means by
        them, and two common words of the document happen to share their initials ("main
        priorities")."""
        if not _CAPITAL_PAIR.fullmatch(token) or token[:2].lower() in english_words():
            return None
        key = (token[:2].lower() + " lower", False)
        if key not in self._found:
            first, second = token[0].lower(), token[1].lower()
            pattern = re.compile(_at_word_start(first) + rf"[a-z'’]*[\s-]+{second}[a-z'’]*\b")
            runs = Counter(m.group() for m in self._finditer(pattern)
                           if not STOP_WORDS & set(re.split(r"[\s-]+", m.group())))
            self._found[key] = runs.most_common(1)[0][0] if runs else None
        return self._found[key]

    def _camel(self, letters: str) -> str | None:
        """The document's most frequent one-word name whose capitals spell three letters
        or more ("TCO" of "TengizChevrOil"), or None."""
        key = (letters + " camel", False)
        if len(letters) >= 3 and key not in self._found:
            if self._camels is None:
                self._camels = [m.group() for m in self._finditer(_CAMEL)]
            words = Counter(w for w in self._camels
                            if "".join(filter(str.isupper, w)).lower() == letters)
            self._found[key] = words.most_common(1)[0][0] if words else None
        return self._found.get(key)

    def _search(self, letters: str, name_only: bool) -> str | None:
        """Scan the document for runs of words whose initials spell ``letters``."""
        first = "[A-Z]" if name_only else "[A-Za-z]"
        words = [rf"(?:{letter.upper()}|{letter})" if not name_only else letter.upper()
                 for letter in letters]
        words[0] = _at_word_start(words[0])
        pattern = re.compile(r"[\s-]+".join(w + r"[\w'’]*" for w in words) + r"\b"
                             + (r"(?![\s-]+[A-Z])" if name_only else ""))
        runs = Counter(m.group() for m in self._finditer(pattern)
                       if not (name_only and _NAME_BEFORE.search(
                           m.string, max(0, m.start() - _MARGIN), m.start()))
                       and _spells(re.split(r"[\s-]+", m.group()), first))
        if len(letters) > 2 and letters[-1] == "s" and not runs:
            # "MPs": the plural of "MP"
            return self._search(letters[:-1], name_only or len(letters) == 3)
        return runs.most_common(1)[0][0] if runs else None

    def _chunks(self) -> Iterator[tuple[str, bool]]:
        """Consecutive pieces of ``"\\n".join(self.texts)`` of about ``_CHUNK``
        characters, each with whether it is the last."""
        previous: str | None = None
        for piece in self._groups():
            if previous is not None:
                yield previous, False
            previous = piece if previous is None else "\n" + piece
        yield previous or "", True

    def _groups(self) -> Iterator[str]:
        """The passages joined in groups of at least ``_CHUNK`` characters (the last
        group may be shorter)."""
        group: list[str] = []
        size = 0
        for text in self.texts:
            group.append(text)
            size += len(text) + 1
            if size >= _CHUNK:
                yield "\n".join(group)
                group, size = [], 0
        if group:
            yield "\n".join(group)

    def _finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer`` over the joined passages, window by window; each match's
        ``string`` is its window, holding at least ``_MARGIN`` characters around it."""
        buffer, pos = "", 0
        for chunk, last in self._chunks():
            keep = max(0, pos - _MARGIN)
            buffer, pos = buffer[keep:] + chunk, pos - keep
            safe = len(buffer) if last else len(buffer) - _MARGIN
            while (match := pattern.search(buffer, pos)) and match.end() <= safe:
                yield match
                pos = match.end()
            pos = max(pos, safe) if match is None or match.start() >= safe else match.start()


def _spells(words: list[str], first: str) -> bool:
    """True when a run's words may be what an acronym spells: no stop word among them,
    each beginning as ``first`` says; or a name, capitalised words with "of", "and" or
    "for" between them, whose initials the acronym keeps ("DOE" of "Department of
    Energy")."""
    if all(w.lower() not in STOP_WORDS and re.match(first, w) for w in words):
        return True
    named = [w[0].isupper() and w.lower() not in STOP_WORDS for w in words]
    return (len(words) > 2 and named[0] and named[-1]
            and all(is_name or word in _LINKS for word, is_name in zip(words, named, strict=True)))


def _initials_only(word: str) -> bool:
    """True for a two-letter word without a vowel ("pm", "fm", "mp"): English word lists
    hold nearly every pair of letters as an abbreviation, so such a word is read as one
    (an acronym still needs the document's whole name to expand: "PM" is "Prime Minister"
    only where the document says so)."""
    return len(word) == 2 and not _VOWELS & set(word)
