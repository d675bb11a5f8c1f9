"""The rest of a key's sequence, once begun, is waited for 25 ms, not Textual's 100 ms, unless
ESCDELAY says otherwise (a lone esc is answered at once: tests/ui/test_key_input.py)."""

import os
import subprocess
import sys

import pytest

CHECK = (
    "from cs_console.ui.launch import _escape_delay; _escape_delay(); "
    "from textual import constants; print(constants.ESCAPE_DELAY)"
)


@pytest.mark.parametrize(("given", "delay"), [(None, "0.025"), ("80", "0.08")])
def test_a_begun_sequence_waits_25_ms_unless_escdelay_is_set(given, delay):
    env = {k: v for k, v in os.environ.items() if k != "ESCDELAY"}
    if given is not None:
        env["ESCDELAY"] = given
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                          env=env, check=True)  # fmt: skip
    assert done.stdout.strip() == delay
