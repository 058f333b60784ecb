"""Errors a user can cause. The CLI turns each into one line on stderr and exit code 2."""


class EvcheckError(Exception):
    """A problem with the user's input or options, worded for the user."""


class InputError(EvcheckError):
    """One input file cannot be checked; the others still can."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
