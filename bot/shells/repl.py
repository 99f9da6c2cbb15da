"""The chat: a prompt-toolkit session over one Conversation, with slash commands.

Everything it answers comes from the engine's ``conversation()`` (``bot.shells.engine``);
this module only reads lines, routes slash commands, and prints replies safely (no raw
control characters, colour only on a terminal that wants it). With stdin not a terminal it
reads plain lines and prints plain replies, so the chat can be scripted.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import WordCompleter
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.output import Output

from bot.reply import Reply
from bot.shells.engine import Dialogue, Engine
from bot.shells.terminal import (
    citation,
    emphasise,
    format_sources,
    mark_span,
    safe,
    style,
    wants_colour,
    write_line,
)

COMMANDS = {
    "/help": "show this list",
    "/sources": "the passages behind the last reply (the nearest ones after a fallback)",
    "/why": "how the last reply was chosen",
    "/topics": "the document's sections (a plain text: the names it uses most)",
    "/reset": "forget the conversation so far",
    "/quit": "leave (also /exit, Ctrl-D)",
}
ALIASES = {"/exit": "/quit", "/q": "/quit", "/?": "/help"}
# a whole message that leaves the chat without its slash, as in most shells
BARE_QUIT = frozenset({"quit", "exit"})


def history_path() -> Path:
    """Where the chat keeps its input history: $XDG_STATE_HOME/kzbot/history."""
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "kzbot" / "history"


class ChatSession:
    """One chat: turns a line of input into printed output; ``run`` drives the prompt."""

    def __init__(self, bot: Engine, out: TextIO, colour: bool, width: int | None = None) -> None:
        self.bot = bot
        self.conversation: Dialogue = bot.conversation()
        self.out = out
        self.colour = colour
        terminal = shutil.get_terminal_size().columns if out.isatty() else 0
        self.width = width or (max(40, min(100, terminal)) if terminal else 10**6)
        self.last: Reply | None = None

    def say(self, text: str, code: str = "") -> None:
        """Print text wrapped to the terminal's width, styled when colour is on."""
        for line in self._wrap(safe(text)):
            write_line(style(line, code, self.colour) if code else line, self.out)

    def _wrap(self, text: str) -> list[str]:
        """Safe text's lines, each paragraph wrapped to the terminal's width."""
        lines = []
        for paragraph in text.split("\n"):
            lines += textwrap.wrap(paragraph, self.width, subsequent_indent="  "
                                   if paragraph.startswith("  ") else "") or [""]
        return lines

    def say_answer(self, reply: Reply) -> None:
        """An answer, wrapped: its span in bold, or all of it in bold when it has no span."""
        if reply.span is None:
            self.say(reply.text, "1")
            return
        for line in emphasise(self._wrap(mark_span(reply.text, reply.span)), self.colour):
            write_line(line, self.out)

    def banner(self) -> None:
        """What the chat is about and how to get help."""
        self.say(f"kzbot — ask me about: {self.bot.title}", "1")
        if self.bot.topics:
            self.say("Topics: " + ", ".join(self.bot.topics), "2")
        self.say("Type a question, /help for commands, Ctrl-D to leave.", "2")

    def handle(self, line: str) -> bool:
        """Act on one line of input; False when the chat should end."""
        text = line.strip()
        if not text:
            return True
        if text.startswith("/"):
            return self.command(text.split()[0].lower())
        if text.lower().rstrip("!. ") in BARE_QUIT:  # "quit" typed as a shell would take it
            return False
        reply = self.conversation.ask(text)
        self.last = reply
        self.show(reply)
        return reply.intent != "goodbye"

    def show(self, reply: Reply) -> None:
        """A reply: the text stands out, its section is dimmed beneath it."""
        if reply.kind == "answer":
            self.say_answer(reply)
        else:
            self.say(reply.text)
        corrections = reply.explanation.corrections
        if corrections:
            self.say("(did you mean: " + ", ".join(corrections.values()) + "?)", "2")
        line = citation(reply, self.bot.title, "/sources")
        if line:
            self.say(line, "2")

    def command(self, name: str) -> bool:
        """Run a slash command; False for /quit."""
        name = ALIASES.get(name, name)
        actions: dict[str, Callable[[], None]] = {
            "/help": self._help, "/sources": self._sources, "/why": self._why,
            "/topics": self._topics, "/reset": self._reset,
        }
        if name == "/quit":
            return False
        action = actions.get(name)
        if action is None:
            self.say(f"Unknown command {name} — type /help to see the commands.", "2")
        else:
            action()
        return True

    def _help(self) -> None:
        for name, what in COMMANDS.items():
            self.say(f"  {name:<9} {what}")

    def _sources(self) -> None:
        if self.last is None:
            self.say("Nothing asked yet.", "2")
            return
        for line in format_sources(self.last, self.colour, self.width).split("\n"):
            write_line(line, self.out)

    def _why(self) -> None:
        if self.last is None:
            self.say("Nothing asked yet.", "2")
            return
        e = self.last.explanation
        decided = (f"the classifier read it as '{e.classifier_label}' "
                   f"(probability {e.classifier_score:.2f})" if e.classifier_label else "")
        if e.route == "intent":
            how = f"score {e.intent_score:.0f}/100; {decided}" if decided else (
                f"fuzzy score {e.intent_score:.0f}/100")
            self.say(f"Small talk: matched the '{self.last.intent}' intent ({how}).")
            return
        if e.route == "none":
            self.say("The message could not be read as a question.")
            return
        if decided:
            self.say(f"Message: {decided}; chance it is off topic for the document "
                     f"{e.off_topic:.2f}.")
        verdict = "answered" if self.last.kind == "answer" else "not answered (fallback)"
        self.say(f"Retrieval: {verdict}. Confidence {e.confidence:.2f} (estimated chance "
                 f"that the document answers this; answers need {e.threshold:.2f}); "
                 f"best sentence score {e.answer_score:.2f}.")
        if e.answer_type:
            self.say(f"Expected answer type: {e.answer_type}.")
        if self.last.span:
            self.say(f"Exact answer: {self.last.span.text} (span probability "
                     f"{self.last.span.probability:.2f}).")
        if e.corrections:
            self.say("Spelling: " + ", ".join(f"{a} → {b}" for a, b in e.corrections.items()))
        if e.resolved_question:
            self.say(f"Follow-up read as: {e.resolved_question}")
        if e.unmet:
            self.say("Asked for, not in the document: " + ", ".join(e.unmet) + ".")

    def _topics(self) -> None:
        for topic in self.bot.topics or (self.bot.title,):
            self.say(f"  • {topic}")

    def _reset(self) -> None:
        self.conversation.reset()
        self.last = None
        self.say("Conversation forgotten.", "2")

    def run_lines(self, lines: TextIO) -> int:
        """The scripted chat: one reply per input line, no prompt; 0 at end of input."""
        for line in lines:
            if not self.handle(line):
                break
        return 0

    def run_prompt(self, session: PromptSession[str] | None = None) -> int:
        """The interactive chat on a terminal; 0 on /quit, goodbye or Ctrl-D."""
        prompt = session or self.prompt_session()
        while True:
            try:
                line = prompt.prompt("you › ")
            except KeyboardInterrupt:
                continue
            except EOFError:
                return 0
            if not self.handle(line):
                return 0

    def prompt_session(self, input: Input | None = None,
                       output: Output | None = None) -> PromptSession[str]:
        """A PromptSession with persistent history (or memory only, said once)."""
        history: History
        path = history_path()
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            path.touch(mode=0o600)
            path.chmod(0o600)  # what you typed is yours alone, like the cache
            history = FileHistory(str(path))
        except OSError as exc:
            history = InMemoryHistory()
            self.say(f"(history is not saved: {path.parent} is not writable: {exc.strerror})",
                     "2")
        completer = WordCompleter([*COMMANDS, *ALIASES], sentence=True)
        return PromptSession(history=history, auto_suggest=AutoSuggestFromHistory(),
                             completer=completer, complete_while_typing=False,
                             input=input, output=output)


def run_chat(bot: Engine, no_color: bool = False) -> int:
    """Chat with a bot on this terminal (or script it through stdin); the exit code."""
    interactive = sys.stdin.isatty()
    colour = interactive and wants_colour(sys.stdout, no_color)
    chat = ChatSession(bot, sys.stdout, colour)
    if not interactive:
        return chat.run_lines(sys.stdin)
    chat.banner()
    return chat.run_prompt()
