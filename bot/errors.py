"""Errors that mean the user's input is unusable; each message fits on one line."""


class KzbotError(Exception):
    """Input kzbot cannot use: shown to the user as one line, never as a traceback."""


class CorpusError(KzbotError):
    """The document is missing, empty, binary, undecodable or too large."""


class IntentError(KzbotError):
    """An intent file is malformed; the message names the file and, where known, the line."""


class CorpusWarning(UserWarning):
    """A file in a folder was skipped (scanned, encrypted, corrupt, undecodable): one line."""
