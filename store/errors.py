"""The store's branch of rounds' one error tree (its root is in parsers.errors)."""

from __future__ import annotations

from parsers.errors import RoundsError


class StoreError(RoundsError):
    """The tracker file cannot be read or written."""
