import { FetchRefusedError, type PageFetcher, SerpProviderError } from "@bacowr/core";
import type { z } from "zod";

/**
 * One call to a JSON SERP API through the SSRF-safe fetcher, its answer checked against the provider's
 * format. Every failure (refused, unreachable, an error status, an answer in another shape) is a
 * SerpProviderError naming the provider; the API key never appears in it.
 */
export async function serpJson<T extends z.ZodType>(
  provider: string,
  fetcher: PageFetcher,
  url: string,
  init: { method: "GET" | "POST"; headers: Record<string, string>; body?: string },
  schema: T,
): Promise<z.infer<T>> {
  let body: string;
  let status: number;
  try {
    const page = await fetcher.fetch(url, {
      ...init,
      headers: { accept: "application/json", ...init.headers },
    });
    body = page.body;
    status = page.status;
  } catch (error) {
    const reason = error instanceof FetchRefusedError ? `${error.reason}: ${error.message}` : String(error);
    throw new SerpProviderError(provider, reason, { cause: error });
  }
  if (status >= 400) throw new SerpProviderError(provider, `HTTP ${status}: ${body.slice(0, 200)}`);
  try {
    return schema.parse(JSON.parse(body));
  } catch (error) {
    throw new SerpProviderError(provider, "unexpected response body", { cause: error });
  }
}
