"""Run Wireshark (tshark, sharkd, wiregasm) on the plugin as its users do, isolated from the user.

Wireshark reads personal Lua plugins from ``$HOME/.local/lib/wireshark/plugins`` and preferences
from ``$WIRESHARK_CONFIG_DIR`` (else ``$XDG_CONFIG_HOME/wireshark``): every run here points both
at a temporary folder, so whether the plugin is installed for the user running the tests changes
nothing. The trees are compared as lists of (depth, label) rows of the ``tlcp`` protocol items.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "dissector" / "tlcp.lua"
PROTO_LABEL = "Transport Layer Cryptographic Protocol (GB/T 38636-2020)"
WIREGASM_DIR = ROOT / "tests" / "wiregasm"

#: one row of a tree: (depth below the tlcp item, label)
Row = tuple[int, str]
#: frame number -> rows of all tlcp items of the frame, in order
Trees = dict[int, list[Row]]


class Wireshark:
    """A personal Wireshark folder of its own: plugins and preferences, nothing of the user's."""

    def __init__(self, root: Path, *, plugin: Path | None = PLUGIN,
                 prefs: Mapping[str, str] | None = None,
                 decode_as: Sequence[tuple[int, str]] = ()) -> None:
        self.root = root
        self.home = root / "home"
        self.config = root / "config"
        self.plugins = self.home / ".local" / "lib" / "wireshark" / "plugins"
        self.plugins.mkdir(parents=True, exist_ok=True)
        self.config.mkdir(parents=True, exist_ok=True)
        if plugin is not None:
            shutil.copy(plugin, self.plugins / "tlcp.lua")
        self.prefs = dict(prefs or {})
        lines = [f"{name}: {value}" for name, value in self.prefs.items()]
        (self.config / "preferences").write_text("\n".join(lines) + "\n")
        entries = [
            "<?xml version=\"1.0\"?>", "<decode_as_entries>",
            *(f"<entry><key>tcp.port</key><value>{port}</value><initial_value>{port}"
              f"</initial_value><current_value>{proto.upper()}</current_value></entry>"
              for port, proto in decode_as),
            "</decode_as_entries>",
        ]
        (self.config / "decode_as_entries").write_text("\n".join(entries) + "\n")
        self.decode_as = list(decode_as)

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(HOME=str(self.home), XDG_CONFIG_HOME=str(self.root / "xdg"),
                   WIRESHARK_CONFIG_DIR=str(self.config), LC_ALL="C.UTF-8")
        return env

    def tshark(self, args: Sequence[str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
        decode = [a for port, proto in self.decode_as for a in ("-d", f"tcp.port=={port},{proto}")]
        return subprocess.run(["tshark", "-n", *decode, *args], capture_output=True, text=True,
                              timeout=timeout, env=self.env, check=False)

    def tshark_trees(self, pcap: Path, extra: Sequence[str] = ()) -> Trees:
        proc = self.tshark(["-r", str(pcap), "-V", *extra])
        assert proc.returncode == 0, proc.stderr
        return parse_verbose(proc.stdout)

    def sharkd_trees(self, pcap: Path, orders: Mapping[str, Sequence[int]]
                     ) -> tuple[dict[str, Trees], str]:
        """Load ``pcap`` in one sharkd and ask for the frames in each order, each with its tree."""
        asked: list[tuple[str, int]] = [(name, n) for name, order in orders.items() for n in order]
        requests = [{"jsonrpc": "2.0", "id": 1, "method": "load", "params": {"file": str(pcap)}}]
        requests += [{"jsonrpc": "2.0", "id": i + 2, "method": "frame",
                      "params": {"frame": n, "proto": True}} for i, (_, n) in enumerate(asked)]
        stdin = "".join(json.dumps(r) + "\n" for r in requests)
        proc = subprocess.run(["sharkd", "-"], input=stdin, capture_output=True, text=True,
                              timeout=900, env=self.env, check=False)
        trees: dict[str, Trees] = {name: {} for name in orders}
        loaded = False
        for line in proc.stdout.splitlines():
            if not line.startswith("{"):
                continue
            answer = json.loads(line)
            if answer.get("id") == 1:
                loaded = answer.get("result", {}).get("status") == "OK"
                continue
            assert "result" in answer, answer
            rows: list[Row] = []
            for node in answer["result"]["tree"]:
                if node.get("f") == "tlcp":
                    _sharkd_rows(node.get("n", []), 1, rows)
            name, number = asked[int(answer["id"]) - 2]
            trees[name][number] = rows
        assert loaded, proc.stdout[:2000] + proc.stderr[-2000:]
        return trees, proc.stderr

    def wiregasm_trees(self, pcap: Path, orders: Mapping[str, Sequence[int]]
                       ) -> tuple[dict[str, Trees], str]:
        """The same through wiregasm (Wireshark 4.4 with Lua 5.4, compiled to WebAssembly)."""
        job = {"plugin": str(self.plugins / "tlcp.lua"), "capture": str(pcap),
               "prefs": self.prefs, "orders": dict(orders),
               "output": str(self.root / "wiregasm-out.json")}
        spec = self.root / "wiregasm-job.json"
        spec.write_text(json.dumps(job))
        proc = subprocess.run(["node", str(WIREGASM_DIR / "frames.js"), str(spec)],
                              capture_output=True, text=True, timeout=900, check=False)
        assert proc.returncode == 0, proc.stderr[-3000:]
        answer = json.loads((self.root / "wiregasm-out.json").read_text())
        trees = {name: {int(n): [(int(d), str(label)) for d, label in rows]
                        for n, rows in frames.items()}
                 for name, frames in answer["orders"].items()}
        return trees, str(answer["log"])


def _sharkd_rows(nodes: list[dict[str, object]], depth: int, rows: list[Row]) -> None:
    for node in nodes:
        label = str(node.get("l", ""))
        # tshark -V writes generated items (expert infos...) in brackets; sharkd marks them "g"
        rows.append((depth, f"[{label}]" if node.get("g") else label))
        children = node.get("n")
        if isinstance(children, list):
            _sharkd_rows(children, depth + 1, rows)


def parse_verbose(text: str) -> Trees:
    """The tlcp items of ``tshark -V`` output, per frame (four spaces of indentation a level)."""
    trees: Trees = {}
    frame = 0
    inside = False
    for line in text.splitlines():
        if line.startswith("Frame ") and ":" in line:
            frame = int(line[6:line.index(":")])
            trees[frame] = []
            inside = False
            continue
        if not line or line[0] != " ":
            inside = line == PROTO_LABEL
            continue
        if inside:
            stripped = line.lstrip(" ")
            trees[frame].append(((len(line) - len(stripped)) // 4, stripped))
    return trees


def orders(frames: int, seed: int = 18) -> dict[str, list[int]]:
    """The frame orders a GUI user might click in: last to first, and shuffled."""
    numbers = list(range(1, frames + 1))
    shuffled = numbers[:]
    random.Random(seed).shuffle(shuffled)
    return {"reverse": numbers[::-1], "random": shuffled}


def diff_trees(expected: Trees, got: Trees) -> list[tuple[int, list[Row], list[Row]]]:
    """Frames whose tlcp rows differ: (frame, expected rows, rows got)."""
    bad = []
    for number in sorted(set(expected) | set(got)):
        want, have = expected.get(number, []), got.get(number, [])
        if want != have:
            bad.append((number, want, have))
    return bad


def merge_captures(captures: Sequence[Path], target: Path) -> dict[Path, int]:
    """Concatenate captures into one file; each capture's frame-number offset in it."""
    subprocess.run(["mergecap", "-a", "-F", "pcapng", "-w", str(target),
                    *(str(p) for p in captures)], check=True, capture_output=True)
    offsets: dict[Path, int] = {}
    total = 0
    for pcap in captures:
        offsets[pcap] = total
        out = subprocess.run(["capinfos", "-c", "-M", "-T", "-r", str(pcap)], check=True,
                             capture_output=True, text=True).stdout
        total += int(out.split()[-1])
    return offsets


@contextmanager
def wireshark(**kwargs: object) -> Iterator[Wireshark]:
    root = Path(tempfile.mkdtemp(prefix="tlcp-ws-"))
    try:
        yield Wireshark(root, **kwargs)  # type: ignore[arg-type]
    finally:
        shutil.rmtree(root, ignore_errors=True)


_BYTES_LABEL = re.compile(r"^(.*?)(?: \[…\])?: ([0-9a-f]{2,})…?$")
#: object identifiers Wireshark 4.4 names and 4.0 shows unresolved (in X.509 certificates,
#: which the plugin hands to Wireshark's x509af dissector in standalone mode)
OID_NAMES_4_4 = {"iso.2.156.10197.1.501": "SM2-with-SM3", "iso.2.156.10197.1.301": "sm2"}


def version_neutral(trees: Trees) -> Trees:
    """Rows as both Wireshark 4.0 and 4.4 print them: 4.4 shows long byte values in full (and
    marks the label ``[…]``), 4.0 cuts them with ``…``; keep the first 64 hex digits. wiregasm
    does not say which items are generated, which tshark -V writes in brackets: drop those.
    4.4 names a few object identifiers 4.0 does not (``OID_NAMES_4_4``): use the names."""
    out: Trees = {}
    for number, rows in trees.items():
        fixed = []
        for depth, label in rows:
            for unresolved, name in OID_NAMES_4_4.items():
                label = label.replace(f"({unresolved})", f"({name})")
            if label.startswith("[") and label.endswith("]"):
                label = label[1:-1]
            match = _BYTES_LABEL.match(label)
            if match:
                label = f"{match.group(1)}: {match.group(2)[:64]}"
            fixed.append((depth, label))
        out[number] = fixed
    return out
