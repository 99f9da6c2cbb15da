"""The library contract: Chatbot, ask, conversation, and what a Reply holds."""

from bot import Chatbot, Reply

SAMPLE = """Solar Energy Review

Costs

The cost of solar panels fell by 80 percent between 2010 and 2020.

Installations

In 2021, Germany installed 5.3 gigawatts of new solar capacity.
Its largest plant is in Brandenburg.
"""


def test_ask_returns_an_answer_with_sources(bot: Chatbot) -> None:
    reply = bot.ask("When were diplomatic relations established?")
    assert isinstance(reply, Reply)
    assert reply.kind == "answer" and reply.intent is None
    assert "January 7, 1992" in reply.text
    assert 0.0 <= reply.confidence <= 1.0
    assert reply.sources and reply.sources[0].section == "General information"
    scores = [s.score for s in reply.sources]
    assert all(isinstance(s.text, str) and s.text for s in reply.sources)
    assert scores == sorted(scores, reverse=True)  # best first, by the ranker's score


def test_the_answer_is_a_sentence_not_a_passage(bot: Chatbot) -> None:
    reply = bot.ask("How many deputies are in the cooperation group with the U.S. Congress?")
    assert "29 deputies" in reply.text
    assert len(reply.text) < len(reply.sources[0].text) and len(reply.text) <= 250


def test_a_question_the_document_does_not_answer_gets_an_honest_fallback(bot: Chatbot) -> None:
    for question in ("What is the capital of France?", "How do I bake sourdough bread?",
                     "What is the population of Kazakhstan?"):
        reply = bot.ask(question)
        assert reply.kind == "fallback" and reply.intent is None
        assert reply.confidence < bot.threshold
        assert "couldn't find" in reply.text and "Economic cooperation" in reply.text
        assert not any(s.text[:40] in reply.text for s in reply.sources)


def test_a_fallback_points_to_the_nearest_passages_without_quoting_them(bot: Chatbot) -> None:
    reply = bot.ask("What is the population of Kazakhstan?")
    assert reply.kind == "fallback" and 1 <= len(reply.sources) <= 3
    assert all("Kazakhstan" in s.text for s in reply.sources)
    assert bot.ask("How do I bake sourdough bread?").sources == ()  # no word in the document


def test_from_text_answers_from_any_document() -> None:
    bot = Chatbot.from_text(SAMPLE)
    reply = bot.ask("How much did the cost of solar panels fall?")
    assert reply.kind == "answer" and "80 percent" in reply.text
    assert reply.sources[0].section == "Costs"
    assert bot.topics == ("Costs", "Installations") and bot.title == "Solar Energy Review"


def test_ask_is_stateless_and_conversations_remember(bot: Chatbot) -> None:
    conv = bot.conversation()
    conv.ask("When was the 4th C5+1 ministerial meeting held?")
    follow_up = conv.ask("Who attended it?")
    assert follow_up.kind == "answer" and "Rex Tillerson" in follow_up.text
    assert bot.ask("Who attended it?").text != follow_up.text or "Tillerson" not in bot.ask(
        "Who attended it?").text


def test_a_new_topic_in_a_conversation_stays_a_new_topic(bot: Chatbot) -> None:
    conv = bot.conversation()
    conv.ask("Who is the US ambassador to Kazakhstan?")
    reply = conv.ask("When was the FATCA agreement signed?")
    assert "September 11, 2017" in reply.text


def test_an_unanswerable_question_is_not_answered_from_the_previous_turn(bot: Chatbot) -> None:
    for earlier in ("How much did Kazakhstan export to the US in 2017?",
                    "Who is the US ambassador to Kazakhstan?"):
        for question in ("What is the population of Kazakhstan?",
                         "When did Kazakhstan join the United Nations?",
                         "What's the best way to learn to play guitar?"):
            conv = bot.conversation()
            conv.ask(earlier)
            assert conv.ask(question).kind == "fallback", (earlier, question)


def test_a_word_or_two_leans_on_the_last_answer(bot: Chatbot) -> None:
    conv = bot.conversation()
    conv.ask("When was the FATCA agreement signed?")
    assert "September 11, 2017" in conv.ask("The date?").text


def test_typos_in_questions_are_tolerated(bot: Chatbot) -> None:
    reply = bot.ask("who is the amerikan ambasador to kazakstan")
    assert "William Moser" in reply.text
    assert reply.explanation.corrections["ambasador"] == "ambassador"


def test_follow_ups_resolve_pronouns_and_ellipsis_with_the_last_answer(bot: Chatbot) -> None:
    conv = bot.conversation()
    conv.ask("Who is the chair of the Friends of Kazakhstan Caucus?")
    assert "Alabama" in conv.ask("Which state is he from?").text
    conv.ask("How much did Kazakhstan export to the US in 2017?")
    assert "1.244 billion" in conv.ask("And imports?").text


def test_reset_forgets_earlier_turns(bot: Chatbot) -> None:
    conv = bot.conversation()
    conv.ask("When was the 4th C5+1 ministerial meeting held?")
    conv.reset()
    assert conv.history == []


def test_answers_from_a_hard_wrapped_document_read_as_one_line() -> None:
    bot = Chatbot.from_text("Notes\n\nThe museum opens at nine\nin the morning and closes at\nsix.")
    reply = bot.ask("When does the museum open?")
    assert reply.text == "The museum opens at nine in the morning and closes at six."
