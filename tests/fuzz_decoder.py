"""Coverage-guided fuzz target (atheris) for the whole decoder: capture bytes -> flows.

Run on demand (not collected by pytest):

    .venv/bin/pip install atheris
    .venv/bin/python tests/fuzz_decoder.py -runs=20000 [-max_len=65536] [CORPUS_DIR ...]

Seeds: give a directory with real captures (e.g. ``python tests/corpus.py /tmp/seeds``) or
let libFuzzer start from nothing.  The first bytes select the mode: a whole capture file, or
two TLCP byte streams fed straight to ``ConnectionParser`` in fuzzer-chosen chunks.
Anything but ``CaptureError`` (unusable file) escaping is a bug.
"""

from __future__ import annotations

import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    from tlcp_decode.pipeline import decode_packets
    from tlcp_decode.report.jsonl import connection_object
    from tlcp_decode.source import CaptureError, open_packets
    from tlcp_decode.tlcp import ConnectionParser

_TMP = tempfile.NamedTemporaryFile(suffix=".pcap", delete=False)  # noqa: SIM115
_TMP.close()


def _capture(data: bytes) -> None:
    with open(_TMP.name, "wb") as fh:
        fh.write(data)
    try:
        reader = open_packets(_TMP.name, "native")
    except CaptureError:
        return
    for result in decode_packets(reader):
        flow = connection_object(result)
        tcp = flow["tcp"]
        if flow["tlcp"] is not None:
            total = sum(sum(v for k, v in b.items() if k != "records")
                        for b in flow["tlcp"]["bytes"].values())
        else:
            total = sum(flow["unparsed_bytes"].values())
        assert total == tcp["c2s_bytes"] + tcp["s2c_bytes"] + tcp["gap_bytes"], flow
    reader.close()


def _streams(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    parser = ConnectionParser()
    while fdp.remaining_bytes():
        direction = "c2s" if fdp.ConsumeBool() else "s2c"
        if fdp.ConsumeIntInRange(0, 15) == 0:
            parser.gap(direction, fdp.ConsumeIntInRange(1, 5000))
        else:
            parser.feed(direction, fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 300)))
    parser.close("c2s")
    parser.close("s2c")


def test_one_input(data: bytes) -> None:
    if data[:1] == b"\x00":
        _streams(data[1:])
    else:
        _capture(data)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    try:
        atheris.Fuzz()
    finally:
        os.unlink(_TMP.name)


if __name__ == "__main__":
    main()
