"""Help everywhere, version, exit codes, config show, and import hygiene."""

import subprocess
import sys
from pathlib import Path

import pytest

from cs_console import __version__

COMMANDS = [
    [],
    ["demo"],
    ["do"],
    ["export"],
    ["export", "json"],
    ["audit"],
    ["db"],
    ["db", "upgrade"],
    ["db", "where"],
    ["db", "backup"],
    ["import"],
    ["import", "staff"],
    ["import", "seats"],
    ["import", "roster"],
    ["staff"],
    ["staff", "set-pin"],
    ["config"],
    ["config", "show"],
]


@pytest.mark.parametrize("words", COMMANDS, ids=lambda w: " ".join(w) or "root")
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help_everywhere(cli, words, flag):
    result = cli(*words, flag, now=None)
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_version(cli):
    result = cli("--version", now=None)
    assert result.exit_code == 0
    assert result.output.strip() == f"cs-console {__version__}"


def test_config_show_prints_effective_settings(cli):
    result = cli("config", "show")
    assert result.exit_code == 0
    assert 'centre_name = "Handan Centre"' in result.output
    assert "complaint_dispatch_minutes = 60" in result.output
    assert 'timezone_resolved = "Asia/Shanghai"' in result.output


def test_invalid_config_is_refused_with_key_and_reason(cli, config_file):
    config_file.write_text("[rules]\nroll_call_lead_minutes = -5\n", encoding="utf-8")
    result = cli("do", "status")
    assert result.exit_code == 2
    assert "rules.roll_call_lead_minutes" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_bad_now_is_one_sentence(cli):
    result = cli("do", "status", now="yesterday")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "--now 'yesterday' is not an ISO 8601 instant; use e.g. 2026-11-22T07:50."
    )


def test_importing_the_cli_does_not_import_textual():
    code = "import sys, cs_console.cli; assert 'textual' not in sys.modules, 'textual imported'"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_layer_contracts_hold():
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(["lint-imports"], capture_output=True, text=True, cwd=root)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
