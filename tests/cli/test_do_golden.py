"""Every verb's answer on the demo, kept byte for byte (tests/golden/do_output.txt).

The script (tests/golden/do_script.txt) runs each line through the command language signed as
the day leader on a clock that stands still, refusals included; the record keeps each answer or
refusal. A change to any sentence shows here; `UPDATE_GOLDEN=1 pytest
tests/cli/test_do_golden.py` rewrites the record after a deliberate change.
"""

from __future__ import annotations

import os
from pathlib import Path

from cs_console import i18n
from cs_console.commands.registry import execute
from cs_console.domain.errors import UserError

GOLDEN = Path(__file__).parents[1] / "golden"


def test_every_verb_answers_as_recorded(demo_ctx):
    i18n.use("en")
    leader = demo_ctx.acting_as("1001", "1234")
    record = []
    for line in (GOLDEN / "do_script.txt").read_text(encoding="utf-8").splitlines():
        try:
            answer = execute(leader, line)
        except UserError as err:
            answer = f"refused: {err}"
        record.append(f"$ {line}\n{answer}\n")
    answers = "\n".join(record)
    path = GOLDEN / "do_output.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(answers, encoding="utf-8")
    assert answers == path.read_text(encoding="utf-8")
