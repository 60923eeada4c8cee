# Generated from openapi.json by `pnpm openapi:write` (packages/sdk-python/scripts/python-types.ts). Do not edit.
"""The wire types of every operation: answers as `Model` classes, request bodies as TypedDicts."""

from __future__ import annotations

from typing import Any, ClassVar, Dict, List, Literal, Optional, Tuple, TypedDict, Union

from ._model import Model

__all__ = [
    "AnalyticsStatsResponseJobs",
    "AnalyticsStatsResponseQuality",
    "AnalyticsStatsResponseCost",
    "AnalyticsStatsResponsePerformance",
    "AnalyticsStatsResponse",
    "AnalyticsTimeseriesResponseBucketsItem",
    "AnalyticsTimeseriesResponse",
    "AuthLoginRequest",
    "AuthLoginResponse",
    "AuthRefreshRequest",
    "AuthRefreshResponse",
    "AuthCreateApiKeyRequest",
    "AuthCreateApiKeyResponse",
    "AuthListApiKeysResponseApiKeysItem",
    "AuthListApiKeysResponse",
    "AuthRevokeApiKeyResponse",
    "AuthCreateUserRequest",
    "AuthCreateUserResponseLimits",
    "AuthCreateUserResponse",
    "AuthUpdateUserRequestLimits",
    "AuthUpdateUserRequest",
    "AuthUpdateUserResponseLimits",
    "AuthUpdateUserResponse",
    "AuthDeleteUserResponse",
    "BatchesCreateRequestJobsItemOptions",
    "BatchesCreateRequestJobsItem",
    "BatchesCreateRequestOptions",
    "BatchesCreateRequest",
    "BatchesCreateResponseOptions",
    "BatchesCreateResponseProgress",
    "BatchesCreateResponseSummary",
    "BatchesCreateResponseAnchorsItem",
    "BatchesCreateResponseNoticesItem",
    "BatchesCreateResponse",
    "BatchesListResponseBatchesItemOptions",
    "BatchesListResponseBatchesItemProgress",
    "BatchesListResponseBatchesItemSummary",
    "BatchesListResponseBatchesItem",
    "BatchesListResponsePagination",
    "BatchesListResponse",
    "BatchesGetResponseOptions",
    "BatchesGetResponseProgress",
    "BatchesGetResponseSummary",
    "BatchesGetResponseAnchorsItem",
    "BatchesGetResponse",
    "BatchesCancelResponseOptions",
    "BatchesCancelResponseProgress",
    "BatchesCancelResponseSummary",
    "BatchesCancelResponse",
    "CmsExportWordPressRequest",
    "CmsExportWordPressResponse",
    "CmsCreateConnectionRequest",
    "CmsCreateConnectionResponse",
    "CmsListConnectionsResponseConnectionsItem",
    "CmsListConnectionsResponse",
    "CmsDeleteConnectionResponse",
    "EstimateCreateRequestOptions",
    "EstimateCreateRequestJobsItemOptions",
    "EstimateCreateRequestJobsItem",
    "EstimateCreateRequest",
    "EstimateCreateResponsePerJob",
    "EstimateCreateResponse",
    "JobsCreateRequestOptions",
    "JobsCreateRequest",
    "JobsCreateResponse",
    "JobsListResponseJobsItem",
    "JobsListResponsePagination",
    "JobsListResponse",
    "JobsGetResponseOptions",
    "JobsGetResponseStateHistoryItem",
    "JobsGetResponseArticleBacklink",
    "JobsGetResponseArticle",
    "JobsGetResponseQcReportChecksValue",
    "JobsGetResponseQcReportIssuesItem",
    "JobsGetResponseQcReportSourcesItem",
    "JobsGetResponseQcReportRescueItem",
    "JobsGetResponseQcReport",
    "JobsGetResponseCost",
    "JobsGetResponseError",
    "JobsGetResponseExportsItem",
    "JobsGetResponseLinksItemLastCheck",
    "JobsGetResponseLinksItem",
    "JobsGetResponse",
    "JobsCancelResponse",
    "LinksPlaceRequest",
    "LinksPlaceResponseLastCheck",
    "LinksPlaceResponse",
    "LinksListResponseLinksItemLastCheck",
    "LinksListResponseLinksItem",
    "LinksListResponsePagination",
    "LinksListResponse",
    "LinksGetResponseLastCheck",
    "LinksGetResponseHistoryItem",
    "LinksGetResponse",
    "LinksCheckResponseLastCheck",
    "LinksCheckResponse",
    "MetaVersionResponsePrincipal",
    "MetaVersionResponse",
    "OperatorCreateCampaignRequest",
    "OperatorCreateCampaignResponse",
    "OperatorListCampaignsResponseCampaignsItem",
    "OperatorListCampaignsResponsePagination",
    "OperatorListCampaignsResponse",
    "OperatorAddTasksRequestTasksItem",
    "OperatorAddTasksRequest",
    "OperatorAddTasksResponse",
    "OperatorListTasksResponseTasksItem",
    "OperatorListTasksResponsePagination",
    "OperatorListTasksResponse",
    "OperatorImportProxiesRequestProxiesItem",
    "OperatorImportProxiesRequest",
    "OperatorImportProxiesResponse",
    "QcCheckRequest",
    "QcCheckResponseQcReportChecksValue",
    "QcCheckResponseQcReportIssuesItem",
    "QcCheckResponseQcReportSourcesItem",
    "QcCheckResponseQcReport",
    "QcCheckResponse",
    "WebhooksCreateRequest",
    "WebhooksCreateResponse",
    "WebhooksListResponseWebhooksItem",
    "WebhooksListResponsePagination",
    "WebhooksListResponse",
    "WebhooksGetResponse",
    "WebhooksUpdateRequest",
    "WebhooksUpdateResponse",
    "WebhooksDeleteResponse",
    "WebhooksRotateSecretResponse",
    "WebhooksTestResponseAttemptLogItem",
    "WebhooksTestResponse",
    "WebhooksDeliveriesResponseDeliveriesItemAttemptLogItem",
    "WebhooksDeliveriesResponseDeliveriesItem",
    "WebhooksDeliveriesResponsePagination",
    "WebhooksDeliveriesResponse",
    "WebhooksDeliveryResponseAttemptLogItem",
    "WebhooksDeliveryResponse",
    "WebhooksReplayDeliveryResponseAttemptLogItem",
    "WebhooksReplayDeliveryResponse",
    "WebhooksReplayRequest",
    "WebhooksReplayResponse",
    "BridgeMetaVersionResponse",
    "BridgeTasksPendingResponseTasksItem",
    "BridgeTasksPendingResponse",
    "BridgeTasksLockRequest",
    "BridgeTasksLockResponseTask",
    "BridgeTasksLockResponse",
    "BridgeTasksUnlockResponse",
    "BridgeTasksStatusRequest",
    "BridgeTasksStatusResponse",
    "BridgeBacklinksCreateRequest",
    "BridgeBacklinksCreateResponseBacklink",
    "BridgeBacklinksCreateResponse",
    "BridgeBacklinksUpdateRequest",
    "BridgeBacklinksUpdateResponse",
    "BridgeSiteAccountsCreateRequest",
    "BridgeSiteAccountsCreateResponseSiteAccount",
    "BridgeSiteAccountsCreateResponse",
    "BridgeSiteAccountsUpdateRequest",
    "BridgeSiteAccountsUpdateResponse",
    "BridgeProxiesListResponseProxiesItem",
    "BridgeProxiesListResponse",
    "BridgeProxiesReportRequest",
    "BridgeProxiesReportResponseProxy",
    "BridgeProxiesReportResponse",
    "BridgeLlmGenerateRequestOptions",
    "BridgeLlmGenerateRequest",
    "BridgeLlmGenerateResponse",
    "BridgeCaptchaSolveRequestData",
    "BridgeCaptchaSolveRequest",
    "BridgeCaptchaSolveResponse",
    "V1Meta",
    "V1ErrorError",
    "V1ErrorMeta",
    "V1Error",
    "BridgeError",
    "OPERATIONS",
]

#: Every operation of the API: its operationId → (method, path).
OPERATIONS: Dict[str, Tuple[str, str]] = {
    "v1-analytics-stats": ("GET", "/v1/analytics/stats"),
    "v1-analytics-timeseries": ("GET", "/v1/analytics/timeseries"),
    "v1-auth-login": ("POST", "/v1/auth/login"),
    "v1-auth-refresh": ("POST", "/v1/auth/refresh"),
    "v1-auth-createApiKey": ("POST", "/v1/api-keys"),
    "v1-auth-listApiKeys": ("GET", "/v1/api-keys"),
    "v1-auth-revokeApiKey": ("DELETE", "/v1/api-keys/{id}"),
    "v1-auth-createUser": ("POST", "/v1/users"),
    "v1-auth-updateUser": ("PATCH", "/v1/users/{id}"),
    "v1-auth-deleteUser": ("DELETE", "/v1/users/{id}"),
    "v1-batches-create": ("POST", "/v1/batches"),
    "v1-batches-list": ("GET", "/v1/batches"),
    "v1-batches-get": ("GET", "/v1/batches/{batch_id}"),
    "v1-batches-cancel": ("DELETE", "/v1/batches/{batch_id}"),
    "v1-cms-exportWordPress": ("POST", "/v1/jobs/{job_id}/export/wordpress"),
    "v1-cms-createConnection": ("POST", "/v1/cms/wordpress"),
    "v1-cms-listConnections": ("GET", "/v1/cms/wordpress"),
    "v1-cms-deleteConnection": ("DELETE", "/v1/cms/wordpress/{connection_id}"),
    "v1-estimate-create": ("POST", "/v1/estimate"),
    "v1-jobs-create": ("POST", "/v1/jobs"),
    "v1-jobs-list": ("GET", "/v1/jobs"),
    "v1-jobs-get": ("GET", "/v1/jobs/{job_id}"),
    "v1-jobs-cancel": ("DELETE", "/v1/jobs/{job_id}"),
    "v1-links-place": ("POST", "/v1/jobs/{job_id}/placement"),
    "v1-links-list": ("GET", "/v1/links"),
    "v1-links-get": ("GET", "/v1/links/{link_id}"),
    "v1-links-check": ("POST", "/v1/links/{link_id}/check"),
    "v1-meta-version": ("GET", "/v1/meta/version"),
    "v1-operator-createCampaign": ("POST", "/v1/campaigns"),
    "v1-operator-listCampaigns": ("GET", "/v1/campaigns"),
    "v1-operator-addTasks": ("POST", "/v1/campaigns/{id}/tasks"),
    "v1-operator-listTasks": ("GET", "/v1/tasks"),
    "v1-operator-importProxies": ("POST", "/v1/proxies"),
    "v1-qc-check": ("POST", "/v1/qc/check"),
    "v1-webhooks-create": ("POST", "/v1/webhooks"),
    "v1-webhooks-list": ("GET", "/v1/webhooks"),
    "v1-webhooks-get": ("GET", "/v1/webhooks/{webhook_id}"),
    "v1-webhooks-update": ("PATCH", "/v1/webhooks/{webhook_id}"),
    "v1-webhooks-delete": ("DELETE", "/v1/webhooks/{webhook_id}"),
    "v1-webhooks-rotateSecret": ("POST", "/v1/webhooks/{webhook_id}/rotate-secret"),
    "v1-webhooks-test": ("POST", "/v1/webhooks/{webhook_id}/test"),
    "v1-webhooks-deliveries": ("GET", "/v1/webhooks/{webhook_id}/deliveries"),
    "v1-webhooks-delivery": ("GET", "/v1/webhooks/deliveries/{delivery_id}"),
    "v1-webhooks-replayDelivery": ("POST", "/v1/webhooks/deliveries/{delivery_id}/replay"),
    "v1-webhooks-replay": ("POST", "/v1/webhooks/{webhook_id}/replay"),
    "bridge-meta-version": ("GET", "/api/meta/version"),
    "bridge-tasks-pending": ("GET", "/api/tasks/pending"),
    "bridge-tasks-lock": ("POST", "/api/tasks/{id}/lock"),
    "bridge-tasks-unlock": ("POST", "/api/tasks/{id}/unlock"),
    "bridge-tasks-status": ("PUT", "/api/tasks/{id}/status"),
    "bridge-backlinks-create": ("POST", "/api/backlinks"),
    "bridge-backlinks-update": ("PUT", "/api/backlinks/{id}"),
    "bridge-siteAccounts-create": ("POST", "/api/site-accounts"),
    "bridge-siteAccounts-update": ("PUT", "/api/site-accounts/{id}"),
    "bridge-proxies-list": ("GET", "/api/proxies"),
    "bridge-proxies-report": ("POST", "/api/proxies/{id}/report"),
    "bridge-llm-generate": ("POST", "/api/llm/generate"),
    "bridge-captcha-solve": ("POST", "/api/captcha/solve"),
    "v1-jobs-articleHtml": ("GET", "/v1/jobs/{job_id}/article.html"),
    "v1-jobs-events": ("GET", "/v1/jobs/{job_id}/events"),
    "v1-batches-events": ("GET", "/v1/batches/{batch_id}/events"),
}


class AnalyticsStatsResponseJobs(Model):
    total: int
    successful: int
    blocked: int
    failed: int
    success_rate: float


class AnalyticsStatsResponseQuality(Model):
    avg_qc_score: float
    avg_word_count: int
    avg_trust_sources: float


class AnalyticsStatsResponseCost(Model):
    total: float
    avg_per_job: float
    llm: float
    serp: float
    currency: Literal["USD"]


class AnalyticsStatsResponsePerformance(Model):
    avg_duration_seconds: int
    cache_hit_rate: float


class AnalyticsStatsResponse(Model):
    """Usage statistics"""

    period: Literal["7d", "30d", "90d", "all"]
    jobs: AnalyticsStatsResponseJobs
    quality: AnalyticsStatsResponseQuality
    cost: AnalyticsStatsResponseCost
    performance: AnalyticsStatsResponsePerformance
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"jobs": ("one", "AnalyticsStatsResponseJobs"), "quality": ("one", "AnalyticsStatsResponseQuality"), "cost": ("one", "AnalyticsStatsResponseCost"), "performance": ("one", "AnalyticsStatsResponsePerformance")}


class AnalyticsTimeseriesResponseBucketsItem(Model):
    date: str
    jobs: int
    successful: int
    success_rate: float
    cost: float


class AnalyticsTimeseriesResponse(Model):
    """Jobs, success rate and cost per day or week"""

    period: Literal["7d", "30d", "90d", "all"]
    interval: Literal["day", "week"]
    currency: Literal["USD"]
    buckets: List[AnalyticsTimeseriesResponseBucketsItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"buckets": ("list", "AnalyticsTimeseriesResponseBucketsItem")}


class AuthLoginRequest(TypedDict, total=False):
    email: str
    password: str


class AuthLoginResponse(Model):
    """Log in"""

    access_token: str
    token_type: Literal["Bearer"]
    expires_in: int
    refresh_token: str


class AuthRefreshRequest(TypedDict, total=False):
    refresh_token: str


class AuthRefreshResponse(Model):
    """Exchange a refresh token"""

    access_token: str
    token_type: Literal["Bearer"]
    expires_in: int
    refresh_token: str


class AuthCreateApiKeyRequest(TypedDict, total=False):
    name: str


class AuthCreateApiKeyResponse(Model):
    """Create an API key (shown once)"""

    id: str
    name: str
    prefix: str
    created_at: str
    last_used_at: Optional[str]
    revoked_at: Optional[str]
    key: str


class AuthListApiKeysResponseApiKeysItem(Model):
    id: str
    name: str
    prefix: str
    created_at: str
    last_used_at: Optional[str]
    revoked_at: Optional[str]


class AuthListApiKeysResponse(Model):
    """List your API keys"""

    api_keys: List[AuthListApiKeysResponseApiKeysItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"api_keys": ("list", "AuthListApiKeysResponseApiKeysItem")}


class AuthRevokeApiKeyResponse(Model):
    """Revoke an API key"""

    id: str
    revoked: Literal[True]


class AuthCreateUserRequest(TypedDict, total=False):
    email: str
    password: str
    role: Literal["user", "admin"]
    tier: Literal["free", "pro", "enterprise"]


class AuthCreateUserResponseLimits(Model):
    requests_per_hour: Optional[int]
    concurrent_jobs: Optional[int]
    batch_size: Optional[int]


class AuthCreateUserResponse(Model):
    """Create a user (admin)"""

    id: str
    email: str
    role: Literal["user", "admin"]
    tier: Literal["free", "pro", "enterprise"]
    created_at: str
    disabled_at: Optional[str]
    limits: AuthCreateUserResponseLimits
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"limits": ("one", "AuthCreateUserResponseLimits")}


class AuthUpdateUserRequestLimits(TypedDict, total=False):
    """This customer's own limits ("Enterprise: Custom"); null goes back to the tier's, an absent member is kept."""

    requests_per_hour: Optional[int]
    concurrent_jobs: Optional[int]
    batch_size: Optional[int]


class AuthUpdateUserRequest(TypedDict, total=False):
    role: Literal["user", "admin"]
    tier: Literal["free", "pro", "enterprise"]
    disabled: bool
    limits: AuthUpdateUserRequestLimits


class AuthUpdateUserResponseLimits(Model):
    requests_per_hour: Optional[int]
    concurrent_jobs: Optional[int]
    batch_size: Optional[int]


class AuthUpdateUserResponse(Model):
    """Change a user's role, tier, limits or standing (admin)"""

    id: str
    email: str
    role: Literal["user", "admin"]
    tier: Literal["free", "pro", "enterprise"]
    created_at: str
    disabled_at: Optional[str]
    limits: AuthUpdateUserResponseLimits
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"limits": ("one", "AuthUpdateUserResponseLimits")}


class AuthDeleteUserResponse(Model):
    """Delete a user and everything they own (admin)"""

    id: str
    deleted: Literal[True]


class BatchesCreateRequestJobsItemOptions(TypedDict, total=False):
    llm_provider: Literal["anthropic", "openai", "google"]
    strategy: Literal["single_stage", "multi_stage"]
    preflight_mode: Literal["light", "heavy"]
    custom_instructions: str


class BatchesCreateRequestJobsItem(TypedDict, total=False):
    publisher_domain: str
    target_url: str
    anchor_text: str
    max_cost: float
    options: BatchesCreateRequestJobsItemOptions


class BatchesCreateRequestOptions(TypedDict, total=False):
    llm_provider: Literal["anthropic", "openai", "google"]
    strategy: Literal["single_stage", "multi_stage"]
    preflight_mode: Literal["light", "heavy"]
    custom_instructions: str
    chunk_size: int
    parallel_jobs: int


class BatchesCreateRequest(TypedDict, total=False):
    name: str
    jobs: List[BatchesCreateRequestJobsItem]
    options: BatchesCreateRequestOptions
    max_cost: float
    idempotency_key: str


class BatchesCreateResponseOptions(Model):
    llm_provider: Optional[Literal["anthropic", "openai", "google"]]
    strategy: Optional[Literal["single_stage", "multi_stage"]]
    preflight_mode: Optional[Literal["light", "heavy"]]
    custom_instructions: Optional[str]
    chunk_size: Optional[int]
    parallel_jobs: Optional[int]


class BatchesCreateResponseProgress(Model):
    completed: int
    in_progress: int
    pending: int
    failed: int
    blocked: int
    cancelled: int
    percentage: float


class BatchesCreateResponseSummary(Model):
    successful_jobs: int
    blocked_jobs: int
    failed_jobs: int
    cancelled_jobs: int
    avg_qc_score: Optional[float]
    total_cost: float
    currency: Literal["USD"]
    max_cost: Optional[float]
    stopped_by_cost_limit: int


class BatchesCreateResponseAnchorsItem(Model):
    target_url: str
    jobs: int
    exact_match_anchor: Optional[str]
    exact_match_share: float
    warning: bool


class BatchesCreateResponseNoticesItem(Model):
    code: Literal["PARALLEL_JOBS_CLAMPED"]
    message: str
    details: Dict[str, Any]


class BatchesCreateResponse(Model):
    """Create a batch of jobs"""

    batch_id: str
    name: str
    total_jobs: int
    status: Literal["RUNNING", "COMPLETED", "CANCELLED"]
    created_at: str
    updated_at: str
    estimated_completion: Optional[str]
    completed_at: Optional[str]
    cancelled_at: Optional[str]
    options: BatchesCreateResponseOptions
    progress: BatchesCreateResponseProgress
    summary: BatchesCreateResponseSummary
    job_ids: List[str]
    anchors: List[BatchesCreateResponseAnchorsItem]
    notices: List[BatchesCreateResponseNoticesItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"options": ("one", "BatchesCreateResponseOptions"), "progress": ("one", "BatchesCreateResponseProgress"), "summary": ("one", "BatchesCreateResponseSummary"), "anchors": ("list", "BatchesCreateResponseAnchorsItem"), "notices": ("list", "BatchesCreateResponseNoticesItem")}


class BatchesListResponseBatchesItemOptions(Model):
    llm_provider: Optional[Literal["anthropic", "openai", "google"]]
    strategy: Optional[Literal["single_stage", "multi_stage"]]
    preflight_mode: Optional[Literal["light", "heavy"]]
    custom_instructions: Optional[str]
    chunk_size: Optional[int]
    parallel_jobs: Optional[int]


class BatchesListResponseBatchesItemProgress(Model):
    completed: int
    in_progress: int
    pending: int
    failed: int
    blocked: int
    cancelled: int
    percentage: float


class BatchesListResponseBatchesItemSummary(Model):
    successful_jobs: int
    blocked_jobs: int
    failed_jobs: int
    cancelled_jobs: int
    avg_qc_score: Optional[float]
    total_cost: float
    currency: Literal["USD"]
    max_cost: Optional[float]
    stopped_by_cost_limit: int


class BatchesListResponseBatchesItem(Model):
    batch_id: str
    name: str
    total_jobs: int
    status: Literal["RUNNING", "COMPLETED", "CANCELLED"]
    created_at: str
    updated_at: str
    estimated_completion: Optional[str]
    completed_at: Optional[str]
    cancelled_at: Optional[str]
    options: BatchesListResponseBatchesItemOptions
    progress: BatchesListResponseBatchesItemProgress
    summary: BatchesListResponseBatchesItemSummary
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"options": ("one", "BatchesListResponseBatchesItemOptions"), "progress": ("one", "BatchesListResponseBatchesItemProgress"), "summary": ("one", "BatchesListResponseBatchesItemSummary")}


class BatchesListResponsePagination(Model):
    total: int
    limit: int
    offset: int
    has_more: bool
    next_offset: Optional[int]


class BatchesListResponse(Model):
    """List your batches"""

    batches: List[BatchesListResponseBatchesItem]
    pagination: BatchesListResponsePagination
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"batches": ("list", "BatchesListResponseBatchesItem"), "pagination": ("one", "BatchesListResponsePagination")}


class BatchesGetResponseOptions(Model):
    llm_provider: Optional[Literal["anthropic", "openai", "google"]]
    strategy: Optional[Literal["single_stage", "multi_stage"]]
    preflight_mode: Optional[Literal["light", "heavy"]]
    custom_instructions: Optional[str]
    chunk_size: Optional[int]
    parallel_jobs: Optional[int]


class BatchesGetResponseProgress(Model):
    completed: int
    in_progress: int
    pending: int
    failed: int
    blocked: int
    cancelled: int
    percentage: float


class BatchesGetResponseSummary(Model):
    successful_jobs: int
    blocked_jobs: int
    failed_jobs: int
    cancelled_jobs: int
    avg_qc_score: Optional[float]
    total_cost: float
    currency: Literal["USD"]
    max_cost: Optional[float]
    stopped_by_cost_limit: int


class BatchesGetResponseAnchorsItem(Model):
    target_url: str
    jobs: int
    exact_match_anchor: Optional[str]
    exact_match_share: float
    warning: bool


class BatchesGetResponse(Model):
    """Get a batch's progress and summary"""

    batch_id: str
    name: str
    total_jobs: int
    status: Literal["RUNNING", "COMPLETED", "CANCELLED"]
    created_at: str
    updated_at: str
    estimated_completion: Optional[str]
    completed_at: Optional[str]
    cancelled_at: Optional[str]
    options: BatchesGetResponseOptions
    progress: BatchesGetResponseProgress
    summary: BatchesGetResponseSummary
    job_ids: List[str]
    anchors: List[BatchesGetResponseAnchorsItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"options": ("one", "BatchesGetResponseOptions"), "progress": ("one", "BatchesGetResponseProgress"), "summary": ("one", "BatchesGetResponseSummary"), "anchors": ("list", "BatchesGetResponseAnchorsItem")}


class BatchesCancelResponseOptions(Model):
    llm_provider: Optional[Literal["anthropic", "openai", "google"]]
    strategy: Optional[Literal["single_stage", "multi_stage"]]
    preflight_mode: Optional[Literal["light", "heavy"]]
    custom_instructions: Optional[str]
    chunk_size: Optional[int]
    parallel_jobs: Optional[int]


class BatchesCancelResponseProgress(Model):
    completed: int
    in_progress: int
    pending: int
    failed: int
    blocked: int
    cancelled: int
    percentage: float


class BatchesCancelResponseSummary(Model):
    successful_jobs: int
    blocked_jobs: int
    failed_jobs: int
    cancelled_jobs: int
    avg_qc_score: Optional[float]
    total_cost: float
    currency: Literal["USD"]
    max_cost: Optional[float]
    stopped_by_cost_limit: int


class BatchesCancelResponse(Model):
    """Cancel a batch"""

    batch_id: str
    name: str
    total_jobs: int
    status: Literal["RUNNING", "COMPLETED", "CANCELLED"]
    created_at: str
    updated_at: str
    estimated_completion: Optional[str]
    completed_at: Optional[str]
    cancelled_at: Optional[str]
    options: BatchesCancelResponseOptions
    progress: BatchesCancelResponseProgress
    summary: BatchesCancelResponseSummary
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"options": ("one", "BatchesCancelResponseOptions"), "progress": ("one", "BatchesCancelResponseProgress"), "summary": ("one", "BatchesCancelResponseSummary")}


class CmsExportWordPressRequest(TypedDict, total=False):
    connection_id: str
    wordpress_url: str
    username: str
    application_password: str
    post_status: Literal["draft", "publish", "pending", "private"]
    categories: List[int]
    tags: List[str]
    link_rel: List[Literal["sponsored", "nofollow", "ugc"]]


class CmsExportWordPressResponse(Model):
    """Export a delivered article to WordPress"""

    wordpress_post_id: int
    post_url: str
    published_url: Optional[str]
    status: str


class CmsCreateConnectionRequest(TypedDict, total=False):
    wordpress_url: str
    username: str
    application_password: str
    name: str
    link_rel: List[Literal["sponsored", "nofollow", "ugc"]]


class CmsCreateConnectionResponse(Model):
    """Save a WordPress site"""

    connection_id: str
    cms: Literal["wordpress"]
    name: Optional[str]
    wordpress_url: str
    username: str
    link_rel: List[Literal["sponsored", "nofollow", "ugc"]]
    last_used_at: Optional[str]
    created_at: str


class CmsListConnectionsResponseConnectionsItem(Model):
    connection_id: str
    cms: Literal["wordpress"]
    name: Optional[str]
    wordpress_url: str
    username: str
    link_rel: List[Literal["sponsored", "nofollow", "ugc"]]
    last_used_at: Optional[str]
    created_at: str


class CmsListConnectionsResponse(Model):
    """List your saved WordPress sites"""

    connections: List[CmsListConnectionsResponseConnectionsItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"connections": ("list", "CmsListConnectionsResponseConnectionsItem")}


class CmsDeleteConnectionResponse(Model):
    """Forget a saved WordPress site"""

    connection_id: str
    deleted: Literal[True]


class EstimateCreateRequestOptions(TypedDict, total=False):
    llm_provider: Literal["anthropic", "openai", "google"]
    strategy: Literal["single_stage", "multi_stage"]
    preflight_mode: Literal["light", "heavy"]
    custom_instructions: str
    chunk_size: int
    parallel_jobs: int


class EstimateCreateRequestJobsItemOptions(TypedDict, total=False):
    llm_provider: Literal["anthropic", "openai", "google"]
    strategy: Literal["single_stage", "multi_stage"]
    preflight_mode: Literal["light", "heavy"]
    custom_instructions: str


class EstimateCreateRequestJobsItem(TypedDict, total=False):
    publisher_domain: str
    target_url: str
    anchor_text: str
    max_cost: float
    options: EstimateCreateRequestJobsItemOptions


class EstimateCreateRequest(TypedDict, total=False):
    """A job body as POST /v1/jobs takes it (publisher_domain, target_url, anchor_text, options, max_cost), or a batch body as POST /v1/batches takes it (name, jobs, options, max_cost)."""

    publisher_domain: str
    target_url: str
    anchor_text: str
    idempotency_key: str
    max_cost: float
    options: EstimateCreateRequestOptions
    name: str
    jobs: List[EstimateCreateRequestJobsItem]


class EstimateCreateResponsePerJob(Model):
    llm: float
    serp: float
    total: float
    currency: Literal["USD"]


class EstimateCreateResponse(Model):
    """Estimate what a job or a batch will cost"""

    llm: float
    serp: float
    total: float
    currency: Literal["USD"]
    duration_seconds: int
    jobs: int
    per_job: Optional[EstimateCreateResponsePerJob]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"per_job": ("one", "EstimateCreateResponsePerJob")}


class JobsCreateRequestOptions(TypedDict, total=False):
    llm_provider: Literal["anthropic", "openai", "google"]
    strategy: Literal["single_stage", "multi_stage"]
    preflight_mode: Literal["light", "heavy"]
    custom_instructions: str


class JobsCreateRequest(TypedDict, total=False):
    publisher_domain: str
    target_url: str
    anchor_text: str
    idempotency_key: str
    max_cost: float
    options: JobsCreateRequestOptions


class JobsCreateResponse(Model):
    """Create a job"""

    job_id: str
    status: Literal["RECEIVE", "PREFLIGHT", "WRITE", "QC", "RESCUE", "DELIVER", "BLOCKED", "ERROR", "CANCELLED"]
    created_at: str
    estimated_completion: Optional[str]


class JobsListResponseJobsItem(Model):
    job_id: str
    batch_id: Optional[str]
    status: Literal["RECEIVE", "PREFLIGHT", "WRITE", "QC", "RESCUE", "DELIVER", "BLOCKED", "ERROR", "CANCELLED"]
    progress: int
    publisher_domain: str
    target_url: str
    anchor_text: str
    created_at: str
    completed_at: Optional[str]


class JobsListResponsePagination(Model):
    total: int
    limit: int
    offset: int
    has_more: bool
    next_offset: Optional[int]


class JobsListResponse(Model):
    """List your jobs"""

    jobs: List[JobsListResponseJobsItem]
    pagination: JobsListResponsePagination
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"jobs": ("list", "JobsListResponseJobsItem"), "pagination": ("one", "JobsListResponsePagination")}


class JobsGetResponseOptions(Model):
    llm_provider: Literal["anthropic", "openai", "google"]
    strategy: Literal["single_stage", "multi_stage"]
    preflight_mode: Literal["light", "heavy"]
    custom_instructions: Optional[str]


class JobsGetResponseStateHistoryItem(Model):
    state: Literal["RECEIVE", "PREFLIGHT", "WRITE", "QC", "RESCUE", "DELIVER", "BLOCKED", "ERROR", "CANCELLED"]
    timestamp: str
    note: Optional[str]


class JobsGetResponseArticleBacklink(Model):
    anchor_text: str
    target_url: str
    position: Optional[int]


class JobsGetResponseArticle(Model):
    title: str
    content: str
    word_count: int
    backlink: JobsGetResponseArticleBacklink
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"backlink": ("one", "JobsGetResponseArticleBacklink")}


class JobsGetResponseQcReportChecksValue(Model):
    passed: bool
    points: float


class JobsGetResponseQcReportIssuesItem(Model):
    code: Literal["word_count_low", "word_count_high", "paragraphs_few", "sections_few", "anchor_missing", "anchor_text_mismatch", "anchor_duplicated", "anchor_in_heading", "anchor_paragraph_crowded", "anchor_context_thin", "anchor_position_first", "anchor_position_last", "anchor_phrase_repeated", "anchor_spammy", "anchor_off_topic", "trust_source_missing", "source_dead", "source_unrelated", "competitor_linked", "intent_partial", "intent_mismatch", "lsi_terms_low", "language_mismatch", "readability_out_of_range", "disclaimer_missing", "copied_passage", "footprint", "ai_tells"]
    severity: Literal["critical", "high", "medium", "low"]
    category: Literal["word_count", "anchor_link", "anchor_placement", "anchor_naturalness", "trust_sources", "intent_alignment", "lsi_coverage", "language", "readability", "compliance", "originality", "ai_tells"]
    message: str
    auto_fixable: bool
    action: Optional[str]


class JobsGetResponseQcReportSourcesItem(Model):
    url: str
    final_url: Optional[str]
    tier: Optional[Literal["T1", "T2", "T3", "T4"]]
    status: Optional[int]
    live: bool
    language: Optional[str]
    supports_claim: bool
    matched_terms: List[str]
    missing_figures: List[str]
    checked_at: str
    reason: Optional[str]


class JobsGetResponseQcReportRescueItem(Model):
    round: int
    action: str
    issue: str
    before: str
    after: str


class JobsGetResponseQcReport(Model):
    status: Literal["PASS", "FAIL"]
    score: float
    checks: Dict[str, JobsGetResponseQcReportChecksValue]
    issues: List[JobsGetResponseQcReportIssuesItem]
    sources: Optional[List[JobsGetResponseQcReportSourcesItem]]
    rescue: List[JobsGetResponseQcReportRescueItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"checks": ("map", "JobsGetResponseQcReportChecksValue"), "issues": ("list", "JobsGetResponseQcReportIssuesItem"), "sources": ("list", "JobsGetResponseQcReportSourcesItem"), "rescue": ("list", "JobsGetResponseQcReportRescueItem")}


class JobsGetResponseCost(Model):
    llm: float
    serp: float
    total: float
    currency: Literal["USD"]


class JobsGetResponseError(Model):
    code: str
    message: str


class JobsGetResponseExportsItem(Model):
    export_id: str
    cms: Literal["wordpress"]
    site_url: str
    connection_id: Optional[str]
    wordpress_post_id: int
    post_url: str
    published_url: Optional[str]
    status: str
    outcome: Literal["completed", "held"]
    link_rel: List[Literal["sponsored", "nofollow", "ugc"]]
    problems: List[str]
    exported_at: str
    updated_at: str


class JobsGetResponseLinksItemLastCheck(Model):
    verdict: Literal["verified", "changed", "missing", "page_gone", "unreachable"]
    checked_at: str
    http_status: Optional[int]
    final_url: Optional[str]
    found: bool
    anchor_text: Optional[str]
    rel: List[str]
    link_nofollow: bool
    page_noindex: bool
    page_nofollow: bool
    canonical_url: Optional[str]
    in_main_content: Optional[bool]
    position: Optional[float]
    changes: List[str]
    error: Optional[str]


class JobsGetResponseLinksItem(Model):
    link_id: str
    kind: Literal["placement", "source"]
    job_id: Optional[str]
    backlink_id: Optional[int]
    page_url: str
    publisher_domain: str
    target_url: str
    target_domain: str
    anchor_text: str
    expected_rel: List[Literal["sponsored", "nofollow", "ugc"]]
    status: Literal["pending", "verified", "changed", "missing", "page_gone"]
    last_checked_at: Optional[str]
    next_check_at: str
    checks: int
    placed_at: str
    last_check: Optional[JobsGetResponseLinksItemLastCheck]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"last_check": ("one", "JobsGetResponseLinksItemLastCheck")}


class JobsGetResponse(Model):
    """Get a job's status and results"""

    job_id: str
    batch_id: Optional[str]
    status: Literal["RECEIVE", "PREFLIGHT", "WRITE", "QC", "RESCUE", "DELIVER", "BLOCKED", "ERROR", "CANCELLED"]
    progress: int
    publisher_domain: str
    target_url: str
    anchor_text: str
    created_at: str
    options: JobsGetResponseOptions
    updated_at: str
    estimated_completion: Optional[str]
    completed_at: Optional[str]
    blocked_at: Optional[str]
    cancelled_at: Optional[str]
    duration_seconds: Optional[int]
    state_history: List[JobsGetResponseStateHistoryItem]
    article: Optional[JobsGetResponseArticle]
    qc_report: Optional[JobsGetResponseQcReport]
    cost: JobsGetResponseCost
    max_cost: Optional[float]
    error: Optional[JobsGetResponseError]
    exports: Optional[List[JobsGetResponseExportsItem]]
    link_status: Optional[Literal["pending", "verified", "changed", "missing", "page_gone"]]
    links: Optional[List[JobsGetResponseLinksItem]]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"options": ("one", "JobsGetResponseOptions"), "state_history": ("list", "JobsGetResponseStateHistoryItem"), "article": ("one", "JobsGetResponseArticle"), "qc_report": ("one", "JobsGetResponseQcReport"), "cost": ("one", "JobsGetResponseCost"), "error": ("one", "JobsGetResponseError"), "exports": ("list", "JobsGetResponseExportsItem"), "links": ("list", "JobsGetResponseLinksItem")}


class JobsCancelResponse(Model):
    """Cancel a job"""

    job_id: str
    status: Literal["CANCELLED"]
    cancelled_at: str


class LinksPlaceRequest(TypedDict, total=False):
    url: str


class LinksPlaceResponseLastCheck(Model):
    verdict: Literal["verified", "changed", "missing", "page_gone", "unreachable"]
    checked_at: str
    http_status: Optional[int]
    final_url: Optional[str]
    found: bool
    anchor_text: Optional[str]
    rel: List[str]
    link_nofollow: bool
    page_noindex: bool
    page_nofollow: bool
    canonical_url: Optional[str]
    in_main_content: Optional[bool]
    position: Optional[float]
    changes: List[str]
    error: Optional[str]


class LinksPlaceResponse(Model):
    """Say where a delivered article went live"""

    link_id: str
    kind: Literal["placement", "source"]
    job_id: Optional[str]
    backlink_id: Optional[int]
    page_url: str
    publisher_domain: str
    target_url: str
    target_domain: str
    anchor_text: str
    expected_rel: List[Literal["sponsored", "nofollow", "ugc"]]
    status: Literal["pending", "verified", "changed", "missing", "page_gone"]
    last_checked_at: Optional[str]
    next_check_at: str
    checks: int
    placed_at: str
    last_check: Optional[LinksPlaceResponseLastCheck]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"last_check": ("one", "LinksPlaceResponseLastCheck")}


class LinksListResponseLinksItemLastCheck(Model):
    verdict: Literal["verified", "changed", "missing", "page_gone", "unreachable"]
    checked_at: str
    http_status: Optional[int]
    final_url: Optional[str]
    found: bool
    anchor_text: Optional[str]
    rel: List[str]
    link_nofollow: bool
    page_noindex: bool
    page_nofollow: bool
    canonical_url: Optional[str]
    in_main_content: Optional[bool]
    position: Optional[float]
    changes: List[str]
    error: Optional[str]


class LinksListResponseLinksItem(Model):
    link_id: str
    kind: Literal["placement", "source"]
    job_id: Optional[str]
    backlink_id: Optional[int]
    page_url: str
    publisher_domain: str
    target_url: str
    target_domain: str
    anchor_text: str
    expected_rel: List[Literal["sponsored", "nofollow", "ugc"]]
    status: Literal["pending", "verified", "changed", "missing", "page_gone"]
    last_checked_at: Optional[str]
    next_check_at: str
    checks: int
    placed_at: str
    last_check: Optional[LinksListResponseLinksItemLastCheck]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"last_check": ("one", "LinksListResponseLinksItemLastCheck")}


class LinksListResponsePagination(Model):
    total: int
    limit: int
    offset: int
    has_more: bool
    next_offset: Optional[int]


class LinksListResponse(Model):
    """List your placed links and their latest verdicts"""

    links: List[LinksListResponseLinksItem]
    pagination: LinksListResponsePagination
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"links": ("list", "LinksListResponseLinksItem"), "pagination": ("one", "LinksListResponsePagination")}


class LinksGetResponseLastCheck(Model):
    verdict: Literal["verified", "changed", "missing", "page_gone", "unreachable"]
    checked_at: str
    http_status: Optional[int]
    final_url: Optional[str]
    found: bool
    anchor_text: Optional[str]
    rel: List[str]
    link_nofollow: bool
    page_noindex: bool
    page_nofollow: bool
    canonical_url: Optional[str]
    in_main_content: Optional[bool]
    position: Optional[float]
    changes: List[str]
    error: Optional[str]


class LinksGetResponseHistoryItem(Model):
    verdict: Literal["verified", "changed", "missing", "page_gone", "unreachable"]
    checked_at: str
    http_status: Optional[int]
    final_url: Optional[str]
    found: bool
    anchor_text: Optional[str]
    rel: List[str]
    link_nofollow: bool
    page_noindex: bool
    page_nofollow: bool
    canonical_url: Optional[str]
    in_main_content: Optional[bool]
    position: Optional[float]
    changes: List[str]
    error: Optional[str]


class LinksGetResponse(Model):
    """Get a placed link with its check history"""

    link_id: str
    kind: Literal["placement", "source"]
    job_id: Optional[str]
    backlink_id: Optional[int]
    page_url: str
    publisher_domain: str
    target_url: str
    target_domain: str
    anchor_text: str
    expected_rel: List[Literal["sponsored", "nofollow", "ugc"]]
    status: Literal["pending", "verified", "changed", "missing", "page_gone"]
    last_checked_at: Optional[str]
    next_check_at: str
    checks: int
    placed_at: str
    last_check: Optional[LinksGetResponseLastCheck]
    history: List[LinksGetResponseHistoryItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"last_check": ("one", "LinksGetResponseLastCheck"), "history": ("list", "LinksGetResponseHistoryItem")}


class LinksCheckResponseLastCheck(Model):
    verdict: Literal["verified", "changed", "missing", "page_gone", "unreachable"]
    checked_at: str
    http_status: Optional[int]
    final_url: Optional[str]
    found: bool
    anchor_text: Optional[str]
    rel: List[str]
    link_nofollow: bool
    page_noindex: bool
    page_nofollow: bool
    canonical_url: Optional[str]
    in_main_content: Optional[bool]
    position: Optional[float]
    changes: List[str]
    error: Optional[str]


class LinksCheckResponse(Model):
    """Check a placed link now"""

    link_id: str
    kind: Literal["placement", "source"]
    job_id: Optional[str]
    backlink_id: Optional[int]
    page_url: str
    publisher_domain: str
    target_url: str
    target_domain: str
    anchor_text: str
    expected_rel: List[Literal["sponsored", "nofollow", "ugc"]]
    status: Literal["pending", "verified", "changed", "missing", "page_gone"]
    last_checked_at: Optional[str]
    next_check_at: str
    checks: int
    placed_at: str
    last_check: Optional[LinksCheckResponseLastCheck]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"last_check": ("one", "LinksCheckResponseLastCheck")}


class MetaVersionResponsePrincipal(Model):
    user_id: str
    role: str
    tier: str


class MetaVersionResponse(Model):
    """Service and API version"""

    name: Literal["bacowr"]
    version: str
    api_version: Literal["v1"]
    principal: Optional[MetaVersionResponsePrincipal]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"principal": ("one", "MetaVersionResponsePrincipal")}


class OperatorCreateCampaignRequest(TypedDict, total=False):
    name: str
    settings: Dict[str, Any]


class OperatorCreateCampaignResponse(Model):
    """Create a campaign (admin)"""

    id: int
    name: str
    owner_id: Optional[str]
    status: str
    settings: Dict[str, Any]
    created_at: str
    updated_at: str


class OperatorListCampaignsResponseCampaignsItem(Model):
    id: int
    name: str
    owner_id: Optional[str]
    status: str
    settings: Dict[str, Any]
    created_at: str
    updated_at: str


class OperatorListCampaignsResponsePagination(Model):
    total: int
    limit: int
    offset: int
    has_more: bool
    next_offset: Optional[int]


class OperatorListCampaignsResponse(Model):
    """List campaigns (admin)"""

    campaigns: List[OperatorListCampaignsResponseCampaignsItem]
    pagination: OperatorListCampaignsResponsePagination
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"campaigns": ("list", "OperatorListCampaignsResponseCampaignsItem"), "pagination": ("one", "OperatorListCampaignsResponsePagination")}


class OperatorAddTasksRequestTasksItem(TypedDict, total=False):
    type: str
    payload: Dict[str, Any]
    max_retries: int


class OperatorAddTasksRequest(TypedDict, total=False):
    tasks: List[OperatorAddTasksRequestTasksItem]


class OperatorAddTasksResponse(Model):
    """Queue tasks for workers (admin)"""

    campaign_id: int
    task_ids: List[int]
    count: int


class OperatorListTasksResponseTasksItem(Model):
    id: int
    campaign_id: int
    type: str
    status: Literal["pending", "running", "success", "failed", "error"]
    payload: Dict[str, Any]
    max_retries: int
    retry_count: int
    locked_by: Optional[str]
    locked_at: Optional[str]
    lock_expires_at: Optional[str]
    run_after: str
    result: Optional[Dict[str, Any]]
    error: Optional[str]
    last_worker_id: Optional[str]
    created_at: str
    updated_at: str
    completed_at: Optional[str]


class OperatorListTasksResponsePagination(Model):
    total: int
    limit: int
    offset: int
    has_more: bool
    next_offset: Optional[int]


class OperatorListTasksResponse(Model):
    """List worker tasks (admin)"""

    tasks: List[OperatorListTasksResponseTasksItem]
    pagination: OperatorListTasksResponsePagination
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"tasks": ("list", "OperatorListTasksResponseTasksItem"), "pagination": ("one", "OperatorListTasksResponsePagination")}


class OperatorImportProxiesRequestProxiesItem(TypedDict, total=False):
    host: str
    port: int
    username: Optional[str]
    password: Optional[str]
    type: Literal["http", "https", "socks4", "socks5"]
    country: Optional[str]
    is_active: bool


class OperatorImportProxiesRequest(TypedDict, total=False):
    proxies: List[OperatorImportProxiesRequestProxiesItem]


class OperatorImportProxiesResponse(Model):
    """Import proxies (admin)"""

    proxy_ids: List[int]
    count: int


class QcCheckRequest(TypedDict, total=False):
    article: str
    publisher_domain: str
    target_url: str
    anchor_text: str


class QcCheckResponseQcReportChecksValue(Model):
    passed: bool
    points: float


class QcCheckResponseQcReportIssuesItem(Model):
    code: Literal["word_count_low", "word_count_high", "paragraphs_few", "sections_few", "anchor_missing", "anchor_text_mismatch", "anchor_duplicated", "anchor_in_heading", "anchor_paragraph_crowded", "anchor_context_thin", "anchor_position_first", "anchor_position_last", "anchor_phrase_repeated", "anchor_spammy", "anchor_off_topic", "trust_source_missing", "source_dead", "source_unrelated", "competitor_linked", "intent_partial", "intent_mismatch", "lsi_terms_low", "language_mismatch", "readability_out_of_range", "disclaimer_missing", "copied_passage", "footprint", "ai_tells"]
    severity: Literal["critical", "high", "medium", "low"]
    category: Literal["word_count", "anchor_link", "anchor_placement", "anchor_naturalness", "trust_sources", "intent_alignment", "lsi_coverage", "language", "readability", "compliance", "originality", "ai_tells"]
    message: str
    auto_fixable: bool
    action: Optional[str]


class QcCheckResponseQcReportSourcesItem(Model):
    url: str
    final_url: Optional[str]
    tier: Optional[Literal["T1", "T2", "T3", "T4"]]
    status: Optional[int]
    live: bool
    language: Optional[str]
    supports_claim: bool
    matched_terms: List[str]
    missing_figures: List[str]
    checked_at: str
    reason: Optional[str]


class QcCheckResponseQcReport(Model):
    status: Literal["PASS", "FAIL"]
    score: float
    checks: Dict[str, QcCheckResponseQcReportChecksValue]
    issues: List[QcCheckResponseQcReportIssuesItem]
    sources: Optional[List[QcCheckResponseQcReportSourcesItem]]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"checks": ("map", "QcCheckResponseQcReportChecksValue"), "issues": ("list", "QcCheckResponseQcReportIssuesItem"), "sources": ("list", "QcCheckResponseQcReportSourcesItem")}


class QcCheckResponse(Model):
    """Run QC on your own article"""

    qc_report: QcCheckResponseQcReport
    language: str
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"qc_report": ("one", "QcCheckResponseQcReport")}


class WebhooksCreateRequest(TypedDict, total=False):
    url: str
    events: List[Literal["job.created", "job.completed", "job.blocked", "job.failed", "job.cancelled", "batch.completed", "batch.cancelled", "export.completed", "link.verified", "link.changed", "link.lost", "source.lost"]]
    description: str


class WebhooksCreateResponse(Model):
    """Subscribe a URL to events"""

    webhook_id: str
    url: str
    events: List[str]
    description: Optional[str]
    active: bool
    disabled_reason: Optional[str]
    disabled_at: Optional[str]
    failing_since: Optional[str]
    previous_secret_expires_at: Optional[str]
    created_at: str
    updated_at: str
    secret: str


class WebhooksListResponseWebhooksItem(Model):
    webhook_id: str
    url: str
    events: List[str]
    description: Optional[str]
    active: bool
    disabled_reason: Optional[str]
    disabled_at: Optional[str]
    failing_since: Optional[str]
    previous_secret_expires_at: Optional[str]
    created_at: str
    updated_at: str


class WebhooksListResponsePagination(Model):
    total: int
    limit: int
    offset: int
    has_more: bool
    next_offset: Optional[int]


class WebhooksListResponse(Model):
    """List your webhooks"""

    webhooks: List[WebhooksListResponseWebhooksItem]
    pagination: WebhooksListResponsePagination
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"webhooks": ("list", "WebhooksListResponseWebhooksItem"), "pagination": ("one", "WebhooksListResponsePagination")}


class WebhooksGetResponse(Model):
    """Get a webhook"""

    webhook_id: str
    url: str
    events: List[str]
    description: Optional[str]
    active: bool
    disabled_reason: Optional[str]
    disabled_at: Optional[str]
    failing_since: Optional[str]
    previous_secret_expires_at: Optional[str]
    created_at: str
    updated_at: str


class WebhooksUpdateRequest(TypedDict, total=False):
    url: str
    events: List[Literal["job.created", "job.completed", "job.blocked", "job.failed", "job.cancelled", "batch.completed", "batch.cancelled", "export.completed", "link.verified", "link.changed", "link.lost", "source.lost"]]
    description: Optional[str]
    active: bool


class WebhooksUpdateResponse(Model):
    """Change a webhook's URL, events, description or active flag"""

    webhook_id: str
    url: str
    events: List[str]
    description: Optional[str]
    active: bool
    disabled_reason: Optional[str]
    disabled_at: Optional[str]
    failing_since: Optional[str]
    previous_secret_expires_at: Optional[str]
    created_at: str
    updated_at: str


class WebhooksDeleteResponse(Model):
    """Delete a webhook and its delivery log"""

    webhook_id: str
    deleted: Literal[True]


class WebhooksRotateSecretResponse(Model):
    """Rotate a webhook's signing secret"""

    webhook_id: str
    url: str
    events: List[str]
    description: Optional[str]
    active: bool
    disabled_reason: Optional[str]
    disabled_at: Optional[str]
    failing_since: Optional[str]
    previous_secret_expires_at: Optional[str]
    created_at: str
    updated_at: str
    secret: str


class WebhooksTestResponseAttemptLogItem(Model):
    attempt: int
    at: str
    duration_ms: int
    status_code: Optional[int]
    response_excerpt: Optional[str]
    error: Optional[str]


class WebhooksTestResponse(Model):
    """Send a ping event to a webhook"""

    delivery_id: str
    webhook_id: str
    event_id: str
    event: str
    status: Literal["pending", "delivered", "dead"]
    occurred_at: str
    attempts: int
    next_attempt_at: Optional[str]
    last_status_code: Optional[int]
    last_error: Optional[str]
    created_at: str
    delivered_at: Optional[str]
    replayed_at: Optional[str]
    data: Dict[str, Any]
    attempt_log: List[WebhooksTestResponseAttemptLogItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"attempt_log": ("list", "WebhooksTestResponseAttemptLogItem")}


class WebhooksDeliveriesResponseDeliveriesItemAttemptLogItem(Model):
    attempt: int
    at: str
    duration_ms: int
    status_code: Optional[int]
    response_excerpt: Optional[str]
    error: Optional[str]


class WebhooksDeliveriesResponseDeliveriesItem(Model):
    delivery_id: str
    webhook_id: str
    event_id: str
    event: str
    status: Literal["pending", "delivered", "dead"]
    occurred_at: str
    attempts: int
    next_attempt_at: Optional[str]
    last_status_code: Optional[int]
    last_error: Optional[str]
    created_at: str
    delivered_at: Optional[str]
    replayed_at: Optional[str]
    data: Dict[str, Any]
    attempt_log: List[WebhooksDeliveriesResponseDeliveriesItemAttemptLogItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"attempt_log": ("list", "WebhooksDeliveriesResponseDeliveriesItemAttemptLogItem")}


class WebhooksDeliveriesResponsePagination(Model):
    total: int
    limit: int
    offset: int
    has_more: bool
    next_offset: Optional[int]


class WebhooksDeliveriesResponse(Model):
    """A webhook's delivery log"""

    deliveries: List[WebhooksDeliveriesResponseDeliveriesItem]
    pagination: WebhooksDeliveriesResponsePagination
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"deliveries": ("list", "WebhooksDeliveriesResponseDeliveriesItem"), "pagination": ("one", "WebhooksDeliveriesResponsePagination")}


class WebhooksDeliveryResponseAttemptLogItem(Model):
    attempt: int
    at: str
    duration_ms: int
    status_code: Optional[int]
    response_excerpt: Optional[str]
    error: Optional[str]


class WebhooksDeliveryResponse(Model):
    """One delivery with its attempts"""

    delivery_id: str
    webhook_id: str
    event_id: str
    event: str
    status: Literal["pending", "delivered", "dead"]
    occurred_at: str
    attempts: int
    next_attempt_at: Optional[str]
    last_status_code: Optional[int]
    last_error: Optional[str]
    created_at: str
    delivered_at: Optional[str]
    replayed_at: Optional[str]
    data: Dict[str, Any]
    attempt_log: List[WebhooksDeliveryResponseAttemptLogItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"attempt_log": ("list", "WebhooksDeliveryResponseAttemptLogItem")}


class WebhooksReplayDeliveryResponseAttemptLogItem(Model):
    attempt: int
    at: str
    duration_ms: int
    status_code: Optional[int]
    response_excerpt: Optional[str]
    error: Optional[str]


class WebhooksReplayDeliveryResponse(Model):
    """Send one delivery again"""

    delivery_id: str
    webhook_id: str
    event_id: str
    event: str
    status: Literal["pending", "delivered", "dead"]
    occurred_at: str
    attempts: int
    next_attempt_at: Optional[str]
    last_status_code: Optional[int]
    last_error: Optional[str]
    created_at: str
    delivered_at: Optional[str]
    replayed_at: Optional[str]
    data: Dict[str, Any]
    attempt_log: List[WebhooksReplayDeliveryResponseAttemptLogItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"attempt_log": ("list", "WebhooksReplayDeliveryResponseAttemptLogItem")}


class WebhooksReplayRequest(TypedDict, total=False):
    since: str
    status: Literal["dead", "delivered"]


class WebhooksReplayResponse(Model):
    """Send a range of deliveries again"""

    webhook_id: str
    replayed: int


class BridgeMetaVersionResponse(Model):
    """Service version, for a worker's start-up check"""

    name: Literal["bacowr"]
    version: str
    worker_id: Optional[str]


class BridgeTasksPendingResponseTasksItem(Model):
    id: int
    campaign_id: int
    type: str
    status: Literal["pending", "running", "success", "failed", "error"]
    payload: Dict[str, Any]
    max_retries: int
    retry_count: int
    created_at: str


class BridgeTasksPendingResponse(Model):
    """Pending tasks"""

    tasks: List[BridgeTasksPendingResponseTasksItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"tasks": ("list", "BridgeTasksPendingResponseTasksItem")}


class BridgeTasksLockRequest(TypedDict, total=False):
    worker_id: str


class BridgeTasksLockResponseTask(Model):
    id: int
    status: Literal["pending", "running", "success", "failed", "error"]
    locked_at: Optional[str]
    locked_by: Optional[str]


class BridgeTasksLockResponse(Model):
    """Lock a task"""

    message: str
    task: BridgeTasksLockResponseTask
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"task": ("one", "BridgeTasksLockResponseTask")}


class BridgeTasksUnlockResponse(Model):
    """Unlock a task"""

    message: str


class BridgeTasksStatusRequest(TypedDict, total=False):
    status: Literal["success", "failed", "error"]
    result: Optional[Dict[str, Any]]
    error: Optional[str]


class BridgeTasksStatusResponse(Model):
    """Report a task's outcome"""

    message: str


class BridgeBacklinksCreateRequest(TypedDict, total=False):
    campaign_id: int
    url: str
    type: str
    status: Literal["submitted", "live", "verified", "lost", "rejected"]
    keyword: Optional[str]
    anchor_text: Optional[str]
    site_account_id: Optional[int]
    verified_at: Optional[str]


class BridgeBacklinksCreateResponseBacklink(Model):
    id: int
    campaign_id: int
    url: str
    type: str
    status: Literal["submitted", "live", "verified", "lost", "rejected"]
    created_at: str


class BridgeBacklinksCreateResponse(Model):
    """Record a backlink"""

    message: str
    backlink: BridgeBacklinksCreateResponseBacklink
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"backlink": ("one", "BridgeBacklinksCreateResponseBacklink")}


class BridgeBacklinksUpdateRequest(TypedDict, total=False):
    url: str
    type: str
    status: Literal["submitted", "live", "verified", "lost", "rejected"]
    keyword: Optional[str]
    anchor_text: Optional[str]
    site_account_id: Optional[int]
    verified_at: Optional[str]


class BridgeBacklinksUpdateResponse(Model):
    """Update a backlink"""

    message: str


class BridgeSiteAccountsCreateRequest(TypedDict, total=False):
    campaign_id: int
    site_domain: str
    username: Optional[str]
    email: Optional[str]
    status: Literal["pending_verification", "verified", "failed", "banned"]
    verification_link: Optional[str]
    verified_at: Optional[str]


class BridgeSiteAccountsCreateResponseSiteAccount(Model):
    id: int
    campaign_id: int
    site_domain: str
    status: Literal["pending_verification", "verified", "failed", "banned"]


class BridgeSiteAccountsCreateResponse(Model):
    """Record a site account"""

    message: str
    site_account: BridgeSiteAccountsCreateResponseSiteAccount
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"site_account": ("one", "BridgeSiteAccountsCreateResponseSiteAccount")}


class BridgeSiteAccountsUpdateRequest(TypedDict, total=False):
    username: Optional[str]
    email: Optional[str]
    status: Literal["pending_verification", "verified", "failed", "banned"]
    verification_link: Optional[str]
    verified_at: Optional[str]


class BridgeSiteAccountsUpdateResponse(Model):
    """Update a site account"""

    message: str


class BridgeProxiesListResponseProxiesItem(Model):
    id: int
    host: str
    port: int
    username: Optional[str]
    password: Optional[str]
    type: Literal["http", "https", "socks4", "socks5"]
    country: Optional[str]
    is_active: bool
    error_count: int


class BridgeProxiesListResponse(Model):
    """Available proxies"""

    proxies: List[BridgeProxiesListResponseProxiesItem]
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"proxies": ("list", "BridgeProxiesListResponseProxiesItem")}


class BridgeProxiesReportRequest(TypedDict, total=False):
    error: Optional[str]


class BridgeProxiesReportResponseProxy(Model):
    id: int
    is_active: bool
    error_count: int


class BridgeProxiesReportResponse(Model):
    """Report a failing proxy"""

    message: str
    proxy: BridgeProxiesReportResponseProxy
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"proxy": ("one", "BridgeProxiesReportResponseProxy")}


class BridgeLlmGenerateRequestOptions(TypedDict, total=False):
    max_tokens: int
    temperature: float
    model: str


class BridgeLlmGenerateRequest(TypedDict, total=False):
    prompt: str
    options: BridgeLlmGenerateRequestOptions


class BridgeLlmGenerateResponse(Model):
    """Generate text with an LLM"""

    success: Literal[True]
    content: str


class BridgeCaptchaSolveRequestData(TypedDict, total=False):
    site_key: str
    page_url: str
    campaign_id: int
    site_domain: str


class BridgeCaptchaSolveRequest(TypedDict, total=False):
    captcha_type: Literal["recaptcha_v2", "hcaptcha"]
    data: BridgeCaptchaSolveRequestData


class BridgeCaptchaSolveResponse(Model):
    """Solve a captcha"""

    success: Literal[True]
    solution: str
    task_id: str
    cost: float


class V1Meta(Model):
    timestamp: str
    request_id: str
    version: str


class V1ErrorError(Model):
    code: str
    message: str
    field: Optional[str]
    details: Optional[Dict[str, Any]]


class V1ErrorMeta(Model):
    timestamp: str
    request_id: str
    version: str


class V1Error(Model):
    success: Literal[False]
    error: V1ErrorError
    meta: V1ErrorMeta
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {"error": ("one", "V1ErrorError"), "meta": ("one", "V1ErrorMeta")}


class BridgeError(Model):
    error: str
    errors: Optional[Dict[str, List[str]]]
