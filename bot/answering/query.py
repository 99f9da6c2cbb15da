"""Reading a question, once: the Query every later stage reads.

A question is cut into words once (``bot.language.text.words``); from those words come,
in order: the words that tell (less those that only ask: "how long/many…", "which
state/year…"), their spelling fixes against the document's vocabulary, their content
stems, the features the index counts (stems and phrase pairs), the name terms, the
expected answer type and the soft-match query. A follow-up adds the earlier turn it leans
on, read the same way, whose words count at ``context_weight``; the answer type and the
names come from the question alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.index.wordpieces import SoftCoverage, SoftQuery
from bot.language import text
from bot.language.answer_type import DATE, PLACE, expected_type
from bot.language.companies import Kinds, Named, kind_names, name_words
from bot.language.continuation import points_back
from bot.language.hedges import unhedged
from bot.language.names import name_terms
from bot.language.phrasal import formal, glossed, plain, unqualified
from bot.language.places import governments
from bot.language.spelling import SpellingCorrector, repaired
from bot.language.thesaurus import document_words

# Nouns that name the kind of answer ("which state", "what year"): they ask, not tell.
TYPE_NOUNS = frozenset("""year years date day month decade century city country nation state place
    region town continent location area province percentage percent number amount period
    periods""".split())
TYPE_STEMS = frozenset(text.stem(w) for w in TYPE_NOUNS)
# Verbs that only say an event took place ("when was it held?", "where did it take
# place?"): with a pointer they ask for the event's date or place, not about a subject.
EVENT_VERBS = frozenset("happen happened occur occurred take took taken hold held host hosted"
                        .split())
# Verbs that only say a person holds a post ("where does he work?", "where did she
# serve?"): with a pointer, asking where or when, they ask about the one pointed to.
POST_VERBS = frozenset("work works worked working serve serves served serving".split())
# Verbs that only say a thing came to be ("when was it opened?", "when was it founded?"):
# with a pointer, asking where or when, they ask about the thing pointed to; "who helped
# establish it?" is about establishing.
ORIGIN_VERBS = frozenset("""open opens opened found founded establish established create
    created launch launched start started""".split())
# Verbs that only ask what a thing holds ("what does it cover?", "what does it involve?").
CONTENT_VERBS = frozenset("""cover covers include includes involve involves concern concerns
    contain contains mean means""".split())
EVENT_STEMS = frozenset(text.stem(w) for w in EVENT_VERBS | CONTENT_VERBS)
POINTED_STEMS = frozenset(text.stem(w) for w in POST_VERBS | ORIGIN_VERBS)
# Asking where or when, "took place", "was held", "happened" say only that an event took
# place, as most sentences about events do: they count this much of a word in BM25 (set
# on squad_dev: 0.25-0.5 gain 1-2 passages, +4 passage@3; the tuning factoids unchanged).
LIGHT_STEMS = frozenset(text.stem(w) for w in EVENT_VERBS | {"place"})
LIGHT_WEIGHT = 0.5
# BM25 weight of a word a phrase of the question glosses ("both sides" → "bilateral",
# ``bot.language.phrasal.glossed``): the asker's meaning in the document's word.
GLOSS_WEIGHT = 1.0


# Adverbs a "right" only strengthens ("right now", "right away"): it tells nothing, and as
# a content word it would match "human rights".
RIGHT_BEFORE = frozenset({"now", "away"})
# Phrases that only say "now" ("who is it these days?", "at the moment"): the present-day
# check (``nearmiss.kinds``) reads them on the question; as content words "days" would match
# "up to 30 days" and "moment" nothing, and either lowers confidence in the right answer.
NOW_PHRASES = (("these", "days"), ("this", "day"), ("at", "the", "moment"),
               ("at", "present"), ("as", "of", "now"), ("at", "this", "point"))


def _now_phrase_words(words: list[str]) -> set[int]:
    """The positions of the words of each ``NOW_PHRASES`` phrase in ``words``."""
    return {i + k for i in range(len(words)) for phrase in NOW_PHRASES
            if tuple(words[i:i + len(phrase)]) == phrase for k in range(len(phrase))}


def telling_words(words: list[str]) -> list[str]:
    """The words less those that only ask: "how long/many…", "which state/year…", an
    intensifying "right" ("who is it right now?") and a phrase that only says "now"
    ("these days")."""
    now = _now_phrase_words(words)
    return [w for i, w in enumerate(words)
            if i not in now
            and not (w == "right" and words[i + 1:i + 2] and words[i + 1] in RIGHT_BEFORE)
            and (i == 0 or not (words[i - 1] == "how"
                                or (words[i - 1] in ("which", "what") and w in TYPE_NOUNS)))]


@dataclass(frozen=True)
class Reading:
    """One text read for retrieval: its words, the telling ones repaired, its names, and
    the telling ones with the words the document never uses read as its synonyms
    (``bot.language.thesaurus``; the stems borrowed so, with their weights)."""

    words: list[str]
    folded: list[str]
    corrections: dict[str, str]
    names: set[str]
    synonymous: list[str] = field(default_factory=list)
    borrowed: dict[str, float] = field(default_factory=dict)
    kinds: Kinds = field(default_factory=dict)

    @property
    def terms(self) -> list[str]:
        """Content stems of the telling words."""
        return text.content(self.folded)

    @classmethod
    def of(cls, raw: str, speller: SpellingCorrector, named: Named | None = None) -> Reading:
        """Read a text: one cut into words, then everything else from those words; a kind
        of company asked for reads as the names of that kind the document uses (``named``,
        ``bot.language.companies``), at BM25 weight ``NAME_WEIGHT``."""
        known = speller.known_
        said = text.words(governments(unqualified(raw, lambda s: s in known)))
        words = unhedged(formal(plain(said, known), known), lambda w: w in known
                         or (text.stem(w) in known and text.stem(w) not in text.STOP_WORDS))
        folded, corrections = speller.correct(telling_words(words))
        names = name_terms(raw)
        synonymous, borrowed = document_words(folded, speller.known_, names,
                                            speller.forms_, speller.relative)
        glosses = glossed(folded, speller.known_)
        borrowed = borrowed | {text.stem(w): GLOSS_WEIGHT for w in glosses}
        kinds = kind_names(folded, {} if named is None else named)
        brands = {w: weight for w, weight in name_words(kinds).items() if w not in borrowed}
        borrowed = borrowed | brands
        return cls(words, folded, corrections, names, synonymous + glosses + list(brands),
                   borrowed, kinds)


EMPTY = Reading([], [], {}, set())


@dataclass(frozen=True)
class Query:
    """A question as every stage after reading sees it (see the module docstring)."""

    text: str
    own: Reading
    context: Reading
    answer_type: str | None
    soft: SoftQuery
    context_weight: float
    follows_up: bool = False
    terms: list[str] = field(init=False)
    features: list[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "terms", self.own.terms)
        own = self.own.synonymous or self.own.folded
        object.__setattr__(self, "features", text.features(own + self.context.folded))

    @property
    def corrections(self) -> dict[str, str]:
        """The typos repaired in the question (typo → correction)."""
        return self.own.corrections

    @property
    def unigrams(self) -> list[str]:
        """Single-term features, the context's included."""
        return [f for f in self.features if " " not in f]

    @property
    def pairs(self) -> list[str]:
        """Phrase-pair features, the context's included."""
        return [f for f in self.features if " " in f]

    @property
    def weights(self) -> dict[str, float]:
        """BM25 weight per unigram: 1 for the question's own (``LIGHT_WEIGHT`` for a word
        of ``LIGHT_STEMS`` asking where or when), a borrowed synonym's weight for one of
        those, ``context_weight`` otherwise."""
        own, borrowed = set(self.terms), self.own.borrowed
        light = LIGHT_STEMS if self.answer_type in (DATE, PLACE) else frozenset()
        return {f: (LIGHT_WEIGHT if f in light else 1.0) if f in own
                else borrowed.get(f, self.context_weight) for f in self.unigrams}

    @property
    def known_words(self) -> set[str]:
        """Every word the asker wrote or leans on: what an answer must add to."""
        return set(self.own.folded) | set(self.context.folded)

    @property
    def evidence_terms(self) -> set[str]:
        """The terms confidence weighs: the question's, or for a bare follow-up the context's."""
        return set(self.terms or self.context.terms)

    @property
    def evidence_names(self) -> set[str]:
        """The names among ``evidence_terms``."""
        return self.own.names if self.terms else self.context.names

    @property
    def telling(self) -> set[str]:
        """The question's own terms that name a subject (not the kind of answer asked for,
        nor that an event took place or what a thing holds, nor, with a pointer, that a
        person holds a post or a thing came to be when it asks where or when: "what did
        Tesla work as?" is about work, "where does he work?" about him, "when was it
        opened?" about it)."""
        pointed = (POINTED_STEMS if self.answer_type in (DATE, PLACE) and points_back(self.text)
                   else frozenset())
        return set(self.terms) - TYPE_STEMS - EVENT_STEMS - pointed


def read(question: str, context: str, speller: SpellingCorrector, soft: SoftCoverage,
         context_weight: float, own: Reading | None = None) -> Query:
    """The Query for a question (``own`` when it was read already) and its context."""
    own = own or Reading.of(question, speller)
    leaned = Reading.of(context, speller) if context else EMPTY
    return Query(repaired(question, own.corrections), own, leaned, expected_type(question),
                 soft.query(own.words, leaned.folded, context_weight), context_weight,
                 bool(context))
