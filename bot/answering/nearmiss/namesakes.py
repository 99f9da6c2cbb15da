"""A name the question gives, of which the answer names only a namesake.

"When did the Strategic Energy Dialogue first meet?" of a sentence about the Strategic
Partnership Dialogue: the two names share most words and their head ("Dialogue"), so the
answer matches almost every word asked, yet it is about another thing of the same kind.
Read so when the question holds, word for word, a name of two words or more that the
document writes capitalised (in a sentence retrieval weighed) and that names a body, a
programme, an event or a pact (its last word "Dialogue", "Council", "Fund" …: a place's
or a person's name has no namesakes here, "Orange County" is no other "San Bernardino
County"), the answer's passage never holds that name, and the answer names another of the
same last word, with a word of its own that the question never says, and no shorter form
of the asked one ("the Trade Council" for "Velm's Trade Council"). Words are compared by
their stems, and the words that tell the two apart must be English words ("Energy",
"Partnership"). A sentence's first word is no part of a name ("Despite Manning's …"),
and "of" and "the" are the only small words inside one ("the Bible for Luther" is two).
The document then says nothing of the asked one there, so the reply says which name it
lacks. General English, not fitted to any question set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS, stem, words

# a capitalised run, with the small words names hold: "Friends of Kazakhstan Caucus"
_NAME = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:of|the)\s+)*[A-Z][\w'-]*)+")
# the last words of names of bodies, programmes, events and pacts, which have namesakes
# of the same kind ("the Strategic Energy / Partnership Dialogue"); a place's or a
# person's name does not count ("Orange County", "Eli Manning")
_BODIES = frozenset(map(stem, """dialogue council committee commission forum partnership
    programme program project agreement treaty convention initiative caucus group fund bank
    centre center agency ministry department office summit conference meeting session
    organization organisation association alliance union coalition board institute
    foundation strategy plan mission declaration statement act protocol charter framework
    format mechanism platform""".split()))
# where a sentence starts: its first word is capitalised whatever it is ("Despite Manning")
_STARTS = re.compile(r"(?:^|[.!?:;]\s+|[\"“(]\s*)$")


def _names(text: str) -> Iterator[tuple[str, ...]]:
    """The capitalised names of two words or more in a text, folded, without the small
    words at either end ("The Strategic Partnership Dialogue" → strategic … dialogue), nor
    a sentence's first word when it is an English word ("Despite Manning's …")."""
    for m in _NAME.finditer(text):
        said = words(m.group())
        if said and _STARTS.search(text[:m.start()]) and said[0] in english_words():
            said = said[1:]  # a sentence's first word: "Despite Manning" names Manning
        while said and said[0] in STOP_WORDS:
            said = said[1:]
        if len(said) >= 2:
            yield tuple(said)


def other_namesake(question: str, text: str, passage: str,
                   candidates: Callable[[], list[str]]) -> list[str]:
    """["the <name>"] when the answer ``text`` names only a namesake of a name the question
    gives (module docstring); ``candidates``: the sentences retrieval weighed."""
    answer_names = [(name, set(map(stem, name))) for name in set(_names(text))]
    if not answer_names:  # most answers name no two-word name: nothing to read
        return []
    own = [stem(w) for w in words(question)]
    asked, known = f" {' '.join(own)} ", set(own)
    held: str | None = None  # the passage's stems, read once a name is asked
    for sentence in candidates():
        for name in _names(sentence):
            stems = [stem(w) for w in name]
            said = f" {' '.join(stems)} "
            if not set(stems) <= known or said not in asked or any(  # a shorter form, said
                    theirs <= set(stems) for _, theirs in answer_names):
                continue
            held = held if held is not None else f" {' '.join(map(stem, words(passage)))} "
            if said not in held and any(_namesake(other, theirs, name, known)
                                        for other, theirs in answer_names):
                return ["the " + " ".join(w.capitalize() for w in name)]
    return []


def _namesake(other: tuple[str, ...], other_stems: set[str], name: tuple[str, ...],
              asked: set[str]) -> bool:
    """True when ``other`` (its stems ``other_stems``) is another of ``name``'s kind: the
    same last word, English words of its own that the question never says, and ``name``
    an English word ``other`` lacks ("Energy" against "Partnership"). A person's other
    names are no namesakes: "Nursultan Nazarbayev" is "President Nazarbayev", "Donald
    Trump" "President Trump"."""
    if stem(other[-1]) != stem(name[-1]) or stem(name[-1]) not in _BODIES:
        return False
    english = english_words()
    theirs = {w for w in other if stem(w) not in asked}
    ours = {w for w in name if stem(w) not in other_stems}
    return bool(theirs) and bool(ours) and all(w in english for w in theirs | ours)
