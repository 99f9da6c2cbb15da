"""Who holds an office, however the office is worded (round 14):

- "chairman", "chairwoman", "chairperson" and "chairmanship" are all of the "chair" a
  question asks about (``bot.language.irregular``'s holders), so "who chairs the forum?"
  finds "under the chairmanship of …" and "who is the chairman?" finds "Its chair is …";
- when the sentence that introduces a body outranks the one naming its chair, a close
  runner-up of the same passage naming the office and a person answers
  (``nearmiss.holders.promote_holder``) rather than a decline.
"""

import pytest

from bot import Chatbot
from bot.language.text import stem

CLUBS = """Harbour clubs

Rowing

The Kelby Rowing Club at the old harbour of Kelby has trained crews for the regatta since
1950. The Kelby Rowing Club at the harbour of Kelby has 240 members. Its chair is Ana
Ruiz; the co-chair is Tom Hale.

Forums

The Coastal Trade Forum has met under the chairmanship of the two port mayors since 2012.
"""


@pytest.mark.parametrize("word", ["chairman", "chairwoman", "chairperson", "chairmanship",
                                  "chairs", "chaired"])
def test_an_offices_compounds_read_as_its_word(word: str) -> None:
    assert stem(word) == stem("chair")


@pytest.mark.parametrize(("question", "gold"), [
    ("who is the chairman of the Kelby Rowing Club at the harbour?", "Ana Ruiz"),
    ("who chairs the Coastal Trade Forum?", "port mayors"),
])
def test_the_holder_is_found_however_the_office_is_worded(question: str, gold: str) -> None:
    reply = Chatbot.from_text(CLUBS).ask(question)
    assert reply.kind == "answer" and gold in reply.text, reply.text
