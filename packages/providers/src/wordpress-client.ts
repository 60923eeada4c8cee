import {
  FetchRefusedError,
  type PageFetcher,
  type WordPressApi,
  WordPressError,
  type WordPressPost,
  type WordPressSite,
} from "@bacowr/core";
import { decodeHTML } from "entities";
import { z } from "zod";

/** WordPress's error body (`{code, message, data: {status}}`). */
const wpError = z.object({ code: z.string(), message: z.string() }).partial();

const wpPost = z.object({
  id: z.number().int(),
  status: z.string(),
  link: z.string(),
  content: z.object({ rendered: z.string() }),
  title: z.object({ rendered: z.string() }),
});
const wpTerm = z.object({ id: z.number().int(), name: z.string() });

type Method = "GET" | "POST";

/**
 * The WordPress REST API (`/wp-json/wp/v2`) over the SSRF-safe fetcher, with Basic auth from an application
 * password. Sites without pretty permalinks answer `/wp-json/…` with a 404 page: each call then tries the
 * `?rest_route=` form once. Nothing is remembered between calls. Errors never carry the password.
 */
export function createWordPressClient(options: { fetcher: PageFetcher }): WordPressApi {
  const { fetcher } = options;

  async function call(
    site: WordPressSite,
    method: Method,
    route: string,
    query: Record<string, string> = {},
    body?: unknown,
  ): Promise<unknown> {
    const auth = Buffer.from(`${site.username}:${site.applicationPassword}`, "utf8").toString("base64");
    const headers: Record<string, string> = { authorization: `Basic ${auth}`, accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    const init = { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
    const search = new URLSearchParams(query).toString();
    const pretty = `${site.url}/wp-json${route}${search ? `?${search}` : ""}`;
    const plain = `${site.url}/?${new URLSearchParams({ rest_route: route, ...query }).toString()}`;

    let answer = await send(pretty, init);
    if (!isJson(answer.contentType) && (answer.status === 404 || answer.status < 300)) {
      answer = await send(plain, init);
    }
    let json: unknown;
    try {
      json = JSON.parse(answer.body);
    } catch {
      throw new WordPressError("unreachable", `${site.url} did not answer as a WordPress REST API`, {
        status: answer.status,
      });
    }
    if (answer.status < 300) return json;
    const problem = wpError.safeParse(json);
    const code = problem.success ? problem.data.code : undefined;
    const message = (problem.success && problem.data.message) || `HTTP ${answer.status}`;
    const details = { status: answer.status, ...(code ? { code } : {}) };
    if (answer.status === 401 || answer.status === 403)
      throw new WordPressError("auth_failed", message, details);
    if (answer.status >= 500) throw new WordPressError("upstream_error", message, details);
    if (answer.status === 404) {
      // A 404 in WordPress's own shape for a post or term; anything else means no REST API there.
      if (code && code !== "rest_no_route") throw new WordPressError("not_found", message, details);
      throw new WordPressError("unreachable", `${site.url} has no WordPress REST API (${message})`, details);
    }
    throw new WordPressError("rejected", message, details);
  }

  async function send(url: string, init: { method: Method; headers: Record<string, string>; body?: string }) {
    try {
      return await fetcher.fetch(url, init);
    } catch (error) {
      if (error instanceof FetchRefusedError) {
        throw new WordPressError("unreachable", error.message, { reason: error.reason });
      }
      throw error;
    }
  }

  const post = (json: unknown): WordPressPost => {
    const parsed = wpPost.safeParse(json);
    if (!parsed.success)
      throw new WordPressError("unreachable", "WordPress answered with something that is not a post");
    return {
      id: parsed.data.id,
      status: parsed.data.status,
      link: parsed.data.link,
      contentRendered: parsed.data.content.rendered,
      titleRendered: parsed.data.title.rendered,
    };
  };

  const terms = (json: unknown) => {
    const parsed = z.array(wpTerm).safeParse(json);
    if (!parsed.success)
      throw new WordPressError("unreachable", "WordPress answered with something that is not a term list");
    return parsed.data.map((term) => ({ id: term.id, name: decodeHTML(term.name) }));
  };

  async function findTag(site: WordPressSite, name: string) {
    const wanted = name.trim().toLowerCase();
    const found = terms(await call(site, "GET", "/wp/v2/tags", { search: name, per_page: "100" }));
    return found.find((tag) => tag.name.trim().toLowerCase() === wanted);
  }

  return {
    findTag,

    async me(site) {
      const parsed = z
        .object({ id: z.number().int(), name: z.string() })
        .safeParse(await call(site, "GET", "/wp/v2/users/me", { context: "edit" }));
      if (!parsed.success) throw new WordPressError("unreachable", `${site.url} did not answer as WordPress`);
      return parsed.data;
    },

    async createTag(site, name) {
      try {
        const created = wpTerm.parse(await call(site, "POST", "/wp/v2/tags", {}, { name }));
        return { id: created.id, name: decodeHTML(created.name) };
      } catch (error) {
        // Created meanwhile (or differing only in case): WordPress names the existing term.
        if (error instanceof WordPressError && error.details.code === "term_exists") {
          const existing = await findTag(site, name);
          if (existing) return existing;
        }
        throw error;
      }
    },

    async existingCategories(site, ids) {
      if (ids.length === 0) return [];
      const found = terms(
        await call(site, "GET", "/wp/v2/categories", { include: ids.join(","), per_page: "100" }),
      );
      return found.map((category) => category.id);
    },

    async createPost(site, input) {
      return post(await call(site, "POST", "/wp/v2/posts", {}, input));
    },

    async updatePost(site, id, input) {
      return post(await call(site, "POST", `/wp/v2/posts/${id}`, {}, input));
    },

    async getPost(site, id) {
      return post(await call(site, "GET", `/wp/v2/posts/${id}`, { context: "edit" }));
    },
  };
}

const isJson = (contentType: string | undefined) => /json/i.test(contentType ?? "");
