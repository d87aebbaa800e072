"""``tlcp-decode --json``'s writing: a line per connection (each one also added to the
per-server book), and per file the servers' verdicts and the summary line.

Apart from :mod:`tlcp_decode.decode_command`, which makes it when the first line is written
(``Output``): the report's modules it imports are then imported by the analysing process
only, after the reading process is forked (see :mod:`tlcp_decode.parallel`).
"""

from __future__ import annotations

from functools import partial
from typing import Any, BinaryIO, TextIO

from tlcp_decode.model import Connection
from tlcp_decode.report import jsonl
from tlcp_decode.report.flowview import view_of
from tlcp_decode.report.policy import Policy
from tlcp_decode.report.servers import ServerBook

#: Whether the server objects and the summary line go to the byte stream as orjson's bytes
#: where they may (else they are written as text, the general way: the same bytes).
BYTES_SUMMARY = True


class JsonLines:
    """The JSON lines of one input, written to ``stream`` (or as bytes to ``stream_bytes``,
    its byte stream, where that writes the same: see decode_command._utf8_bytes_under),
    the servers judged under ``policy`` (None: the default policy)."""

    def __init__(self, stream: TextIO, stream_bytes: BinaryIO | None,
                 policy: Policy | None) -> None:
        self.stream = stream
        self._bytes = stream_bytes
        self.servers = ServerBook("", 1, policy if policy is not None else Policy())

    def flow(self, result: Connection) -> None:
        """The connection's line (not flushed)."""
        if self._bytes is not None:
            record, line = jsonl.flow_object_and_line(result)
        else:
            record, line = jsonl.connection_object(result), None
        if line is not None:
            assert self._bytes is not None
            self._bytes.write(line)  # the text layer holds nothing: flushed after each line
        else:
            self.stream.write(jsonl.encode_flow(record) + "\n")
        # the view made only where the summary needs one (see ServerBook.add_record)
        self.servers.add_record(record, partial(view_of, result, record=record))

    def summary(self, name: str, summary: dict[str, Any]) -> None:
        """The servers' verdicts, then the file's ``summary`` line (not flushed)."""
        for server in self.servers.servers():
            server.file = name
            self._write_object(server.to_json())
        self._write_object(summary)

    def _write_object(self, obj: dict[str, Any]) -> None:
        """``jsonl.write_object``: as orjson's bytes to the byte stream, where there is one and
        orjson writes the line (as the flow lines; the servers' lines are half a megabyte on
        the handshake benchmark, written at the very end)."""
        line = jsonl.line_bytes(obj) if self._bytes is not None and BYTES_SUMMARY else None
        if line is not None:
            assert self._bytes is not None
            self._bytes.write(line)  # (the text layer holds nothing: see below)
            return
        jsonl.write_object(self.stream, obj)
        if self._bytes is not None:
            self.stream.flush()  # before a line written as bytes
