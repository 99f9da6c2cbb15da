"""The `kzbot` command: its interface against a stub engine, then a few real runs.

The interface tests call ``bot.shells.cli.main`` in this process with a loader that hands
back a ``StubBot``, so they check arguments, exit codes, formatting and colour, never the
engine's answers. The smoke tests at the end run the real command on the real engine.
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from bot.errors import CorpusError
from bot.shells.cli import main
from bot.shells.engine import Engine
from conftest import run_kzbot
from stub import StubBot


class Run:
    """One in-process run of ``kzbot``: exit code, output, and what the loader was given."""

    def __init__(self, capsys: pytest.CaptureFixture[str], *argv: str,
                 bot: StubBot | None = None) -> None:
        self.bot = bot or StubBot()
        self.options: argparse.Namespace | None = None
        try:
            self.code = main(list(argv), load=self.load)
        except SystemExit as exit_:  # argparse's usage errors, --help and --version
            self.code = int(exit_.code or 0)
        captured = capsys.readouterr()
        self.out, self.err = captured.out, captured.err

    def load(self, options: argparse.Namespace) -> Engine:
        self.options = options
        return self.bot


def test_ask_prints_the_reply_text_and_where_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    run = Run(capsys, "ask", "Where is gren tea grown?")
    assert (run.code, run.out, run.err) == (
        0, "Green tea is grown in Shizuoka.\n— Growing · tea.md\n", "")
    fallback = Run(capsys, "ask", "What is oolong?").out
    assert fallback.endswith("\n(the nearest passage is in Brewing · tea.md; --sources shows it)\n")
    assert Run(capsys, "ask", "hello").out == "Hello there!\n"  # small talk has no source


def test_ask_json_prints_one_object_with_the_contract_fields(
        capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(Run(capsys, "ask", "--json", "Where is gren tea grown?").out)
    assert data["kind"] == "answer" and data["intent"] is None and data["confidence"] == 0.9
    assert "explanation" not in data
    assert data["sources"][0] == {"text": "Green tea is grown in Shizuoka.", "score": 3.25,
                                  "section": "Growing", "page": None}
    full = json.loads(Run(capsys, "ask", "--json", "--sources", "Where is gren tea grown?").out)
    assert full["sources"][0]["file"] == "tea.md" and full["sources"][0]["start"] == 7


def test_ask_sources_numbers_the_passages_with_section_file_and_score(
        capsys: pytest.CaptureFixture[str]) -> None:
    out = Run(capsys, "ask", "--sources", "Where is gren tea grown?").out
    assert "[1] Growing · tea.md (score 3.250)" in out and "[2] Brewing" in out
    fallback = Run(capsys, "ask", "--sources", "What is oolong?").out
    assert "The nearest passages (none of them answers the question):" in fallback


def test_ask_dash_answers_each_non_blank_line_of_stdin_in_order(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("hello\n\n  \nWhat is oolong?\nbye\n"))
    run = Run(capsys, "ask", "-", "--json")
    kinds = [json.loads(line)["kind"] for line in run.out.splitlines()]
    assert kinds == ["intent", "fallback", "intent"] and run.code == 0
    assert run.bot.asked == ["hello\n", "What is oolong?\n", "bye\n"]


@pytest.mark.parametrize("argv", [
    ["--corpus", "doc.md", "--intents", "talk", "--no-cache", "ask", "q"],
    ["ask", "q", "--corpus", "doc.md", "--intents", "talk", "--no-cache"],
    ["ask", "--no-cache", "--corpus", "doc.md", "q", "--intents", "talk"],
])
def test_shared_options_reach_the_engine_before_or_after_the_command(
        capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    options = Run(capsys, *argv).options
    assert options is not None
    assert (options.corpus, options.intents, options.no_cache) == ("doc.md", "talk", True)


def test_without_options_the_engine_gets_the_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    options = Run(capsys, "ask", "q").options
    assert options is not None
    assert (options.corpus, options.intents, options.no_cache, options.no_color) == (
        None, None, False, False)


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    run = Run(capsys, "--help")
    assert run.code == 0 and "exit codes" in run.out and "{chat,ask,eval}" in run.out
    assert Run(capsys, "--version").out.startswith("kzbot ")
    assert "--sources" in Run(capsys, "ask", "--help").out


@pytest.mark.parametrize("argv", [["ask", ""], ["ask", "   "], ["ask", "x" * 100_000]])
def test_an_empty_or_overlong_question_is_a_usage_error(
        capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    run = Run(capsys, *argv)
    assert run.code == 2 and run.err.startswith("kzbot: error: ") and run.out == ""
    assert len(run.err.splitlines()) == 1 and run.options is None


@pytest.mark.parametrize(("argv", "usage"), [
    (["ask", "--frobnicate", "x"], "usage: kzbot ask"),
    (["ask"], "usage: kzbot ask"),
    (["eval"], "usage: kzbot eval"),
    (["eval", "q.jsonl", "--sources"], "usage: kzbot eval"),
    (["chat", "--json"], "usage: kzbot chat"),
    (["--bogus"], "usage: kzbot [-h]"),
    (["ask-me"], "usage: kzbot [-h]"),
])
def test_each_command_prints_its_own_usage_on_a_usage_error(
        capsys: pytest.CaptureFixture[str], argv: list[str], usage: str) -> None:
    run = Run(capsys, *argv)
    assert run.code == 2 and run.err.startswith(usage) and run.options is None


def test_colour_only_on_a_terminal_that_wants_it(capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr("bot.shells.cli.wants_colour", lambda stream, disabled=False:
                        not disabled)  # as on a terminal
    assert Run(capsys, "ask", "hello").out == "\x1b[1mHello there!\x1b[0m\n"
    assert Run(capsys, "ask", "--no-color", "hello").out == "Hello there!\n"


def test_plain_output_has_no_escape_sequences_even_when_the_reply_does(
        capsys: pytest.CaptureFixture[str]) -> None:
    out = Run(capsys, "ask", "\x1b[31mred\x1b]0;title\x07").out
    assert "\x1b" not in out and "\x07" not in out and "red" in out


def test_an_unreadable_document_exits_1_with_one_line(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(options: argparse.Namespace) -> Engine:
        raise CorpusError("doc.md: not UTF-8 text")

    monkeypatch.setattr(Run, "load", lambda self, options: refuse(options))
    run = Run(capsys, "ask", "q")
    assert (run.code, run.err) == (1, "kzbot: error: doc.md: not UTF-8 text\n")


def test_ctrl_c_exits_130(capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(question: str) -> None:
        raise KeyboardInterrupt

    bot = StubBot()
    monkeypatch.setattr(bot, "ask", interrupt)
    assert Run(capsys, "ask", "q", bot=bot).code == 130


def test_no_command_starts_the_chat_which_reads_piped_lines(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Where is gren tea grown?\nbye\nnever\n"))
    run = Run(capsys, "--no-cache")
    assert run.code == 0 and run.bot.asked == ["Where is gren tea grown?", "bye"]
    assert "Green tea is grown in Shizuoka." in run.out and "— Growing · tea.md" in run.out


def test_eval_prints_figures_and_misses(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        '{"id": "a", "q": "Where is gren tea grown?", "answers": ["Shizuoka"]}\n'
        '{"id": "b", "q": "What is oolong?", "answers": ["a tea"]}\n'
        '{"id": "i", "q": "hello", "intent": "greeting"}\n'
        '{"id": "o", "q": "Who won the 1999 cup?", "out_of_scope": true}\n')
    run = Run(capsys, "eval", str(questions))
    assert run.code == 0 and "answer: 1/2" in run.out and "intent: 1/1" in run.out
    assert "MISS b" in run.out
    figures = json.loads(Run(capsys, "eval", "--json", str(questions)).out)
    assert figures["out_of_scope"] == [1, 1]


def test_eval_refuses_a_malformed_question_set_naming_the_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"q": "fine", "answers": ["x"]}\nnot json\n')
    run = Run(capsys, "eval", str(questions))
    assert run.code == 1 and "q.jsonl:2: not JSON" in run.err


# Smoke tests: the real command on the real engine.


def test_smoke_ask_prints_a_short_answer() -> None:
    done = run_kzbot("ask", "When were diplomatic relations established?")
    assert done.returncode == 0
    assert "January 7, 1992" in done.stdout and len(done.stdout) < 250
    assert done.stderr == ""


def test_smoke_another_document_and_other_intents(tmp_path: Path) -> None:
    (tmp_path / "doc.md").write_text("# Tea\n\nGreen tea is grown in Shizuoka since 1241.\n")
    intents = tmp_path / "intents"
    intents.mkdir()
    (intents / "greeting.toml").write_text('examples = ["ahoy"]\nresponses = ["Ahoy!"]\n')
    done = run_kzbot("ask", "--corpus", str(tmp_path / "doc.md"), "--intents", str(intents),
                     "Where is green tea grown?")
    assert "Shizuoka" in done.stdout
    assert run_kzbot("ask", "--intents", str(intents), "ahoy").stdout.strip() == "Ahoy!"


def test_smoke_unreadable_documents_exit_1_with_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\xff\x00\x12")
    bad_intents = tmp_path / "intents"
    bad_intents.mkdir()
    (bad_intents / "broken.toml").write_text('examples = ["hi"\n')
    for args in (["--corpus", str(tmp_path / "missing.txt")], ["--corpus", str(empty)],
                 ["--corpus", str(binary)], ["--intents", str(bad_intents)]):
        done = run_kzbot("ask", *args, "hello")
        assert done.returncode == 1, args
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert "broken.toml:" in done.stderr


def test_smoke_the_installed_command_works_from_any_directory(tmp_path: Path) -> None:
    import subprocess
    import sys

    kzbot = Path(sys.executable).parent / "kzbot"
    if not kzbot.exists():
        pytest.skip("kzbot is not installed in this environment")
    done = subprocess.run([str(kzbot), "ask", "When were diplomatic relations established?"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0 and "January 7, 1992" in done.stdout
