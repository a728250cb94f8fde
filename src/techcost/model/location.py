"""Where something is: a file plus whichever coordinates apply to its format."""


from typing import Any

from pydantic import ConfigDict, SerializerFunctionWrapHandler, model_serializer

from ._base import Model


def column_letter(index: int) -> str:
    """1-based column number to spreadsheet letters (1 -> A, 28 -> AB)."""
    if index < 1:
        raise ValueError("column index starts at 1")
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """1-based row and column to an A1 reference."""
    return f"{column_letter(column)}{row}"


class Location(Model):
    """A precise place in an input.

    Spreadsheets use ``sheet``/``row``/``cell``; text formats use ``line``
    (and ``column``); PDFs use ``page``; docx uses ``paragraph``; JATS uses
    ``xpath``. ``section`` names the document section where one applies.
    All numbers are 1-based except ``paragraph``, which is the 0-based index
    python-docx gives.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    sheet: str | None = None
    row: int | None = None
    cell: str | None = None
    page: int | None = None
    line: int | None = None
    end_line: int | None = None
    column: int | None = None
    paragraph: int | None = None
    section: str | None = None
    xpath: str | None = None

    @model_serializer(mode="wrap")
    def _drop_empty(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if v is not None}
        return data

    def anchor(self) -> str:
        """A short human anchor: ``Staff!C14``, ``p.3``, ``12:4``, ``¶7`` or ``§Acknowledgements``."""
        if self.sheet is not None:
            if self.cell:
                return f"{self.sheet}!{self.cell}"
            if self.row:
                return f"{self.sheet}!{self.row}:{self.row}"
            return self.sheet
        if self.line is not None:
            return f"{self.line}:{self.column}" if self.column else str(self.line)
        if self.page is not None:
            return f"p.{self.page}"
        if self.paragraph is not None:
            return f"¶{self.paragraph}"
        if self.section:
            return f"§{self.section}"
        if self.xpath:
            return self.xpath
        return ""

    def display(self) -> str:
        """``path`` plus anchor, as printed in text reports."""
        anchor = self.anchor()
        if not anchor:
            return self.path
        sep = ":" if (self.line is not None and self.sheet is None) else " "
        return f"{self.path}{sep}{anchor}"
