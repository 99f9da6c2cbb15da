"""What a new user sees in a terminal: words wrapped whole, where an answer is, a private
history file."""

import io
import os
import re
import stat
import sys
from pathlib import Path

import pexpect
import pytest
from hypothesis import given
from hypothesis import strategies as st
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot import Chatbot
from bot.shells.repl import ChatSession, history_path
from bot.shells.terminal import wrap
from conftest import ROOT, run_kzbot

DOLLARS = "How much did Kazakhstan export to the US in 2017?"


def _words(text: str) -> list[str]:
    return re.sub(r"\x1b\[[0-9;]*m", "", text).split()


@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "Zs", "P")),
               max_size=400), st.integers(20, 120))
def test_wrapping_keeps_every_word_whole_and_lines_within_width(text: str, width: int) -> None:
    wrapped = wrap(text, width, "    ")
    assert _words(wrapped) == text.split()
    # a line runs over only when it is one word (a no-break space joins, as it should)
    assert all(len(line) <= width or " " not in line.strip() for line in wrapped.splitlines())


def test_sources_in_the_chat_wrap_at_word_boundaries(bot: Chatbot) -> None:
    out = io.StringIO()
    chat = ChatSession(bot, out, colour=False, width=50)
    chat.handle(DOLLARS)
    chat.handle("/sources")
    shown = out.getvalue().split("[1] ", 1)[1]
    assert all(len(line) <= 50 for line in shown.splitlines())
    passage = bot.ask(DOLLARS).sources[0].text
    assert " ".join(passage.split()) in " ".join(shown.split())  # no word cut in two


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_kzbot_ask_in_a_terminal_wraps_whole_words_and_says_where(tmp_path: Path) -> None:
    env = {**os.environ, "TERM": "dumb"}
    child = pexpect.spawn(sys.executable, ["-m", "bot", "ask", "--sources", DOLLARS],
                          cwd=str(ROOT), env=env, encoding="utf-8", timeout=60,
                          dimensions=(40, 60))
    child.expect(pexpect.EOF)
    child.close()
    shown = child.before.replace("\r\n", "\n")
    assert child.exitstatus == 0
    assert all(len(line) <= 60 for line in shown.splitlines())
    assert "— Economic cooperation" in shown
    piped = run_kzbot("ask", "--sources", DOLLARS).stdout  # piped: one line per passage
    assert _words(shown) == _words(piped)


def test_the_history_file_is_private(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                     bot: Chatbot) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    history_path().parent.mkdir(parents=True)
    history_path().write_text("")
    history_path().chmod(0o644)  # left by an older kzbot: made private too
    session = ChatSession(bot, io.StringIO(), colour=False, width=100)
    with create_pipe_input() as pipe:
        pipe.send_text("hello\r\x04")
        session.run_prompt(session.prompt_session(input=pipe, output=DummyOutput()))
    assert stat.S_IMODE(history_path().stat().st_mode) == 0o600
    assert "hello" in history_path().read_text()


def test_a_new_history_file_is_created_private(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path, bot: Chatbot) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    ChatSession(bot, io.StringIO(), colour=False).prompt_session(
        input=None, output=DummyOutput())
    assert stat.S_IMODE(history_path().stat().st_mode) == 0o600
    assert stat.S_IMODE(history_path().parent.stat().st_mode) == 0o700
