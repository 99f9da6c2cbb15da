"""Small talk, questions and messages for neither: the message classifier before retrieval.

Every message here is our own wording, and none is an example in the intent files: the
classifier must recognise what it was never shown verbatim.
"""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import Chatbot
from bot.smalltalk import classifier as classifier_module
from bot.smalltalk.classifier import MessageClassifier, Verdict
from bot.smalltalk.gate import word_features
from bot.smalltalk.intents import IntentMatcher, normalise
from conftest import ROOT, run_kzbot

DOC = "Tea Notes\n\nGreen tea is grown in Shizuoka.\n\nBlack tea is grown in Assam since 1823.\n"
EXAMPLES = {normalise(e) for i in IntentMatcher.from_folder(ROOT / "intents").intents
            for e in i.examples}


@pytest.mark.parametrize("message, intent", [
    ("good evening to you", "greeting"), ("hey, nice to meet you", "greeting"),
    ("how are you doing today?", "greeting"), ("who exactly am i chatting with", "about"),
    ("is this a real person typing?", "about"), ("many thanks, that answered it", "thanks"),
    ("cheers for the help", "thanks"), ("ok, I'm off now. bye!", "goodbye"),
    ("catch you tomorrow", "goodbye"), ("what kinds of things can I ask here?", "help"),
    ("how do I use this bot?", "help"),
])
def test_small_talk_is_recognised_in_wordings_the_intent_files_do_not_hold(
        bot: Chatbot, message: str, intent: str) -> None:
    assert normalise(message) not in EXAMPLES
    reply = bot.ask(message)
    assert (reply.kind, reply.intent) == ("intent", intent)
    assert reply.explanation.classifier_label == intent


@pytest.mark.parametrize("message", [
    "could you book me a table for four tonight", "set an alarm for 7 tomorrow morning",
    "what's the balance on my savings account", "when is my next paycheck coming",
    "play some music by the beatles", "tell me a joke about cats",
    "will it snow in chicago on friday", "do you have a favourite football team",
    "remind me to feed the cat at noon",
])
def test_task_requests_and_chit_chat_get_a_polite_no_without_a_document_sentence(
        bot: Chatbot, message: str) -> None:
    assert normalise(message) not in EXAMPLES
    reply = bot.ask(message)
    assert reply.kind == "fallback" and reply.intent is None
    assert "I only answer questions about" in reply.text and "Economic cooperation" in reply.text
    assert not any(s.text[:40] in reply.text for s in bot.document.sentences)
    assert reply.explanation.classifier_label == "chitchat"


@pytest.mark.parametrize("how, who", [
    ("how are you?", "who are you?"), ("How are you today", "Who are you then"),
    ("how r u", "who r u"),
])
def test_how_are_you_is_a_greeting_and_who_are_you_asks_about_the_bot(
        bot: Chatbot, how: str, who: str) -> None:
    assert bot.ask(how).intent == "greeting"
    assert bot.ask(who).intent == "about"


@pytest.mark.parametrize("message, answer", [
    ("Hello there! Who is the US ambassador to Kazakhstan?", "William Moser"),
    ("Thanks! When was the FATCA agreement signed?", "September 11, 2017"),
    ("good morning - how many companies with US capital operate in Kazakhstan?", "500"),
])
def test_a_greeting_or_thanks_before_a_question_still_answers_it(
        bot: Chatbot, message: str, answer: str) -> None:
    reply = bot.ask(message)
    assert reply.kind == "answer" and answer in reply.text


def test_a_users_intents_folder_is_fitted_at_load_and_cached(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "intents"
    folder.mkdir()
    (folder / "greeting.toml").write_text(
        'examples = ["ahoy", "ahoy there", "avast, matey", "good day, sailor"]\n'
        'responses = ["Ahoy! Ask me about {title}."]\n')
    (folder / "farewell.toml").write_text(
        'examples = ["fair winds", "until the next tide", "i must sail away now"]\n'
        'responses = ["Fair winds!"]\n')
    assert Chatbot.from_text(DOC, intents=folder).ask("ahoy matey!").intent == "greeting"
    assert len(list((tmp_path / "cache" / "kzbot" / "classifiers").glob("*.npz"))) == 1

    def refuse(cls: type, examples: object, c: float = 0.0) -> MessageClassifier:
        raise AssertionError("fitted again instead of using the cache")
    monkeypatch.setattr(classifier_module, "_MEMO", {})
    monkeypatch.setattr(MessageClassifier, "fit", classmethod(refuse))
    again = Chatbot.from_text(DOC, intents=folder)
    assert again.ask("fair winds to you").intent == "farewell"
    assert "Assam" in again.ask("Where is black tea grown?").text


def test_without_a_chitchat_intent_a_message_for_neither_gets_the_honest_fallback(
        tmp_path: Path) -> None:
    (tmp_path / "hello.toml").write_text('examples = ["hello", "hi"]\nresponses = ["Hi!"]\n')
    reply = Chatbot.from_text(DOC, intents=tmp_path).ask("set a timer for ten minutes")
    assert reply.kind == "fallback" and "couldn't find" in reply.text


def test_a_cached_start_answers_without_importing_scikit_learn(tmp_path: Path) -> None:
    code = ("import sys\nfrom bot import Chatbot\nbot = Chatbot()\n"
            "for q in ('hi there', 'set a timer', 'Who is the US ambassador to Kazakhstan?'):\n"
            "    bot.ask(q)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn'))\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    for _ in range(2):  # the first start fits and fills the cache; the second reads it
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_why_shows_which_way_the_classifier_decided() -> None:
    done = run_kzbot(stdin="set an alarm for six\n/why\n")
    assert "the classifier read it as 'chitchat'" in done.stdout
    assert "off topic" in done.stdout


@pytest.mark.parametrize("contracted, spelt_out", [
    ("what's the population of the island?", "what is the population of the island?"),
    ("whats the name of the river", "what is the name of the river"),
    ("who's the head of the council?", "who is the head of the council?"),
])
def test_a_contracted_question_word_reads_as_the_words_it_stands_for(
        bot: Chatbot, contracted: str, spelt_out: str) -> None:
    # "what's" is style, not intent: the intent files write it more often than questions do
    assert classifier_module.feature_names(contracted) == \
        classifier_module.feature_names(spelt_out)
    assert bot.classifier.classify(contracted).label == "(question)"


@pytest.mark.parametrize("fragment", ["and in 2014?", "what about 1987?", "and the year after?"])
def test_a_follow_up_fragment_about_another_year_reads_as_a_question(
        bot: Chatbot, fragment: str) -> None:
    assert bot.classifier.classify(fragment).label == "(question)"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_probability_for_every_class(bot: Chatbot, text: str) -> None:
    verdict: Verdict = bot.classifier.classify(text)
    assert set(verdict.probabilities) == set(bot.classifier.labels)
    assert abs(sum(verdict.probabilities.values()) - 1.0) < 1e-9
    assert verdict.score == max(verdict.probabilities.values())


def test_the_fitted_state_round_trips_through_plain_arrays(bot: Chatbot) -> None:
    state = bot.classifier.state()
    assert all(a.dtype != object for a in state.values())
    restored = MessageClassifier.from_state(state)
    for message in ("hello", "when is my next paycheck", "Who chairs the caucus?"):
        assert np.isclose(restored.classify(message).score,
                          bot.classifier.classify(message).score)


def test_kzbot_ships_the_classifier_of_its_own_intents_fitted_and_current() -> None:
    intents = IntentMatcher.from_folder(ROOT / "intents").intents
    shipped = classifier_module.bundled(classifier_module.content_key(intents))
    assert shipped is not None, "run bench/bundle_classifier.py after editing the intents"
    assert shipped.classify("how are you?").label == "greeting"


def test_a_shipped_classifier_for_other_intents_is_not_used(tmp_path: Path) -> None:
    (tmp_path / "hello.toml").write_text('examples = ["hello", "hi"]\nresponses = ["Hi!"]\n')
    intents = IntentMatcher.from_folder(tmp_path).intents
    assert classifier_module.bundled(classifier_module.content_key(intents)) is None


BANK = """Harbor Savings Bank

Harbor Savings Bank was founded in 1887 in Portland, Maine. It pays interest of 2.5 percent
a year on savings accounts.

Customers can set up direct deposit of their salary at any branch. The bank's routing
number is printed on every check.
"""


@pytest.mark.parametrize("question, answer", [
    ("What interest does the bank pay on savings accounts?", "2.5 percent"),
    ("Where is the routing number printed?", "every check"),
    ("Where can customers set up direct deposit of their salary?", "any branch"),
])
def test_a_question_that_reads_like_a_task_request_is_answered_when_the_document_covers_it(
        question: str, answer: str) -> None:
    reply = Chatbot.from_text(BANK).ask(question)
    assert reply.kind == "answer" and answer in reply.text


@pytest.mark.parametrize("message", [
    "what is my checking account balance", "book a flight to portland",
    "set a timer for ten minutes",
])
def test_the_same_words_as_a_request_for_the_user_get_no_document_sentence(message: str) -> None:
    bot = Chatbot.from_text(BANK)
    reply = bot.ask(message)
    assert reply.kind == "fallback" and "I only answer questions about" in reply.text
    assert not any(s.text[:30] in reply.text for s in bot.document.sentences)


@pytest.mark.parametrize("request_", ["set a reminder about it", "can you text that to my wife"])
def test_a_task_request_that_leans_on_the_last_answer_is_still_declined(
        bot: Chatbot, request_: str) -> None:
    conv = bot.conversation()
    assert conv.ask("When was the FATCA agreement signed?").kind == "answer"
    reply = conv.ask(request_)
    assert reply.kind == "fallback" and "September 11, 2017" not in reply.text


def _idf(document: str) -> Callable[[str], float | None]:
    """The idf function of a document's passage index, as the gate reads it."""
    return Chatbot.from_text(document).retriever.passage_index_.idf


_BANK_IDF = _idf(BANK)


def test_a_question_naming_what_the_document_is_about_reads_as_topical() -> None:
    idf = _idf(BANK)
    topical, rare, _ = word_features("When was Harbor Savings Bank founded?", idf)
    everyday, everyday_rare, _ = word_features("what is my bank balance", idf)
    assert topical > everyday and rare > everyday_rare


def test_everyday_words_the_document_never_uses_count_against_a_message() -> None:
    idf = _idf(BANK)
    assert word_features("was my parcel delivered to the bank yet", idf)[2] > 0
    assert word_features("What interest does the bank pay?", idf)[2] == 0


@given(st.text(max_size=200))
@settings(max_examples=40, deadline=None)
def test_the_word_features_are_bounded_for_any_text(text: str) -> None:
    topical, rare, common = word_features(text, _BANK_IDF)
    assert -2.0 <= topical <= 1.0 and 0.0 <= rare <= 1.0 and 0.0 <= common <= 1.0

