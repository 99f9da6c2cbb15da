"""kzbot: answers questions about a document, from the terminal or as a library."""

from bot.chatbot import Chatbot
from bot.conversation import Conversation
from bot.errors import CorpusError, IntentError, KzbotError
from bot.reply import Explanation, Reply, Source, Span

__version__ = "0.1.0"
__all__ = ["Chatbot", "Conversation", "CorpusError", "Explanation", "IntentError",
           "KzbotError", "Reply", "Source", "Span", "__version__"]
