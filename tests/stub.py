"""Stand-ins for tests: an engine for the shells' interface tests (scripted replies, no
retrieval), and a document's places for the near-miss checks that read them.

The engine satisfies ``bot.shells.engine.Engine``, so the chat and the ``kzbot`` command can be
tested for what they do (arguments, exit codes, formatting, colour, slash commands) without
a ranking change ever breaking those tests.
"""

from __future__ import annotations

from bot.answering.nearmiss.doc_places import DocumentPlaces
from bot.reply import Explanation, Reply, Source
from bot.shells.engine import Dialogue, Engine

GROWING = Source("Green tea is grown in Shizuoka.", 3.25, "Growing", "tea.md", 7, 38)
BREWING = Source("Brew green tea at 80 degrees.", 1.5, "Brewing", "tea.md", 40, 69)
ANSWER = Reply("answer", "Green tea is grown in Shizuoka.", None, 0.9, (GROWING, BREWING),
               Explanation("retrieval", answer_score=3.25, confidence=0.9, threshold=0.3,
                           answer_type="place", corrections={"gren": "green"}))
REPLIES = {
    "Where is gren tea grown?": ANSWER,
    "hello": Reply("intent", "Hello there!", "greeting", 1.0,
                   explanation=Explanation("intent", intent_score=100.0, confidence=1.0)),
    "bye": Reply("intent", "Goodbye!", "goodbye", 1.0,
                 explanation=Explanation("intent", intent_score=100.0, confidence=1.0)),
}


def fallback(question: str) -> Reply:
    """Any other question: the document doesn't say (quoting the question, to test echoes)."""
    return Reply("fallback", f"Sorry, nothing on: {question}", None, 0.1, (BREWING,),
                 Explanation("retrieval", answer_score=0.5, confidence=0.1, threshold=0.3))


class StubConversation:
    """Turns with a StubBot: each is recorded, and a reset is counted."""

    def __init__(self, bot: StubBot) -> None:
        self.bot = bot

    def ask(self, question: str) -> Reply:
        return self.bot.ask(question)

    def reset(self) -> None:
        self.bot.resets += 1


class StubBot:
    """Scripted replies for the questions in ``REPLIES`` (spaces around them ignored, as
    the engine does); a fallback for anything else."""

    title = "Tea notes"
    topics = ("Growing", "Brewing")

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.resets = 0

    def ask(self, question: str) -> Reply:
        self.asked.append(question)
        return REPLIES.get(question.strip()) or fallback(question.strip())

    def conversation(self) -> Dialogue:
        return StubConversation(self)


def _satisfies_the_protocol(bot: StubBot) -> Engine:
    return bot  # mypy checks that StubBot is an Engine


def placed_words(*placed: str) -> DocumentPlaces:
    """Where a document puts words as places (a stand-in reading ``placed`` only)."""
    class Placed:
        def placed(self, word: str) -> bool:
            return word in placed
    return Placed()  # type: ignore[return-value]
