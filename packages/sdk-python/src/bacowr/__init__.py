"""The Python client of the BACOWR v1 API.

>>> import bacowr
>>> client = bacowr.Client(token="eyJhbGciOiJIUzI1NiIs...")
>>> job = client.jobs.create(publisher_domain="aftonbladet.se", target_url="https://example.com/product",
...                          anchor_text="best project management tools")
>>> job.wait_for_completion(timeout=120)
>>> job.status, job.qc_report.score

The worker bridge's kit is ``bacowr.worker`` (``from bacowr.worker import Worker``).
"""

from ._async import AsyncBatch, AsyncClient, AsyncJob, AsyncPaginator
from ._model import Model
from ._version import __version__
from .client import (
    DEFAULT_BASE_URL,
    Batch,
    Client,
    Job,
    Paginator,
    Webhook,
)
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BacowrError,
    BadRequestError,
    BatchTimeoutError,
    ConflictError,
    InternalServerError,
    JobTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationError,
)
from .webhooks import verify_webhook, verify_webhook_body

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncBatch",
    "AsyncClient",
    "AsyncJob",
    "AsyncPaginator",
    "AuthenticationError",
    "BacowrError",
    "BadRequestError",
    "Batch",
    "BatchTimeoutError",
    "Client",
    "ConflictError",
    "DEFAULT_BASE_URL",
    "InternalServerError",
    "Job",
    "JobTimeoutError",
    "Model",
    "NotFoundError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ValidationError",
    "Webhook",
    "__version__",
    "verify_webhook",
    "verify_webhook_body",
]
