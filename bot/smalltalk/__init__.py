"""Small talk: intents read from TOML files, matched against a whole message."""
