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


def from_library_error(exc: BaseException) -> TechcostError | None:
    """A one-line input error for the exceptions damaged files raise inside
    the libraries techcost calls (a corrupt zip member, truncated data); None
    for anything else, which is a real internal error."""
    import zipfile
    import zlib

    if isinstance(exc, (zipfile.BadZipFile, zlib.error)):
        return InputFileError("is damaged: part of its zip container cannot be decompressed")
    if isinstance(exc, NotImplementedError) and any(w in str(exc).lower() for w in ("zip", "compress", "flag bit")):
        return InputFileError(f"uses a zip feature techcost cannot read ({str(exc)[:60]})")
    if isinstance(exc, EOFError):
        return InputFileError("is truncated (it ends before its data does)")
    if isinstance(exc, UnicodeDecodeError):
        return InputFileError(f"contains text that is not valid {exc.encoding}")
    return None
