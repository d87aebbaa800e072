"""Error type of the packet sources (defined in :mod:`.packet`, re-exported here)."""

from .packet import CaptureError

__all__ = ["CaptureError"]
