"""Convention 17: ``--now`` moves the domain's time for training, never the security time."""

from datetime import UTC, datetime, timedelta

from cs_console.clock import FixedClock, OffsetClock, SystemClock

START = datetime(2030, 1, 1, 9, 0, tzinfo=UTC)


def test_offset_clock_moves_the_domain_time_but_not_the_real_time():
    clock = OffsetClock(START)
    assert abs(clock.now() - START) < timedelta(seconds=5)
    assert abs(clock.real_now() - SystemClock().real_now()) < timedelta(seconds=5)
    assert clock.training and not SystemClock.training


def test_fixed_clock_real_time_follows_it_until_set_apart():
    clock = FixedClock(START)
    clock.advance(minutes=3)
    assert clock.real_now() == clock.now() == START + timedelta(minutes=3)
    clock.set_real(START)
    clock.advance(hours=2)
    assert clock.now() == START + timedelta(hours=2, minutes=3)
    assert clock.real_now() == START + timedelta(hours=2)
