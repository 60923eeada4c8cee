import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { Webhook } from "standardwebhooks";
// By path, not as a dependency: the SDK's own tests depend on this package (a workspace cycle otherwise).
import { verifyWebhook } from "../../../packages/sdk/src/webhook-verify";
import type { ReceivedWebhook } from "./fakes/webhook-receiver";

/**
 * The seed's receiver code, verbatim (001, "Webhook Signature Verification"), and a loop that feeds it
 * checks as JSON on stdin: one Python process for every body of a test.
 */
const SEED_VERIFIER = `
import hmac
import hashlib

def verify_webhook(payload, signature, secret):
    expected = "sha256=" + hmac.new(
        secret.encode(),
        payload.encode(),
        hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(expected, signature)

import json
import sys

checks = json.loads(sys.stdin.buffer.read().decode("utf-8"))
print(json.dumps([verify_webhook(c["payload"], c["signature"], c["secret"]) for c in checks]))
`;

/** Debian's python3 (what CI installs), else python3 on PATH, else none. */
export const python: string | undefined = existsSync("/usr/bin/python3")
  ? "/usr/bin/python3"
  : spawnSync("python3", ["--version"]).status === 0
    ? "python3"
    : undefined;

export interface SeedCheck {
  payload: string;
  signature: string;
  secret: string;
}

/** Runs the seed's `verify_webhook` over each check; one boolean per check. */
export function seedVerify(checks: SeedCheck[]): boolean[] {
  if (!python) throw new Error("no python3 to run the seed's verify_webhook");
  const run = spawnSync(python, ["-c", SEED_VERIFIER], {
    input: JSON.stringify(checks),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`verify_webhook failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as boolean[];
}

/** The text the body's `signature` member signs, as a receiver would cut it (see webhook-signing.ts). */
export function unsignedPart(body: string): string {
  const at = body.lastIndexOf(',"signature":');
  if (at < 0) throw new Error(`no signature member in ${body}`);
  return `${body.slice(0, at)}}`;
}

const header = (request: ReceivedWebhook, name: string): string => {
  const value = request.headers[name];
  if (typeof value !== "string") throw new Error(`no ${name} header`);
  return value;
};

/** Standard Webhooks' own library, as a receiver would call it; true when it accepts the request. */
export function standardVerify(request: ReceivedWebhook, secret: string): boolean {
  try {
    new Webhook(secret).verify(request.body, {
      "webhook-id": header(request, "webhook-id"),
      "webhook-timestamp": header(request, "webhook-timestamp"),
      "webhook-signature": header(request, "webhook-signature"),
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * The SDK's `verifyWebhook` as a receiver calls it: with every header (it checks Standard Webhooks, with
 * its replay window), or with only X-Bacowr-Signature (the seed's scheme, which the SDK accepts only with
 * `allowSeedSignature: true`: it has no replay protection). True when it accepts the request and hands back
 * the body as parsed.
 */
export async function sdkVerify(
  request: ReceivedWebhook,
  secret: string,
  scheme: "standard" | "seed",
): Promise<boolean> {
  const headers =
    scheme === "standard" ? request.headers : { "x-bacowr-signature": request.headers["x-bacowr-signature"] };
  try {
    const payload = await verifyWebhook(request.body, headers, secret, {
      allowSeedSignature: scheme === "seed",
    });
    return JSON.stringify(payload) === JSON.stringify(JSON.parse(request.body));
  } catch {
    return false;
  }
}

/**
 * Every way a receiver can check each request, with `secret`: the seed's `verify_webhook` over the raw
 * body and X-Bacowr-Signature, the seed's `verify_webhook` over the unsigned body and the body's
 * `signature` member, the standardwebhooks library, and the SDK's `verifyWebhook` (both schemes). One line
 * per request that fails any of them (empty: all verified), so an assertion shows which request and which way.
 */
export async function verificationFailures(requests: ReceivedWebhook[], secret: string): Promise<string[]> {
  const checks = requests.flatMap((request) => [
    { payload: request.body, signature: header(request, "x-bacowr-signature"), secret },
    {
      payload: unsignedPart(request.body),
      signature: String((JSON.parse(request.body) as { signature?: unknown }).signature),
      secret,
    },
  ]);
  const seed = python ? seedVerify(checks) : undefined;
  const lines = await Promise.all(
    requests.map(async (request, i) => {
      const failed = [
        ...(seed && !seed[2 * i] ? ["verify_webhook(body, X-Bacowr-Signature)"] : []),
        ...(seed && !seed[2 * i + 1] ? ["verify_webhook(unsigned body, body.signature)"] : []),
        ...(standardVerify(request, secret) ? [] : ["standardwebhooks"]),
        ...((await sdkVerify(request, secret, "standard")) ? [] : ["sdk verifyWebhook (Standard Webhooks)"]),
        ...((await sdkVerify(request, secret, "seed")) ? [] : ["sdk verifyWebhook (X-Bacowr-Signature)"]),
      ];
      return failed.length ? [`${request.headers["webhook-id"]}: ${failed.join(", ")}`] : [];
    }),
  );
  return lines.flat();
}
