"""Errors that end a run or an input with exit code 2."""

from __future__ import annotations


class TechcostError(Exception):
    """Something techcost cannot judge: bad configuration, an unknown rule
    code, an unreadable input. Always maps to exit code 2 and a one-line
    message; never a traceback."""

    code = "SYS000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code


class ConfigError(TechcostError):
    code = "SYS020"


class InputFileError(TechcostError):
    """An input that could not be read. ``code`` names the SYS rule."""

    code = "SYS001"


class UnsupportedInput(InputFileError):
    code = "SYS002"


class EncryptedInput(InputFileError):
    code = "SYS006"


class NotUnderstood(InputFileError):
    """The file opened, but nothing in it could be understood as a budget or
    paper. The message says what was seen and what is needed."""

    code = "SYS007"


class LimitExceeded(InputFileError):
    code = "SYS010"
