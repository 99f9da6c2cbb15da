"""What was talked about, asked of an answer that only tells that a talk took place.

"What were the main topics of the ministers' brief conversation?" of "The two ministers
held a brief conversation in Eastbay": the sentence names the talk, where and when, and
nothing of what was said. A question asking the topics of a talk ("what were the topics /
issues / subjects / agenda of" a conversation, a meeting, a call …, "what did they
discuss / talk about", "what was discussed"; not a paper's topic, "what did the reporter
cover", "what was the theme") is met only by an answer that tells what was talked about:
a word for it ("discussed", "talked about", "topics", "issues", "agenda", "focused on",
"touched on", "exchanged views", "on the subject of", "addressed", "agreed") or a "such
as" list. A general rule of English, not fitted to any question set.
"""

from __future__ import annotations

import re

# the topics of a talk: "what were the main topics of the … conversation"
_TOPICS = re.compile(
    r"\bwhat\s+(?:were|was|are|is)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:topics?|issues?|subjects?|"
    r"agenda|matters?)\s+(?:of|at|in|during|on|discussed|raised|covered)\b(?=.*\b(?:"
    r"conversation|talks?|meeting|call|discussions?|negotiations?|summit|visit|dialogue|"
    r"session|conference|consultations?|forum|round table)\b)", re.IGNORECASE)
_ASKED = re.compile(
    r"\bwhat\s+(?:did|do|does|will|would)\s+(?:\w+\s+){1,4}?(?:discuss|talk\s+about|"
    r"speak\s+about)\b|\bwhat\s+(?:was|were|is|are)\s+(?:being\s+)?"
    r"(?:discussed|talked\s+about)\b", re.IGNORECASE)
_TOLD = re.compile(
    r"\b(?:discuss\w*|talk(?:s|ed)?\s+about|spoke\s+about|topics?|issues?|agenda|"
    r"focus(?:ed|ing)?\s+on|touch(?:ed)?\s+(?:up)?on|exchang\w+\s+(?:of\s+)?views|"
    r"subjects?|matters?|questions?|address\w*|agree\w*|consider\w*|review\w*|such\s+as|"
    r"concern\w*|regarding|about)\b", re.IGNORECASE)


def untold_topics(question: str, text: str) -> list[str]:
    """["what was discussed"] when the question asks the topics of a talk and the answer
    ``text`` tells none (module docstring)."""
    asked = _TOPICS.search(question) or _ASKED.search(question)
    return ["what was discussed"] if asked and not _TOLD.search(text) else []
