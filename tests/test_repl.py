"""The chat: slash commands, Ctrl-C and Ctrl-D, history, scripted use, a real terminal."""

import io
import os
import sys
from pathlib import Path

import pexpect
import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot import Chatbot
from bot.shells.repl import ChatSession, history_path
from conftest import ROOT, run_kzbot


def chat(bot: Chatbot, keys: str, monkeypatch: pytest.MonkeyPatch,
         tmp_path: Path) -> tuple[int, str]:
    """Drive the prompt with keystrokes; return the exit code and what was printed."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    out = io.StringIO()
    session = ChatSession(bot, out, colour=False, width=100)
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        code = session.run_prompt(session.prompt_session(input=pipe, output=DummyOutput()))
    return code, out.getvalue()


def test_slash_commands(bot: Chatbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    keys = "Who is the US ambassador to Kazakhstan?\r/sources\r/why\r/topics\r/help\r/nope\r/quit\r"
    code, out = chat(bot, keys, monkeypatch, tmp_path)
    assert code == 0
    assert "William Moser" in out and "[1] General information" in out
    flat = " ".join(out.split())  # the reply is wrapped to the terminal's width
    assert "Retrieval: answered" in flat and "answers need 0.30" in flat
    assert "• Economic cooperation" in out and "/sources" in out
    assert "Unknown command /nope" in out


def test_after_a_fallback_the_chat_points_to_the_nearest_passage(
        bot: Chatbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    code, out = chat(bot, "What is the population of Kazakhstan?\r/sources\r\x04",
                     monkeypatch, tmp_path)
    flat = " ".join(out.split())
    assert code == 0 and "couldn't find that" in flat
    assert "the nearest passage is in" in flat and "/sources shows it" in flat
    assert "The nearest passages (none of them answers the question):" in flat and "[1] " in out


def test_reset_forgets_the_conversation(bot: Chatbot, monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path) -> None:
    keys = "When was the 4th C5+1 ministerial meeting held?\r/reset\r/sources\r\x04"
    code, out = chat(bot, keys, monkeypatch, tmp_path)
    assert code == 0 and "Conversation forgotten" in out and "Nothing asked yet" in out


def test_ctrl_c_keeps_the_session_and_ctrl_d_ends_it(
        bot: Chatbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    code, out = chat(bot, "half a quest\x03When was the FATCA agreement signed?\r\x04",
                     monkeypatch, tmp_path)
    assert code == 0 and "September 11, 2017" in out


def test_goodbye_ends_the_chat_and_history_is_saved(
        bot: Chatbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    code, out = chat(bot, "hello\rbye\rnever read\r", monkeypatch, tmp_path)
    assert code == 0 and "never read" not in out
    assert history_path() == tmp_path / "kzbot" / "history"
    assert "bye" in history_path().read_text()


def test_an_unwritable_history_folder_is_said_once_and_the_chat_works(
        bot: Chatbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, out = chat(bot, "hello\r\x04", monkeypatch, blocker)
    assert code == 0 and out.count("history is not saved") == 1


def test_piped_stdin_is_a_scripted_chat_without_prompt_or_escapes() -> None:
    done = run_kzbot(stdin="hello\nWho is the US ambassador?\n", env={"TERM": "xterm"})
    assert done.returncode == 0
    assert "William Moser" in done.stdout and "\x1b" not in done.stdout
    assert "you ›" not in done.stdout


def test_escape_sequences_from_the_user_are_never_echoed(tmp_path: Path) -> None:
    done = run_kzbot(stdin="\x1b[31mhello\x1b]0;pwned\x07\n/why\n")
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_real_terminal_session(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path), "TERM": "xterm",
           "PROMPT_TOOLKIT_NO_CPR": "1"}  # pexpect cannot answer cursor-position queries
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(sys.executable, ["-m", "bot"], cwd=str(ROOT), env=env,
                          encoding="utf-8", timeout=60, dimensions=(40, 100))
    child.expect("ask me about")
    child.expect("you ›")
    child.sendline("When was the 4th C5+1 ministerial meeting held?")
    child.expect("September 22, 2017")
    child.expect("you ›")
    child.sendline("Who attended it?")
    child.expect("Rex Tillerson")
    child.expect("you ›")
    child.sendline("/sources")
    child.expect(r"\[1\]")
    child.expect("you ›")
    child.send("something half typed")
    child.sendcontrol("c")
    child.expect("you ›")
    child.sendline("How many members does the Friends of Kazakhstan Caucus have?")
    child.expect("consists of 11")
    child.expect("you ›")
    child.sendline("/quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_answers_from_a_folder_name_their_section_and_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Apples grow in Almaty orchards.\n")
    (tmp_path / "b.md").write_text("# Pears\n\nPears ripen in September in Turkestan.\n")
    out = io.StringIO()
    ChatSession(Chatbot.from_path(tmp_path), out, colour=False).handle("When do pears ripen?")
    assert "September" in out.getvalue() and "— Pears · b.md" in out.getvalue()
