import pytest

from cs_console.domain.errors import UserError
from cs_console.domain.pin import hash_pin, verify_pin


def test_pin_is_stored_as_salted_scrypt_only():
    first, second = hash_pin("4711"), hash_pin("4711")
    scheme, _n, _r, _p, salt, digest = first.split("$")
    assert (scheme, len(salt), len(digest)) == ("scrypt", 32, 64)
    assert first != second  # salted
    assert verify_pin("4711", first) and verify_pin("4711", second)
    assert not verify_pin("4712", first)
    assert not verify_pin("4711", None) and not verify_pin("4711", "garbage")


@pytest.mark.parametrize("pin", ["123", "abcd", "1234567890123", ""])
def test_pin_form(pin: str):
    with pytest.raises(UserError, match="4 to 12 digits"):
        hash_pin(pin)
