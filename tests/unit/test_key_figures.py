"""The arithmetic of the pty keypress figures (P3, P4 and each key's targets)."""

import pytest

from benchmarks.key_figures import KeyFigure, all_samples, key_figures, percentile
from benchmarks.key_run import KeyRun


def test_percentile_is_nearest_rank():
    values = [float(n) for n in range(1, 101)]  # 1 … 100
    assert percentile(values, 0.5) == 50
    assert percentile(values, 0.9) == 90
    assert percentile(values, 0.99) == 99
    assert percentile([5.0, 1.0, 3.0], 0.99) == 5  # fewer than 100 values: the largest
    with pytest.raises(ValueError):
        percentile([], 0.5)


def test_each_key_is_judged_on_median_p90_and_p99_against_the_baseline_median():
    fast = KeyFigure("down", 10, median=6.0, p90=15.0, p99=30.0, baseline=3.0)
    assert fast.ratios == (2.0, 5.0, 10.0)
    assert fast.met
    assert not KeyFigure("down", 10, 6.1, 6.1, 6.1, 3.0).met  # median over 2×
    assert not KeyFigure("down", 10, 3.0, 15.1, 15.1, 3.0).met  # p90 over 5×
    assert not KeyFigure("down", 10, 3.0, 3.0, 30.1, 3.0).met  # p99 over 10×


def test_figures_keep_the_order_keys_were_sent_and_leave_out_keys_that_drew_nothing():
    samples = {"down": [1.0, 3.0, 2.0], "/ opens the filter": [10.0], "end": []}
    figures = key_figures(samples, baseline=2.0)
    assert [f.key for f in figures] == ["down", "/ opens the filter"]
    assert (figures[0].median, figures[0].p90, figures[0].samples) == (2.0, 3.0, 3)
    assert sorted(all_samples(samples)) == [1.0, 2.0, 3.0, 10.0]


def test_p3_is_the_big_database_against_the_table_and_p4_big_against_small():
    run = KeyRun(
        table={"down": [2.0, 4.0, 3.0]},
        big={"down": [5.0, 7.0], "/": [6.0]},
        small={"down": [4.0, 6.0], "/": [5.0]},
        tickets=100_000,
        small_tickets=1_000,
    )
    assert run.baseline == 3.0
    p3, p4 = run.rows()
    assert (p3.target, p3.ratio, p3.met) == ("P3", 2.0, True)
    assert (p4.target, p4.ratio, p4.met) == ("P4", 1.2, True)
    assert run.as_dict()["big"][0]["ratios"] == pytest.approx((2.0, 7 / 3, 7 / 3))
