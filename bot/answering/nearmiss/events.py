"""Which stage of a thing's life a question asks about, against the one the answer tells.

A near-domain question often names the right subject and asks about another event in
its life: "When did the consulate *close*?" of "the Consulate General is *established*
in 2009", "When did the agreement *come into force*?" of "the Agreement … was *signed*",
"When was the protocol *ratified*?" of "the Protocol … was signed". Every other word
matches; the verb that decides is the one that differs, and the date the sentence gives
is the date of another event. The stages are few and general:

- ``start``: established, opened, founded, created, launched, set up, entered (a market),
  joined, introduced, appointed, took up or over (a post), "since" a year ("since 2019 …
  is ambassador");
- ``end``: closed, shut down, left, withdrew, pulled out, abolished, terminated,
  dissolved, expired, resigned, retired, stepped down, ceased, cancelled, revoked,
  suspended, expelled, stopped;
- ``move``: moved, relocated (not told by its founding, nor its ending);
- of an agreement: ``sign`` (signed, concluded, adopted), ``ratify`` (ratified) and
  ``force`` (came or entered into force, took effect);
- of a contact: ``visit`` (visited, met, travelled to, came to, a trip; not "came to an
  agreement", "when it comes to") against ``call`` (a telephone conversation, a phone
  call), and against an agreement's stages and an ending: "when did X come to Astana"
  is not told by "the agreement was signed in Astana".

The question's stage (exactly one, or it asks of several and this check keeps out), in a
question that asks when or where it happened or whether it did (in "which mission was
cancelled …" the event qualifies the thing asked for, and the sentence may well tell it
in other words), is unmet when the sentences of the answer that tell of the question's
subject (those sharing most of its other words) tell of a contrasting stage and never of
the asked one. Contrasts: the end against any other stage (a meeting or a visit is no
ending either), a move against a life's or an agreement's stages, a start against an
end, a visit or a call ("when was the partnership set up" is not told by a meeting held
within it), the three stages of an agreement against each other (and a signing asked
when against a meeting or a call: "when was the pact signed" is not told by its
council's meeting), a visit against a call, an agreement's stages or an ending (not a
start: "tourists visiting X" of "a visa-free regime was introduced" is no visit asked);
a start is not read against an agreement's stages ("when did the regime start" may well
be answered by "the agreement entered into force"). A completion planned ("when will X
be completed", "is X due to be finished") is told only where the completion is: a
sentence about X's announcement gives no date for it; nor for a start asked in plain
words ("when did X begin producing?" of "the announcement in July 2016 that X plans to
reinvest"). A general table of English event
words, not fitted to any question set.

When the best candidate fails this check, a close runner-up that tells the asked stage
and names whoever the best named is put first (``staged.promote_stage``): "when did X
come to the US" is answered by X's official visit, not declined for X's telephone call.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.text import STOP_WORDS, content, words

_FORCE = (r"\b(?:came|comes?|coming|entered|enters?|entering|went|goes|go|put|brought)\s+"
          r"into\s+(?:force|effect)\b|\b(?:in|into)\s+force\b|\bt(?:ake|akes|aking|ook|aken)"
          r"\s+effect\b|\bbec(?:ame|ome|omes)\s+effective\b|\beffective\s+(?:from|as of)\b")
_STAGES: dict[str, str] = {
    "force": _FORCE,
    "ratify": r"\bratif(?:y|ies|ied|ying|ication)\b",
    "sign": r"\bsign(?:s|ed|ing)?\b(?!\s+(?:of|language|up)\b)|\bsignature\b|"
            r"\bconclu(?:de|ded|ding)\s+(?:a|an|the|such|this|that)\b|\badopt(?:s|ed|ing)?\b",
    "end": r"\bclos(?:ed|es|ing|ure)\b|\bclose\s*(?:$|\?)|"
           r"\bclose\s+(?:down|its|their|the|his|her|our|a|an)\b|\bshut(?:s|ting)?\s+down\b|"
           r"\bshut\s*(?:$|\?)|\bleav(?:e|es|ing)\b(?!\s+(?:of|for|to)\b)|"
           r"\bleft\s+(?:the|office|power|its|their|his|her|kazakhstan|\w+stan)\b|"
           r"\bwithdr(?:aw|aws|ew|awn|awing|awal)\b|\bpull(?:s|ed|ing)?\s+out\b|"
           r"\bexit(?:s|ed|ing)?\b|\bdepart(?:s|ed|ing|ure)?\b|\bquit(?:s|ting)?\b|\babolish(?:es|ed|ing)?\b|"
           r"\bterminat(?:e|es|ed|ing|ion)\b|\bdissol(?:ve|ves|ved|ving|ution)\b|"
           r"\bdisband(?:s|ed|ing)?\b|\bexpir(?:e|es|ed|ing|y|ation)\b|"
           r"\bresign(?:s|ed|ing|ation)?\b|\bretir(?:e|es|ed|ing|ement)\b|"
           r"\bst(?:ep|eps|epped|epping) down\b|\bceas(?:e|es|ed|ing)\b|"
           r"\bend(?:ed|ing)\b|\bend\s*\??\s*$|"
           r"\bc(?:ame|ome|omes)\s+to\s+an\s+end\b|"
           r"\bcancel(?:s|led|ed|ling|ing|lation)?\b|\bannul(?:s|led|ment)?\b|"
           r"\brevo(?:ke|kes|ked|king|cation)\b|\bsuspen(?:d|ds|ded|ding|sion)\b|"
           r"\bexpel(?:s|led|ling)?\b|\bexpulsion\b|\bsever(?:s|ed|ing|ance)?\b|"
           r"\bdenounc(?:e|es|ed|ing)\b|\bdenunciation\b|\bscrapped\b|\bdowngrad(?:e|ed)\b|"
           r"\bstop(?:s|ped|ping)?\b|\bhalt(?:s|ed|ing)?\b|\bdiscontinu(?:e|es|ed|ing)\b",
    "move": r"\bmov(?:e|es|ed|ing)\s+(?:to|from|its|their|the)\b|\bmoved\b|"
            r"\breloca(?:te|tes|ted|ting|tion)\b",
    "start": r"\bestablish(?:es|ed|ing|ment)?\b|\bopen(?:s|ed|ing)\b|"
             r"\bfound(?:ed|ing|er|ers|ation)\b|\bto\s+found\b|\bcreat(?:e|es|ed|ing|ion)\b|"
             r"\blaunch(?:es|ed|ing)?\b|\bset\s+up\b|\bentered\s+(?!into\b)|"
             r"\benter(?:s|ing)?\s+the\b|\bjoin(?:s|ed|ing)?\b|"
             r"\bintroduc(?:e|es|ed|ing|tion)\b|\bappoint(?:s|ed|ing|ment)?\b|"
             r"\binaugurat(?:e|ed|ion)\b|\bsince\s+(?:1[0-9]{3}|20[0-9]{2})\b|"
             # taking up (or over) a post, a role, duties
             r"\bt(?:ake|akes|ook|aken|aking)\s+(?:up|over)\b",
    "visit": r"\bvisit(?:s|ed|ing)?\b|\bmet\b|\bmeet(?:s|ing)?\b(?!s)|\btravel(?:l?ed|s)?\s+to\b|"
             r"\btrips?\b|\bwent\s+to\b|(?<!it )\bc(?:ame|ome|omes|oming)\s+to\b"
             r"(?!\s+(?:an?|the)\s+(?:end|agreement|understanding|decision|conclusion|halt|"
             r"stop)\b|\s+(?:terms|power|light|mind|life)\b)",
    "call": r"\b(?:tele)?phone\b|\bphoned\b|\bcalled\b(?=\s+\w+\s*$)|\bvideo\s*(?:call|link)\b",
}
# words between a helping verb and the event that are no doer: adverbs, and verbs that
# take the event as their object ("did the US *help* set up …", "did they *plan to* visit")
_STOP = STOP_WORDS | frozenset("""ever never really actually first last once help helped
    helps try tried tries plan planned plans want wanted wants agree agreed agrees decide
    decided decides hope hoped hopes intend intended intends attempt attempted seek sought
    manage managed refuse refused offer offered promise promised fail failed get got""".split())
_AUXILIARY = frozenset("is are was were do does did will can could would should".split())
_PATTERNS = {stage: re.compile(pattern, re.IGNORECASE) for stage, pattern in _STAGES.items()}
CONTRAST = {"end": {"start", "sign", "ratify", "force", "visit", "call", "move"},
             "start": {"end", "visit", "call"},
             "move": {"start", "end", "sign", "ratify", "force"},
             "sign": {"ratify", "force", "end", "visit", "call"},
             "ratify": {"sign", "force", "end"},
             "force": {"sign", "ratify", "end"},
             "visit": {"call", "force", "ratify", "end", "sign"}, "call": {"visit"}}
# how a reply names the stage the document does not give
_NAMED = {"end": "the closing or departure", "start": "the start", "move": "the move",
          "sign": "the signing", "ratify": "the ratification", "force": "the entry into force",
          "visit": "a visit or meeting in person", "call": "a call"}
# Questions whose event is their own main verb: when or where it happened, or whether it
# did ("what mission was cancelled …" puts the event in a clause about another thing)
OF_EVENT = re.compile(r"^\W*(?:(?:since|from|until|till)\s+)?(?:when|where)\b|"
                       r"^\W*(?:(?:in|on|at|since)\s+)?(?:what|which)\s+(?:year|date|day|month)\b|"
                       r"^\W*(?:in|at)\s+(?:what|which)\s+(?:city|town|place|country)\b|"
                       r"^\W*(?:did|does|do|has|have|had|was|were|is|are|will|can)\b",
                       re.IGNORECASE)
# a sentence ends at a stop, not at an initial's ("the U.S. Department", "W. R. Grace")
_SENTENCE = re.compile(r"(?<=[.!?\"”)\]])(?<!\b[A-Z]\.)(?<![A-Z]\.[A-Z]\.)\s+(?=[A-Z0-9(“\"])")


@lru_cache(maxsize=16384)
def stages(text: str) -> frozenset[str]:
    """The stages a text tells of; "entered into force" is the force, not a start."""
    found = set()
    rest = text
    for stage, pattern in _PATTERNS.items():
        if pattern.search(rest):
            found.add(stage)
        if stage == "force":
            rest = pattern.sub(" ", rest)
    return frozenset(found)


@lru_cache(maxsize=16384)
def subject_terms(text: str) -> frozenset[str]:
    """A text's terms less the words that name a stage ("came into force", "signed"),
    cached: the same answer sentences come back question after question."""
    for pattern in _PATTERNS.values():
        text = pattern.sub(" ", text)
    return frozenset(content(words(text)))


def subject_sentences(question: str, text: str) -> list[str]:
    """The sentences of an answer that share most of the question's terms, less its
    event words: those that tell of what the question asks about."""
    asked = subject_terms(question)
    parts = _SENTENCE.split(text) or [text]
    shared = [len(asked & subject_terms(s)) for s in parts]
    return [s for s, n in zip(parts, shared, strict=True) if n == max(shared)]


def asked_stage(question: str) -> str | None:
    """The one stage a question about when, where or whether an event happened asks of
    (None when it asks of none, or of several)."""
    asked = stages(question)
    return next(iter(asked)) if len(asked) == 1 and OF_EVENT.match(question) else None


# "which US companies left …", "what agreement came into force …": the event is the verb
# of the question's own subject, one to three words after "which" or "what" (a helping
# verb between: "which companies have left")
_SUBJECT_EVENT = re.compile(r"^\W*(?:which|what)((?:\s+[\w'-]+){1,3}?)"
                            r"(?:\s+(?:have|has|had))?\s+$", re.IGNORECASE)


def _subject_stage(question: str) -> str | None:
    """The one stage a "which/what <thing> <event>" question asks of, when its event's
    verb follows the thing it asks for ("which companies *left* the market")."""
    asked = stages(question)
    if len(asked) != 1:
        return None
    stage = next(iter(asked))
    found = _PATTERNS[stage].search(question)
    before = question[:found.start()] if found else ""
    said = _SUBJECT_EVENT.match(before)
    return stage if said and not set(words(said.group(1))) & _AUXILIARY else None


# a start asked in plain words ("when did X begin producing"), of an answer telling only
# an announcement: the date a plan was announced is not the date it starts (any start of
# doing something; ``staged._BEGUN`` reads only the thing's own start, "when did it start?")
_BEGINS_DOING = re.compile(r"\b(?:beg(?:in|ins|an|un)|start(?:s|ed)?|commenc(?:e|es|ed))\b(?!-)",
                    re.IGNORECASE)
_ANNOUNCED = re.compile(r"\bannounc(?:e|es|ed|ing|ement)\b", re.IGNORECASE)
# a completion asked of the future ("when will X be completed", "when is X due to be
# finished"): only a sentence that tells the completion gives its date; one telling
# another event of X (its announcement, its funding) is no plan for it
_PLANNED_END = re.compile(r"\b(?:will|would|is|are)\b(?:\s+[\w'-]+){0,6}?\s+(?:(?:supposed|"
                          r"expected|scheduled|due|planned|set)\s+to\s+)?be\s+(?:complet|"
                          r"finish|done\b|ready\b|over\b)", re.IGNORECASE)
_COMPLETED = re.compile(r"\bcomplet(?:e|es|ed|ing|ion)\b|\bfinish(?:es|ed|ing)?\b|\bready\b|"
                        r"\bdone\b|\bcommission(?:ed|ing)\b", re.IGNORECASE)


def other_stage(question: str, text: str) -> list[str]:
    """The stage the question asks about, named as a reply would ("the entry into
    force"), when the answer ``text`` tells only of a contrasting one, or a planned
    completion when it tells of none; else nothing."""
    if (OF_EVENT.match(question) and _PLANNED_END.search(question)
            and not _COMPLETED.search(text)):
        return ["the completion"]
    if OF_EVENT.match(question) and _BEGINS_DOING.search(question) and not _ANNOUNCED.search(
            question):
        about = subject_sentences(question, text)  # each tells only an announcement
        if all(_ANNOUNCED.search(s) and not (_BEGINS_DOING.search(s) or "start" in stages(s))
               for s in about):
            return ["the start"]
    asked = asked_stage(question)
    wanted = asked or _subject_stage(question)
    if wanted is None:
        return []
    told = frozenset().union(*map(stages, subject_sentences(question, text)))
    against = CONTRAST[wanted] - (frozenset() if asked else _WHEN_ASKED.get(wanted, frozenset()))
    return [_NAMED[wanted]] if wanted not in told and told & against else []


# contrasts read only of when, where or whether it happened: "which firms signed deals at
# the round table?" may be told by the meeting, "when was the pact signed?" is not
_WHEN_ASKED = {"sign": frozenset({"visit", "call"})}

