// The seed's JavaScript SDK example (shared/seeds/001, "JavaScript SDK"), unchanged apart from
// its placeholders, which come from the environment so the test suite can run it against a real server:
// BACOWR_BASE_URL, BACOWR_TOKEN, BACOWR_PUBLISHER, BACOWR_TARGET (defaults: the seed's own values).
// biome-ignore format: the seed's line, verbatim (the test checks it)
import { BacowrClient } from 'bacowr-js';

const env = process.env;

// Using JWT token (recommended for v1.8+)
const client = new BacowrClient({ token: env.BACOWR_TOKEN ?? "eyJhbGciOiJIUzI1NiIs..." });

// Or using legacy API key (deprecated, for backward compatibility)
// const client = new BacowrClient({ apiKey: 'sk_live_abc123' });

// Create job
const job = await client.jobs.create({
  publisherDomain: env.BACOWR_PUBLISHER ?? "aftonbladet.se",
  targetUrl: env.BACOWR_TARGET ?? "https://example.com/product",
  anchorText: "best project management tools",
});

console.log(`Job created: ${job.jobId}`);

// Poll for completion
const result = await job.waitForCompletion({ timeout: 120000 });

if (result.status === "DELIVER") {
  console.log(`Article: ${result.article.content}`);
} else {
  console.error(`Job blocked: ${result.qcReport.issues}`);
}
