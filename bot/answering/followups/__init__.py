"""Follow-ups: reading a message in the light of the earlier turns.

``bot.conversation`` calls them, in about this order:

- what the message says: ``follow_words`` (pointers, contrasts, remarks, topic shifts),
  ``acknowledged`` (an "ok, thanks" before the follow-up), ``bare_typos`` (a hurried
  "wen?"), ``shifts`` (a change of topic), ``leaning`` (whether it needs the last turn
  at all) and ``own_subject`` (whether it names a subject of its own);
- the readings with and without the last turn, and which to trust: ``followup`` weighs
  them, ``evidence`` asks whose words an answer covers, ``declined`` reads a follow-up
  to a question the document did not answer;
- answers from the last answer itself: ``within``, ``part`` (the sentence of a joined
  answer it leans on), ``lead`` (the sentence that part needs before it), ``chain`` (an
  earlier sentence that tells the event's time, place or amount), ``tied`` (the event
  the last answer told of), ``listed`` and ``sequence`` (the members of a list or a
  series);
- particular kinds: ``restated`` (corrections, "the Kazakh one"), ``times`` and ``steps``
  (another time or place, a step before or after), ``readings`` (typos and paraphrased
  verbs), ``roles`` (a person's office), ``life`` (a person's life the document seldom
  tells).
"""
