"""What a question narrows its subject to that the answer's own passage never says.

``subjects`` and ``confirming`` ask whether the *document* names a word of the question;
a near-domain question often uses words the document does use, only elsewhere, and
still asks about something it never gives. These checks read the answer's passage (its
stemmed terms) rather than the whole document:

- a narrowing word of a yes-or-no question (``unsaid_narrowing``): "did they sign a
  *free trade* agreement?" of a passage about a tax agreement and an extradition
  convention. The document says "trade" and "visa-free" elsewhere, but the passage that
  speaks of agreements says neither, so it neither confirms nor denies a trade
  agreement. Read only where the narrowed word is in the passage (the passage is about
  agreements) and the narrowing word is English, longer than three letters, no stop word
  and has no kin in the passage (a synonym, the kind it is of or a kind of it);
- the sides swapped (``swapped_sides``): "how many *Kazakh* companies are there *in the
  US*?" of "500 companies with US capital *in Kazakhstan*": the question names two places,
  one as where the thing is ("in P") and one as whose it is; the answer puts the thing
  in the other one ("in Q") and never "in P". That is the other direction, not the
  answer;
- an office or a property the document never names (``unused_attribute``): "the mayor",
  "the currency": a document that gives one names it by that word;
- the head of a yes-or-no question's noun phrase that the passage never names, when the
  document uses it elsewhere (``unsaid_head``: "a Kazakh *consulate* in San Francisco");
- whose office or body it is (``other_owner``): "the US consulate in New York" answered
  with another country's consulate there;
- a place a yes-or-no question (or one asking a count or an amount) puts its thing in that
  the passage never names
  (``unplaced``: "is there an American university *in Almaty*?");
- a date or count spliced from another subject's passage (``spliced.stray_type``).

Each returns what is missing in words a reply can use, as the other near-miss checks do.
General rules of English, not fitted to any question set.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Set

from bot.answering.nearmiss.shared import NOT_NARROWING, SUBJECT_SHARE, YES_NO
from bot.answering.nearmiss.spliced import stray_type
from bot.language.places import COUNTRIES, GAZETTEER, shown_place
from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import similarity

# Offices and properties a document names by these words when it gives them at all
_ATTRIBUTES = frozenset("""mayor governor senator chancellor premier sheriff ceo unemployment
    anthem timezone""".split())
# "is it abstract or concrete?" asks to choose, answered in the document's own words
_CHOICE = re.compile(r"\bor\b", re.IGNORECASE)
# a word of the answer this near in meaning says the narrowing word otherwise
SAID_OTHERWISE = 0.6
# where a thing is: "in P", "in the P" (words as the index reads them: "in the usa")


def unused_attribute(question: str, share: Callable[[str], float]) -> list[str]:
    """Offices and properties asked about ("the mayor") that the document never names."""
    asked = dict.fromkeys(w for w in words(question) if w in _ATTRIBUTES)
    return ["the " + w for w in asked if not share(stem(w))]


def unsaid_narrowing(question: str, text: str, passage_terms: Set[str],
                     kin: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The words (quoted) of a yes-or-no question that narrow the next word, when the
    answer's passage names that next word but neither the narrowing word (by stem) nor
    any kin of it (``kin``), and no word of the answer ``text`` is near it in meaning
    (wordpiece cosine >= ``SAID_OTHERWISE``: "biggest" of "largest" is 0.91, "trade" of
    "tax" 0.16): pairs (w, next) of the question's words, both English (a name or a place
    or "to" before w makes w a verb: "need a visa to *visit* Kazakhstan"), w longer than
    three letters and no stop word. Only yes-or-no questions: a wh-question's narrowing word is
    as often put otherwise in a right answer."""
    if not passage_terms or not YES_NO.match(question) or _CHOICE.search(question):
        return []
    english = english_words()
    narrowing = dict.fromkeys(
        w for before, w, after in _triples(words(question))
        if after in english and after not in STOP_WORDS | GAZETTEER and before != "to"
        and stem(after) in passage_terms
        and len(w) > 3 and w not in STOP_WORDS | NOT_NARROWING and w in english
        and stem(w) not in passage_terms and not kin(w))
    return _unsaid(list(narrowing), text)


# what opens a noun phrase whose head a yes-or-no question turns on ("a kazakh consulate")
_ARTICLES = frozenset("a an the any".split())


def unsaid_head(question: str, text: str, passage_terms: Set[str],
                share: Callable[[str], float], kin: Callable[[str], bool] = lambda _: False
                ) -> list[str]:
    """The heads (quoted) of a yes-or-no question's noun phrases that the answer's
    passage never names, by stem, kin (``kin``) or a word of the answer near in meaning
    (``SAID_OTHERWISE``): "is there a Kazakh *consulate* in San Francisco?" of a passage
    about a trip to San Francisco. A head is the last of one to three words after an
    article, before a stop word or the end ("a military cooperation *agreement*"); it
    must be English, longer than three letters, no place (the place is
    ``other_countries``' matter) and a word the document uses elsewhere (``share``): a
    word it never uses is ``confirming``'s matter, and as often no noun ("is the ferry
    *good* for trade")."""
    if not passage_terms or not YES_NO.match(question) or _CHOICE.search(question):
        return []
    said = [*words(question), "."]
    english = english_words()
    heads = dict.fromkeys(
        said[i + n] for i, w in enumerate(said) if w in _ARTICLES for n in (1, 2, 3)
        if i + n + 1 < len(said) and (said[i + n + 1] in STOP_WORDS or said[i + n + 1] == ".")
        and not set(said[i + 1: i + n]) & STOP_WORDS)
    missing = [h for h in heads if h in english and len(h) > 3 and h not in STOP_WORDS
               and h not in GAZETTEER and stem(h) not in passage_terms and share(stem(h))
               and not kin(h)]
    return _unsaid(missing, text)


def _unsaid(candidates: list[str], text: str) -> list[str]:
    """The candidate words (quoted) no word of the answer ``text`` is near in meaning."""
    said = {t for t in words(text) if t.isalpha() and t not in STOP_WORDS}
    return [f"“{w}”" for w in candidates
            if all(similarity(w, t) < SAID_OTHERWISE for t in said)]


def _triples(said: list[str]) -> Iterator[tuple[str, str, str]]:
    """Each word with the one before ("" first) and the one after."""
    return zip(["", *said], said, said[1:], strict=False)


def _located(said: list[str], is_place: Callable[[str], bool] = lambda _: False
             ) -> list[str]:
    """The places a list of words puts something in: the place (a country or city of
    the gazetteer, or one ``is_place`` knows) after "in" (or "in the")."""
    return [w for i, w in enumerate(said) if (w in GAZETTEER or is_place(w)) and (
        said[i - 1: i] == ["in"] or said[max(i - 2, 0): i] == ["in", "the"])]


def swapped_sides(question: str, text: str) -> list[str]:
    """"“in P”" when the question puts its thing in a place P and names another place Q
    besides, and the answer puts it in Q, never in P: the other side's thing. Places are
    the gazetteer's countries and cities, read as the index reads words ("American" is
    the USA, "Kazakh" is Kazakhstan)."""
    asked = words(question)
    wanted = set(_located(asked))
    found = set(_located(words(text)))
    others = {w for w in asked if w in GAZETTEER} - wanted
    if not wanted or not found or found & wanted or not found & others:
        return []
    return [f"“in {shown_place(p)}”" for p in sorted(wanted)]


# bodies and offices a country owns, named before ("the US embassy") or after it ("the
# Embassy of the Republic of Kazakhstan", read by ``words`` as "embassy of kazakhstan")
_OWNED = frozenset("""embassy embassies consulate consulates consul ambassador ambassadors
    envoy envoys mission parliament government president ministry delegation""".split())


def _owners(said: list[str]) -> set[tuple[str, str]]:
    """(country, body) for each body a country owns in a list of words: "usa embassy",
    "embassy of kazakhstan", "consulate general of kazakhstan"."""
    said = [w for w in said if w not in ("the", "general")]
    before = {(c, b) for c, b in itertools.pairwise(said)
              if c in COUNTRIES and b in _OWNED}
    return before | {(c, b) for b, of, c in zip(said, said[1:], said[2:], strict=False)
                     if b in _OWNED and of == "of" and c in COUNTRIES}


def other_owner(question: str, text: str) -> list[str]:
    """"the <country> <body>" the question asks of ("the US consulate in New York") when
    the answer names the body only as another country's ("the Consulate General of the
    Republic of Kazakhstan is established in New York"): the other side's body. A
    yes-or-no question keeps out: "is X the US ambassador?" is answered by the sentence
    that says whose ambassador X is."""
    asked = _owners(words(question)) if not YES_NO.match(question) else set()
    if not asked:  # most questions name no body: the answer is not read
        return []
    found = _owners(words(text))
    return [f"the {shown_place(c, article=False)} {b}" for c, b in sorted(asked)
            if (c, b) not in found and any(b == other for _, other in found)]


# a count or an amount asked: a figure of the thing somewhere else is another figure
_COUNT = re.compile(r"^\W*(?:how (?:many|much)|what (?:is|was|are|were) the (?:number|amount|"
                    r"total|value|volume))\b", re.IGNORECASE)


def unplaced(question: str, passage_terms: Set[str], share: Callable[[str], float],
             is_place: Callable[[str], bool]) -> list[str]:
    """"“in P”" for a yes-or-no question, or one asking a count or an amount, that puts its
    thing in a place P ("is there an American university *in Almaty*?", "how many firms
    are registered *in Almaty*?") that the answer's passage never names, unless P
    is a subject of the whole document (in ``SUBJECT_SHARE`` of its passages or more, by
    ``share``: there a passage may well leave it unsaid). The passage cannot confirm the
    thing there."""
    if not passage_terms or _CHOICE.search(question) or not (
            YES_NO.match(question) or _COUNT.match(question)):
        return []
    return [f"“in {shown_place(p)}”" for p in dict.fromkeys(_located(words(question), is_place))
            if stem(p) not in passage_terms and share(stem(p)) < SUBJECT_SHARE]


def scope_misses(question: str, answer_type: str | None, text: str, passage: str,
                 passage_terms: Set[str], share: Callable[[str], float],
                 kin: Callable[[str], bool],
                 is_place: Callable[[str], bool] = lambda _: False) -> list[str]:
    """Every check above, for an answer ``text`` in a ``passage`` of ``passage_terms``
    (``share``: a term's share of the document's passages; ``kin``: whether the passage
    names a word's kin; ``is_place``: whether a word is a place the document names)."""
    return (unused_attribute(question, share) + swapped_sides(question, text)
            + other_owner(question, text)
            + (unsaid_narrowing(question, text, passage_terms, kin)
               or unsaid_head(question, text, passage_terms, share, kin))
            + stray_type(question, answer_type, text, passage, share)
            + unplaced(question, passage_terms, share, is_place))
