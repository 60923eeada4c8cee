import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface PublisherPage {
  status?: number;
  html: string;
  headers?: Record<string, string>;
}

/**
 * A publisher's live pages on 127.0.0.1 whose content a test changes between checks (the link shown, then
 * changed, then dropped). Records each request's path and user agent, and how many were in flight at once.
 */
export async function startPublisherPages() {
  const pages = new Map<string, PublisherPage>();
  const requests: { path: string; userAgent: string | undefined }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let delayMs = 0;
  const server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    requests.push({ path, userAgent: req.headers["user-agent"] });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    inFlight -= 1;
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>Not found</h1>");
      return;
    }
    res.writeHead(page.status ?? 200, { "content-type": "text/html; charset=utf-8", ...page.headers });
    res.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    set: (path: string, page: PublisherPage) => pages.set(path, page),
    remove: (path: string) => pages.delete(path),
    /** Makes every answer wait, so checks overlap if anything lets them. */
    slow: (ms: number) => {
      delayMs = ms;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An article page with the body given, inside the usual site furniture (nav and footer). */
export function articlePage(body: string, head = ""): string {
  return `<!doctype html><html lang="en"><head><title>Teams and projects</title>${head}</head>
<body><nav><a href="/">Home</a> · <a href="/about">About</a></nav>
<main><article><h1>How small teams plan their projects</h1>${body}</article></main>
<footer><a href="/contact">Contact</a></footer></body></html>`;
}
