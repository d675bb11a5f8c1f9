"""The font the PDF summary embeds: it must cover Latin and CJK characters (Chinese names)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from cs_console.domain.errors import UserError

KNOWN_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)


def cjk_font(configured: str) -> Path:
    if configured:
        path = Path(configured).expanduser()
        if not path.is_file():
            raise UserError(f"The print_font {configured} does not exist.")
        return path
    for known in KNOWN_FONTS:
        if Path(known).is_file():
            return Path(known)
    found = _fontconfig()
    if found is None:
        raise UserError(
            "No font with Chinese characters was found for the PDF; install fonts-wqy-microhei "
            "or set print_font in the settings."
        )
    return found


def _fontconfig() -> Path | None:
    if shutil.which("fc-match") is None:
        return None
    done = subprocess.run(
        ["fc-match", "-f", "%{file}", ":lang=zh-cn"], capture_output=True, text=True, check=False
    )
    path = Path(done.stdout.strip())
    if done.returncode != 0 or path.suffix.lower() not in (".ttf", ".otf", ".ttc"):
        return None
    return path if path.is_file() and _covers_chinese(path) else None


def _covers_chinese(path: Path) -> bool:
    from fontTools.ttLib import TTFont

    font = TTFont(str(path), fontNumber=0, lazy=True)
    return ord("中") in (font.getBestCmap() or {})
