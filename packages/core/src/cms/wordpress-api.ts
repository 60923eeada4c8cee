/**
 * The WordPress REST API as the export needs it (`/wp-json/wp/v2/…`, Basic
 * auth with an application password). The adapter lives in providers and goes
 * out only through the SSRF-safe fetcher; core decides what to send.
 */

/** Where and as whom. The application password is used for the call and never stored in plain text or logged. */
export interface WordPressSite {
  /** The site's base URL as the user gave it (`https://myblog.com`), without `/wp-json`. */
  url: string;
  username: string;
  applicationPassword: string;
}

export interface WordPressPost {
  id: number;
  /** `draft`, `publish`, `pending`, `private`, `future`, `trash`. */
  status: string;
  /** The post's public permalink (for a draft, its preview-style link). */
  link: string;
  /** `content.rendered`: the body after WordPress's filters (`the_content`), as a visitor would get it. */
  contentRendered: string;
  titleRendered: string;
}

export interface WordPressPostInput {
  title: string;
  /** HTML. */
  content: string;
  status: "draft" | "publish" | "pending" | "private";
  categories?: number[];
  tags?: number[];
}

export const wordPressErrorKinds = [
  /** 401/403 from WordPress: wrong user or application password, or application passwords are off. */
  "auth_failed",
  /** Not reachable, refused by the address policy, timed out, or not a WordPress REST API at that URL. */
  "unreachable",
  /** WordPress answered 5xx. */
  "upstream_error",
  /** WordPress refused the request (4xx other than auth): `status` and WordPress's `code`/`message` say why. */
  "rejected",
  /** The post (or term) does not exist (404 from WordPress). */
  "not_found",
] as const;
export type WordPressErrorKind = (typeof wordPressErrorKinds)[number];

/** A WordPress call that did not succeed. Its message never contains the application password. */
export class WordPressError extends Error {
  override name = "WordPressError";
  constructor(
    readonly kind: WordPressErrorKind,
    message: string,
    readonly details: {
      /** WordPress's HTTP status, when it answered. */
      status?: number;
      /** WordPress's error code (`rest_cannot_create`, `incorrect_password`, …), when it gave one. */
      code?: string;
      /** The fetcher's refusal reason (`private_address`, `timeout`, …), when the call never reached WordPress. */
      reason?: string;
    } = {},
  ) {
    super(message);
  }
}

export interface WordPressApi {
  /** The authenticated user (`GET /wp/v2/users/me`): checks the credentials before anything is written. */
  me(site: WordPressSite): Promise<{ id: number; name: string }>;
  /** Tags whose name matches exactly (case-insensitive), looked up with `GET /wp/v2/tags?search=`. */
  findTag(site: WordPressSite, name: string): Promise<{ id: number; name: string } | undefined>;
  /** `POST /wp/v2/tags`; a tag that already exists (`term_exists`) answers with its id. */
  createTag(site: WordPressSite, name: string): Promise<{ id: number; name: string }>;
  /** Which of these category ids exist (`GET /wp/v2/categories?include=…`). */
  existingCategories(site: WordPressSite, ids: number[]): Promise<number[]>;
  createPost(site: WordPressSite, post: WordPressPostInput): Promise<WordPressPost>;
  /** `POST /wp/v2/posts/{id}` with only the fields given. A trashed or deleted post is `not_found`. */
  updatePost(site: WordPressSite, id: number, post: Partial<WordPressPostInput>): Promise<WordPressPost>;
  /** `GET /wp/v2/posts/{id}?context=edit`. */
  getPost(site: WordPressSite, id: number): Promise<WordPressPost>;
}
