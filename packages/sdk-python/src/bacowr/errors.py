"""Every error the client raises. An answer with an error status becomes the exception of its status, carrying
the v1 error body's ``code``, ``message``, ``field`` and ``details`` and the answer's ``X-Request-ID``."""

from __future__ import annotations

import datetime
import email.utils
import time
from typing import Any, Dict, Mapping, Optional


class BacowrError(Exception):
    """The base of every error of this package."""


class APIError(BacowrError):
    """The API answered with an error status. ``status`` is the HTTP status, ``code`` the contract's error code
    (``VALIDATION_ERROR``, ``JOB_NOT_FOUND``…), ``field`` the request field at fault, ``details`` the rest."""

    def __init__(
        self,
        message: str,
        *,
        status: Optional[int] = None,
        code: Optional[str] = None,
        field: Optional[str] = None,
        details: Optional[Dict[str, Any]] = None,
        request_id: Optional[str] = None,
        body: Any = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.field = field
        self.details: Dict[str, Any] = details or {}
        self.request_id = request_id
        self.body = body
        self.headers: Dict[str, str] = dict(headers or {})

    def __str__(self) -> str:
        parts = [f"{self.code}: {self.message}" if self.code else self.message]
        if self.field:
            parts.append(f"(field {self.field})")
        if self.request_id:
            parts.append(f"[request {self.request_id}]")
        return " ".join(parts)


class ValidationError(APIError):
    """400: the request was refused as invalid (``VALIDATION_ERROR``, ``INVALID_URL``, ``ANCHOR_TOO_LONG``…)."""


#: The same class under the TypeScript SDK's name.
BadRequestError = ValidationError


class AuthenticationError(APIError):
    """401: missing, invalid or expired credentials."""


class PermissionDeniedError(APIError):
    """403: authenticated, but not allowed."""


class NotFoundError(APIError):
    """404: no such resource for this caller (another user's job is not found either)."""


class ConflictError(APIError):
    """409: the resource is not in a state that allows this (``ARTICLE_NOT_READY``…)."""


class UnprocessableEntityError(APIError):
    """422: understood but refused (``IDEMPOTENCY_KEY_REUSED``, ``JOB_BLOCKED``)."""


class RateLimitError(APIError):
    """429: too many requests. ``retry_after`` is the seconds to wait (from ``Retry-After`` or the body)."""

    def __init__(self, message: str, *, retry_after: Optional[float] = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIError):
    """5xx: the server failed (after the client's retries)."""


class APIConnectionError(BacowrError):
    """The server could not be reached, or the connection broke (after the client's retries)."""


class APITimeoutError(APIConnectionError, TimeoutError):
    """A request got no answer within the client's ``timeout``."""


class JobTimeoutError(BacowrError, TimeoutError):
    """``wait_for_completion`` ran out of time; the message and attributes say how far the job got."""

    def __init__(self, job_id: str, timeout: float, status: Optional[str], progress: Optional[int]) -> None:
        where = f"still {status}" + (f" ({progress}%)" if progress is not None else "") if status else "not seen"
        super().__init__(f"Job {job_id} is {where} after {timeout:g} s")
        self.job_id = job_id
        self.timeout = timeout
        self.status = status
        self.progress = progress


class BatchTimeoutError(BacowrError, TimeoutError):
    """A batch's ``wait_for_completion`` ran out of time; ``progress`` is its last progress."""

    def __init__(self, batch_id: str, timeout: float, status: Optional[str], progress: Optional[Dict[str, Any]]) -> None:
        counts = ""
        if progress:
            counts = " (" + ", ".join(f"{key} {value}" for key, value in progress.items()) + ")"
        super().__init__(f"Batch {batch_id} is still {status or 'unknown'}{counts} after {timeout:g} s")
        self.batch_id = batch_id
        self.timeout = timeout
        self.status = status
        self.progress = progress


_BY_STATUS = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def retry_after_seconds(headers: Mapping[str, str], body_value: Any = None) -> Optional[float]:
    """``Retry-After`` as seconds (a delta or an HTTP date), else the v1 body's ``retry_after``."""
    header = headers.get("retry-after")
    if header:
        try:
            return max(0.0, float(header))
        except ValueError:
            # Neither a number nor an HTTP date ("soon"): Python 3.10+ raises ValueError, older ones TypeError.
            try:
                parsed: Optional[datetime.datetime] = email.utils.parsedate_to_datetime(header)
            except (TypeError, ValueError, IndexError):
                parsed = None
            if parsed is not None:
                return max(0.0, parsed.timestamp() - time.time())
    if isinstance(body_value, (int, float)) and not isinstance(body_value, bool):
        return float(body_value)
    return None


def error_from_response(status: int, body: Any, headers: Mapping[str, str]) -> APIError:
    """The exception for an error answer: the v1 shape ``{success, error: {code, message, field?, details?}}``
    or the bridge's ``{error, errors?}``."""
    request_id = headers.get("x-request-id")
    fields: Dict[str, Any] = {}
    if isinstance(body, Mapping):
        error = body.get("error")
        if isinstance(error, Mapping):
            fields = dict(error)
        elif isinstance(error, str):
            fields = {"message": error}
            if isinstance(body.get("errors"), Mapping):
                fields["details"] = {"errors": body["errors"]}
    message = fields.get("message") if isinstance(fields.get("message"), str) else f"HTTP {status}"
    details = fields.get("details") if isinstance(fields.get("details"), dict) else {}
    # Members beyond the four (the 429's retry_after and reset_at, a cancel's job_status) are details too.
    for key, value in fields.items():
        if key not in ("code", "message", "field", "details"):
            details.setdefault(key, value)
    kwargs: Dict[str, Any] = {
        "status": status,
        "code": fields.get("code") if isinstance(fields.get("code"), str) else None,
        "field": fields.get("field") if isinstance(fields.get("field"), str) else None,
        "details": details,
        "request_id": request_id,
        "body": body,
        "headers": headers,
    }
    if status == 429:
        return RateLimitError(message, retry_after=retry_after_seconds(headers, fields.get("retry_after")), **kwargs)
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIError)
    return cls(message, **kwargs)
