"""Every file source runs in two processes by default: the native reader, a gzip-compressed
capture, standard input and tshark's pcapng stream (``--source pyshark``) are read, tracked and
framed in a forked process, with the same results as in one process."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CAPTURES

from tlcp_decode import decode_command, parallel
from tlcp_decode.model import Connection
from tlcp_decode.pipeline import Decoder
from tlcp_decode.report.jsonl import connection_object
from tlcp_decode.source import PacketReader, open_packets, tshark_available
from tlcp_decode.source.native import open_stream

pytestmark = pytest.mark.skipif(not parallel.available(), reason="needs fork and two CPUs")

SEGMENTED = next(c for c in CAPTURES if c.name.endswith("large_mtu1500"))
TLS13_RESUMPTION = Path(__file__).parent.parent / "pcaps/tls13/04_tongsuo_tls13_sm_resumption.pcapng"
needs_tshark = pytest.mark.skipif(not tshark_available(), reason="tshark not installed")


def _one_process(reader: PacketReader) -> tuple[list[dict[str, Any]], dict[str, Any], list[str]]:
    decoder = Decoder()
    results: list[Connection] = []
    for packet in reader:
        results.extend(decoder.feed(packet))
    results.extend(decoder.finish())
    return ([connection_object(r) for r in results], reader.stats.as_dict(),
            [str(w) for w in reader.warnings])


def _two_processes(reader: PacketReader) -> tuple[list[dict[str, Any]], dict[str, Any],
                                                   list[str]]:
    decoder = parallel.TwoProcessDecoder(reader)
    flows = [connection_object(r) for r in decoder.start()]
    return flows, decoder.stats.as_dict(), [str(w) for w in decoder.warnings]


@needs_tshark
@pytest.mark.parametrize("path", [SEGMENTED.path, TLS13_RESUMPTION], ids=lambda p: p.name)
def test_tshark_stream_in_two_processes_gives_what_one_process_gives(path: Path) -> None:
    one = _one_process(open_packets(path, "pyshark"))
    two = _two_processes(open_packets(path, "pyshark"))
    assert two == one
    assert one[0] and one[1]["packets"] > 0
    # and what the native reader gives
    assert one[0] == _one_process(open_packets(path, "native"))[0]


@needs_tshark
def test_tshark_truncated_capture_warning_crosses_from_the_reading_process(
        tmp_path: Path) -> None:
    cut = tmp_path / "cut.pcap"
    data = SEGMENTED.path.read_bytes()
    cut.write_bytes(data[:len(data) * 2 // 3])
    one = _one_process(open_packets(cut, "pyshark"))
    two = _two_processes(open_packets(cut, "pyshark"))
    assert two == one
    assert any("truncated" in w for w in two[2])


def test_gzip_file_in_two_processes_gives_what_one_process_gives(tmp_path: Path) -> None:
    packed = tmp_path / "capture.pcap.gz"
    packed.write_bytes(gzip.compress(SEGMENTED.path.read_bytes()))
    assert (_two_processes(open_stream(str(packed)))
            == _one_process(open_stream(str(packed))))


def _split_used(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Records the readers the CLI hands to the two-process pipeline."""
    used: list[object] = []
    real = decode_command._decode_in_two_processes

    def spy(name: str, reader: PacketReader, *args: Any) -> None:
        used.append(reader)
        real(name, reader, *args)

    monkeypatch.setattr(decode_command, "_decode_in_two_processes", spy)
    return used


@pytest.mark.parametrize("source", [
    pytest.param("pyshark", marks=needs_tshark), "native"])
def test_cli_reads_each_file_source_in_two_processes(
        source: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    monkeypatch.setattr(decode_command, "_two_processes_available", lambda: True)
    used = _split_used(monkeypatch)
    packed = tmp_path / "capture.pcap.gz"
    packed.write_bytes(gzip.compress(SEGMENTED.path.read_bytes()))
    name = str(packed if source == "native" else SEGMENTED.path)
    from tlcp_decode.cli import main

    assert main(["--json", "-q", "--source", source, name]) == 0
    split = capsys.readouterr().out
    assert len(used) == 1
    assert main(["--json", "-q", "--jobs", "1", "--source", source, name]) == 0
    assert len(used) == 1  # --jobs 1: one process
    assert capsys.readouterr().out == split


def test_standard_input_in_two_processes_is_read_by_the_reading_process() -> None:
    # multiprocessing closes sys.stdin in the forked process: the reader holds its own
    # descriptor, so the whole capture still arrives
    data = SEGMENTED.path.read_bytes()
    args = [sys.executable, "-m", "tlcp_decode", "--json", "-q"]
    piped = subprocess.run([*args, "-"], input=data, capture_output=True, timeout=300)
    assert piped.returncode == 0, piped.stderr
    single = subprocess.run([*args, "--jobs", "1", "-"], input=data, capture_output=True,
                            timeout=300)
    assert piped.stdout == single.stdout
    assert piped.stdout.count(b'"type":"flow"') > 0
