"""newstrace: turn a pile of news coverage into a sourced account of what is known.

`newstrace.open(db)` reads a store from Python (see `newstrace.workspace`)."""

from __future__ import annotations

import logging
from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "open"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def open(db: str = "newstrace.db", **settings: Any):  # noqa: A001 - `newstrace.open(db)` is the API's name
    """Open a store that `newstrace analyze` wrote, for reading: `.stories()`, `.story(id).claims`."""
    from .workspace import open as open_workspace  # imported on use: `import newstrace` stays light

    return open_workspace(db, **settings)
