"""What the shells need from the engine: a Protocol, so they can be driven by a stand-in.

``bot.Chatbot`` satisfies it; the shells' interface tests use a stub that does too, so a
change in ranking never breaks a test of arguments, exit codes or formatting.
"""

from __future__ import annotations

from typing import Protocol

from bot.reply import Reply


class Dialogue(Protocol):
    """Turns that remember each other (``Chatbot.conversation()``)."""

    def ask(self, question: str) -> Reply: ...

    def reset(self) -> None: ...


class Engine(Protocol):
    """Answers questions about one document."""

    @property
    def title(self) -> str: ...

    @property
    def topics(self) -> tuple[str, ...]: ...

    def ask(self, question: str) -> Reply: ...

    def conversation(self) -> Dialogue: ...
