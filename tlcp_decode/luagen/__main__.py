"""``python -m tlcp_decode.luagen [-o dissector/tlcp.lua] [--readme dissector/README.md]``."""

from __future__ import annotations

import argparse
import sys

from tlcp_decode.luagen import generate_lua, update_readme, write_plugin


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tlcp_decode.luagen",
                                     description="Generate the TLCP Wireshark Lua dissector.")
    parser.add_argument("-o", "--output", help="write the plugin here (default: stdout)")
    parser.add_argument("--readme", help="refresh the field table in this README")
    args = parser.parse_args(argv)
    if args.output:
        path = write_plugin(args.output)
        print(f"wrote {path}", file=sys.stderr)
    elif not args.readme:
        sys.stdout.write(generate_lua())
    if args.readme:
        update_readme(args.readme)
        print(f"updated {args.readme}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
