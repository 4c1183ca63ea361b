"""Who may open the UI: loopback by default, any other address only with a password.

``pma ui`` binds 127.0.0.1 unless told otherwise. Binding a reachable address (``--host 0.0.0.0``, a LAN IP, a
host name) without ``--auth USER:PASS`` or ``PMA_UI_AUTH`` is refused: the UI reads and writes the feedback
database and can start training jobs, so it must not be open to a network by accident.

Not handled: TLS (put a reverse proxy in front), several users with different rights.
"""

from __future__ import annotations

import ipaddress

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
