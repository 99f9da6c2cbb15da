"""Is a message for the document? The classifier's view weighed against retrieval's evidence.

The message classifier (``classifier.py``) reads a message's wording only: "when's the next
time i get paid" reads as a task request, but so, to a model of wording, may a real
question about an article it has never seen ("How much do the farms pay for water?").
Retrieval reads the document only. The gate combines them:

    P(off topic) = sigmoid(BIAS + sum_k WEIGHTS[k] * input_k)
    inputs = logit P(question), logit P(chitchat), logit confidence, personal,
             retrieval's evidence (``bot.answering.confidence.SIGNALS``),
             topical, rare_known, common_unknown

(``personal`` is 1 when the message says I, my, you or your: a question about a document
is rarely about the person asking or the bot; an "I" after a capitalised word, "Philip I",
"World War I", is a numeral; the signals say how much of the message's
idf mass the best passage and sentence hold, how much the document never uses, whether a
name is missing, the answer's score and its margin over the next, how many terms the
message has, whether the answer lacks the kind of thing asked for, and how much of the
missing weight a near-synonym recovers). The last three read the message's words against
the document and against general English, ranked by commonness (``rank(w)``: the word's
place in the bundled wordpiece vocabulary, ``bot.index.wordpieces``, 30,000 when absent;
``a(w) = ln rank(w) / ln 30000``):

    topical        = max over words the document uses of  a(w) - idf(w) / 5
    rare_known     = max over words the document uses of  a(w)
    common_unknown = share of the message's words that are common English (rank < 8,000)
                     and that the document never uses

A question about a document names what the document is about: a word rare in English but
common in the document ("Kazakhstan", "Tesla") is topical, while a task request shares
only everyday words with it ("visa", "order", "dollar") and brings everyday words of its
own the document never uses ("delivered", "timer"). A message is
declined when P(off topic) >= ``GATE``, however confident retrieval is; its
reply then says what kzbot can do, never a document sentence.

The weights are a logistic regression fitted by ``bench/train_gate.py``: off-topic examples
are CLINC150 *training* queries that retrieval would answer from the default document
(task requests, chit-chat, out-of-scope); on-topic examples are the questions retrieval
answers rightly on squad_dev, dev and dev2 (5-fold cross-validated ROC AUC 0.9995, from
0.9992 without the three word features). ``GATE`` = 0.5 was chosen on CLINC150 val,
dev/dev2 and squad_dev together: of the 530 CLINC150 val queries retrieval would answer
(confidence >= 0.20), 10 are let through (8 at 0.4, for 7 more lost answers; the same 10
at 0.55); 11 of 3,316 right squad_dev answers and 1 of 107 right dev/dev2 answers (a
traveller's "do I need a visa", which reads as a task request) are lost.

Some kinds of message read as task requests to a model of wording, yet only a document can
answer them (``asks_the_document``), so P(off topic) is capped at ``DOCUMENT_CAP`` for them
unless the classifier is sure they are chitchat:

- a role asked of a name only the document knows: "whats smirnova's job", "what does
  okafor do" (CLINC's "what is my job title" has the wording, never such a name: a word
  the document uses that is no everyday English, rank >= 8,000);
- "tell me about okafor", "who's okafor": nothing but the document's words after the
  opening, one of them such a name;
- "what is isobaric", "what does quayage mean", "what does L denote", "what is meant by
  quayage": nothing but such
  names (or numbers, or symbols written in capitals) after the opening, a term the
  document uses and general English does not (CLINC's "what does serendipity mean" asks a
  dictionary: the document never uses the word);
- a question that quotes words its answer holds word for word (``quoting``, see
  ``bot.language.quotes``): it names the passage by the document's own wording;
- when the page itself was made or changed: "when was this page last updated" (a page's
  footer often dates it; who wrote it or what it costs stays gated);
- a keyword query of such a name and words the document uses or a query names its wish
  with ("caucus size", "spd members": ``telegraphic.WISHES``); CLINC's short requests
  ("car insurance size") name no such word.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from bot.answering.confidence import SIGNALS
from bot.answering.nearmiss.telegraphic import WISHES, telegraphic
from bot.index.wordpieces import vocabulary
from bot.language.hedges import unhedged
from bot.language.offices import AFFILIATION_WORDS, ROLE_WORDS, alternatives
from bot.language.quotes import unquoted
from bot.language.text import STOP_WORDS, stem, words
from bot.smalltalk.classifier import QUESTION, Verdict

CHITCHAT = "chitchat"
"""The intent for messages that are neither small talk nor for the document."""
# the retrieval signals the gate was fitted on (the confidence model may read more)
GATE_SIGNALS = SIGNALS[:9]
WORD_FEATURES = ("topical", "rare_known", "common_unknown")
INPUTS = ("logit_question", "logit_chitchat", "logit_confidence", "personal", *GATE_SIGNALS,
          *WORD_FEATURES)
WEIGHTS = (-0.66, 0.58, -1.45, 2.4, 0.25, 1.08, 2.59, -0.86, -1.9, 1.76, -2.74, -0.33, 1.0,
           -3.71, -3.65, 1.06)
BIAS = 8.04
GATE = 0.5
SURE_CHITCHAT = 0.9
# "Philip I", "World War I": after a capitalised word that opens no message, an "I" is a
# numeral, not the asker (but "What Can I do", "Why Should I")
_REGNAL = re.compile(r"(?<=\S)(\s+(?!(?:Can|Could|Do|Did|Should|Shall|May|Might|Must|Will|Would|"
                     r"Am|Have|Had|When|Where|How|What|Why|If|And|Or|But|So)\b)[A-Z][a-z]+)"
                     r"\s+I\b(?!['\u2019])")
_PERSONAL = re.compile(r"\b(?:i|i'm|im|me|my|mine|myself|you|you're|your|yours|yourself)\b")
_EPSILON = 1e-4
_RANKS = 30000  # the wordpiece vocabulary's size, roughly: the rank of a word not in it
_COMMON = 8000  # a word ranked before this is everyday English
_IDF_SCALE = 5.0
DOCUMENT_CAP = 0.25
_ROLE = re.compile(rf"\b(?:(?:{alternatives(ROLE_WORDS | AFFILIATION_WORDS)})s?|do for a living)\b|"
                   r"^\W*what (?:does|did) .+ do\W*$")
_ROLE_WORDS = (ROLE_WORDS | AFFILIATION_WORDS | {f"{w}s" for w in ROLE_WORDS}
               | {"living"})
_PAGE_DATED = re.compile(r"\b(?:when|what (?:date|day|year|time)|how old)\b.*\b(?:this|the) "
                         r"(?:page|article|document|web ?page|website|site|entry|text)\b|"
                         r"^\W*(?:this |the )?(?:page|article|web ?page|entry) (?:last |first )?"
                         r"(?:updated|update|created|creation|modified|edited|published|written)"
                         r"(?: date| when| on)?\W*$")
_ABOUT = re.compile(r"^\W*(?:(?:can you |could you |please )?tell me (?:more )?about|"
                    r"who(?:'s|s| is| was)|what about|info(?:rmation)? (?:on|about))\s+(.+)$")
_MEANS = r"(?:mean|denote|represent|signify|refer to)"
_DEFINED = re.compile(r"^\W*(?:what(?:'s|s| is) meant by (?:an? |the )?|"
                      r"what(?:'s|s| is| are) (?:an? |the )?|"
                      rf"what (?:does|do) (?=.+ {_MEANS}\W*$))(.+?)(?: {_MEANS})?\W*$")
# a symbol: a word written in capitals, as a document names a class or a quantity ("L", "NP")
_SYMBOL = re.compile(r"\b[A-Z][A-Z0-9]*\b")

Idf = Callable[[str], float | None]
"""The document's idf of a term (None when the document never uses it)."""


def _logit(p: float) -> float:
    """ln(p / (1 - p)), with p kept inside [1e-4, 1 - 1e-4] so it stays finite."""
    p = min(max(p, _EPSILON), 1.0 - _EPSILON)
    return math.log(p / (1.0 - p))


def word_features(message: str, idf: Idf) -> tuple[float, float, float]:
    """The WORD_FEATURES of a message: (topical, rare_known, common_unknown), see above."""
    ids = vocabulary().ids
    scale = math.log(_RANKS)
    said = unhedged(words(message), lambda w: idf(stem(w)) is not None)
    read = [(w, ids.get(w), idf(stem(w))) for w in said if w not in STOP_WORDS]
    known = [(math.log(rank or _RANKS) / scale, weight) for _, rank, weight in read
             if weight is not None]
    common = sum(weight is None and rank is not None and rank < _COMMON
                 for _, rank, weight in read)
    return (max((a - weight / _IDF_SCALE for a, weight in known), default=0.0),
            max((a for a, _ in known), default=0.0), common / max(len(read), 1))


def asks_the_document(message: str, idf: Idf) -> bool:
    """Whether a message asks what only the document can say (module docstring): a role of
    a name it uses that is no everyday English, what a term only it uses is or means, or
    when the page was made or changed."""
    text = message.lower()
    if _PAGE_DATED.search(text):
        return True
    defined = _DEFINED.match(text)
    symbols = {w.lower() for w in _SYMBOL.findall(message)}
    if defined and _terms_of_the_document(words(defined.group(1)), idf, symbols):
        return True
    about = _ABOUT.match(text)
    named = [w for w in words(about.group(1) if about else text)
             if w not in STOP_WORDS and w not in _ROLE_WORDS]
    keywords = telegraphic(message) and all(idf(stem(w)) is not None or w in WISHES
                                            for w in named)
    if not (about or keywords or _ROLE.search(text)) or (
            about and any(idf(stem(w)) is None for w in named)):
        return False
    ids = vocabulary().ids
    return any(idf(stem(w)) is not None and (ids.get(w) or _RANKS) >= _COMMON for w in named)


def _terms_of_the_document(asked: list[str], idf: Idf, symbols: set[str]) -> bool:
    """True when every word asked of is one the document uses that is no everyday English
    (or a number, or one of the message's ``symbols``, written in capitals), as in "what
    is isobaric", "what does LEU mean", "what is Psalm 31:5", "what does L denote": a term
    the document defines, where "what is the review for X" is a task request. (A symbol's
    letters are everyday English to a wordpiece vocabulary: "L" ranks 49th.)"""
    ids = vocabulary().ids
    named = [w for w in asked if w not in STOP_WORDS]
    return bool(named) and all(idf(stem(w)) is not None and (
        w.isdigit() or w in symbols or (ids.get(w) or _RANKS) >= _COMMON) for w in named)


def inputs(message: str, verdict: Verdict, confidence: float, signals: tuple[float, ...],
           idf: Idf) -> tuple[float, ...]:
    """The INPUTS for a message, its classifier verdict, retrieval's evidence and the
    document's idf."""
    evidence = (*signals, *[0.0] * len(GATE_SIGNALS))[: len(GATE_SIGNALS)]
    return (_logit(verdict.of(QUESTION)), _logit(verdict.of(CHITCHAT)), _logit(confidence),
            float(bool(_PERSONAL.search(_REGNAL.sub(r"\1", unquoted(message)).lower()))),
            *evidence,
            *word_features(message, idf))


def off_topic(message: str, verdict: Verdict, confidence: float, signals: tuple[float, ...],
              idf: Idf, follow_up: bool = False, quoting: bool = False) -> float:
    """P(the message is not for the document), from the classifier and retrieval.

    ``quoting``: the message quotes words the answer holds word for word
    (``bot.language.quotes``), so it asks the document as ``asks_the_document`` does.

    A follow-up ("The date?") is read with the answered turn it leans on, so what retrieval
    says of its own few words is no evidence: it is off topic only when the classifier is
    sure it is chitchat (P >= ``SURE_CHITCHAT``), and then with that probability.
    """
    if follow_up:
        chitchat = verdict.of(CHITCHAT)
        return chitchat if chitchat >= SURE_CHITCHAT else 0.0
    values = inputs(message, verdict, confidence, signals, idf)
    z = BIAS + sum(w * x for w, x in zip(WEIGHTS, values, strict=True))
    away = 1.0 / (1.0 + math.exp(-z))
    if verdict.of(CHITCHAT) < SURE_CHITCHAT and (quoting or asks_the_document(message, idf)):
        return min(away, DOCUMENT_CAP)
    return away
