"""Hostile input: every strange question gets a sensible reply, every bad file a clear error."""

import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.hostile import HOSTILE
from bot import Chatbot, CorpusError
from bot.reading.corpus import load
from conftest import run_kzbot


@pytest.mark.parametrize("name", HOSTILE)
def test_every_hostile_question_gets_a_reply(bot: Chatbot, name: str) -> None:
    reply = bot.ask(HOSTILE[name])
    assert reply.kind in ("answer", "intent", "fallback") and reply.text
    assert "\x1b" not in reply.text and "\x00" not in reply.text
    assert 0.0 <= reply.confidence <= 1.0


def test_garbled_questions_still_find_their_answer(bot: Chatbot) -> None:
    for name in ("ANSI escapes", "right-to-left marks", "lone surrogates"):
        assert "William Moser" in bot.ask(HOSTILE[name]).text, name
    assert "January 7, 1992" in bot.ask(HOSTILE["emoji"]).text


def test_overlong_questions_are_declined_with_the_limit(bot: Chatbot) -> None:
    reply = bot.ask(HOSTILE["one megabyte"])
    assert reply.kind == "fallback" and "2,000" in reply.text


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_any_string_gets_a_valid_reply_and_never_raises(bot: Chatbot, question: str) -> None:
    reply = bot.ask(question)
    assert reply.kind in ("answer", "intent", "fallback")
    assert all(s.text for s in reply.sources)


def test_one_bot_shared_by_eight_threads_answers_as_it_does_alone(bot: Chatbot) -> None:
    questions = [q for q in (
        "Who is the US ambassador?", "When was the FATCA agreement signed?", "hello",
        "What is the capital of France?", "How many members does the caucus have?",
        "How much did Kazakhstan export to the US in 2017?") for _ in range(5)]
    expected = [bot.ask(q).text for q in questions]
    results: list[list[str]] = [[] for _ in range(8)]

    def work(slot: int) -> None:
        results[slot] = [bot.ask(q).text for q in questions]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    answers = [r for r in expected if not r.startswith(("Hi", "Hello"))]
    for got in results:
        assert [r for r in got if not r.startswith(("Hi", "Hello"))] == answers


def test_hostile_questions_through_the_cli_and_the_piped_chat() -> None:
    lines = "\n".join(HOSTILE[n] for n in ("binary and NULs", "ANSI escapes", "emoji",
                                            "Cyrillic", "lone surrogates"))
    data = lines.encode("utf-8", "surrogatepass") + b"\n\xff\xfe\x00garbage\n"
    for args in (["ask", "-"], []):
        done = run_kzbot(*args, stdin=data)
        assert done.returncode == 0 and "Traceback" not in done.stderr, args
        assert "\x1b" not in done.stdout and "\x07" not in done.stdout
        assert len(done.stdout.strip().splitlines()) >= 6


def test_a_huge_document_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(100 * 2**20)  # sparse: takes no disk, would take 100 MB to read
    with pytest.raises(CorpusError, match="larger than 64 MB"):
        load(huge)
    done = run_kzbot("ask", "--corpus", str(huge), "hi")
    assert done.returncode == 1 and "larger than" in done.stderr


def test_an_unreadable_file_in_a_folder_is_named(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Fine text here.")
    (tmp_path / "b.txt").write_text("Secret.")
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(CorpusError, match=r"b\.txt: cannot read \(Permission denied\)"):
        load(tmp_path)
