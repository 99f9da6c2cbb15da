"""Follow-ups: reading a message in the light of the earlier turns.

``follow_words`` reads what a message's words say (pointers, contrasts, remarks, topic
shifts); ``followup`` weighs the readings with and without the last turn; ``own_subject``
tells whether a question names a subject of its own; ``within`` answers from the last
answer itself; ``restated`` reads corrections and "the Kazakh one"; ``times`` and
``steps`` a bare other time or place and a step before or after; ``sequence`` and
``listed`` the members of a series or a list; ``readings`` typos and paraphrased verbs;
``roles`` a person's office; ``shifts`` a change of topic. ``bot.conversation`` calls them.
"""
