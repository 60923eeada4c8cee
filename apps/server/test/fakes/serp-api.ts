import { type FakeServer, startFakeServer } from "./http-fake";

export const FAKE_SERP_KEY = "serp-fake-key";

/** The results every fake SERP API gives for a query, in Serper's field names. */
function organicFor(q: string) {
  return [
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
  ];
}

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
        organic: organicFor(q),
        relatedSearches: [{ query: `${q} free` }, { query: `${q} for small teams` }],
      },
    };
  });
}

/** SerpApi's `GET /search.json?engine=google&q=…&api_key=…`, in its response format (abridged to what matters). */
export function startFakeSerpApiDotCom(options: { failWith?: number } = {}): Promise<FakeServer> {
  return startFakeServer((request) => {
    if (request.query.get("api_key") !== FAKE_SERP_KEY) {
      return {
        status: 401,
        body: { error: "Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key" },
      };
    }
    if (options.failWith) return { status: options.failWith, body: { error: "Upstream failure" } };
    const q = request.query.get("q") ?? "";
    return {
      body: {
        search_metadata: {
          id: "fake",
          status: "Success",
          json_endpoint: "https://serpapi.com/searches/fake.json",
        },
        search_parameters: { engine: request.query.get("engine"), q, hl: request.query.get("hl") },
        search_information: { total_results: 5, query_displayed: q },
        organic_results: organicFor(q).map((r) => ({
          position: r.position,
          title: r.title,
          link: r.link,
          displayed_link: new URL(r.link).host,
          snippet: r.snippet,
          snippet_highlighted_words: [q],
        })),
        related_searches: [
          { query: `${q} free`, link: "https://www.google.com/search?q=free" },
          { query: `${q} for small teams`, link: "https://www.google.com/search?q=teams" },
        ],
      },
    };
  });
}

/** Brave Search API's `GET /res/v1/web/search?q=…` with `X-Subscription-Token`, in its response format. */
export function startFakeBraveSearch(options: { failWith?: number } = {}): Promise<FakeServer> {
  return startFakeServer((request) => {
    if (request.headers["x-subscription-token"] !== FAKE_SERP_KEY) {
      return {
        status: 422,
        body: { type: "ErrorResponse", error: { code: "SUBSCRIPTION_TOKEN_INVALID", status: 422 } },
      };
    }
    if (options.failWith) return { status: options.failWith, body: { type: "ErrorResponse" } };
    const q = request.query.get("q") ?? "";
    return {
      body: {
        type: "search",
        query: { original: q, more_results_available: false },
        mixed: { type: "mixed", main: [] },
        web: {
          type: "search",
          results: organicFor(q).map((r) => ({
            type: "search_result",
            title: r.title,
            url: r.link,
            is_source_local: false,
            // Brave marks the query's words in its snippets.
            description: r.snippet.replace(q, `<strong>${q}</strong>`),
            profile: { name: new URL(r.link).host },
            language: "en",
          })),
        },
      },
    };
  });
}
