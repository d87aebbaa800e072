"""Per-connection TLCP annotation: the handshake state table (``handshake_state``), the
analyzer fed by the parser (``analyzer``), certificates, checks, chains and decryption."""
