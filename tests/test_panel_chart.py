"""The panel chart (``ddnews panel --plot``): one point per period end on every line; the values articles
disagree on stay visible as markers at the same x, never joined by a vertical segment.  Invented values."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

pytest.importorskip("matplotlib")

from matplotlib.dates import date2num  # noqa: E402

from ddnews.panel import COLUMNS  # noqa: E402
from ddnews.serve.panel_chart import DISAGREE_LABEL, OTHER_LABEL, figure, plot_file  # noqa: E402


def _row(place: str, end: str, value: float, *, conflict: bool = False, n_articles: int = 1, n_claims: int = 1,
         modality: str = "actual") -> dict:
    return {"indicator": "members_admitted", "indicator_label": "Đảng viên mới được kết nạp",
            "indicator_label_en": "New Party members admitted", "unit_kind": "count", "place_code": None,
            "place": place, "place_level": "district", "province": "Tuyên Quang", "period_start": f"{end[:4]}-01-01",
            "period_end": end, "year": int(end[:4]), "modality": modality, "value": value, "value_max": None,
            "unit": "đảng viên", "n_claims": n_claims, "n_articles": n_articles, "conflict": conflict,
            "claim_ids": [1], "article_ids": ["a"], "first_published": end, "last_published": end}


def _panel(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype({c: t for c, t in COLUMNS.items() if t != "object"})


# huyện Na Hang: two articles disagree on 2021 (41 and 44); huyện Lâm Bình: one article gives two values for 2022
PANEL = _panel([
    _row("huyện Na Hang", "2020-12-31", 35),
    _row("huyện Na Hang", "2021-12-31", 44, conflict=True),
    _row("huyện Na Hang", "2021-12-31", 41, conflict=True),
    _row("huyện Na Hang", "2022-12-31", 50),
    _row("huyện Lâm Bình", "2021-12-31", 38),
    _row("huyện Lâm Bình", "2022-12-31", 12),
    _row("huyện Lâm Bình", "2022-12-31", 40),
    _row("huyện Lâm Bình", "2023-12-31", 60, modality="target"),
])


def _lines(ax) -> dict[str, tuple[list[float], list[float]]]:
    """Each place's line (label → x, y), legend keys left out."""
    out = {}
    for line in ax.lines:
        if line.get_linestyle() in ("None", "none", " ", "") or not len(line.get_xdata()):
            continue
        xs = [date2num(x) if isinstance(x, date) else float(x) for x in line.get_xdata()]
        out[line.get_label()] = (xs, [float(y) for y in line.get_ydata()])
    return out


def _markers(ax) -> set[tuple[float, float]]:
    """Every (x, y) drawn by a marker collection (hollow values, red rings)."""
    return {(round(float(x), 3), float(y)) for c in ax.collections for x, y in c.get_offsets()}


def _x(iso: str) -> float:
    return round(float(date2num(date.fromisoformat(iso))), 3)


def test_every_line_has_one_y_per_x():
    fig, shown, _ = figure(PANEL, "members_admitted")
    lines = _lines(fig.axes[0])
    assert set(lines) == {"huyện Na Hang (4)", "huyện Lâm Bình (3)"} and set(shown) == {"huyện Na Hang",
                                                                                        "huyện Lâm Bình"}
    for label, (xs, _) in lines.items():
        assert len(xs) == len(set(xs)), f"{label}: a vertical segment inside one period"
        assert xs == sorted(xs)
    xs, ys = lines["huyện Na Hang (4)"]
    assert ys == [35.0, 41.0, 50.0]     # through one value of the disputed cell (equal backing: the lower one)


def test_the_disagreeing_value_is_still_drawn_and_ringed():
    fig, _, _ = figure(PANEL, "members_admitted")
    ax = fig.axes[0]
    drawn = _markers(ax)
    assert (_x("2021-12-31"), 44.0) in drawn          # the other value of the disputed cell, at the same x
    assert (_x("2021-12-31"), 41.0) in drawn          # its line point is ringed too
    assert (_x("2022-12-31"), 40.0) in drawn          # one article's second value: hollow, not ringed
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert DISAGREE_LABEL in legend and OTHER_LABEL in legend
    assert DISAGREE_LABEL == "articles disagree"


def test_the_value_more_articles_give_carries_the_line():
    panel = _panel([_row("xã Tân Lập", "2021-12-31", 41, conflict=True, n_articles=1),
                    _row("xã Tân Lập", "2021-12-31", 44, conflict=True, n_articles=3),
                    _row("xã Tân Lập", "2022-12-31", 45)])
    fig, _, _ = figure(panel, "members_admitted")
    (xs, ys), = _lines(fig.axes[0]).values()
    assert ys == [44.0, 45.0]
    assert (_x("2021-12-31"), 41.0) in _markers(fig.axes[0])


def test_a_chart_without_disagreement_has_no_extra_legend_and_missing_values_are_skipped(tmp_path):
    panel = _panel([_row("xã Tân Lập", "2021-12-31", 41), _row("xã Tân Lập", "2022-12-31", 45)])
    panel.loc[len(panel)] = {**_row("xã Tân Lập", "2023-12-31", 0), "value": pd.NA, "conflict": pd.NA}
    panel = panel.astype({c: t for c, t in COLUMNS.items() if t != "object"})
    fig, _, _ = figure(panel, "members_admitted")
    assert not fig.axes[0].collections
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["xã Tân Lập (2)"]
    png = tmp_path / "chart.png"
    plot_file(PANEL, png, "members_admitted")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
