"""tlcp-decode: decode and explain TLCP (GB/T 38636-2020) traffic."""

__version__ = "0.1.0"
