"""newstrace: turn a pile of news coverage into a sourced account of what is known."""

import logging

__version__ = "0.1.0"
__all__ = ["__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
