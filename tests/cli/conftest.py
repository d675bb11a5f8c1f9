from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from cs_console.cli.main import app
from tests.conftest import EARLY_LOCAL, NOW_LOCAL, ZONE

LEADER = ("--as", "1001")  # the day shift's squad leader (PIN 1234 in the demo)


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'timezone = "{ZONE}"\ncentre_name = "Handan Centre"\n', encoding="utf-8")
    return path


@pytest.fixture
def env(tmp_path: Path, config_file: Path) -> dict[str, str]:
    """No test touches the user's data directory or a real PIN."""
    return {
        "CS_CONSOLE_DB": str(tmp_path / "cli.db"),
        "CS_CONSOLE_CONFIG": str(config_file),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "CS_CONSOLE_PIN": "",
        "CS_CONSOLE_LANG": "en",  # the tests read English whatever the machine's locale
    }


@pytest.fixture
def cli(env: dict[str, str]) -> Callable[..., Result]:
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, now: str | None = NOW_LOCAL) -> Result:
        prefix = ["--now", now] if now else []
        return runner.invoke(app, [*prefix, *args], input=input, env=env)

    return invoke


@pytest.fixture
def demo(cli: Callable[..., Result]) -> Callable[..., Result]:
    result = cli("demo", "--no-tui")
    assert result.exit_code == 0, result.output
    return cli


@pytest.fixture
def run(env: dict[str, str], tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """The real program in a subprocess, started from an unrelated working directory."""

    def call(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cs_console", *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**os.environ, **env},
            timeout=120,
        )

    return call


@pytest.fixture
def desk(cli: Callable[..., Result], env: dict[str, str]) -> Callable[..., Result]:
    """The demo created at 07:00 (the day shift untouched) and the leaders' PIN in the env."""
    assert cli("demo", "--no-tui", now=EARLY_LOCAL).exit_code == 0
    env["CS_CONSOLE_PIN"] = "1234"
    return cli


def ok(result: Result) -> str:
    """The one-line result of a command that must succeed."""
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()
