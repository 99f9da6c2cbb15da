"""The chat: its interface against a stub engine, then the real engine in a real terminal.

Slash commands, Ctrl-C and Ctrl-D, history, colour and scripted use are checked with a
``StubBot`` (scripted replies), so they never depend on what the engine answers.
"""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

import pexpect
import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot import Chatbot
from bot.shells.repl import ChatSession, history_path, run_chat
from conftest import ROOT, run_kzbot
from stub import StubBot


def chat(keys: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
         bot: StubBot | None = None) -> tuple[int, str]:
    """Drive the prompt with keystrokes; return the exit code and what was printed."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    out = io.StringIO()
    session = ChatSession(bot or StubBot(), out, colour=False, width=100)
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        code = session.run_prompt(session.prompt_session(input=pipe, output=DummyOutput()))
    return code, out.getvalue()


def test_an_answer_names_its_section_and_file_and_the_spelling_it_fixed(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    code, out = chat("Where is gren tea grown?\r\x04", monkeypatch, tmp_path)
    assert code == 0
    assert out.splitlines() == ["Green tea is grown in Shizuoka.", "(did you mean: green?)",
                                "— Growing · tea.md"]


@pytest.mark.parametrize("word", ["quit", "exit", "Exit!"])
def test_quit_or_exit_alone_leaves_the_chat(word: str, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    code, out = chat(f"{word}\rWhere is gren tea grown?\r", monkeypatch, tmp_path)
    assert code == 0 and "Shizuoka" not in out


def test_slash_commands(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    keys = "Where is gren tea grown?\r/sources\r/why\r/topics\r/help\r/nope\r/quit\r"
    code, out = chat(keys, monkeypatch, tmp_path)
    flat = " ".join(out.split())
    assert code == 0
    assert "[1] Growing · tea.md (score 3.250)" in out and "[2] Brewing" in out
    assert "Retrieval: answered. Confidence 0.90" in flat and "answers need 0.30" in flat
    assert "Expected answer type: place." in flat and "Spelling: gren → green" in flat
    assert "• Growing" in out and "• Brewing" in out
    assert "/sources" in out and "/reset" in out
    assert "Unknown command /nope — type /help" in out


def test_why_explains_small_talk_and_says_when_nothing_was_asked(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    code, out = chat("/why\r/sources\rhello\r/why\r\x04", monkeypatch, tmp_path)
    assert code == 0 and out.count("Nothing asked yet.") == 2
    assert "Small talk: matched the 'greeting' intent (fuzzy score 100/100)." in out


def test_after_a_fallback_the_chat_points_to_the_nearest_passage(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    code, out = chat("What is oolong?\r/sources\r\x04", monkeypatch, tmp_path)
    flat = " ".join(out.split())
    assert code == 0 and "Sorry, nothing on: What is oolong?" in flat
    assert "(the nearest passage is in Brewing · tea.md; /sources shows it)" in flat
    assert "The nearest passages (none of them answers the question):" in flat and "[1] " in out


def test_reset_forgets_the_conversation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bot = StubBot()
    code, out = chat("What is oolong?\r/reset\r/sources\r\x04", monkeypatch, tmp_path, bot)
    assert code == 0 and "Conversation forgotten" in out and "Nothing asked yet" in out
    assert bot.resets == 1


def test_ctrl_c_drops_the_line_and_keeps_the_session_and_ctrl_d_ends_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bot = StubBot()
    code, out = chat("half a quest\x03hello\r\x04", monkeypatch, tmp_path, bot)
    assert code == 0 and bot.asked == ["hello"] and "Hello there!" in out


def test_goodbye_ends_the_chat_and_history_is_saved(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bot = StubBot()
    code, out = chat("hello\rbye\rnever read\r", monkeypatch, tmp_path, bot)
    assert code == 0 and bot.asked == ["hello", "bye"] and "never read" not in out
    assert history_path() == tmp_path / "kzbot" / "history"
    assert "bye" in history_path().read_text()


def test_an_unwritable_history_folder_is_said_once_and_the_chat_works(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, out = chat("hello\r\x04", monkeypatch, blocker)
    assert code == 0 and out.count("history is not saved") == 1 and "Hello there!" in out


def test_colour_makes_answers_bold_and_notes_dim() -> None:
    out = io.StringIO()
    ChatSession(StubBot(), out, colour=True, width=100).handle("Where is gren tea grown?")
    lines = out.getvalue().splitlines()
    assert lines[0] == "\x1b[1mGreen tea is grown in Shizuoka.\x1b[0m"
    assert lines[-1] == "\x1b[2m— Growing · tea.md\x1b[0m"


def test_piped_stdin_is_a_scripted_chat_without_banner_prompt_or_escapes(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\x1b[31mhello\x1b]0;pwned\x07\n/topics\n"
                                                 "What is \x1b[2Joolong?\n"))
    assert run_chat(StubBot()) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "you ›" not in out
    assert "Tea notes" not in out.splitlines()[0] and "• Growing" in out
    assert "Sorry, nothing on: What is oolong?" in out


def test_wide_replies_wrap_to_the_width_and_indent_continued_items() -> None:
    out = io.StringIO()
    ChatSession(StubBot(), out, colour=False, width=40).handle("What is " + "very " * 20 + "?")
    assert all(len(line) <= 40 for line in out.getvalue().splitlines())


# Smoke tests: the real engine, in a pipe and in a real pseudo-terminal.


def test_smoke_piped_stdin_is_a_scripted_chat_without_prompt_or_escapes() -> None:
    done = run_kzbot(stdin="hello\nWho is the US ambassador?\n", env={"TERM": "xterm"})
    assert done.returncode == 0
    assert "William Moser" in done.stdout and "\x1b" not in done.stdout
    assert "you ›" not in done.stdout


def shown(text: str) -> str:
    """A pattern for text as a colour terminal shows it: bold or plain codes may stand
    anywhere inside it (the exact answer inside an answer is bold)."""
    return r"(?:\x1b\[[0-9;]*m)*".join(re.escape(c) for c in text)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_smoke_a_real_terminal_session(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path), "TERM": "xterm",
           "PROMPT_TOOLKIT_NO_CPR": "1"}  # pexpect cannot answer cursor-position queries
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(sys.executable, ["-m", "bot"], cwd=str(ROOT), env=env,
                          encoding="utf-8", timeout=60, dimensions=(40, 100))
    child.expect("ask me about")
    child.expect("you ›")
    child.sendline("When was the 4th C5+1 ministerial meeting held?")
    child.expect(shown("September 22, 2017"))
    child.expect("you ›")
    child.sendline("Who attended it?")
    child.expect(shown("Rex Tillerson"))
    child.expect("you ›")
    child.sendline("/sources")
    child.expect(r"\[1\]")
    child.expect("you ›")
    child.send("something half typed")
    child.sendcontrol("c")
    child.expect("you ›")
    child.sendline("How many members does the Friends of Kazakhstan Caucus have?")
    child.expect(shown("consists of 11"))
    child.expect("you ›")
    child.sendline("/quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_smoke_answers_from_a_folder_name_their_section_and_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Apples grow in Almaty orchards.\n")
    (tmp_path / "b.md").write_text("# Pears\n\nPears ripen in September in Turkestan.\n")
    out = io.StringIO()
    ChatSession(Chatbot.from_path(tmp_path), out, colour=False).handle("When do pears ripen?")
    assert "September" in out.getvalue() and "— Pears · b.md" in out.getvalue()
