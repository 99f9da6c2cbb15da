"""Offices a question asks about that the answer names only as another office.

Three checks, all read from the question and the answer sentence alone:

- a lesser rank: "the foreign minister" is not met by a sentence that names only a
  "Deputy Foreign Minister" (a rank the question does not give: another person);
- another portfolio: "the minister of foreign affairs" (or "the foreign minister") is not
  met by a sentence whose only minister is the "Minister of Religious Affairs": every
  time the sentence names the office it qualifies it ("of Religious Affairs",
  "Energy …"), never with the question's qualifier, whose words it lacks altogether;
- an office never named: "who is the speaker of …" (or "who was the president in 1991",
  or "who chairs …", "who founded …", or "which US president recognised …") is not met
  by a sentence that names no speaker (chair, founder), by the word or a WordNet synonym;
  an office's verb that is as often an adjective ("direct") names it only with an ending
  ("director", "directed"): "direct investment" names no director.

General rules of English titles, not fitted to any question set; ``constraints.unmet``
reports what they find.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.language.irregular import BASE_FORMS
from bot.language.places import PLACES
from bot.language.text import STOP_WORDS, WORD_ALIASES, terms, words
from bot.language.thesaurus import synonyms

# the offices a rank qualifies ("deputy minister"), which the rank checks read: a list of its
# own beside bot.language.offices.TITLES (no "envoy" or "senator" has a deputy)
_ROLES = (r"minister|secretary|president|chair|chairman|chairwoman|chairperson|ambassador|"
          r"director|governor|head|chief|administrator|commissioner|consul|speaker|mayor")
ROLES = _ROLES  # the offices, a regular expression's alternatives
_RANKS = r"deputy|vice|assistant|acting|former|co|under|associate|honorary"
# the endings that make an office its holder or its tenure ("chairman", "chairmanship")
_HOLDER = r"manship|man|men|woman|women|person"
# an office, or its holder's or tenure's compound
_ROLE = re.compile(rf"\b({_ROLES})(?:s|{_HOLDER})?\b", re.IGNORECASE)
_RANKED_ROLE = re.compile(rf"\b({_RANKS})[\s-]+(?:[A-Z][\w'-]*\s+){{0,2}}({_ROLES})s?\b",
                          re.IGNORECASE)
# offices that have portfolios, with what qualifies them: "Foreign Minister", "Minister of
# Energy", "Secretary of State", "Minister of Religious Affairs and Civil Society"
_PORTFOLIO_ROLES = r"minister|ministry|secretary|department"
_QUALIFIED = re.compile(rf"(?:\b({_RANKS})[\s-]+)?(?:\b([\w-]+)\s+)?\b({_PORTFOLIO_ROLES})s?\b"
                        r"(?:\s+(?:of|for)\s+((?:the\s+)?[\w-]+(?:\s+(?:and\s+)?[\w-]+){0,3}))?",
                        re.IGNORECASE)
_NOT_QUALIFIERS = frozenset(re.split(r"\|", _RANKS)) | {"prime", "cabinet", "general", "chief"}


def lesser_role(question: str, sentence: str) -> list[str]:
    """Roles the question asks about ("the foreign minister") that the sentence names only
    with a rank the question lacks ("Deputy Foreign Minister"): another person."""
    asked_ranks = {m.group(1).lower() for m in _RANKED_ROLE.finditer(question)}
    missing = []
    for role in {m.group(1).lower() for m in _ROLE.finditer(question)}:
        plain = [m for m in _ROLE.finditer(sentence) if m.group(1).lower() == role]
        ranked = [m for m in _RANKED_ROLE.finditer(sentence) if m.group(2).lower() == role]
        ranks = {m.group(1).lower() for m in ranked}
        if plain and len(ranked) == len(plain) and not ranks & asked_ranks:
            missing.append(f"the {role} (only a {sorted(ranks)[0]} {role})")
    return missing


def unranked_role(question: str, sentence: str) -> list[str]:
    """Ranked roles the question asks about ("the deputy minister of energy") that the
    sentence names only without any rank ("the Minister of Energy"; a rank on another
    office, "Deputy Secretary of Energy", is another's; "co-chair" may well be what the
    question calls "vice chair"): another person, the one above."""
    ranked = [(m.group(1).lower(), m.group(2).lower()) for m in _RANKED_ROLE.finditer(question)]
    given = {m.group(2).lower() for m in _RANKED_ROLE.finditer(sentence)}
    plain = {m.group(1).lower() for m in _ROLE.finditer(sentence)}
    return [f"the {rank} {role}" for rank, role in ranked
            if role in plain - given and rank not in ("former", "acting")]


class Office(NamedTuple):
    """A portfolio office as a text names it: "Deputy Foreign Minister"."""

    office: str  # minister, ministry, secretary, department
    rank: str  # deputy, vice, … or ""
    qualifier: set[str]  # terms of what qualifies it: {"foreign"}
    said: str  # the office as the text writes it


def _offices(text: str) -> list[Office]:
    """Each portfolio office a text names, with its rank and what qualifies it (the word
    before, less ranks, stop words and places; the words after "of", less places and stop
    words)."""
    found = []
    for match in _QUALIFIED.finditer(text):
        before = (match.group(2) or "").lower()
        said = ([before] if before and before not in STOP_WORDS | _NOT_QUALIFIERS
                 and before not in PLACES and before not in WORD_ALIASES else [])
        said += [w for w in words(match.group(4) or "")
                 if w not in STOP_WORDS and w not in PLACES and w != "affairs"]
        found.append(Office(match.group(3).lower(), (match.group(1) or "").lower(),
                            set(terms(" ".join(said))),
                            re.sub(r"^(?:the|a|an)\s+", "", " ".join(match.group().split()),
                                   flags=re.IGNORECASE)))
    return found


def _kin(said: set[str], asked: set[str]) -> bool:
    """True when a qualifier's stem is one of the asked's, or of its family: one stem
    begins the other and the shorter has at least ``_KIN_STEM`` letters ("religion" of
    "Religious Affairs", stems "religion" and "religi"; "finance" of "financial"). The
    stemmer keeps a noun and its adjective apart; a shared stem of five letters or more
    is the same root in English far more often than chance."""
    return bool(said & asked) or any(a.startswith(b) or b.startswith(a) for a in said
                                     for b in asked if min(len(a), len(b)) >= _KIN_STEM)


def other_portfolio(question: str, sentence: str) -> list[str]:
    """"the minister of foreign affairs" when each time the sentence names that office it
    is another portfolio ("of Religious Affairs") or a rank the question lacks ("Deputy
    Foreign Minister"), and the sentence lacks the question's qualifier elsewhere."""
    missing = []
    for asked in _offices(question):
        offices = [o for o in _offices(sentence) if o.office == asked.office]
        if not asked.qualifier or not offices:
            continue
        fitting = [o for o in offices if (not o.qualifier or _kin(o.qualifier, asked.qualifier))
                   and (not o.rank or o.rank == asked.rank)]
        qualifying = set().union(*(o.qualifier for o in offices))
        if not fitting and not asked.qualifier & (set(terms(sentence)) - qualifying):
            missing.append(f"the {asked.said}")
    return missing


_WHO_HOLDS = re.compile(rf"^\s*who(?:'s|\s+(?:is|was|are|were))\s+(?:the\s+|an?\s+)?"
                       # the office ("director general" too), not "chief rival"
                       rf"(?:[\w.'-]+\s+){{0,3}}?({_ROLES})s?\b(?:\s+general\b)?"
                       r"(?=\s*(?:$|[?,.]|(?:of|to|in|at|for|from|on|during|under|when|who|that|"
                       r"before|after|since)\b))", re.IGNORECASE)


# "which US president recognized …": the office's holder who did a thing
_WHICH_HOLDS = re.compile(rf"^\s*(?:which|what)\s+(?:[\w.'-]+\s+){{0,2}}?({_ROLES})s?\b"
                          r"(?!\s+(?:of|is|was|are|were|do|does|did|has|have|had|general)\b)"
                          r"(?=\s+[a-z]+ed\b)", re.IGNORECASE)


# the office asked by its verb: "who chairs the commission", "who founded the company"
_WHO_DOES = re.compile(r"^\s*who\s+(?:(co-?chair|chair|head|lead|found|own|run)(?:s|ed|ded)?|"
                       r"(led))\b", re.IGNORECASE)
# the words that name the office a verb asks for (a sentence may say "headed by" or "its
# chair" for "who leads"), and how a reply names it
_LEADING = ["chair", "head", "lead", "led", "presid", "direct", "run", "ran", "manag",
            "command", "captain", "govern"]
# an office that only says someone leads ("the head of the delegation"), and what names
# its holder as well: "the delegation led by X", "headed by X"
_LEADS = frozenset({"the head", "the leader"})
_LED_BY = re.compile(r"\b(?:led|headed|chaired)\s+by\b", re.IGNORECASE)
# an office's verb that is as often an adjective: it names the office only with an
# ending ("director", "directs", "directed"), not bare ("direct flights")
_ALSO_ADJECTIVE = frozenset({"direct"})
# an office's noun names it with an inflection or as its holder ("chairs", "chairman",
# "chairmanship"), not inside a body's name: a "Consulate" names no consul
# ("head" and "chair" are also verbs: "headlined by" names who led)
_OFFICE = re.compile(rf"(?!head$|chair$)(?:{_ROLES})", re.IGNORECASE)
_OFFICE_TAIL = rf"(?:s|es|ed|ing|ship|{_HOLDER})?\b"
_KIN_STEM = 5  # letters a stem shares with a kin word's for the two to be one family
_DOERS = {"co-chair": (["co-chair"], "the co-chair"), "cochair": (["co-chair"], "the co-chair"),
          "chair": (_LEADING, "the chair"), "head": (_LEADING, "the head"),
          "lead": (_LEADING, "the leader"), "led": (_LEADING, "the leader"),
          "run": (_LEADING, "who runs it"),
          "found": (["found", "establish", "creat", "set up", "start", "form"], "the founder"),
          "own": (["own", "bought", "acquir", "purchas"], "the owner")}


def _asked_role(question: str) -> tuple[list[str], str] | None:
    """The words that name the office the question asks who holds (its noun, or those of
    its verb), and how a reply names it; None when it asks for none."""
    holds = _WHO_HOLDS.match(question) or _WHICH_HOLDS.match(question)
    if holds:
        return [holds.group(1).lower()], "the " + holds.group(1).lower()
    does = _WHO_DOES.match(question)
    if not does:
        return None
    roles, named = _DOERS[(does.group(1) or does.group(2)).lower()]
    return roles, named


def absent_role(question: str, sentence: str) -> list[str]:
    """"who is the speaker of …" (or "who chairs …", "who founded …") when the answer
    names no such office, by its word (or the verb's: "chaired", "founder") or a WordNet
    synonym ("chair" for "chairman"): a sentence that dates an event is no answer to who
    holds an office it never names ("who was the US president in 1991" of the sentence
    on the recognition of 1991), nor is one that tells what the commission does to who
    chairs it."""
    asked = _asked_role(question)
    if not asked:
        return []
    roles, named = asked
    def names(word: str) -> bool:  # "direct investment" names no director
        tail = (r"(?=or|s\b|ed\b|ing\b)" if word in _ALSO_ADJECTIVE else
                _OFFICE_TAIL if _OFFICE.fullmatch(word) else "")
        return re.search(rf"\b{re.escape(word)}{tail}", sentence, re.IGNORECASE) is not None

    if named in _LEADS and _LED_BY.search(sentence):  # "the delegation led by X": its head
        return []
    if named == "the head" and _ROLE.search(sentence):  # a body's head by its own title:
        return []  # "the first Administrator of the Office"
    # the office's own word first: the thesaurus is read only when the answer lacks it
    # an office by its plain word too ("chair" of "chairman": ``irregular.BASE_FORMS``)
    offices = dict.fromkeys([*roles, *(BASE_FORMS.get(role, role) for role in roles)])
    return [] if any(names(role) or any(map(names, synonyms(role))) for role in offices) else [
        named]


def other_role(question: str, sentence: str) -> list[str]:
    """The checks in turn: a lesser rank, a rank not given, another portfolio, an office
    never named."""
    return (lesser_role(question, sentence) or unranked_role(question, sentence)
            or other_portfolio(question, sentence) or absent_role(question, sentence))
