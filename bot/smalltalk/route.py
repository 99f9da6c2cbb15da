"""Small talk as the message classifier sees it: which intent, and where a question starts.

Helpers of ``Chatbot``'s route (``bot.chatbot``): the classifier (``classifier.py``) names a
class for every message; only a class that is one of the intent files, and neither the
built-in question class nor ``chitchat`` (messages for neither, ``gate.py``), is small talk.
"""

from __future__ import annotations

import re
from typing import TypedDict

from bot.language.continuation import points_back
from bot.smalltalk.classifier import QUESTION, MessageClassifier, Verdict
from bot.smalltalk.gate import CHITCHAT
from bot.smalltalk.intents import IntentMatch, IntentMatcher

# A message this close (fuzzy score 0-100) to an intent's example is small talk before the
# document is asked; a looser match ("what is b" ~ "what is kzbot") must first fail to be a
# question, and then counts when the classifier agrees or the message is a word or two
# ("thnx": too little for n-grams) within WEAK_INTENT_MARGIN of the Chatbot's cutoff.
SURE_INTENT = 95.0
WEAK_INTENT_MARGIN = 15.0
TYPO_WORDS = 2
# The classifier's probability for small talk before the document is asked, and after it
# failed (chosen on CLINC150 val, checked on squad_dev: a real question rarely scores either).
SURE_TALK = 0.9
WEAK_TALK = 0.5
_CLAUSE_END = re.compile(r"[.!?,;:]+\s+|\s+-+\s+")


def fuzzy_talk(intents: IntentMatcher, text: str) -> IntentMatch | None:
    """The intent whose example the message is closest to, unless that is ``chitchat``: "set
    a timer" is no small talk, however close the example."""
    match = intents.match(text)
    return None if match is None or match.intent.name == CHITCHAT else match


def talk(intents: IntentMatcher, verdict: Verdict) -> IntentMatch | None:
    """The small-talk intent the classifier chose (its score 0-100), if it chose one."""
    intent = intents.named(verdict.label)
    if intent is None or verdict.label in (QUESTION, CHITCHAT):
        return None
    return IntentMatch(intent, 100 * verdict.score)


def without_small_talk(intents: IntentMatcher, classifier: MessageClassifier, text: str,
                       cutoff: float) -> str:
    """The message minus a leading greeting or thanks ("Hi! When was …?" → "When was …?").

    The lead counts when it is all but an example (fuzzy score >= ``cutoff``) or the
    classifier is sure of it; the rest must not be small talk too ("ok that's all for now,
    bye" is one goodbye, not a question "bye").
    """
    parts = _CLAUSE_END.split(text, maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return text
    lead = intents.match(parts[0])
    lead_talk = talk(intents, classifier.classify(parts[0]))
    if (lead and lead.score >= cutoff) or (lead_talk and lead_talk.score >= 100 * SURE_TALK):
        rest = talk(intents, classifier.classify(parts[1]))
        return text if rest and rest.score >= 100 * WEAK_TALK else parts[1]
    return text


class Decided(TypedDict, total=False):
    """The classifier's part of an Explanation (see ``bot.reply.Explanation``)."""

    classifier_label: str
    classifier_score: float
    off_topic: float


def decided(verdict: Verdict | None, away: float | None = None) -> Decided:
    """The Explanation fields that say which way the classifier (and the gate) decided."""
    if verdict is None:
        return {}
    fields: Decided = {"classifier_label": verdict.label,
                       "classifier_score": round(verdict.score, 4)}
    if away is not None:
        fields["off_topic"] = round(away, 4)
    return fields


# A polite or hedged wrapper around a question ("do you know when …", "could you tell me
# who …", "any idea where …", "i'd like to know how many …"): the asker's manners, not the
# question; only before a question word, so "do you know anything about X" stays a request.
_WRAPPER = re.compile(
    r"^\W*(?:(?:hey|so|ok|okay|um+|hm+|quick question)\W+)?(?:"
    r"(?:do|did|would|does) (?:you|u|ya) (?:happen to )?know|"
    r"(?:can|could|would|will) (?:you|u) (?:please |pls |plz )?(?:tell|show) me|"
    r"(?:please |pls |plz )?tell me|i(?:'d| would) like to know|"
    r"i (?:want|need|wanna|would love) (?:to )?know|i(?:'m| am) (?:curious|wondering)|"
    r"i (?:was )?wonder(?:ing)?|(?:do (?:you|u) have |got )?any (?:idea|clue)|"
    r"(?:does )?any ?(?:one|body) know)"
    r"\W+(?=(?:when|where|who|whom|whose|what|which|how|why)\b)", re.IGNORECASE)


# Asking whether a claim holds ("is it true (that) X was …", "am I right that …"): the claim
# is the question, and "true" no word of it the document must say.
_CLAIM = re.compile(r"^\W*(?:is it (?:really )?(?:true|correct|right|the case|a fact)|"
                    r"am i (?:right|correct)|is this (?:true|correct|right))(?: that)?\W+(?=\w)",
                    re.IGNORECASE)


# A polite tail ("…, if you don't mind my asking", "…, please"): manners again.
_TAIL = re.compile(r",?\s+(?:if (?:you|u) (?:don't|dont|do not) mind(?: (?:me|my) asking)?|"
                   r"if i (?:may|might|can) ask|if (?:you|u) (?:know|can|could)|please|pls|plz|"
                   r"thanks|thank you|thx)(?=\W*$)", re.IGNORECASE)
# What the asker was doing before asking ("I was reading about X the other day — when did
# …?"): their own story, set apart by a stop or a dash before a question word; dropped
# only when the question needs none of it (no "it", "this", "they" pointing back).
_STORY = re.compile(r"^\W*i(?:'m| am| was|'ve been| have been| keep| kept)\s+(?:just\s+)?"
                    r"(?:reading|hearing|thinking|learning|looking|watching)\b[^.?!:;—–]*"
                    r"(?:[.:;—–]|\s-)\s*(?=(?:(?:so|and|but)\s+)?(?:(?:on|in|at|for|from)\s+)?"
                    r"(?:when|where|who|whom|whose|what|which|how|why)\b)", re.IGNORECASE)


def unwrapped(text: str) -> str:
    """The question inside a polite wrapper ("do you know when X got …" → "when X got …",
    "…, if you don't mind my asking" → "…"), after the asker's story ("I was reading about
    … — when did …?" → "when did …?") or a claim asked about ("is it true X was …" → "X
    was …"), so that the classifier and the off-topic gate weigh the question, not the
    asker's "you" (``gate``'s personal feature); any other message as it is."""
    told = _STORY.match(text)
    if told and not points_back(text[told.end():]):
        text = text[told.end():]
    return _CLAIM.sub("", _WRAPPER.sub("", _TAIL.sub("", text), count=1), count=1) or text
