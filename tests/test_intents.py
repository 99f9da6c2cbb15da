"""Small talk: intents from TOML files, matched despite typos, refused when malformed."""

from pathlib import Path

import pytest

from bot import Chatbot, IntentError
from bot.smalltalk.intents import IntentMatcher, load_intent
from conftest import ROOT


@pytest.mark.parametrize("message, intent", [
    ("hello", "greeting"), ("Hi there!", "greeting"), ("helo", "greeting"),
    ("good morning", "greeting"), ("thanks", "thanks"), ("thnx", "thanks"),
    ("Thank you very much!", "thanks"), ("bye", "goodbye"), ("see you later", "goodbye"),
    ("help", "help"), ("what can you do?", "help"), ("who are you?", "about"),
])
def test_conversational_messages_get_their_intent(bot: Chatbot, message: str, intent: str) -> None:
    reply = bot.ask(message)
    assert (reply.kind, reply.intent) == ("intent", intent)
    assert 0.0 <= reply.confidence <= 1.0 and reply.sources == ()


def test_every_shipped_intent_has_a_dozen_phrasings_and_a_response() -> None:
    matcher = IntentMatcher.from_folder(ROOT / "intents")
    names = {i.name for i in matcher.intents}
    assert {"greeting", "thanks", "goodbye", "help", "about"} <= names
    for intent in matcher.intents:
        assert len(intent.examples) >= 12 and intent.responses


def test_help_names_what_the_document_covers(bot: Chatbot) -> None:
    assert "Economic cooperation" in bot.ask("help").text


def test_a_greeting_before_a_question_is_answered_as_the_question(bot: Chatbot) -> None:
    reply = bot.ask("Hi! When were diplomatic relations established?")
    assert reply.kind == "answer" and "January 7, 1992" in reply.text


def test_a_real_question_is_not_mistaken_for_small_talk(bot: Chatbot) -> None:
    assert bot.ask("Who is the US ambassador to Kazakhstan?").kind == "answer"


@pytest.mark.parametrize("content, message", [
    ('examples = ["hi"\nresponses = ["x"]\n', r"bad\.toml:\d+: invalid TOML"),
    ('examples = ["hi"]\n', r"missing 'responses'"),
    ('examples = []\nresponses = ["x"]\n', r"bad\.toml:1: 'examples' must be a non-empty"),
    ('examples = ["hi"]\nresponses = [1]\n', r"bad\.toml:2: every item of 'responses'"),
    ('examples = ["hi"]\nresponses = ["x"]\nreply = "y"\n', r"bad\.toml:3: unknown key"),
])
def test_a_malformed_intent_file_is_refused_naming_file_and_line(
        tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(IntentError, match=message):
        load_intent(path)


def test_custom_intents_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "weather.toml").write_text(
        'examples = ["how is the weather", "is it raining"]\n'
        'responses = ["I only know {title}."]\n')
    bot = Chatbot.from_text("Trade grew in 2017.", intents=tmp_path)
    reply = bot.ask("how is the weather?")
    assert reply.intent == "weather"


def test_a_short_question_that_looks_like_small_talk_is_still_answered() -> None:
    bot = Chatbot.from_text("Banks\n\nThe KZB is the central bank of the country.\n\n"
                            "It was founded in 1993.")
    reply = bot.ask("What is KZB?")  # close to the "about" example "what is kzbot"
    assert reply.kind == "answer" and "central bank" in reply.text


def test_a_cached_parse_of_the_intents_is_the_parse_and_follows_the_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "intents"
    shutil.copytree(ROOT / "intents", folder)
    fresh = IntentMatcher.from_folder(folder).intents
    assert IntentMatcher.from_folder(folder, cache=True).intents == fresh  # stored
    assert IntentMatcher.from_folder(folder, cache=True).intents == fresh  # read back
    (folder / "thanks.toml").write_text(
        'name = "thanks"\nexamples = ["cheers mate"]\nresponses = ["Any time."]\n')
    edited = IntentMatcher.from_folder(folder, cache=True).intents
    assert edited == IntentMatcher.from_folder(folder).intents != fresh
    for entry in (tmp_path / "cache" / "kzbot" / "intents").glob("*.npz"):
        entry.write_bytes(entry.read_bytes()[:100])  # truncated: parsed again
    assert IntentMatcher.from_folder(folder, cache=True).intents == edited
    (folder / "thanks.toml").write_text("examples = [")
    with pytest.raises(IntentError, match="invalid TOML"):
        IntentMatcher.from_folder(folder, cache=True)
