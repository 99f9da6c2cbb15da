"""World knowledge of well-known names: a kind of company asked for, read as the names of
that kind the document uses.

People ask "which coffee chain opened here?" of a text that only says "Starbucks", or
"which carmaker…" of one that says "Toyota"; no word of the question is in the answer.
``data/companies.tsv`` is a gazetteer written from general knowledge (not from any
document or question set): some 500 well-known companies and brands, each with the kinds
of business it is known for, and for each kind its phrases (a modifier and a head, "coffee
chain", "oil company", "tractor maker", or a fixed name, "carmaker", "oil major").

A question's kind phrases are found by words in the singular, longest first, so "coffee
chains" and "tractor makers" count (stems would join "broadcaster" and "broadcast"); a
kind is asked only by a whole phrase (a head alone, "which company", or a modifier alone,
"how much coffee", asks no kind). The document's names
are found in its text as written (case and all, whole words), so "apple" of a fruit or
"Amazon" of a river in lower case is no company; a name spelt as in the table only.

Two uses, both soft (``bot.answering.query``, ``bot.answering.retriever``): the words of
the names of an asked kind that the document uses join the query's words at BM25 weight
``NAME_WEIGHT`` (below an exact match's 1: an asked kind is not an asked name), and a
kind phrase's words count as met (soft match 1) in an answer whose sentence names a
company of that kind, so neither confidence nor the near-miss checks turn the question
away for words the document never uses ("coffee", "chain").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence, Set
from functools import cache
from pathlib import Path

from bot.language.text import stem, words

DATA = Path(__file__).resolve().parent / "data" / "companies.tsv"
NAME_WEIGHT = 0.8
GENERIC_HEADS = ("company", "companies", "firm", "firms", "maker", "makers", "manufacturer",
                 "manufacturers", "brand", "brands", "giant", "corporation", "group")
Phrases = dict[tuple[str, ...], str]  # a kind phrase's words, singular → its kind
Spelling = tuple[str, ...]  # a name's folded words
Named = Mapping[str, tuple[Spelling, ...]]  # kind → the document's names of that kind


def singular(word: str) -> str:
    """A word less a plural ending ("makers" → "maker", "companies" → "company"): kinds
    are matched by word, not by stem, since a stem joins what a kind keeps apart
    ("broadcaster" and the verb "broadcast")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _phrases(line: str) -> Phrases:
    """The kind phrases of a "@key TAB modifiers TAB heads TAB fixed names" line."""
    key, modifiers, heads, fixed = [*line[1:].split("\t"), "", "", ""][:4]
    head_list = [h for part in heads.split(",") if part.strip()
                 for h in (GENERIC_HEADS if part.strip() == "*" else (part.strip(),))]
    said = [f"{m.strip()} {h}" for m in modifiers.split(",") if m.strip() for h in head_list]
    said += [f.strip() for f in fixed.split(",") if f.strip()]
    return {tuple(singular(w) for w in words(p)): key for p in said if words(p)}


@cache
def table() -> tuple[Phrases, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """The kind phrases, and each company's spellings with its kinds (read on first use)."""
    phrases: Phrases = {}
    companies = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("@"):
            phrases |= _phrases(line)
        elif line.strip() and not line.startswith("#"):
            names, kinds = line.split("\t")
            companies.append((tuple(names.split("|")), tuple(kinds.split(","))))
    return phrases, tuple(companies)


def asked(folded: Sequence[str]) -> dict[str, list[str]]:
    """The kinds a question's words ask for, each with the words of its phrase: longest
    phrase first at each word, left to right."""
    phrases, _ = table()
    longest = max(map(len, phrases))
    stems = [singular(w) for w in folded]
    found: dict[str, list[str]] = {}
    i = 0
    while i < len(stems):
        for size in range(min(longest, len(stems) - i), 0, -1):
            kind = phrases.get(tuple(stems[i:i + size]))
            if kind is not None:
                found.setdefault(kind, []).extend(folded[i:i + size])
                i += size - 1
                break
        i += 1
    return found


def named(texts: Sequence[str]) -> dict[str, tuple[Spelling, ...]]:
    """For each kind, the names of that kind the texts use as written (whole words, case
    kept), each company once, by its shortest spelling there, as folded words ("Chevron"
    of a text that says "Chevron Overseas"). The texts are read once, text by text, for
    their words as written; only a name with all its words there is looked for, and only
    one of several words needs a search of the text (a regex search for each of ~550
    names took 0.4 s over a 34 KB article, 0.6 s each over 50 MB; reading the whole
    text's words at once held them all in memory)."""
    said: set[str] = set()
    for text in texts:
        said.update(_WORD.findall(text))
    candidates = [(spellings, kinds, [s for s in spellings if _said(s, said)])
                  for spellings, kinds in table()[1]]
    several = any(s not in said for _, _, maybe in candidates for s in maybe)
    whole = "\n".join(texts) if several else ""
    found: dict[str, list[Spelling]] = {}
    for _, kinds, maybe in candidates:
        used = [tuple(words(s)) for s in maybe if s in said or _whole(s, whole)]
        for kind in kinds if used else ():
            found.setdefault(kind, []).append(min(used, key=lambda w: (len(w), w)))
    return {kind: tuple(dict.fromkeys(used)) for kind, used in found.items()}


_WORD = re.compile(r"\w+")


def _said(name: str, said: Set[str]) -> bool:
    """Whether every word (``\\w+``) of ``name`` is among ``said``, the texts' words."""
    pieces = _WORD.findall(name)
    return bool(pieces) and all(p in said for p in pieces)


def _whole(name: str, text: str) -> bool:
    """Whether ``text`` has ``name`` with no word character on either side."""
    start = text.find(name)
    while start >= 0:
        if not (_inside(text, start - 1) or _inside(text, start + len(name))):
            return True
        start = text.find(name, start + 1)
    return False


def _inside(text: str, at: int) -> bool:
    """Whether ``text`` has a word character (``\\w``) at ``at`` (False outside it)."""
    return 0 <= at < len(text) and _WORD.match(text[at]) is not None


class Names(Mapping[str, tuple[Spelling, ...]]):
    """The texts' names by kind (``named``), found on first use: most questions ask for no
    kind of company, so neither a build nor they read the texts for names."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._found: dict[str, tuple[Spelling, ...]] | None = None

    def _names(self) -> dict[str, tuple[Spelling, ...]]:
        if self._found is None:
            self._found = named(self._texts)
        return self._found

    def __getitem__(self, kind: str) -> tuple[Spelling, ...]:
        return self._names()[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())


Kinds = Mapping[str, frozenset[Spelling]]  # a kind phrase word's stem → names, by stems


def kind_names(folded: Sequence[str], names: Named) -> dict[str, frozenset[Spelling]]:
    """Each kind phrase word of a question (by stem) → the document's names of its kind,
    each as its words' stems (only kinds the document names a company of)."""
    out: dict[str, frozenset[Spelling]] = {}
    for kind, said in asked(folded).items():
        stems = frozenset(tuple(stem(w) for w in name) for name in names.get(kind, ()))
        for word in said if stems else ():
            out[stem(word)] = out.get(stem(word), frozenset()) | stems
    return out


def name_words(kinds: Kinds) -> dict[str, float]:
    """The stems of the names the kinds asked for, name by name (a name's words in order,
    so its phrase pairs stay), each at ``NAME_WEIGHT`` shared among its name's words (a
    name of three words is no stronger evidence than one of one)."""
    weights: dict[str, float] = {}
    for name in sorted({n for names in kinds.values() for n in names}):
        for word in name:
            weights[word] = max(weights.get(word, 0.0), NAME_WEIGHT / len(name))
    return weights


def met(soft: Mapping[str, float], kinds: Kinds, sentence_terms: Set[str]) -> dict[str, float]:
    """``soft`` with each kind phrase word read as met in full (1) when the answer's
    sentence names a company of its kind (every word of one of its names)."""
    return dict(soft) | {word: 1.0 for word, names in kinds.items()
                         if any(set(name) <= sentence_terms for name in names)}

