import { readFileSync } from "node:fs";
import { profilePage, type QcContextInput, qcContextFrom } from "@bacowr/core";

/**
 * Two good articles of the same quality, one English and one Swedish, with the
 * publisher and target pages they were written for: the light-mode QC test
 * serves the pages over HTTP, the QC bench times QC over the articles.
 */
const file = (name: string) => readFileSync(new URL(name, import.meta.url), "utf8");

const orders = {
  en: { publisherDomain: "worklife.example", anchorText: "project management tools", path: "/product" },
  sv: { publisherDomain: "vardagsliv.example", anchorText: "elcyklar för pendling", path: "/elcyklar" },
} as const;
export type QcArticleLanguage = keyof typeof orders;

/** The article with its anchor pointing at `targetUrl`. */
const article = (language: QcArticleLanguage, targetUrl: string) =>
  file(`${language}.md`).replace(/\]\(https:\/\/target\.example\/[^)]*\)/, `](${targetUrl})`);

export const qcArticles = {
  orders,
  article,
  page: (language: QcArticleLanguage, page: "target" | "publisher") => file(`${language}-${page}.html`),
  /** Article and QC context as light-mode preflight would build them, without a network. */
  local(language: QcArticleLanguage, targetUrl: string): { markdown: string; context: QcContextInput } {
    const order = orders[language];
    const target = profilePage(file(`${language}-target.html`), targetUrl);
    const publisher = profilePage(file(`${language}-publisher.html`), `https://${order.publisherDomain}/`);
    const context = qcContextFrom(
      { publisherDomain: order.publisherDomain, targetUrl, anchorText: order.anchorText },
      {
        target,
        publisher: {
          language: publisher.language,
          tone: "formal",
          topics: publisher.topics,
          url: publisher.url,
        },
        language: publisher.language ?? "en",
        topicTerms: target.topics,
        bridge: { strategy: "strong", overlap: 0 },
        trustCandidates: [],
      },
    );
    return { markdown: article(language, targetUrl), context };
  },
};
