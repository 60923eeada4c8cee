"""Logging in, refreshing, and the automatic renewal of access tokens (after a 401 and before expiry)."""

from __future__ import annotations

import base64
import json
import threading

import httpx
import pytest

import bacowr
from conftest import forge_token


def _subject(token: str) -> str:
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))["sub"]


def test_login_then_automatic_renewal_after_a_401_and_before_expiry(server):
    paths = []
    renewed = []
    http = httpx.Client(event_hooks={"request": [lambda request: paths.append(request.url.path)]})
    with http, bacowr.Client(base_url=server.base_url, http_client=http,
                             on_tokens=lambda access, refresh: renewed.append(refresh)) as client:
        tokens = client.auth.login(server.user_email, server.user_password)
        assert tokens.token_type == "Bearer" and tokens.expires_in == 86400
        assert client.token == tokens.access_token and client.refresh_token == tokens.refresh_token
        user_id = _subject(client.token)

        # A token the server refuses: the client renews it with the refresh token and repeats the call.
        client._access_token = "revoked-or-garbage"
        paths.clear()
        assert client.analytics.stats(period="7d").period == "7d"
        assert paths == ["/v1/analytics/stats", "/v1/auth/refresh", "/v1/analytics/stats"]
        assert client.refresh_token != tokens.refresh_token  # rotated

        # A token about to expire is renewed before it is sent: no 401 at all.
        client._access_token = forge_token(server, user_id, expires_in=10)
        paths.clear()
        client.analytics.stats(period="7d")
        assert paths == ["/v1/auth/refresh", "/v1/analytics/stats"]
        assert _subject(client.token) == user_id

        # Threads that all meet a refused token share one renewal (a refresh token is single-use: two
        # renewals with one token would revoke the whole login).
        client._access_token = "stale-for-everyone"
        paths.clear()
        errors = []

        def call() -> None:
            try:
                client.analytics.stats(period="7d")
            except Exception as error:  # noqa: BLE001 - collected for the assertion below
                errors.append(error)

        threads = [threading.Thread(target=call) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert paths.count("/v1/auth/refresh") == 1
        assert len(renewed) == 4  # login, and three renewals

        # An explicit refresh returns the new pair and spends the old refresh token.
        spent = client.refresh_token
        pair = client.auth.refresh()
        assert client.refresh_token == pair.refresh_token != spent
        with pytest.raises(bacowr.AuthenticationError):
            client.auth.refresh(spent)


def test_without_a_refresh_token_a_401_is_raised(server):
    with bacowr.Client(token=forge_token(server, "usr_user", expires_in=-120), base_url=server.base_url) as client:
        with pytest.raises(bacowr.AuthenticationError) as caught:
            client.jobs.get("job_any")
    assert caught.value.status == 401


def test_a_legacy_api_key_works_like_a_token(client, server):
    created = client.request("POST", "/v1/api-keys", json={"name": "python sdk test"})
    key = created["key"]
    assert key.startswith("sk_live_")
    with bacowr.Client(api_key=key, base_url=server.base_url + "/v1") as keyed:
        assert keyed.base_url == server.base_url
        assert keyed.analytics.stats().period == "30d"


def test_base_url_comes_from_the_environment_then_the_public_url(monkeypatch, server):
    monkeypatch.setenv("BACOWR_BASE_URL", server.base_url + "/api/v1/")
    with bacowr.Client(token="t") as from_env:
        assert from_env.base_url == server.base_url + "/api"
    monkeypatch.delenv("BACOWR_BASE_URL")
    with bacowr.Client(token="t") as public:
        assert public.base_url == "https://api.bacowr.com"
