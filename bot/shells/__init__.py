"""The ways in over the engine: the ``kzbot`` command (chat, ask, eval)."""
