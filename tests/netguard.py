"""Run a Python program with every network connection refused except to loopback.

    python tests/netguard.py PROGRAM [ARGS...]

The end-to-end tests start bot.py through this, so a bot that tried to fetch anything at run
time (a model, tokenizer data, a remote file) would fail its tests and say why on stderr. It
uses Python's audit hooks, which see every socket connect, send and name lookup, whichever
library makes them.
"""

from __future__ import annotations

import ipaddress
import runpy
import socket
import sys
from pathlib import Path
from typing import Any

REFUSED = "network guard: refused"
INTERNET = (socket.AF_INET, socket.AF_INET6)


def _local(host: Any) -> bool:
    """Say whether a host is this machine: loopback, unspecified (for binding) or no host."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host in ("", "localhost"):
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False  # a name: looking it up is the first step of a fetch
    return address.is_loopback or address.is_unspecified


def _refuse(what: str) -> None:
    print(f"{REFUSED} {what}", file=sys.stderr, flush=True)
    raise PermissionError(f"{REFUSED} {what}")


def _guard(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock, address = args[0], args[1]
        if sock.family in INTERNET and isinstance(address, tuple) and not _local(address[0]):
            _refuse(f"{event} {address!r}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex"):
        if not _local(args[0]):
            _refuse(f"{event} {args[0]!r}")


def main() -> None:
    """Install the guard and run the program as __main__ with the remaining arguments."""
    if len(sys.argv) < 2:
        raise SystemExit("usage: python tests/netguard.py PROGRAM [ARGS...]")
    program = Path(sys.argv[1]).resolve()
    sys.argv = [str(program), *sys.argv[2:]]
    sys.path[0] = str(program.parent)
    sys.addaudithook(_guard)
    runpy.run_path(str(program), run_name="__main__")


if __name__ == "__main__":
    main()
