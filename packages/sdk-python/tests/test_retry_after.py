"""Retry-After as sent by whatever stands in front of the API: a delta, an HTTP date, or junk."""

from __future__ import annotations

import email.utils
import time

import pytest

from bacowr.errors import error_from_response, retry_after_seconds


@pytest.mark.parametrize("junk", ["soon", "Mon, 99 Foo", "tomorrow-ish", " "])
def test_an_unreadable_retry_after_falls_back_to_the_body_value(junk):
    assert retry_after_seconds({"retry-after": junk}, 7) == 7.0
    assert retry_after_seconds({"retry-after": junk}) is None


def test_an_unreadable_retry_after_still_makes_a_rate_limit_error():
    error = error_from_response(429, {"success": False, "error": {"code": "RATE_LIMITED", "message": "slow"}}, {"retry-after": "soon"})
    assert error.status == 429


def test_a_delta_and_a_date_are_read():
    assert retry_after_seconds({"retry-after": "3"}) == 3.0
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= retry_after_seconds({"retry-after": later}) <= 31
