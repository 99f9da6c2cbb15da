"""Degrees, comparisons, counts and measures a question asks for that an answer may lack.

A stranger who knows the topic asks of it in shapes a document of facts seldom answers,
while a sentence shares every other word of the question:

- a superlative of a thing ("the *largest* US company", "the *oldest* member") is not
  told by a sentence that only counts the things ("500 companies", "11 members") with no
  degree near them ("the second largest *investor*" is of another thing); a verb's
  ("which state trades *the most*") wants a degree somewhere (a superlative, a
  comparative, a record, "common", "often");
- a comparison with a year or a place ("more than *in 2016*", "bigger than *its exports
  to China*") wants it in the answer's passage: a passage about 2017 alone compares
  nothing with 2016 ("more than 50" is a quantity; "other than" no comparison);
- "how many Xs" of a sentence that names Xs only in a list it leaves open ("such Xs as
  …", "including …", "etc.", "and others") with no number before them: no count;
- "who represented Norland at …" of a sentence that never names Norland and names
  another country: the other side's people; "how much has A invested in B" (exported
  to, lent to) of one that puts A as the receiving side and never B: the other way;
- a weekday ("what day of the week"), a time of day ("at what time", "what time of
  day"), an amount in a named unit ("in euros", "in miles"), an outcome ("what was the
  outcome / effect of", "what came of"), a change ("has X grown since", "how much did X rise")
  each want a word of their kind (``ROWS``, read like ``kinds.KINDS``, which appends
  them).

General rules of English, not fitted to any question set.
"""

from __future__ import annotations

import itertools
import re

from bot.answering.nearmiss.roles import ROLES
from bot.answering.nearmiss.rows import Row, rows
from bot.language.dates import YEAR
from bot.language.numbers import CARDINAL
from bot.language.places import COUNTRIES, PLACES
from bot.language.text import stem, words

# words in -est that are no superlative
_NOT_SUPERLATIVE = (r"interest|forest|honest|modest|test|rest|west|request|invest|harvest|"
                    r"manifest|guest|quest|conquest|protest|contest|suggest|digest|arrest|"
                    r"chest|nest|pest|vest|zest|crest|jest|lest|behest|unrest|priest|attest|"
                    r"detest|infest|ingest|divest|tempest|midwest|northwest|southwest|"
                    r"northeast|southeast|everest|budapest|bucharest|latest|earliest")
_SUPERLATIVE = (rf"(?!(?:{_NOT_SUPERLATIVE})\b)[a-z]{{2,}}est|most|least|top|leading|"
                r"foremost|main|chief|primary|principal|premier|biggest|best|worst")
_ASKED_SUPERLATIVE = re.compile(
    rf"\b(?:the|its|their|\w+'s) (?:(?:single|very|second|third) )?({_SUPERLATIVE})\b"
    r"(?! (?:recent\w*|likely|important|common\w*|often|part|of)\b)((?:\s+[\w-]+){0,4})",
    re.IGNORECASE)
# a degree in the answer: a superlative, a comparative, a record or a lead
_DEGREE = re.compile(rf"(?:{_SUPERLATIVE}|more|less|fewer|(?:high|larg|bigg|old|great|small|low|"
                     r"long|short|wid|strong|rich|poor|young|heavi|earli|lat|fast|slow|clos|"
                     r"near|bett|wors)er|record\w*|led|leads?|high|low|peak|maxim\w*|minim\w*|"
                     r"common\w*|often|widespread|frequent\w*|usual\w*|typical\w*|"
                     r"prevalent|popular|"
                     r"especially|particularly|mostly|mainly|only|first|rank\w*|ahead|"
                     r"exceed\w*|dominan\w*|majority|largely|chiefly)", re.IGNORECASE)
_COUNT = re.compile(rf"\d|\b(?:{CARDINAL}|several|few|many|numerous|both|all|no)\b",
                    re.IGNORECASE)
# a verb's superlative: "which state trades the most (with …)?"
_VERB_MOST = re.compile(r"\b(?:\w+s|\w+ed) the (?:most|least)\b(?=\W*$|\s+(?:in|on|at|with|to|"
                        r"from|of|among|during)\b)", re.IGNORECASE)
_MILD = frozenset({"top", "main", "chief", "primary", "principal", "premier", "leading"})
_NEAR = 6  # words between a degree and the thing it qualifies, at most
_STOPS = frozenset("do does did have has had are is was were will can could of in with at on "
                   "to for from by that which who among".split())


def _superlative(question: str, sentence: str) -> bool:
    """True when the question asks for the largest (oldest, most …) of a thing the
    sentence only counts: a number right before the thing ("500 companies", "11
    members") and no degree within ``_NEAR`` words of it ("the second largest investor"
    is of another thing). A sentence that never counts the thing is left to the other
    checks: "the main influence" of "he was inspired by his teacher" ranks in other
    words."""
    if _VERB_MOST.search(question):  # "which state trades the most"
        return not any(_DEGREE.fullmatch(w) for w in re.findall(r"[^\W_]+", sentence))
    asked = _ASKED_SUPERLATIVE.search(question)
    if asked is None or asked.group(1).lower() in _MILD:
        return False
    first, *rest = asked.group(2).lower().split() or [""]
    phrase = list(itertools.takewhile(  # up to a stop word or a participle ("signed")
        lambda w: w not in _STOPS and not w.endswith(("ed", "ing")), rest))
    phrase = [first, *phrase] if first and first not in _STOPS else []
    if not phrase:
        return False
    head = stem(phrase[-1])
    said = [w.lower() for w in re.findall(r"[^\W_]+", sentence)]
    at = [i for i, w in enumerate(said) if stem(w) == head]
    counted = any(_COUNT.search(w) for i in at for w in said[max(0, i - 3):i])
    return counted and not any(_DEGREE.fullmatch(w) for i in at
                               for w in said[max(0, i - _NEAR):i + _NEAR + 1])


_THAN = re.compile(r"(?<!other )(?<!rather )\b(?:than|compared (?:to|with)|versus|vs\.?)\s+"
                   r"((?:in\s+)?[^,.;?]+)", re.IGNORECASE)


def _compared(question: str, passage: str) -> list[str]:
    """What the question compares with that the passage never names: a year ("than in
    2016"), or a content word ("than its exports to China"); a bare number after "than"
    is a quantity ("more than 50 members"), not a thing."""
    missing: list[str] = []
    for match in _THAN.finditer(question):
        rest = match.group(1)
        if re.match(r"\s*(?:in\s+)?(?:the\s+)?(?:year\s+)?(?:1[5-9]|20)\d\d\b", rest):
            missing += [y for y in YEAR.findall(rest)[:1] if y not in passage]
        else:  # a place compared with ("than its exports to China")
            said = set(words(passage))
            missing += [_shown(w) for w in words(rest)[:5] if w in PLACES and w not in said][:1]
    return missing


_HOW_MANY = re.compile(r"\bhow many ((?:[\w-]+ ){0,2}[\w-]+)", re.IGNORECASE)
_OPEN_LIST = re.compile(r"\b(?:such\b(?:\s+[\w-]+){0,4}\s+as|including|etc|and others|among "
                        r"others|e\.g|for example|for instance|among them)\b", re.IGNORECASE)
def _open_count(question: str, sentence: str) -> bool:
    """True when "how many Xs" meets a sentence that names the Xs only in a list it
    leaves open ("such Xs as …", "including", "etc.") with no number before them."""
    asked = _HOW_MANY.search(question)
    if asked is None or not _OPEN_LIST.search(sentence):
        return False
    phrase = []
    for w in asked.group(1).lower().split():
        if w in _STOPS:
            break
        phrase.append(w)
    plural = [w for w in phrase if w.endswith("s") and len(w) > 3]
    if not phrase:
        return False
    head = stem((plural or phrase)[0])
    said = [w.lower() for w in re.findall(r"[\w-]+", sentence)]
    at = [i for i, w in enumerate(said) if stem(w) == head]
    return bool(at) and not any(_COUNT.search(" ".join(said[max(0, i - _NEAR):i])) for i in at)


_SIDE = re.compile(r"^\W*who\b.*?\b(?:represent(?:s|ed)?|spoke for|speaks for|on behalf "
                   r"of|for the side of|on the side of)\s+(?:the\s+)?(.+)", re.IGNORECASE)
_COUNTRY_SET = frozenset(COUNTRIES)


def _shown(country: str) -> str:
    """A folded country as a reply names it ("usa" is "the US")."""
    return "the US" if country == "usa" else country.capitalize()


def _other_side(question: str, sentence: str) -> list[str]:
    """"Who represented Norland at …" wants someone of Norland's side: a sentence that
    never names Norland, names another country, and gives every office it names to
    that country ("the U.S. Secretary of State") names the other side's people; "the
    Head of State", whose country it leaves unsaid, may be Norland's."""
    asked = _SIDE.search(question)
    side = next((w for w in words(asked.group(1)) if w in _COUNTRY_SET), None) if asked else None
    said = words(sentence)
    if side is None or side in said or not set(said) & _COUNTRY_SET:
        return []
    offices = [i for i, w in enumerate(said) if re.fullmatch(rf"(?:{ROLES})s?", w)]
    if any(not set(said[max(0, i - 3):i]) & _COUNTRY_SET for i in offices):
        return []
    return [f"someone of {_shown(side)}'s side"]


_OUTGOING = ("invest", "export", "sell", "sold", "send", "sent", "lend", "lent", "give", "gave",
             "donat", "ship")
_TOWARDS = frozenset({"in", "into", "to"})


def _sent_to(text: str) -> dict[str, set[str]]:
    """For each outgoing word of a text ("invested", "investor", "exports"), by its first
    five letters, the countries it puts right after "in", "into" or "to" (the receiving
    side): "investor in Kazakhstan", "invested in the US"."""
    said = [w for w in words(text) if w != "the"]
    sent: dict[str, set[str]] = {}
    for word, towards, place in zip(said, said[1:], said[2:], strict=False):
        if word.startswith(_OUTGOING) and towards in _TOWARDS and place in _COUNTRY_SET:
            sent.setdefault(word[:5], set()).add(place)
    return sent


def _reversed(question: str, sentence: str) -> list[str]:
    """"How much has A invested in B" (exported to, sold to; "the largest investor in
    B") of a sentence whose same word sends only to another country, never to B: it
    tells of the other direction, or of another place."""
    told = _sent_to(sentence)
    return [f"{_shown(place)} as the receiving side"
            for word, places in _sent_to(question).items() for place in sorted(places)
            if told.get(word) and place not in told[word]][:1]


def shortfall(question: str, sentence: str, passage: str) -> list[str]:
    """What the question asks for that the answer lacks, by the rules above, in words a
    reply can use."""
    return ((["a superlative"] if _superlative(question, sentence) else [])
            + _compared(question, passage)
            + (["a count"] if _open_count(question, sentence) else [])
            + _other_side(question, sentence) + _reversed(question, sentence))


_WEEKDAYS = r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweek(?:day|end)s?\b"
_CLOCK = (r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\b|p\.?m\b)|\b\d{1,2}:\d\d\b|\bo'clock\b|"
          r"\b(?:morning|afternoon|evening|night|noon|midnight|dawn|dusk|daybreak|sunrise|"
          r"sunset|hours?)\b")
_UNITS = {"euros": r"€|\beur(?:o|os)?\b", "tenge": r"₸|\btenge\b|\bkzt\b",
          "rubles": r"\bro?ubles?\b|\brub\b", "yuan": r"\byuan\b|\brenminbi\b|\brmb\b|\bcny\b",
          "yen": r"¥|\byen\b|\bjpy\b", "pounds": r"£|\bpounds?\b|\blbs?\b|\bsterling\b",
          "kilometres": r"\bkilomet\w*|\bkm\b", "miles": r"\bmiles?\b|\bmi\b",
          "kilograms": r"\bkilogram\w*|\bkgs?\b", "tonnes": r"\btonnes?\b|\btons?\b"}
_UNIT_ASKED = {"euros": r"euros?", "tenge": r"tenge", "rubles": r"ro?ubles",
               "yuan": r"yuan", "yen": r"yen", "pounds": r"pounds(?: sterling)?",
               "kilometres": r"kilomet(?:re|er)s|km", "miles": r"miles",
               "kilograms": r"kilograms|kgs?", "tonnes": r"tonnes|tons"}
_RESULT = (r"\b(?:result\w*|outcomes?|effect\w*|impact\w*|hit|damag\w*|suffer\w*|"
           r"consequen\w*|led to|lead\w* to|"
           r"caus\w*|thus|therefore|thereby|hence|agreed|decided|reached|achiev\w*|"
           r"contribut\w*|gave|giv(?:e|es|ing)|help\w*|facilitat\w*|enabl\w*|allow\w*|"
           r"impetus|ensur\w*|won|lost|defeat\w*|increas\w*|decreas\w*|reduc\w*|improv\w*|"
           r"became|brought|boost\w*|affect\w*|changed|produc\w*|creat\w*|so that|"
           # how the thing affected changed: "the plants grew taller", "lived longer"
           r"more|less|fewer|longer|shorter|better|worse|higher|lower|greater|\w+er than)\b")
_CHANGE = (r"\b(?:grow\w*|grew|grown|increas\w*|ris(?:e|es|en|ing)|rose|declin\w*|"
           r"fall\w*|fell|drop\w*|decreas\w*|shr[iu]nk\w*|chang\w*|improv\w*|worsen\w*|"
           r"more|less|fewer|higher|lower|doubl\w*|tripl\w*|halv\w*|expand\w*|boost\w*|"
           r"surg\w*|jump\w*|reduc\w*|gain\w*|momentum|compared|than|since|upgrad\w*|"
           r"rais\w*|deepen\w*|strengthen\w*|enhanc\w*|up|down|upwards?|downwards?|trend\w*|"
           r"steady|steadily|stable|constant|fluctuat\w*|remain\w*|stay\w*)\b")

# (what the question asks for, what the answer must then hold, how a reply names it)
ROWS: tuple[Row, ...] = rows((
        (r"\bday of the week\b|\bweekday\b", _WEEKDAYS, "a day of the week"),
        (r"\bwhat time of (?:the )?day\b|\bat what (?:time|hour)\b|\bwhat hour\b|"
         r"\bwhat time (?:did|does|do|was|is|will)\b", _CLOCK, "a time of day"),
        *((rf"\bin (?:{asked})\b|\bhow many (?:{asked})\b", _UNITS[unit], f"an amount in {unit}")
          for unit, asked in _UNIT_ASKED.items()),
        (r"\bwhat (?:was|were|is|are|has been) (?:the )?(?:\w+ )?(?:outcomes?|results?|"
         r"effects?|impacts?|consequences?|upshot)\b(?! of (?:the )?(?:vote|election|"
         r"match|game|race|poll|referendum|battle|war)\b)|\bwhat came (?:out )?of\b|"
         r"\bwhat (?:effect|impact|difference)\b.*\b(?:have|had|make|made)\b|"
         r"^\W*how (?:did|does|has|have) .* (?:affect|impact|influence)\b|"
         r"\bwhat did .* (?:achieve|accomplish|bring about)\b",
         _RESULT, "an outcome"),
        (r"^\W*(?:has|have|had|did|is|are)\b.*\b(?:grow|grown|grew|growing|increas\w*|"
         r"ris(?:e|en|ing)|rose|declin\w*|fall(?:en|ing)|fell|drop\w*|decreas\w*|"
         r"chang\w*|shr[iu]nk\w*|(?:go|gone|went|going) (?:up|down))\b|"
         r"\bhow (?:has|have) .* (?:chang\w*|evolv\w*|grow\w*|grown|develop\w*)\b|\bhow much "
         r"(?:did|has|have|had) .*\b(?:grow|increase|rise|fall|decline|drop|decrease|shrink)\b",
         _CHANGE, "a change over time"),
    ))
