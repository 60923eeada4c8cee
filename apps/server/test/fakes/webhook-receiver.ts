import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  /** The raw body, exactly as it came over the wire (signatures are over these bytes). */
  body: string;
  headers: IncomingHttpHeaders;
  /** When the body had arrived (Date.now()). */
  at: number;
  /** The status this receiver answered. */
  answered: number;
}

/**
 * A customer's webhook endpoint on 127.0.0.1: records every request's raw body and headers, and answers
 * what `answer` says (200 unless told otherwise), after `delayMs`. Listens on `port` when given, so a test
 * can bring back a receiver that was down at the address a subscription already names.
 */
export async function startWebhookReceiver(options: { port?: number; delayMs?: number } = {}) {
  const received: ReceivedWebhook[] = [];
  let answer = () => 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const status = answer();
      received.push({
        body: Buffer.concat(chunks).toString("utf8"),
        headers: req.headers,
        at: Date.now(),
        answered: status,
      });
      const reply = () => {
        res.writeHead(status, { "content-type": "text/plain" });
        res.end(status < 300 ? "ok" : "receiver says no");
      };
      if (options.delayMs) setTimeout(reply, options.delayMs);
      else reply();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** What later requests are answered (a status code). */
    answerWith(status: number) {
      answer = () => status;
    },
    /** Resolves once `count` requests that were answered 2xx have arrived. */
    async waitForDelivered(count: number, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const delivered = received.filter((r) => r.answered < 300).length;
        if (delivered >= count) return;
        if (Date.now() > deadline)
          throw new Error(`the receiver got ${delivered} of ${count} deliveries in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** A port on 127.0.0.1 that was free a moment ago and now refuses connections. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
