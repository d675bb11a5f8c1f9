"""Bar charts as text (terminal, printed text) and as numbers for the PDF to draw."""

from __future__ import annotations

from dataclasses import dataclass

from cs_console.domain.cells import cell_len, pad

EIGHTHS = " ▏▎▍▌▋▊▉█"


@dataclass(frozen=True)
class Chart:
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    unit: str = ""

    @property
    def peak(self) -> float:
        return max(self.values, default=0)


def bar(value: float, peak: float, width: int, plain: bool = False) -> str:
    """A horizontal bar of ``value`` against ``peak`` in ``width`` cells, in eighths (``plain``:
    whole cells of ``#``)."""
    if peak <= 0 or value <= 0:
        return ""
    if plain:
        return "#" * max(1, round(width * value / peak))
    eighths = max(1, round(8 * width * value / peak))
    full, part = divmod(eighths, 8)
    return "█" * full + (EIGHTHS[part] if part else "")


def bar_lines(chart: Chart, width: int, plain: bool = False) -> list[str]:
    """The chart as one line per label: ``label │bar value``, at most ``width`` cells
    (``plain``: ``label | ### value``, ASCII only)."""
    label_w = max((cell_len(label) for label in chart.labels), default=0)
    number = [_number(v) for v in chart.values]
    number_w = max((len(n) for n in number), default=1)
    room = max(4, width - label_w - number_w - (4 if plain else 3))
    rule = " | " if plain else " │"
    lines = [chart.title + (f" ({chart.unit})" if chart.unit else "")]
    for label, value, text in zip(chart.labels, chart.values, number, strict=True):
        drawn = pad(bar(value, chart.peak, room, plain), room)
        lines.append(f"{pad(label, label_w)}{rule}{drawn} {text.rjust(number_w)}")
    return lines


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
