"""The two-process pipeline (tlcp_decode.parallel) gives exactly what one process gives."""

from __future__ import annotations

import gc
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import CAPTURES, capture_ids
from corpus import generate

from tlcp_decode import gc_tuning, parallel
from tlcp_decode.model import Connection
from tlcp_decode.pipeline import Decoder
from tlcp_decode.report.jsonl import connection_object
from tlcp_decode.source import CaptureError, NativeReader, Packet

pytestmark = pytest.mark.skipif("fork" not in __import__("multiprocessing")
                                .get_all_start_methods(), reason="needs fork")


def _one_process(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any], list[str]]:
    reader = NativeReader(path)
    decoder = Decoder()
    results: list[Connection] = []
    for packet in reader:
        results.extend(decoder.feed(packet))
    results.extend(decoder.finish())
    return [connection_object(r) for r in results], reader.stats.as_dict(), list(reader.warnings)


def _two_processes(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any], list[str]]:
    decoder = parallel.TwoProcessDecoder(NativeReader(path))
    flows = [connection_object(r) for r in decoder.start()]
    return flows, decoder.stats.as_dict(), decoder.warnings


@pytest.mark.parametrize("pipe_bytes", [parallel.PIPE_BYTES, 0], ids=["big-pipe", "default-pipe"])
@pytest.mark.parametrize("capture", CAPTURES, ids=capture_ids())
def test_same_flows_as_one_process_on_real_captures(capture: Any, pipe_bytes: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PIPE_BYTES", pipe_bytes)
    assert _two_processes(capture.path) == _one_process(capture.path)


def test_the_pipe_gets_the_capacity_asked_where_the_system_lets_it() -> None:
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_GETPIPE_SZ"):
        pytest.skip("no pipe capacity to set here")
    read_end, write_end = os.pipe()
    try:
        default = fcntl.fcntl(write_end, fcntl.F_GETPIPE_SZ)
        parallel._enlarge(write_end)
        enlarged = fcntl.fcntl(write_end, fcntl.F_GETPIPE_SZ)
    finally:
        os.close(read_end)
        os.close(write_end)
    maximum = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    assert enlarged == (parallel.PIPE_BYTES if parallel.PIPE_BYTES <= maximum else default)


@pytest.mark.parametrize("cls", ["reordered", "duplicates", "tcp_gaps", "truncated_packet",
                                 "tiny_segments", "interleaved_tls12_tlcp"])
def test_same_flows_as_one_process_on_hostile_input(cls: str, tmp_path: Path) -> None:
    # reordered and reassembled data travels through the pipe, not as a file offset
    cases = [c for c in generate(seed=3, classes=[cls]) if not c.unusable][:3]
    assert cases
    for case in cases:
        path = tmp_path / f"{case.name}{case.suffix}"
        path.write_bytes(case.data)
        assert _two_processes(path) == _one_process(path), case.name


def test_small_batches_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "BATCH_EVENTS", 1)
    path = next(c.path for c in CAPTURES if "mtu1500" in c.name)
    assert _two_processes(path) == _one_process(path)


def test_progress_is_reported_per_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "BATCH_EVENTS", 8)
    path = CAPTURES[0].path
    seen: list[tuple[int | None, int]] = []
    decoder = parallel.TwoProcessDecoder(NativeReader(path),
                                         on_progress=lambda pos, n: seen.append((pos, n)))
    list(decoder.start())
    assert len(seen) >= 2
    assert seen[-1] == (path.stat().st_size, decoder.stats.packets)
    assert [n for _, n in seen] == sorted(n for _, n in seen)


class _FailingReader(NativeReader):
    """Reads a few packets, then fails the way the test asks."""

    failure: BaseException

    def offer_segments(self, take: object) -> None:
        """Every segment stays a packet (the fused loop would take them all: none would come
        here to fail on)."""

    def __iter__(self) -> Iterator[Packet]:
        for i, packet in enumerate(super().__iter__()):
            if i == 5:
                raise self.failure
            yield packet


def _failing(failure: BaseException) -> _FailingReader:
    reader = _FailingReader(CAPTURES[0].path)
    reader.failure = failure
    return reader


def test_a_capture_error_in_the_reading_process_reaches_the_caller() -> None:
    decoder = parallel.TwoProcessDecoder(_failing(CaptureError("x.pcap: cut short")))
    with pytest.raises(CaptureError, match="cut short"):
        list(decoder.start())


def test_a_bug_in_the_reading_process_is_raised_with_its_traceback() -> None:
    decoder = parallel.TwoProcessDecoder(_failing(ZeroDivisionError("oops")))
    with pytest.raises(RuntimeError, match="(?s)reading process failed.*ZeroDivisionError"):
        list(decoder.start())


@pytest.mark.parametrize("reading", [gc_tuning.READING_THRESHOLD, 0])
def test_the_reading_process_collects_garbage_less_often(reading: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """(gc_tuning.READING_THRESHOLD; 0: the threshold it was forked with; the flows are the
    same either way: test_same_flows_as_one_process_on_real_captures)"""
    class Thresholds(NativeReader):
        def __iter__(self) -> Iterator[Packet]:
            raise CaptureError(json.dumps(gc.get_threshold()))

    monkeypatch.setattr(gc_tuning, "READING_THRESHOLD", reading)
    decoder = parallel.TwoProcessDecoder(Thresholds(CAPTURES[0].path))
    with pytest.raises(CaptureError) as raised:
        list(decoder.start())
    first, *rest = json.loads(str(raised.value))
    assert rest == list(gc.get_threshold()[1:])
    assert first == max(reading, gc.get_threshold()[0])


def test_a_reading_process_that_dies_is_an_error_not_a_hang() -> None:
    class Killed(NativeReader):
        def __iter__(self) -> Iterator[Packet]:
            os.kill(os.getpid(), signal.SIGKILL)
            yield from ()

    decoder = parallel.TwoProcessDecoder(Killed(CAPTURES[0].path))
    with pytest.raises(CaptureError, match="ended unexpectedly"):
        list(decoder.start())


def test_stopping_early_ends_the_reading_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "BATCH_EVENTS", 1)
    path = next(c.path for c in CAPTURES if c.name.endswith("_resume"))
    decoder = parallel.TwoProcessDecoder(NativeReader(path))
    results = decoder.start()
    next(results)
    results.close()  # what a broken pipe on stdout does to the loop
    assert decoder.child is not None and not decoder.child.is_alive()
    with pytest.raises(ChildProcessError):  # its status collected: no zombie left
        os.waitpid(decoder.child.pid, os.WNOHANG)


@pytest.mark.parametrize("plain", [False, True], ids=["pickled", "marshalled"])
def test_messages_of_any_size_cross_the_pipe_whole(plain: bool) -> None:
    """Each message is its header and its bytes: small ones, and ones larger than the pipe
    holds (written in parts while the other end reads)."""
    import threading

    messages = [(0, None, 1, [b"x" * size]) for size in (0, 1, 16384, 16385, 70_000, 3 << 20)]
    read_end, write_end = os.pipe()
    send = parallel._sender(write_end)

    def write_all() -> None:
        for message in messages:
            send(message, plain)
        os.close(write_end)

    writer = threading.Thread(target=write_all)
    writer.start()
    received = []
    with open(read_end, "rb") as stream:
        for _message in messages:
            received.append(parallel._receive(stream))
        with pytest.raises(EOFError):  # the other end closed
            parallel._receive(stream)
    writer.join()
    assert received == messages


def test_cli_default_and_jobs_1_print_the_same(tmp_path: Path) -> None:
    import contextlib
    import io

    from tlcp_decode.cli import main

    path = next(c.path for c in CAPTURES if c.name.endswith("_resume"))
    outputs = []
    for extra in ([], ["--jobs", "1"], ["--jobs", "2"]):
        for fmt in (["--json"], ["--color", "never"]):
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                assert main([str(path), "--quiet", *fmt, *extra]) == 0
            outputs.append((tuple(fmt), out.getvalue()))
    json_outputs = {text for fmt, text in outputs if fmt == ("--json",)}
    text_outputs = {text for fmt, text in outputs if fmt != ("--json",)}
    assert len(json_outputs) == 1 and len(text_outputs) == 1
    assert any(json.loads(line)["type"] == "flow" for line in json_outputs.pop().splitlines())


def test_one_cpu_means_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import contextlib
    import io

    from tlcp_decode.cli import main

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert not parallel.available()

    def no_fork(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("forked with one CPU")

    monkeypatch.setattr(parallel, "TwoProcessDecoder", no_fork)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([str(CAPTURES[0].path), "--quiet", "--json"]) == 0
    assert '"type":"flow"' in out.getvalue()


def test_jobs_below_one_is_a_usage_error() -> None:
    import subprocess
    import sys

    p = subprocess.run([sys.executable, "-m", "tlcp_decode", str(CAPTURES[0].path), "--jobs", "0"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2
    assert p.stderr.strip() == "tlcp-decode: --jobs 0: at least one process is needed"
