"""Strangers write short: "pm" for the Prime Minister, "deputy fm" for a Deputy Foreign
Minister, "startups" for the document's "start-ups". Each is read through the document's
own words, and only where the document spells them out."""

from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.language.acronyms import Acronyms
from bot.language.spelling import SpellingCorrector, hyphenated

MARSH = """Norland and Sudria

Visits

In 2019 the Prime Minister of Norland, Ola Brenn, paid a visit to Sudria. The main aims of
the trip were meeting start-ups and co-operatives in the Green Valley.

The Norland delegation was led by the Deputy Foreign Minister, Ivo Tamm. It opened a pavilion
at the fair in Port Ash.
"""


def test_two_letters_without_a_vowel_are_an_acronym_in_lower_case_too() -> None:
    reader = Acronyms([MARSH], set())
    assert reader.expanded("who was norland's pm in 2019")[0] == (
        "who was norland's Prime Minister in 2019")


def test_a_two_letter_word_with_a_vowel_stays_a_word() -> None:
    reader = Acronyms(["Open Access rules apply."], set())
    assert reader.expanded("is it ok to ask")[0] == "is it ok to ask"


def test_an_acronym_takes_in_the_word_before_it_when_the_name_does() -> None:
    reader = Acronyms([MARSH], set())
    assert reader.expanded("which deputy fm led them")[0] == (
        "which Deputy Foreign Minister led them")


def test_without_the_documents_whole_name_nothing_is_expanded() -> None:
    reader = Acronyms(["The Friends Meeting was held."], set())
    assert reader.expanded("who was the pm")[0] == "who was the pm"


def test_a_hyphenated_word_written_closed_reads_as_its_parts() -> None:
    speller = SpellingCorrector().fit(["meeting", "start", "ups", *hyphenated([MARSH])])
    fixed, changes = speller.correct(["meeting", "startups"])
    assert fixed == ["meeting", "start", "ups"] and changes == {"startups": "start-ups"}


def test_a_word_the_document_writes_closed_itself_is_left_alone() -> None:
    speller = SpellingCorrector().fit(["startups", "start", "ups", "start-ups"])
    assert speller.correct(["startups"]) == (["startups"], {})


@given(st.text(alphabet="abc- ", max_size=30))
def test_hyphenated_words_are_two_parts_of_letters(text: str) -> None:
    for word in hyphenated([text]):
        left, right = word.split("-")
        assert left.isalpha() and right.isalpha() and f"{left}-{right}" in text


def test_the_closed_form_finds_the_sentence_that_hyphenates_it() -> None:
    reply = Chatbot.from_text(MARSH).ask("where did they meet startups")
    assert reply.kind == "answer" and "Green Valley" in reply.text


def test_a_lower_case_acronym_finds_its_holder() -> None:
    reply = Chatbot.from_text(MARSH).ask("who was norland's pm in 2019")
    assert reply.kind == "answer" and "Ola Brenn" in reply.text


def test_after_a_number_two_letters_are_a_unit() -> None:
    reader = Acronyms([MARSH], set())
    assert reader.expanded("set an alarm for 7 pm")[0] == "set an alarm for 7 pm"


def test_whats_asks_as_what_is() -> None:
    from bot.language.answer_type import NUMBER, expected_type

    assert expected_type("what's the volume of trade?") == NUMBER
    assert expected_type("whats the total value of the deals") == NUMBER
    assert expected_type("whats up") is None



def test_who_can_be_a_body_named_in_a_common_noun() -> None:
    from bot.answering.features import _offered
    from bot.language.answer_type import PERSON, names_a_body

    said = "According to the customs authorities, trade grew in 2019."
    assert names_a_body(said, {"trade"})
    assert not names_a_body(said, {"authorities"})
    assert _offered(PERSON, said, {"who", "trade"}) == 0.5  # less than a name
    assert _offered(PERSON, "Trade grew, said Ivo Tamm.", {"who", "trade"}) == 1.0


def test_a_word_of_the_documents_family_reads_as_the_documents_word() -> None:
    speller = SpellingCorrector().fit(["minister", "religious", "affairs", "economic"])
    assert speller.correct(["religion", "economy"])[0] == ["religious", "economic"]


def test_a_word_that_only_looks_like_one_of_the_family_stays() -> None:
    speller = SpellingCorrector().fit(["general", "commercial", "assistance"])
    assert speller.correct(["generation", "commerce", "assistant"]) == (
        ["generation", "commerce", "assistant"], {})


def test_two_words_the_document_writes_as_one_are_joined() -> None:
    speller = SpellingCorrector().fit(["startups", "meeting", "new", "york"])
    assert speller.correct(["meeting", "start", "ups", "new", "york"])[0] == [
        "meeting", "startups", "new", "york"]


def test_a_word_cut_short_reads_as_the_documents_most_frequent_word_it_begins() -> None:
    reader = Acronyms([MARSH + " The President of Norland and the President of Sudria met."],
                      set())
    assert reader.expanded("when did the pres of norland go")[0] == (
        "when did the president of norland go")


def test_an_english_word_is_not_read_as_the_start_of_another() -> None:
    reader = Acronyms(["The Prime Minister visited the presses."], set())
    assert reader.expanded("who was at the pub")[0] == "who was at the pub"


def test_a_question_without_a_question_word_asks_for_the_figure_it_starts_with() -> None:
    from bot.language.answer_type import NUMBER, expected_type

    assert expected_type("number of US companies in kz?") == NUMBER
    assert expected_type("value of the round table contracts?") == NUMBER
    assert expected_type("numbers are hard") is None


def test_a_doer_is_no_typo_nor_relative_of_its_verb() -> None:
    speller = SpellingCorrector().fit(["direct", "investment"])
    assert speller.correct(["director"]) == (["director"], {})


def test_the_checks_after_retrieval_read_the_question_repaired() -> None:
    doc = """Norland

Meetings

The ministerial meeting took place on January 19, 2018, in Port Ash, which was attended by
the foreign ministers of the region and the Norland Deputy Secretary of State, Ivo Tamm.
"""
    reply = Chatbot.from_text(doc).ask("who was the depty secretary of state at the meeting")
    assert reply.kind == "answer" and "Ivo Tamm" in reply.text
