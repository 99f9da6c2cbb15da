"""kzbot: answers questions about a document, from the terminal or as a library.

The names below are imported on first use (PEP 562), so that ``import bot.shells.start``
runs before numpy loads: the command sets OpenBLAS to one thread first (see
``bot.shells.start``), and a program that imports only a submodule pays for no more.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.chatbot import Chatbot
    from bot.conversation import Conversation
    from bot.errors import CorpusError, IntentError, KzbotError
    from bot.reply import Explanation, Reply, Source, Span

__version__ = "0.1.0"
__all__ = ["Chatbot", "Conversation", "CorpusError", "Explanation", "IntentError",
           "KzbotError", "Reply", "Source", "Span", "__version__"]

_HOMES = {"Chatbot": "bot.chatbot", "Conversation": "bot.conversation",
          "CorpusError": "bot.errors", "IntentError": "bot.errors", "KzbotError": "bot.errors",
          "Explanation": "bot.reply", "Reply": "bot.reply", "Source": "bot.reply",
          "Span": "bot.reply"}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use and kept in the package."""
    if name not in _HOMES:
        raise AttributeError(f"module 'bot' has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name]), name)
    globals()[name] = value
    return value
