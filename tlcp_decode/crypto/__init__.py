"""TLCP cryptography."""
