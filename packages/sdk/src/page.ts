import type { RequestOptions, Transport } from "./transport";
import { camelize, snakeize } from "./wire";

export interface Pagination {
  total: number;
  limit: number;
  offset: number;
  hasMore: boolean;
  nextOffset: number | null;
}

/**
 * One page of a list, which is also an async iterable over every item of
 * every page: `for await (const job of client.jobs.list({ status: "DELIVER" }))`.
 */
export class Page<T> implements AsyncIterable<T> {
  constructor(
    readonly items: T[],
    readonly pagination: Pagination,
    private readonly fetchPage: (offset: number) => Promise<Page<T>>,
  ) {}

  hasNextPage(): boolean {
    return this.pagination.hasMore && this.pagination.nextOffset !== null;
  }

  async nextPage(): Promise<Page<T> | undefined> {
    return this.hasNextPage() ? this.fetchPage(this.pagination.nextOffset as number) : undefined;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let page: Page<T> | undefined = this;
    while (page) {
      yield* page.items;
      page = await page.nextPage();
    }
  }
}

/** A promise of the first page that can also be iterated directly. */
export type PagePromise<T> = Promise<Page<T>> & AsyncIterable<T>;

export function pagePromise<T>(first: Promise<Page<T>>): PagePromise<T> {
  return Object.assign(first, {
    async *[Symbol.asyncIterator]() {
      yield* await first;
    },
  });
}

/**
 * A v1 list endpoint as a PagePromise: each page is fetched with the given
 * filters at its offset, and its items are taken from `key` of the data and
 * made SDK objects by `item` (camelized, unless the resource says otherwise).
 */
export function listPages<T>(
  transport: Transport,
  path: string,
  key: string,
  params: { offset?: number | undefined } & Record<string, unknown>,
  options: RequestOptions = {},
  item: (wire: unknown) => T = (wire) => camelize(wire) as T,
): PagePromise<T> {
  const fetchPage = async (offset: number): Promise<Page<T>> => {
    const query = snakeize({ ...params, offset }) as Record<string, unknown>;
    const data = (await transport.request({ method: "GET", path, query }, options)) as {
      pagination: unknown;
    } & Record<string, unknown>;
    return new Page((data[key] as unknown[]).map(item), camelize(data.pagination) as Pagination, fetchPage);
  };
  return pagePromise(fetchPage(params.offset ?? 0));
}
