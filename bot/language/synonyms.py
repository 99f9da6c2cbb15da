"""Everyday words read as the near synonym a document uses instead.

People ask about "the envoy", "the pact", "the firms", "the phone call" of a text that says
"the Ambassador", "the agreement", "the companies", "a telephone conversation". A word of
the question that the document never uses (neither the word nor its stem) is read as the
first of its equivalents that the document does use ("envoy" → "ambassador"); a word the
document uses stays as written, so a document's own wording always wins, and a word with
no equivalent in the document stays too (it is still evidence that the document may not
answer). Only words that name the same kind of thing are equivalents: "tourist" is not
"tourism", nor "troops" "military"; a word with a common second sense ("call",
"train", "fair") has no entry.

A general table of English, in the manner of a thesaurus's closest senses, not of any
document or question set; ``bot.language.phrasal`` does the same for phrasal verbs.
"""

from __future__ import annotations

from collections.abc import Set
from functools import cache

from bot.language.text import stem

# word: equivalents, most usual first (entries separated by |)
_TABLE = """
envoy: ambassador diplomat | emissary: envoy ambassador | diplomat: ambassador envoy |
firm: company enterprise | corporation: company | enterprise: company |
pact: agreement treaty | accord: agreement | treaty: agreement convention |
deal: agreement contract | contract: agreement | convention: agreement treaty |
summit: meeting | gathering: meeting | conference: meeting | session: meeting |
talks: negotiations | negotiations: talks | discussion: talks dialogue |
lawmaker: congressman legislator deputy | legislator: congressman lawmaker deputy |
congressman: lawmaker legislator | legislature: parliament congress |
parliamentarian: deputy | mp: deputy | chairman: chair head | chairperson: chair |
chairwoman: chair | boss: head chief | chief: head | leader: head |
nation: country state | commence: start begin launch | begin: start launch |
start: launch begin | inauguration: opening launch | phone: telephone |
 chat: conversation talk | trip: visit journey | journey: visit trip |
tour: visit | aid: assistance support help | help: assistance support aid |
backing: support | collaboration: cooperation | cooperation: collaboration |
relationship: relations ties | ties: relations | declaration: statement |
area: sphere field sector | domain: field sphere area | sphere: field area |
goal: objective aim purpose | aim: objective goal purpose | purpose: objective aim goal |
target: objective goal | outcome: result | consequence: result | big: large |
huge: large | biggest: largest | amount: volume sum | sum: amount volume |
quantity: volume amount | worth: value | value: worth | town: city |
  cabinet: government | liberty: freedom |
freedoms: rights | religion: religious faith | faith: religious religion |
terror: terrorism | terrorist: terrorism | extremist: extremism | tech: technology |
research: scientific science | schooling: education | levy: tax | crime: criminal |
railway: rail railroad | railroad: rail railway | freight: cargo |
plane: aircraft | airplane: aircraft | farming: agriculture | agricultural: agriculture |
transportation: transport | logistics: transport |
renewables: renewable | safety: security |
atomic: nuclear | nuke: nuclear | confidence: trust | paper: document |
exhibition: expo exposition fair | turnover: trade |
commerce: trade | rise: increase growth | merchandise: goods products |
product: goods | goods: products | money: funds dollars | cash: money funds |
funding: investment financing | uni: university |
"""


@cache
def _equivalents() -> dict[str, tuple[str, ...]]:
    """Stem of a word → its equivalents, read once."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in filter(str.strip, _TABLE.split("|")):
        word, plain = entry.split(":")
        table[stem(word.strip())] = tuple(plain.split())
    return table


def equivalents(word: str) -> tuple[str, ...]:
    """The table's equivalents of a word (by its stem), most usual first."""
    return _equivalents().get(stem(word), ())


def synonym(word: str, known: Set[str]) -> str:
    """``word``, or its first equivalent in ``known`` (the document's words and stems)
    when neither the word nor its stem is known (see the module docstring)."""
    if not word.isalpha() or word in known:
        return word
    root = stem(word)
    if root in known:
        return word
    usable = [w for w in equivalents(word) if w in known or stem(w) in known]
    return usable[0] if usable else word


def plain(words: list[str], known: Set[str]) -> list[str]:
    """Folded words, each the document never uses read as its first equivalent it does."""
    return [synonym(w, known) for w in words]
