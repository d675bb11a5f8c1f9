"""The reduced print font: made once, used only when it covers every character of the paper,
and a PDF printed with either font reads back with every name."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from cs_console.domain.summary import Section, Summary, all_text
from cs_console.printing.fonts import cjk_font
from cs_console.printing.reduced_font import coverage, font_for
from cs_console.printing.summary_pdf import render_pdf

COMMON = "王芳 Lucía Martín · 上级通知：明天系统升级 • 13*****5678"
RARE = "王堃"  # 堃 is a name character outside GB 2312


def _summary(name: str) -> Summary:
    return Summary(
        centre="Centre",
        status="SIGNED",
        heading=(f"Outgoing: 1001 {name}",),
        sections=(Section("Notes", ("Switch 3 repaired", COMMON)),),
        charts=(),
        footer="Printed 2026-11-23 08:00",
        shift_key="2026-11-23/D",
    )


def _glyphs(path: Path) -> int:
    return len(TTFont(str(path), fontNumber=0, lazy=True).getGlyphOrder())


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(data)
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def test_common_text_gets_a_reduced_copy_made_once(tmp_path: Path):
    full = cjk_font("")
    reduced = font_for(full, COMMON, tmp_path)
    assert reduced.parent == tmp_path and reduced != full
    assert _glyphs(reduced) < _glyphs(full) / 3
    cmap = TTFont(str(reduced)).getBestCmap()
    assert all(ord(ch) in cmap for ch in set(COMMON))
    made = reduced.stat().st_mtime_ns
    assert font_for(full, "李娜", tmp_path) == reduced
    assert reduced.stat().st_mtime_ns == made
    assert [p.name for p in tmp_path.iterdir()] == [reduced.name]  # no partial file left


def test_a_character_outside_the_copy_prints_with_the_full_font(tmp_path: Path):
    full = cjk_font("")
    assert "堃" not in coverage() and ord("堃") in TTFont(str(full), fontNumber=0).getBestCmap()
    assert font_for(full, RARE, tmp_path) == full
    assert list(tmp_path.iterdir()) == []


def test_a_cache_folder_that_cannot_be_written_falls_back_to_the_full_font(tmp_path: Path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    full = cjk_font("")
    assert font_for(full, COMMON, blocked / "fonts") == full


@pytest.mark.parametrize("name", ["李娜", RARE])
def test_pdf_reads_back_every_name_with_either_font(name: str, tmp_path: Path):
    paper = _summary(name)
    font = font_for(cjk_font(""), all_text(paper), tmp_path / "fonts")
    assert (font.parent == tmp_path / "fonts") == (name != RARE)
    created = datetime(2026, 11, 23, 8, tzinfo=UTC)
    text = _pdf_text(render_pdf(paper, font, created), tmp_path)
    assert f"1001 {name}" in text
    assert "上级通知：明天系统升级" in text and "Lucía Martín" in text
