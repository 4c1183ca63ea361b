"""Who may open the UI: loopback by default, any other address only with a password.

``pma ui`` binds 127.0.0.1 unless told otherwise. Binding a reachable address (``--host 0.0.0.0``, a LAN IP, a
host name) without ``--auth USER:PASS`` or ``PMA_UI_AUTH`` is refused: the UI reads and writes the feedback
database and can start training jobs, so it must not be open to a network by accident.

``check_listen`` turns a busy port or an address that is not this machine's into a one-line error naming
``--port`` / ``--host`` before the (slow) start-up.

Not handled: TLS (put a reverse proxy in front), several users with different rights.
"""

from __future__ import annotations

import errno
import ipaddress
import socket

from retrieval.errors import UserError


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``"USER:PASS"`` -> ``("USER", "PASS")``; empty -> ``None``. The password may itself contain ':'."""
    if value is None or not value.strip():
        return None
    user, sep, password = value.partition(":")
    if not sep or not user.strip() or not password:
        raise UserError("--auth / PMA_UI_AUTH must be USER:PASS with a non-empty user and password.",
                        hint="Example: pma ui --host 0.0.0.0 --auth pm:change-me")
    return user.strip(), password


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    host = host.strip().strip("[]").lower()
    if host in {"localhost", "localhost.localdomain", "ip6-localhost"}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything: treat it as reachable


def check_bind(host: str, auth: tuple[str, str] | None) -> None:
    """Refuse a non-loopback ``host`` without ``auth``."""
    if not host or not host.strip():
        raise UserError("--host is empty.", hint="Use 127.0.0.1 (the default) or an address of this machine.")
    if not is_loopback(host) and auth is None:
        raise UserError(f"Refusing to serve the UI on {host} without a password: anyone who can reach that address "
                        "could read your feedback.",
                        hint="Add --auth USER:PASS (or set PMA_UI_AUTH), or keep the default --host 127.0.0.1.")


def check_listen(host: str, port: int) -> None:
    """Fail with a one-line ``UserError`` naming ``--host`` or ``--port`` when the UI could not listen there: a host
    name that does not resolve, an address that is not this machine's, a port in use or reserved. Checked by binding
    a socket the way the web server will (and closing it at once), before minutes of start-up are spent."""
    bare = host.strip().strip("[]")
    try:
        infos = socket.getaddrinfo(bare, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise UserError(f"--host {host}: cannot be resolved to an address ({getattr(exc, 'strerror', None) or exc}).",
                        hint="Use 127.0.0.1 (the default), 0.0.0.0 for every interface, or an address of this "
                             "machine.") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UserError(f"--port {port}: already in use on {host} (another `pma ui` or another program).",
                            hint=f"Choose a free port, e.g. pma ui --port {port + 1}, or stop the other program.") \
                from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise UserError(f"--host {host}: not an address of this machine, so the UI cannot listen on it.",
                            hint="Use 127.0.0.1 (the default), 0.0.0.0 for every interface, or one of this "
                                 "machine's addresses.") from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise UserError(f"--port {port}: not allowed for this user ({exc.strerror}).",
                            hint="Use a port above 1023, e.g. pma ui --port 7860.") from None
        raise UserError(f"Cannot listen on --host {host} --port {port}: {exc.strerror or exc}.",
                        hint="Try the defaults (127.0.0.1, 7860) or another port.") from None
    finally:
        sock.close()
