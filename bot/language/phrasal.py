"""Phrasal verbs read as the one-word verb a document more likely uses.

People ask "When was the format kicked off?" of a text that says "it was launched"; the
verb of a phrasal verb ("kick") shares nothing with the text and its particle ("off") is a
stop word, so the question loses its verb. A phrasal verb whose verb the document never
uses is read as the first of its plain equivalents the document does use ("kicked off" →
"launch"); when the document uses the verb itself, or none of the equivalents, the words
stay as written. A general table of English, not of any document or question set.

Some single words are glossed by a phrase the asker uses instead: "how much do the two
countries trade?" of a text that says "bilateral trade". A phrase of ``_GLOSSES`` found in
the question adds the word it glosses when the document uses that word (``glossed``); the
phrase's own words stay, so the question's pairs still match.

A compound modifier of a name and a participle ("US-backed firms", "state-run media") says
how the thing relates to the name; when the document never uses the participle's stem, the
compound is read as the name alone (``unqualified``: "US firms"), so a relation word the
document words otherwise ("involving U.S. capital") does not count as a word it lacks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from functools import cache

from bot.language.text import stem, words

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


# phrase (|-separated): the single word it glosses
_GLOSSES = {
    "bilateral": "two countries|two nations|two states|two sides|two governments|"
                 "both countries|both nations|both sides|both governments|"
                 "between the countries|between the nations|between our countries",
    "multilateral": "many countries|several countries|many nations|several nations",
    "mutual": "each other|one another",
}


@cache
def _phrases() -> dict[tuple[str, ...], str]:
    """A gloss's stems → the word it glosses, read once."""
    return {tuple(stem(w) for w in phrase.split()): word
            for word, phrases in _GLOSSES.items() for phrase in phrases.split("|")}


def glossed(words: list[str], known: Set[str]) -> list[str]:
    """The words in ``known`` (the document's words and stems) that a phrase among the
    folded words glosses ("both sides" → "bilateral"), each once, in order."""
    stems = [stem(w) if w.isalpha() else w for w in words]
    found: list[str] = []
    for phrase, word in _phrases().items():
        size = len(phrase)
        if (stem(word) in known and word not in found and stem(word) not in stems
                and any(tuple(stems[i:i + size]) == phrase for i in range(len(stems)))):
            found.append(word)
    return found


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
