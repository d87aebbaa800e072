"""``python -m tlcp_decode.pygen [-o PATH | --check PATH]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tlcp_decode.pygen import generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tlcp_decode.pygen",
        description="Generate the Python handshake parser (tlcp_decode/schema/fastparse.py) "
                    "from the construct schemas.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-o", "--output", help="write the module here (default: stdout)")
    group.add_argument("--check", metavar="PATH",
                       help="exit 1 if PATH differs from a fresh generation")
    args = parser.parse_args(argv)
    source = generate()
    if args.check:
        path = Path(args.check)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != source:
            print(f"{path} is out of date: run python -m tlcp_decode.pygen -o {path}",
                  file=sys.stderr)
            return 1
        return 0
    if args.output:
        Path(args.output).write_text(source, encoding="utf-8", newline="\n")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
