"""D-12, CF-01…CF-04: customer data masked in lists, prints, exports and logs."""

import pytest

from cs_console.domain.masking import mask_name, mask_phone


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "+86 1** **** 5678"),
        ("0311-8765432", "031*-***5432"),
        ("8765432", "87***32"),
        ("12345", "****5"),
        ("", ""),
        (None, ""),
    ],
)
def test_d12_phone_numbers(phone, masked):
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("name", "masked"),
    [("张三", "张*"), ("欧阳明", "欧**"), ("John Smith", "J*** S****"), ("A", "A"), ("", "")],
)
def test_d12_names(name, masked):
    assert mask_name(name) == masked


def test_d12_masked_phone_never_contains_the_middle_digits():
    assert "1234" not in mask_phone("13812345678")


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        (
            "ticket fault Line down phone 13911112222 agent 1005",
            "ticket fault Line down phone 139****2222 agent 1005",
        ),
        ("complaint Bill wrong name Li Wei at 10:15", "complaint Bill wrong name L* W** at 10:15"),
        (
            "complaint x name 'Ann Lee' phone 0311-8765432",
            "complaint x name 'A** L**' phone 031*-***5432",
        ),
        ("away 1009", "away 1009"),
    ],
)
def test_d12_command_history_lines(line, masked):
    from cs_console.domain.masking import mask_command_line

    assert mask_command_line(line) == masked
