"""Run the real `samskab serve` for the browser tests (a real process).

Usage: python -m tests.adapters.web.serve_web PORT DATABASE_URL
Web settings come from SAMSKAB_WEB_* environment variables, as in production.
"""

from __future__ import annotations

import sys

from adapters.cli import main as samskab


def main(argv: list[str]) -> None:
    """`samskab serve` on 127.0.0.1:PORT against DATABASE_URL until SIGTERM."""
    port, url = argv[0], argv[1]
    sys.argv = ["samskab", "serve", "--host", "127.0.0.1", "--port", port, "--database", url]
    samskab()


if __name__ == "__main__":
    main(sys.argv[1:])
