"""PINs are kept only as salted scrypt hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cs_console.domain.errors import UserError
from cs_console.i18n import _

_N, _R, _P = 2**14, 8, 1


def check_pin_form(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise UserError(_("A PIN is 4 to 12 digits."))


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    check_pin_form(pin)
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate.hex(), digest)
