"""Checking that a webhook came from BACOWR."""

from __future__ import annotations

import hashlib
import hmac
from typing import Union

_SIGNATURE_MEMBER = ',"signature":'


def _bytes(value: Union[str, bytes, bytearray]) -> bytes:
    return bytes(value) if isinstance(value, (bytes, bytearray)) else value.encode("utf-8")


def verify_webhook(payload: Union[str, bytes], signature: str, secret: str) -> bool:
    """The seed's check: ``signature`` (the ``X-Bacowr-Signature`` header, ``sha256=<hex>``) must be the
    HMAC-SHA256 of ``payload`` (the raw request body, exactly as received) keyed by ``secret`` (``whsec_…``).
    Compared in constant time. During the 24 hours after a secret rotation, ``X-Bacowr-Signature-Previous``
    carries the old secret's signature: check it the same way with the old secret."""
    if not isinstance(signature, str) or not isinstance(secret, str):
        return False
    expected = "sha256=" + hmac.new(_bytes(secret), _bytes(payload), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode("ascii"), signature.strip().encode("utf-8", "replace"))


def verify_webhook_body(payload: Union[str, bytes], secret: str) -> bool:
    """The signature the body carries in its last member, ``"signature"``: it signs the body without that
    member, i.e. everything before the last ``,"signature":`` followed by ``}``. For receivers that only
    keep the parsed-then-stored body text, not the header."""
    text = _bytes(payload).decode("utf-8", "replace")
    cut = text.rfind(_SIGNATURE_MEMBER)
    if cut < 0 or not text.endswith('"}'):
        return False
    signature = text[cut + len(_SIGNATURE_MEMBER) : -1]
    if not (signature.startswith('"') and signature.endswith('"')):
        return False
    return verify_webhook(text[:cut] + "}", signature[1:-1], secret)
