"""The `kzbot` command, run as a real process the way a user runs it."""

import json
from pathlib import Path

from conftest import run_kzbot


def test_ask_prints_a_short_answer() -> None:
    done = run_kzbot("ask", "When were diplomatic relations established?")
    assert done.returncode == 0
    assert "January 7, 1992" in done.stdout and len(done.stdout) < 250
    assert done.stderr == ""


def test_ask_json_prints_one_object_with_the_contract_fields() -> None:
    done = run_kzbot("ask", "--json", "Who is the US ambassador to Kazakhstan?")
    data = json.loads(done.stdout)
    assert data["kind"] == "answer" and "William Moser" in data["text"]
    assert data["intent"] is None and 0 <= data["confidence"] <= 1
    assert set(data["sources"][0]) == {"text", "score", "section", "page"}
    assert data["sources"][0]["page"] is None  # a text file has no pages


def test_ask_sources_prints_the_passages_with_sections() -> None:
    done = run_kzbot("ask", "--sources", "How many members does the caucus have?")
    assert "11 members" in done.stdout and "[1] Political Cooperation" in done.stdout


def test_ask_dash_answers_each_line_of_stdin_in_order() -> None:
    lines = "hello\n\nWhat is the capital of France?\nthanks\n"
    done = run_kzbot("ask", "-", "--json", stdin=lines)
    kinds = [json.loads(line)["kind"] for line in done.stdout.splitlines()]
    assert kinds == ["intent", "fallback", "intent"] and done.returncode == 0


def test_another_document_and_other_intents(tmp_path: Path) -> None:
    (tmp_path / "doc.md").write_text("# Tea\n\nGreen tea is grown in Shizuoka since 1241.\n")
    intents = tmp_path / "intents"
    intents.mkdir()
    (intents / "greeting.toml").write_text('examples = ["ahoy"]\nresponses = ["Ahoy!"]\n')
    done = run_kzbot("ask", "--corpus", str(tmp_path / "doc.md"), "--intents", str(intents),
                     "Where is green tea grown?")
    assert "Shizuoka" in done.stdout
    assert run_kzbot("ask", "--intents", str(intents), "ahoy").stdout.strip() == "Ahoy!"


def test_help_and_version() -> None:
    done = run_kzbot("--help")
    assert done.returncode == 0 and "exit codes" in done.stdout
    assert run_kzbot("--version").stdout.startswith("kzbot ")


def test_usage_errors_exit_2_with_one_line() -> None:
    for args in (["ask", ""], ["ask", "   "], ["ask", "x" * 100_000], ["ask"], ["--bogus"]):
        done = run_kzbot(*args)
        assert done.returncode == 2, args
        assert "Traceback" not in done.stderr and done.stderr.strip()


def test_unreadable_documents_exit_1_with_one_line(tmp_path: Path) -> None:
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


def test_the_installed_command_works_from_any_directory(tmp_path: Path) -> None:
    import subprocess
    import sys

    import pytest

    kzbot = Path(sys.executable).parent / "kzbot"
    if not kzbot.exists():
        pytest.skip("kzbot is not installed in this environment")
    done = subprocess.run([str(kzbot), "ask", "When were diplomatic relations established?"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0 and "January 7, 1992" in done.stdout


def test_eval_scores_a_question_set_and_lists_misses(tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        '{"id": "a", "q": "When were diplomatic relations established?", '
        '"answers": ["January 7, 1992"]}\n'
        '{"id": "b", "q": "Who is the US ambassador?", "answers": ["Nobody Atall"]}\n'
        '{"id": "i", "q": "hello", "intent": "greeting"}\n'
        '{"id": "o", "q": "What is the capital of France?", "out_of_scope": true}\n')
    done = run_kzbot("eval", str(questions))
    assert done.returncode == 0
    assert "answer: 1/2" in done.stdout and "intent: 1/1" in done.stdout
    assert "MISS b" in done.stdout and "fallback_recall" in done.stdout
    figures = json.loads(run_kzbot("eval", "--json", str(questions)).stdout)
    assert figures["out_of_scope"] == [1, 1]


def test_eval_refuses_a_malformed_question_set_naming_the_line(tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"q": "fine", "answers": ["x"]}\nnot json\n')
    done = run_kzbot("eval", str(questions))
    assert done.returncode == 1 and "q.jsonl:2: not JSON" in done.stderr
