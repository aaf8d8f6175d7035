"""The one base of every error the Wijkmonitor core raises.

Core modules raise subclasses of :class:`WijkmonitorError` with a message for the user (what was
wrong and what to do, translated). Algorithms catch the base once and turn it into a
``QgsProcessingException``; nothing else needs to know the subclasses. Errors that were
``ValueError`` before keep that base too, so callers that catch ``ValueError`` still work.
"""

from __future__ import annotations


class WijkmonitorError(Exception):
    """A problem with the user's input, data or a service, worded for the user."""


class CanceledError(WijkmonitorError):
    """The user cancelled the work."""
