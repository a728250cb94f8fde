"""The ``techcost`` command's entry point: collect rarely while starting (see ``_startup``), then run the command line."""

from __future__ import annotations

from ._startup import hold


def main() -> None:
    hold()
    from .cli import main as cli_main

    cli_main()
