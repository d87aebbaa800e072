"""Generators of hostile inputs for the tests and the benchmarks (not used by the decoder)."""
