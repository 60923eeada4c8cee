import { type FakeServer, startFakeServer } from "./http-fake";

export const FAKE_SERP_KEY = "serp-fake-key";

/** Serper's `POST /search`: Google results as JSON, for the anchors the tests research. */
export function startFakeSerpApi(options: { failWith?: number } = {}): Promise<FakeServer> {
  return startFakeServer((request) => {
    if (request.headers["x-api-key"] !== FAKE_SERP_KEY)
      return { status: 403, body: { message: "Unauthorized." } };
    if (options.failWith) return { status: options.failWith, body: { message: "Upstream failure" } };
    const q = String(request.body?.q ?? "");
    return {
      body: {
        searchParameters: { q, hl: request.body?.hl, type: "search" },
        organic: [
          {
            title: `The 10 best ${q} compared (2026)`,
            link: "https://www.rivaltools.com/best",
            snippet: `We compare the best ${q} for small teams, with prices and reviews.`,
            position: 1,
          },
          {
            title: "Project management - Wikipedia",
            link: "https://en.wikipedia.org/wiki/Project_management",
            snippet: "Project management is the process of leading the work of a team to achieve goals.",
            position: 2,
          },
          {
            title: `Best ${q}: a review`,
            link: "https://otherapp.io/blog/review",
            snippet: "Our review of planning software, task boards and deadline tracking for teams.",
            position: 3,
          },
          {
            title: "My favourite tools",
            link: "https://medium.com/@someone/tools",
            snippet: "A personal list of planning tools.",
            position: 4,
          },
          {
            title: "TaskFlow",
            link: "https://example.com/product",
            snippet: "Plan projects, share tasks and hit every deadline.",
            position: 5,
          },
        ],
        relatedSearches: [{ query: `${q} free` }, { query: `${q} for small teams` }],
      },
    };
  });
}
