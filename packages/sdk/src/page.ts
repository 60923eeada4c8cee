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
