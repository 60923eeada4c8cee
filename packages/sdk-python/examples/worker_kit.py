"""The seed's worker (pending → lock → process → status), written with the worker kit.

    BACOWR_API_URL=http://localhost:8000/api BACOWR_API_TOKEN=… python worker_kit.py

Stop it with SIGTERM or Ctrl-C: running tasks finish and report, the rest go back to pending.
"""

import logging
import os

from bacowr.worker import PermanentError, Worker

worker = Worker(
    os.environ.get("BACOWR_API_URL", "http://localhost:8000/api"),
    token=os.environ["BACOWR_API_TOKEN"],
    worker_id=os.environ.get("BACOWR_WORKER_ID", "python-worker-01"),
)


def post_comment(page_url: str, text: str) -> str:
    """Your automation goes here (a browser, a form post…); it returns where the comment landed."""
    return f"{page_url}#comment-1"


def handle(task):
    target_url = task.payload.get("target_url")
    if not target_url:
        raise PermanentError("the payload has no target_url")  # ends the task `error`: retrying cannot help
    # Any other exception reports `failed`, and the bridge retries the task with backoff.
    comment = worker.llm.generate(
        f"Write a thoughtful comment for the article at {target_url}.", max_tokens=200, model="gpt-3.5-turbo"
    ).content
    url = post_comment(target_url, comment)
    created = worker.backlinks.create(
        campaign_id=task.campaign_id, url=url, type=task.type, anchor_text=task.payload.get("anchor_text")
    )
    return {"url": url, "backlink_id": created.backlink.id}  # reported `success` with this result


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    worker.run(handle, types=["comment"], concurrency=4)
