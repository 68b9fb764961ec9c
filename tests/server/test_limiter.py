"""The rate limiter's bookkeeping: one dict lookup a request, however many buckets a window
sees, and nothing kept of earlier windows."""

from __future__ import annotations

from koji_tui.server.limiter import FixedWindowLimiter

WINDOW_START = 1_800_000_000.0  # a multiple of 60: a window starts here


def test_each_of_20000_buckets_in_one_window_keeps_its_own_count() -> None:
    limiter = FixedWindowLimiter(limit=2, window=60)
    for n in range(20_000):
        assert limiter.hit(f"anon:{n}", WINDOW_START + 1).allowed
    assert len(limiter) == 20_000
    second = limiter.hit("anon:7", WINDOW_START + 2)
    assert (second.allowed, second.remaining) == (True, 0)
    third = limiter.hit("anon:7", WINDOW_START + 3)
    assert (third.allowed, third.retry_after) == (False, 57)
    assert limiter.hit("anon:19999", WINDOW_START + 59).remaining == 0  # its second hit


def test_a_new_window_forgets_the_buckets_of_the_earlier_ones() -> None:
    limiter = FixedWindowLimiter(limit=5, window=60)
    for n in range(100):
        limiter.hit(f"key:{n}", WINDOW_START + 10)
    fresh = limiter.hit("key:3", WINDOW_START + 60)  # the next window
    assert (fresh.allowed, fresh.remaining, fresh.reset) == (True, 4, WINDOW_START + 120)
    assert len(limiter) == 1
    # a clock set back into the earlier window counts it afresh (nothing of it was kept)
    assert limiter.hit("key:3", WINDOW_START + 59).remaining == 4
    assert len(limiter) == 1
