# The seed's "Python SDK" example (shared/seeds/001_*.txt), line for line, except: the token comes from
# BACOWR_TOKEN, and the target URL from BACOWR_TARGET_URL (the seed's https://example.com/product is the
# default; a test server offline cannot serve it, see README.md). The client reads BACOWR_BASE_URL by itself.
# tests/test_seed_example.py checks this against the seed's block and runs it against the real server.
import os
import bacowr

# Using JWT token (recommended for v1.8+)
client = bacowr.Client(token=os.environ["BACOWR_TOKEN"])

# Or using legacy API key (deprecated, for backward compatibility)
# client = bacowr.Client(api_key="sk_live_abc123")

# Create job
job = client.jobs.create(
    publisher_domain="aftonbladet.se",
    target_url=os.environ.get("BACOWR_TARGET_URL", "https://example.com/product"),
    anchor_text="best project management tools"
)

print(f"Job created: {job.job_id}")

# Wait for completion
job.wait_for_completion(timeout=120)

if job.status == "DELIVER":
    print(f"Article: {job.article.content}")
    print(f"QC Score: {job.qc_report.score}")
else:
    print(f"Job blocked: {job.qc_report.issues}")
