"""A question's words the document never uses, read as the document's own near-synonyms.

People ask "Who is the envoy?" of a text that says "ambassador", "firms" of one that says
"companies". For a content word whose stem the document never uses (and that is not a
name), the thesaurus (``data/thesaurus.json.gz``, distilled from WordNet 3.0 by
``bench/build_thesaurus.py``: a general resource of English, not of any document or
question set) gives four tiers of related entries: synonyms, hypernyms one step up,
hyponyms one step down, and siblings (the hypernyms' other hyponyms: "envoy" →
"ambassador"). WordNet says *that* words are related, not which sense a question means,
so the static wordpiece vectors (``bot.index.wordpieces``) choose: of the entries the
document uses, the one nearest the word,

    best = argmax over entries e of cos(v(word), v(e)),   v = unit mean of piece vectors,

kept when cos >= MIN_SYNONYM for a synonym, >= MIN_RELATED for the other tiers (a sibling
can be an opposite: "husband" → "wife"). An entry of several words counts when the
document uses its head, the last word ("publishing company" → "company", but not "cargo
vessel" → "cargo"), and brings the words the document uses.

A borrowed word is weaker evidence than the asker's own, so only retrieval reads it (the
query's features, at BM25 weight ``WEIGHT * cos``, below an exact match's 1); confidence
still counts the word as unknown, so an off-topic question does not become answerable by
borrowing. The thresholds and weight were chosen on squad_dev (where they neither gain
nor lose beyond noise) and dev/dev2 (see README, "Quality").

Two kinds of word the document does use still miss what is asked. A noun the document
has only as an adjective ("diplomat" of "diplomatic relations") names nothing there, so
it keeps itself and borrows as well, at ``DERIVED`` of a borrowing's weight. A verb whose
doer the document names ("invests" of "the largest investor") is apart from it to the
stemmer, so the document's agent noun is read too, at BM25 weight ``AGENT`` (and a
question's agent noun reads the document's verb). Both go after the question's words,
so its phrase pairs stay; AGENT was set mid-way in the range that neither costs a dev
question nor squad_dev (0.3-0.45 gain the same; 0.5 cost a dev question).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Mapping, Set
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.index.wordpieces import vocabulary
from bot.language.irregular import BASE_FORMS
from bot.language.text import STOP_WORDS, stem

DATA = Path(__file__).resolve().parent / "data" / "thesaurus.json.gz"
MIN_SYNONYM = 0.25
MIN_RELATED = 0.5
WEIGHT = 0.5
DERIVED = 0.5  # a derived-only word's borrowings count this much of a borrowing's weight
AGENT = 0.4  # BM25 weight of an agent noun read for its verb (or back)
Borrowing = tuple[list[str], float]  # the document's words for a word, their cosine
Relative = Callable[[str], "str | None"]  # the document's word of a word's family, if any


@cache
def _table() -> dict[str, list[str]]:
    """stem → its tiers, each "|"-joined; read on first use (about 1.5 MB gzipped)."""
    table: dict[str, list[str]] = json.loads(gzip.decompress(DATA.read_bytes()))
    return table


def related(word: str) -> list[list[str]]:
    """The thesaurus's tiers of entries for a folded word (none when it has none)."""
    return [tier.split("|") if tier else [] for tier in _table().get(stem(word), [])]


def synonyms(word: str) -> list[str]:
    """The heads of a word's synonym entries ("publishing company" → "company"): the
    words a document may name the same thing by, for checks that a document never
    names it at all (``bot.answering.nearmiss.subjects``); a word read as another
    (``irregular.BASE_FORMS``: "chairman" as "chair") has that one first."""
    tiers = related(word)
    heads = [entry.split()[-1] for entry in tiers[0]] if tiers else []
    base = BASE_FORMS.get(word, word)
    return [base, *heads] if base != word else heads


@lru_cache(maxsize=65536)
def _vector(words: tuple[str, ...]) -> npt.NDArray[np.float32] | None:
    """The unit mean of the words' wordpiece vectors (None when none cut)."""
    vocab = vocabulary()
    ids = vocab.pieces(words)
    if not ids:
        return None
    mean = vocab.rows(ids).mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else None


def similarity(word: str, other: str) -> float:
    """The cosine of two words' wordpiece vectors (-1 when one has none)."""
    one, two = _vector((word,)), _vector((other,))
    return float(one @ two) if one is not None and two is not None else -1.0


def _used(entry: str, known: Set[str], relative: Relative | None = None) -> tuple[str, ...]:
    """The words of an entry the document uses (by word or stem), when its head is one.
    A head the document has only in another form of its family ("recognition" of a
    text that says "recognizes", "sovereign" of "sovereignty": ``relative``, the
    speller's family match) stands as that form."""
    words = entry.split()
    head = words[-1]
    if relative is not None and head not in known and stem(head) not in known:
        head = relative(head) or head
    used = tuple(w for w in [*words[:-1], head] if w in known or stem(w) in known)
    return used if used and used[-1] == head else ()


def borrow(word: str, known: Set[str], relative: Relative | None = None) -> Borrowing | None:
    """The document's words nearest an unknown word among its thesaurus entries (an
    entry's head read through ``relative`` when given, see ``_used``), and their
    cosine, or None (see the module docstring)."""
    own = _vector((word,))
    if own is None:
        return None
    best: Borrowing | None = None
    for rank, tier in enumerate(related(word)):
        floor = MIN_SYNONYM if rank == 0 else MIN_RELATED
        for used in filter(None, (_used(entry, known, relative) for entry in tier)):
            other = _vector(used)
            cos = float(own @ other) if other is not None else -1.0
            if cos >= floor and (best is None or cos > best[1]):
                best = (list(used), cos)
    return best


_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("ing", "e"), ("ing", ""), ("es", ""),
                ("ed", "e"), ("ed", ""), ("s", ""))


def _lemmas(word: str) -> set[str]:
    """A word and what it may be an inflection of ("studies" → "study", "invests" → "invest")."""
    return {word} | {word[: -len(end)] + base for end, base in _INFLECTIONS
                     if word.endswith(end) and len(word) > len(end) + 2}


# Endings of adjectives: a noun the document has only as one of these ("diplomat" of
# "diplomatic") is not named by it; a noun of a verb ("measurement" of "measured") or an
# adjective of a noun ("monthly" of "month") keep the sense, and stay matched as they are.
_ADJECTIVAL = ("ic", "ical", "al", "ive", "ous", "ary")


def derived_only(word: str, forms: Mapping[str, Set[str]]) -> bool:
    """True when the document has a noun's stem only in adjectives derived from it (no
    inflection of the word itself): "diplomat" of a text that says only "diplomatic".
    Such a stem match is weak evidence that the text names the thing asked about (a
    diplomat is a person, "diplomatic relations" are not), so the thesaurus adds to it."""
    found = forms.get(stem(word), set())
    return (bool(found) and not word.endswith(_ADJECTIVAL)
            and all(form.endswith(_ADJECTIVAL) for form in found)
            and not any(_lemmas(word) & _lemmas(form) for form in found))


def _borrowable(word: str, known: Set[str], names: Set[str],
                forms: Mapping[str, Set[str]]) -> tuple[bool, bool]:
    """Whether a folded word borrows, and whether it stays as well: a content word, no
    name, the document never uses it (it goes), or uses only words derived from it (it
    stays, and the borrowed words add to it)."""
    if not word.isalpha() or word in STOP_WORDS or stem(word) in names:
        return False, False
    if word not in known and stem(word) not in known:
        return True, False
    return derived_only(word, forms), True


def document_words(words: list[str], known: Set[str], names: Set[str] = frozenset(),
                   forms: Mapping[str, Set[str]] | None = None,
                   relative: Relative | None = None) -> tuple[list[str], dict[str, float]]:
    """Folded words with each content word the document never uses (``known``: its
    words and stems), and whose stem is not in ``names``, replaced by its borrowed
    words, less those the text uses itself ("education at a college" borrows only
    "institution" of "educational institution"); a word the document has only in
    derived forms (``forms``: its words by stem; see ``derived_only``) keeps itself and
    gains the borrowed words; and the borrowed stems with their BM25 weights."""
    own = {stem(w) for w in words if w}
    out: list[str] = []
    added: list[str] = []  # a derived-only word's borrowings, last: the question's pairs stay
    weights: dict[str, float] = {}
    for word in words:
        borrows, stays = _borrowable(word, known, names, forms or {})
        found = borrow(word, known, relative) if borrows else None
        new = [w for w in found[0] if stem(w) not in own] if found else []
        if found is None or not new:
            out.append(word)
            continue
        out.extend([word] if stays else new)
        added.extend(new if stays else [])
        for borrowed in map(stem, new):
            weight = WEIGHT * found[1] * (DERIVED if stays else 1.0)
            weights[borrowed] = max(weights.get(borrowed, 0.0), weight)
    for doer in agent_nouns(words, forms or {}, own | set(weights)):
        added.append(doer)
        weights[stem(doer)] = AGENT
    return out + added, weights


_AGENT_ENDINGS = ("or", "er")
MIN_VERB = 5  # letters of the shortest verb stem read back from an agent noun


def agent_nouns(words: list[str], forms: Mapping[str, Set[str]], own: Set[str]) -> list[str]:
    """The document's agent nouns of the question's verbs, and its verbs of the question's
    agent nouns, which a stemmer keeps apart: "invests" → "investor" ("which country
    invests most" of "the largest investor"), "investors" → "investment". One word per
    stem not in ``own`` (the question's stems and those borrowed already). Read back, a
    short remainder is rarely the verb ("mayor" → "may"), so it takes ``MIN_VERB``
    letters at least."""
    found: list[str] = []
    for word in words:
        if not word.isalpha() or word in STOP_WORDS or len(word) < 4:
            continue
        root = stem(word)
        keys = [stem(root + end) for end in _AGENT_ENDINGS]
        keys += [root[: -len(end)] for end in _AGENT_ENDINGS  # "mayor" is no doer of "may"
                 if root.endswith(end) and len(root) - len(end) >= MIN_VERB]
        for key in dict.fromkeys(k for k in keys if k != root and k not in own):
            if key in forms:
                found.append(min(forms[key]))
                own = own | {key}
    return found
