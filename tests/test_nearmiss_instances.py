"""Spec: "which Xs …" is not answered by a sentence that says the Xs only in general."""

from __future__ import annotations

from bot.answering.nearmiss.instances import unnamed_instances


def test_kind_said_in_general_names_none() -> None:
    sentence = "The mayor toured the harbour and met fishermen and traders at the Grand Quay."
    assert unnamed_instances("which traders did the mayor meet", sentence) == [
        "which traders"]


def test_kind_followed_by_a_list_or_copula_is_named() -> None:
    assert unnamed_instances("which bakeries opened in town",
                             "Bakeries such as Crumb and Loaf opened in town.") == []
    assert unnamed_instances("what crops are grown",
                             "The main crops are barley, rye and flax.") == []
    assert unnamed_instances("which projects were launched",
                             "They launched three projects: roads, wells and schools.") == []


def test_kind_with_a_name_or_a_modifier_of_its_own_is_named() -> None:
    assert unnamed_instances("which bridges were repaired",
                             "The old Stone bridges were repaired in May.") == []
    assert unnamed_instances("which permits were issued before",
                             "Before that, two-year permits were issued.") == []


def test_other_questions_and_sentences_without_the_word_are_left_alone() -> None:
    assert unnamed_instances("which cities did she visit",
                             "She went to Lund and Malmo.") == []
    assert unnamed_instances("what kind of boats were used",
                             "Fishing boats were used.") == []
    assert unnamed_instances("who met the traders", "They met traders.") == []


def test_a_kind_said_in_a_word_near_in_meaning_names_none() -> None:
    # "corporations" of "which companies"; "large" says how big, not which kind
    sentence = "The aim was to build ties with large corporations at the Harbour Park."
    assert unnamed_instances("which harbour park companies did the mayor meet",
                             sentence) == ["which harbour park companies"]
    assert unnamed_instances("which companies did the mayor meet",
                             "She met corporations such as Vogt and Brandt.") == []
