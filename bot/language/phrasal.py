"""Phrasal verbs read as the one-word verb a document more likely uses.

People ask "When was the format kicked off?" of a text that says "it was launched"; the
verb of a phrasal verb ("kick") shares nothing with the text and its particle ("off") is a
stop word, so the question loses its verb. A phrasal verb whose verb the document never
uses is read as the first of its plain equivalents the document does use ("kicked off" →
"launch"); when the document uses the verb itself, or none of the equivalents, the words
stay as written. A general table of English, not of any document or question set.

Casual and journalistic phrases stand for formal words a document uses: "nukes" for
"nuclear weapons", "sell abroad" for "export", "both sides" for "bilateral", "top
diplomat" for "foreign minister" or "ambassador". ``data/casual.tsv`` is a general lexicon
of such phrases (newspaper and everyday English, like a thesaurus: not of any document or
question set), matched by stems. A phrase found in the question adds the formal words it
stands for when the document uses every one of them and the question none (``glossed``,
read by retrieval only); the phrase's own words stay, so the question's pairs still match.
When the document misses one of the phrase's own content words and exactly one of its
readings fits, the phrase is read as that reading (``formal``, as ``plain`` reads a
phrasal verb), so confidence counts the asker's meaning too; an ambiguous phrase only adds.

A compound modifier of a name and a participle ("US-backed firms", "state-run media") says
how the thing relates to the name; when the document never uses the participle's stem, the
compound is read as the name alone (``unqualified``: "US firms"), so a relation word the
document words otherwise ("involving U.S. capital") does not count as a word it lacks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from functools import cache
from pathlib import Path

from bot.language.text import STOP_WORDS, stem, words

# verb particle: plain equivalents, most usual first (separated by |)
_TABLE = """
kick off: launch start | set up: establish create found | carry out: conduct perform |
roll out: launch introduce | put forward: propose | step down: resign |
hand over: transfer | look into: investigate examine | find out: discover learn |
point out: note stress | set out: outline | lay out: outline | build up: strengthen |
step up: increase strengthen | ramp up: increase | scale up: increase expand |
cut back: reduce | cut down: reduce | turn down: reject decline | call off: cancel |
put off: postpone delay | bring about: cause | back up: support | team up: cooperate partner |
pull out: withdraw | phase out: eliminate | wrap up: conclude complete | sit down: meet |
get together: meet | head up: lead | take part: participate | sign off: approve |
write off: cancel | spell out: define | go up: increase rise | go down: decrease fall
"""


# formal words, a tab, the phrases (|-separated) that stand for them: a general lexicon
CASUAL = Path(__file__).resolve().parent / "data" / "casual.tsv"


@cache
def _phrases() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """A phrase's stems → the formal readings it stands for (each its words), read once
    from ``CASUAL``."""
    table: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for line in CASUAL.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            formal, phrases = line.split("\t")
            for phrase in phrases.split("|"):
                key = tuple(stem(w) for w in words(phrase))
                table[key] = (*table.get(key, ()), tuple(words(formal)))
    return table


@cache
def _order() -> dict[tuple[str, ...], int]:
    """Each phrase's place in ``CASUAL`` (the order its readings are given in)."""
    return {phrase: i for i, phrase in enumerate(_phrases())}


def _said(stems: list[str]) -> list[tuple[str, ...]]:
    """The lexicon's phrases the stems hold in a row, in the lexicon's order: looked up
    by the stems' runs, not by trying each of the lexicon's phrases on them."""
    order, longest = _order(), max(map(len, _phrases()))
    runs = {tuple(stems[i:i + size]) for size in range(1, longest + 1)
            for i in range(len(stems) - size + 1)}
    return sorted(runs & order.keys(), key=order.__getitem__)


def readings(word: str) -> tuple[tuple[str, ...], ...]:
    """The formal readings the lexicon gives one casual word ("ties" → relations,
    cooperation, partnership), each its words; none for a word it lacks."""
    return _phrases().get((stem(word),), ())


def glossed(words: list[str], known: Set[str]) -> list[str]:
    """The formal words a casual phrase among the folded words stands for ("both sides" →
    "bilateral", "nukes" → "nuclear weapons"), when the document (``known``: its words
    and stems) uses every word of the reading and the question none of them; each once,
    in order. A single word the document uses itself ("money" of a text that says "the
    money") is taken to mean what the document means by it, and adds nothing."""
    stems = [stem(w) if w.isalpha() else w for w in words]
    found: list[str] = []
    for phrase in _said(stems):
        if len(phrase) == 1 and phrase[0] in known:
            continue
        for reading in _phrases()[phrase]:
            if (all(w in known or stem(w) in known for w in reading)
                    and not any(stem(w) in stems for w in reading)):
                found.extend(w for w in reading if w not in found and w not in STOP_WORDS)
    return found


def _reading(phrase: tuple[str, ...], known: Set[str]) -> tuple[str, ...]:
    """The phrase's one formal reading whose every word the document uses, when it
    misses one of the phrase's content words; none when several fit (an ambiguous
    phrase, "top diplomat" of a text naming a minister and an ambassador, only adds
    its readings to retrieval: ``glossed``)."""
    if all(s in known for s in phrase if s.isalpha() and s not in STOP_WORDS):
        return ()
    fits = {r for r in _phrases()[phrase] if all(w in known or stem(w) in known for w in r)}
    return fits.pop() if len(fits) == 1 else ()


def formal(words: list[str], known: Set[str]) -> list[str]:
    """Folded words with each casual phrase one of whose content words the document
    (``known``: its words and stems) never uses read as its formal words, the longest phrase
    first ("stopping the spread of nukes" → "non proliferation"), so confidence counts
    the asker's meaning as the document's words."""
    stems = [stem(w) if w.isalpha() else w for w in words]
    longest = max(map(len, _phrases()))
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            phrase = tuple(stems[i:i + size])
            reading = _reading(phrase, known) if phrase in _phrases() else ()
            if reading:
                out.extend(reading)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


@cache
def _equivalents() -> dict[tuple[str, str], tuple[str, ...]]:
    """(stem of the verb, particle) → the plain equivalents, read once."""
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for entry in _TABLE.split("|"):
        phrase, plain = entry.split(":")
        verb, particle = phrase.split()
        table[stem(verb), particle] = tuple(plain.split())
    return table


def plain(words: list[str], known: Set[str]) -> list[str]:
    """Folded words with each phrasal verb whose verb's stem is not in ``known`` (the
    document's words and stems) replaced by its first equivalent in ``known`` (see the
    module docstring); the particle goes with it."""
    table = _equivalents()
    out: list[str] = []
    i = 0
    while i < len(words):
        word, following = words[i], words[i + 1] if i + 1 < len(words) else ""
        verb = stem(word) if word.isalpha() else ""
        usable = [w for w in table.get((verb, following), ()) if stem(w) in known]
        if usable and verb not in known and word not in known:
            out.append(usable[0])
            i += 2
        else:
            out.append(word)
            i += 1
    return out


# a word (or "u.s.") joined by a hyphen to a participle: "us-backed", "state-owned"
_COMPOUND = re.compile(r"(?<![\w-])([a-z][\w.]*)-([a-z]+ed)\b", re.IGNORECASE)


def unqualified(raw: str, known: Callable[[str], bool]) -> str:
    """The text with each name-participle compound whose participle's stem the document
    never uses (``known(stem)`` is False) and whose first part it does use read as the
    first part alone: "how many us-backed firms" → "how many us firms"."""
    def first(match: re.Match[str]) -> str:
        name, participle = match.group(1), match.group(2).lower()
        keep = known(stem(participle)) or not all(known(stem(w)) for w in words(name))
        return match.group(0) if keep else name
    return _COMPOUND.sub(first, raw) if "-" in raw else raw
