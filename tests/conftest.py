"""Shared fixtures: one default Chatbot, and a way to run the real `kzbot` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import Chatbot
from bot.reply import Reply

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests (and the processes they start) use a cache folder of their own, not the user's."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def bot() -> Chatbot:
    """The bot on the bundled document and intents (built once: it is read-only)."""
    return Chatbot()


def run_kzbot(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None,
              env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot ARGS` as a user would, capturing its output as text."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    data = stdin.encode() if isinstance(stdin, str) else stdin
    done = subprocess.run([sys.executable, "-m", "bot", *args], input=data,
                          capture_output=True, cwd=cwd or ROOT, env=full_env, timeout=120)
    return subprocess.CompletedProcess(done.args, done.returncode,
                                       done.stdout.decode("utf-8", "replace"),
                                       done.stderr.decode("utf-8", "replace"))


def last_reply(bot: Chatbot, turns: list[str]) -> Reply:
    """A conversation's last reply to ``turns``, whatever its kind."""
    conversation = bot.conversation()
    return [conversation.ask(turn) for turn in turns][-1]


def last_answer(bot: Chatbot, turns: list[str]) -> str:
    """The text of a conversation's last reply to ``turns``, which must be an answer."""
    reply = last_reply(bot, turns)
    assert reply.kind == "answer", (turns, reply.text)
    return reply.text
