"""A kit for the worker bridge's Python workers: the seed's pending → lock → process → status loop, done right.

>>> from bacowr.worker import PermanentError, Worker
>>> worker = Worker("http://localhost:8000/api", token="…", worker_id="python-worker-01")
>>> def handle(task):
...     if "target_url" not in task.payload:
...         raise PermanentError("no target_url")        # ends the task `error`, no retry
...     url = post_comment(task.payload)                   # any other exception: `failed`, retried by the bridge
...     worker.backlinks.create(campaign_id=task.campaign_id, url=url, type=task.type)
...     return {"url": url}                                # `success` with this result
>>> worker.run(handle, types=["comment"], concurrency=4)   # until SIGTERM/SIGINT or worker.stop()

A task another worker locked first is skipped quietly; an empty queue makes the worker poll less and less often
(``poll_interval`` doubling up to ``max_poll_interval``); 429s are waited out (``Retry-After``) and a bucket
whose ``X-RateLimit-Remaining`` reached 0 is left alone until its reset. On SIGTERM (or SIGINT, or ``stop()``)
the worker locks nothing more, lets running handlers finish and report, unlocks the tasks it locked but did not
start (``POST /api/tasks/{id}/unlock``: back to pending without counting an attempt), and ``run`` returns.

A handler must finish within the bridge's lease (``TASK_LEASE_SECONDS``, 10 minutes by default): the bridge has
no way to extend a lock, so a longer attempt is taken back, counted as failed, and its late report is refused.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import queue
import random
import signal
import socket
import threading
from typing import Any, Callable, List, Mapping, Optional, Sequence

import httpx

from .bridge import Bridge, Cancelled, ReportedStatus, Task, maybe_delivered
from .errors import APIError, BacowrError, RateLimitError

__all__ = ["PermanentError", "RunStats", "Worker"]

_log = logging.getLogger("bacowr.worker")

#: The bridge keeps at most this many characters of a task's error.
_MAX_ERROR = 10_000


class PermanentError(Exception):
    """Raised by a handler for a task that can never succeed: the task ends with status ``error`` at once,
    without the bridge's retries. Any other exception reports ``failed``, which the bridge retries while
    ``retry_count < max_retries``."""


@dataclasses.dataclass
class RunStats:
    """What one ``Worker.run`` did."""

    succeeded: int = 0
    #: Reported ``failed`` (the bridge retries these while retries remain).
    failed: int = 0
    #: Reported ``error`` (a handler's ``PermanentError``).
    errored: int = 0
    #: Locks another worker won first: normal with several workers.
    lost_races: int = 0
    #: Tasks locked but not started when the worker stopped, handed back with ``unlock``.
    unlocked: int = 0
    #: Reports the bridge refused (the lease ran out and the task moved on) or that could not be delivered.
    lost_reports: int = 0


Handler = Callable[[Task], Optional[Mapping[str, Any]]]


class Worker:
    """One worker of the bridge: ``run(handler, types=[…], concurrency=…)`` plus the bridge's other calls as
    attributes (``backlinks``, ``site_accounts``, ``proxies``, ``llm``, ``captcha``, and ``tasks`` itself).

    ``api_url``, ``token`` and ``worker_id`` default to the environment's ``BACOWR_API_URL``,
    ``BACOWR_API_TOKEN`` and ``BACOWR_WORKER_ID`` (the last then to ``<hostname>-<pid>``). ``api_url`` is the
    seed's ``API_URL`` (``http://host:8000/api``); a bare origin gets ``/api`` added.
    """

    def __init__(
        self,
        api_url: Optional[str] = None,
        token: Optional[str] = None,
        worker_id: Optional[str] = None,
        *,
        timeout: float = 30.0,
        max_retries: int = 3,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        prefetch: int = 0,
        http_client: Optional[httpx.Client] = None,
        logger: Optional[logging.Logger] = None,
    ) -> None:
        api_url = api_url or os.environ.get("BACOWR_API_URL") or "http://localhost:8000/api"
        token = token or os.environ.get("BACOWR_API_TOKEN")
        if not token:
            raise ValueError("a bridge token is required: Worker(token=…) or BACOWR_API_TOKEN")
        self.worker_id = (
            worker_id or os.environ.get("BACOWR_WORKER_ID") or f"{socket.gethostname()}-{os.getpid()}"
        )
        if poll_interval <= 0 or max_poll_interval < poll_interval:
            raise ValueError("need 0 < poll_interval <= max_poll_interval")
        if prefetch < 0:
            raise ValueError("prefetch must be >= 0")
        self.poll_interval = poll_interval
        self.max_poll_interval = max_poll_interval
        self.prefetch = prefetch
        self.log = logger or _log
        self.bridge = Bridge(
            api_url, token, self.worker_id, timeout=timeout, max_retries=max_retries, http_client=http_client
        )
        self.tasks = self.bridge.tasks
        self.backlinks = self.bridge.backlinks
        self.site_accounts = self.bridge.site_accounts
        self.proxies = self.bridge.proxies
        self.llm = self.bridge.llm
        self.captcha = self.bridge.captcha
        self._stopping = threading.Event()
        self._stats = RunStats()
        self._stats_lock = threading.Lock()

    def close(self) -> None:
        self.bridge.close()

    def __enter__(self) -> "Worker":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def stop(self) -> None:
        """Asks a running ``run`` to stop: nothing more is locked, running handlers finish and report, locked
        but unstarted tasks are unlocked. Safe from any thread and from a signal handler."""
        self._stopping.set()

    def _count(self, field: str) -> None:
        with self._stats_lock:
            setattr(self._stats, field, getattr(self._stats, field) + 1)

    # --------------------------------------------------------------------------------------------- run

    def run(self, handler: Handler, types: Optional[Sequence[str]] = None, concurrency: int = 1) -> RunStats:
        """Processes tasks of ``types`` (every type when omitted) with ``concurrency`` handler threads until
        ``stop()``, SIGTERM or SIGINT (the signals are caught only when ``run`` is called on the main thread).
        Returns what it did. A wrong token stops it with ``AuthenticationError`` (401)."""
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self._stopping.clear()
        self._stats = RunStats()
        restore = self._install_signal_handlers()
        capacity = concurrency + self.prefetch
        held = 0  # locked by this worker and not yet reported or unlocked
        held_changed = threading.Condition()
        ready: "queue.Queue[Optional[Task]]" = queue.Queue()

        def slot() -> None:
            nonlocal held
            while True:
                task = ready.get()
                if task is None:
                    return
                try:
                    if self._stopping.is_set():
                        self._unlock(task)
                    else:
                        self._process(task, handler)
                finally:
                    with held_changed:
                        held -= 1
                        held_changed.notify_all()

        slots = [
            threading.Thread(target=slot, name=f"bacowr-worker-{self.worker_id}-{n}", daemon=True)
            for n in range(concurrency)
        ]
        for thread in slots:
            thread.start()
        self.log.info("worker %s started (types=%s, concurrency=%d)", self.worker_id, types or "all", concurrency)
        delay = self.poll_interval
        rotation = 0
        fatal: Optional[BaseException] = None
        try:
            while not self._stopping.is_set():
                with held_changed:
                    while held >= capacity and not self._stopping.is_set():
                        held_changed.wait(timeout=0.5)
                    want = capacity - held
                if self._stopping.is_set():
                    break
                kinds: List[Optional[str]] = list(types) if types else [None]
                rotation = (rotation + 1) % len(kinds)
                claimed: List[Task] = []
                try:
                    self._claim(want, kinds[rotation:] + kinds[:rotation], claimed)
                except Cancelled:
                    break
                except RateLimitError as exc:
                    wait = exc.retry_after if exc.retry_after is not None else delay
                    self.log.warning("rate limited; waiting %.1fs", wait)
                    self._stopping.wait(wait)
                except BacowrError as exc:
                    # A 4xx (wrong token, wrong api_url, a refused parameter) stays wrong however often it is
                    # retried: stop and say so. Only timeouts (408), 5xx and the network are worth waiting out.
                    if isinstance(exc, APIError) and exc.status is not None and 400 <= exc.status < 500 and exc.status != 408:
                        raise
                    self.log.warning("could not fetch tasks (%s); retrying in %.1fs", exc, delay)
                    self._stopping.wait(delay * random.uniform(0.5, 1.0))
                    delay = min(delay * 2, self.max_poll_interval)
                else:
                    if claimed:
                        delay = self.poll_interval
                    else:
                        # No work: poll less often the longer it stays empty, jittered so idle workers spread out.
                        self._stopping.wait(delay * random.uniform(0.5, 1.0))
                        delay = min(delay * 2, self.max_poll_interval)
                finally:
                    # Whatever was locked before a failure is handled (or, when stopping, unlocked) all the same.
                    if claimed:
                        with held_changed:
                            held += len(claimed)
                        for task in claimed:
                            ready.put(task)
        except BaseException as exc:
            fatal = exc
            raise
        finally:
            self._stopping.set()
            for _ in slots:
                ready.put(None)
            for thread in slots:
                thread.join()
            restore()
            self.log.info(
                "worker %s stopped%s: %s", self.worker_id, f" ({fatal!r})" if fatal else "", self._stats
            )
        return self._stats

    def _claim(self, want: int, kinds: Sequence[Optional[str]], claimed: List[Task]) -> None:
        """Locks up to ``want`` pending tasks into ``claimed``, trying each kind in turn; a lost race just moves
        on. Filled in place, so the tasks locked before an error are not lost with it."""
        tasks = self.bridge.tasks
        for kind in kinds:
            # A page a few times larger than needed, shuffled, so concurrent workers rarely race for one task.
            page = tasks.pending(limit=min(100, max(10, want * 3)), type=kind, cancel=self._stopping)
            random.shuffle(page)
            for task in page:
                if len(claimed) >= want or self._stopping.is_set():
                    return
                lock = tasks.try_lock(task.id, cancel=self._stopping)
                if lock is None:
                    self._count("lost_races")
                    continue
                locked = Task({**task.to_dict(), "status": lock.task.status})
                if self._stopping.is_set():
                    self._unlock(locked)
                    return
                claimed.append(locked)
            if len(claimed) >= want:
                break

    # -------------------------------------------------------------------------------------------- a task

    def _process(self, task: Task, handler: Handler) -> None:
        try:
            result = handler(task)
            if result is not None and not isinstance(result, Mapping):
                raise TypeError(f"the handler returned {type(result).__name__}; a result must be a dict or None")
        except PermanentError as exc:
            self._report(task, "error", error=_message(exc))
            return
        except Exception as exc:
            self.log.info("task %d failed: %s", task.id, _message(exc))
            self._report(task, "failed", error=_message(exc))
            return
        except BaseException as exc:
            # KeyboardInterrupt, SystemExit inside a handler: the attempt failed, and the worker stops.
            self._report(task, "failed", error=_message(exc))
            self.stop()
            raise
        try:
            self._report(task, "success", result=result)
        except (TypeError, ValueError) as exc:
            # The result could not be sent as JSON: a handler's bug, reported so the task does not hang.
            self._report(task, "failed", error=f"result is not JSON: {exc}")

    def _report(
        self,
        task: Task,
        status: ReportedStatus,
        *,
        result: Optional[Mapping[str, Any]] = None,
        error: Optional[str] = None,
    ) -> None:
        try:
            # A report is worth more patience than a poll: without it the attempt waits out its lease.
            self.bridge.tasks.report(task.id, status, result=result, error=error, max_retries=8)
        except BacowrError as exc:
            if isinstance(exc, APIError) and exc.status == 400 and maybe_delivered(exc):
                # An earlier try landed; the repeat found the task already past `running`.
                pass
            else:
                self._count("lost_reports")
                self.log.warning("report %s for task %d not accepted: %s", status, task.id, exc)
                return
        self._count({"success": "succeeded", "failed": "failed", "error": "errored"}[status])

    def _unlock(self, task: Task) -> None:
        try:
            self.bridge.tasks.unlock(task.id)
            self._count("unlocked")
        except BacowrError as exc:
            # The lease will hand it back anyway, counted as a failed attempt.
            self.log.warning("could not unlock task %d: %s", task.id, exc)

    # ---------------------------------------------------------------------------------------- signals

    def _install_signal_handlers(self) -> Callable[[], None]:
        if threading.current_thread() is not threading.main_thread():
            return lambda: None
        previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}

        def on_signal(signum: int, _frame: Any) -> None:
            if signum == signal.SIGINT and self._stopping.is_set():
                raise KeyboardInterrupt  # a second Ctrl-C: stop waiting for the handlers
            self.log.info("signal %d: stopping after the current tasks", signum)
            self.stop()

        for sig in previous:
            signal.signal(sig, on_signal)

        def restore() -> None:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

        return restore


def _message(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__)[:_MAX_ERROR]
