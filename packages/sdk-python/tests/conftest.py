"""Shared fixtures: the real server the vitest wrapper (test/pytest.test.ts) starts, and its accounts.

Run the suite through the wrapper, which starts the platform with fake LLM providers and fixture sites:

    npx vitest run packages/sdk-python/test/pytest.test.ts

A bare ``pytest`` has no server to talk to, so the whole session is skipped with this explanation.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

# The package's source, importable without installing it (the wheel is tested separately).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

REQUIRED = (
    "BACOWR_TEST_BASE_URL",
    "BACOWR_TEST_BRIDGE_TOKEN",
    "BACOWR_TEST_ADMIN_TOKEN",
    "BACOWR_TEST_USER_EMAIL",
    "BACOWR_TEST_USER_PASSWORD",
)


@dataclass(frozen=True)
class Server:
    """Where the platform listens and who may use it."""

    base_url: str
    bridge_token: str
    admin_token: str
    jwt_secret: str
    user_email: str
    user_password: str
    publisher_domain: str
    target_url: str
    blocked_anchor: str


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    missing = [name for name in REQUIRED if not os.environ.get(name)]
    if not missing:
        return
    reason = (
        f"no server: {', '.join(missing)} unset. These tests talk to the real platform; run them with "
        "`npx vitest run packages/sdk-python/test/pytest.test.ts`, which starts it and sets the variables"
    )
    for item in items:
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def server() -> Server:
    env = os.environ
    return Server(
        base_url=env["BACOWR_TEST_BASE_URL"],
        bridge_token=env["BACOWR_TEST_BRIDGE_TOKEN"],
        admin_token=env["BACOWR_TEST_ADMIN_TOKEN"],
        jwt_secret=env.get("BACOWR_TEST_JWT_SECRET", ""),
        user_email=env["BACOWR_TEST_USER_EMAIL"],
        user_password=env["BACOWR_TEST_USER_PASSWORD"],
        publisher_domain=env.get("BACOWR_TEST_PUBLISHER_DOMAIN", "worklife.example"),
        target_url=env.get("BACOWR_TEST_TARGET_URL", ""),
        blocked_anchor=env.get("BACOWR_TEST_BLOCKED_ANCHOR", ""),
    )


@pytest.fixture(scope="session")
def user_token(server: Server) -> str:
    """One login for the session: an access token of the test customer (logins are throttled, keep them few)."""
    import httpx

    answer = httpx.post(
        f"{server.base_url}/v1/auth/login",
        json={"email": server.user_email, "password": server.user_password},
        timeout=30,
    )
    answer.raise_for_status()
    return answer.json()["data"]["access_token"]


@pytest.fixture()
def client(server: Server, user_token: str):
    """The customer's client, on the wrapper's server."""
    import bacowr

    with bacowr.Client(token=user_token, base_url=server.base_url) as c:
        yield c


@pytest.fixture()
def admin(server: Server):
    import bacowr

    with bacowr.Client(token=server.admin_token, base_url=server.base_url) as c:
        yield c


@pytest.fixture()
def order(server: Server):
    """A job the fixture world can research: ``order("anchor text", **extra)`` → keyword arguments."""

    def make(anchor: str, **extra):
        return {
            "publisher_domain": server.publisher_domain,
            "target_url": server.target_url,
            "anchor_text": anchor,
            **extra,
        }

    return make


def forge_token(server: Server, sub: str, role: str = "user", expires_in: int = 3600) -> str:
    """An access token signed with the test server's secret, as the server's harness signs them (HS256,
    issuer bacowr, audience bacowr-api); a negative ``expires_in`` gives an expired one."""
    import base64
    import hashlib
    import hmac
    import json
    import time

    def part(value: object) -> str:
        raw = json.dumps(value, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    now = int(time.time())
    claims = {"sub": sub, "role": role, "tier": "pro", "iss": "bacowr", "aud": "bacowr-api",
              "iat": min(now, now + expires_in - 60), "exp": now + expires_in}
    signing_input = f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}"
    mac = hmac.new(server.jwt_secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"
