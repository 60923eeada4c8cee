import { load } from "cheerio";
import { z } from "zod";
import { defaultQcSettings } from "../qc/qc-settings";
import { detectLanguage } from "../text/language";
import { collapseWhitespace } from "../text/normalise";
import { sentencesOf, wordsOf } from "../text/segment";
import { topicTerms, topicVocabulary } from "./topic-terms";

export const pageProfileSchema = z.object({
  url: z.string(),
  title: z.string().nullable(),
  h1: z.string().nullable(),
  metaDescription: z.string().nullable(),
  /** The main content's H1–H3 headings, in order. */
  headings: z.array(z.string()).optional(),
  /** The readable text of the main content, without navigation, scripts and boilerplate. */
  mainText: z.string(),
  /** ISO 639-1 from `<html lang>`, else detected from the text. */
  language: z.string().nullable(),
  topics: z.array(z.string()),
  /** Every content word of the title, description and main text, one per stem, without the site's name (absent in profiles stored before it existed). */
  vocabulary: z.array(z.string()).optional(),
  /** Outbound links with their visible text (for trust-source candidates). */
  links: z.array(z.object({ href: z.string(), text: z.string() })),
});
export type PageProfile = z.infer<typeof pageProfileSchema>;

const clean = collapseWhitespace;

/** Letters only, without accents: `Sömnkliniken` and `somnkliniken.se` compare equal. */
const bare = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .toLowerCase();

/**
 * A site's own name ("TaskFlow", "Sömnkliniken", from its domain) is not a
 * topic: an article about the topic need not repeat the brand.
 */
function withoutBrand(terms: string[], url: string): string[] {
  let brand: string;
  try {
    brand = bare(new URL(url).hostname.replace(/^www\./, "").split(".")[0] ?? "");
  } catch {
    return terms;
  }
  if (brand.length < 3) return terms;
  return terms.filter((term) => !term.split(/\s+/).some((word) => bare(word) === brand));
}

/**
 * What a page is about, read with a real HTML parser. `extraStopwords` (per
 * language, `QcSettings.extraStopwords`) keeps function words out of its topics.
 */
export function profilePage(
  html: string,
  url: string,
  extraStopwords: Readonly<Record<string, readonly string[]>> = defaultQcSettings.extraStopwords,
): PageProfile {
  const $ = load(html);
  $(
    "script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, [aria-hidden=true]",
  ).remove();
  const title = clean($("title").first().text()) || null;
  const h1 = clean($("h1").first().text()) || null;
  const metaDescription =
    clean(
      $('meta[name="description"]').attr("content") ??
        $('meta[property="og:description"]').attr("content") ??
        "",
    ) || null;
  const main = $("main, article, [role=main]").first();
  const root = main.length ? main : $("body");
  const blocks = root
    .find("h1, h2, h3, p, li, blockquote, td")
    .map((_, el) => clean($(el).text()))
    .get()
    .filter((t) => wordsOf(t).length >= 3);
  const mainText = blocks.length ? blocks.join("\n") : clean(root.text());
  const declared = ($("html").attr("lang") ?? "").toLowerCase().split("-")[0] || null;
  const language = declared ?? detectLanguage(mainText) ?? null;
  const stopwords = extraStopwords[language ?? "en"];
  const headings = root
    .find("h1, h2, h3")
    .map((_, el) => clean($(el).text()))
    .get()
    .filter((h) => h.length > 0);
  const links = $("a[href]")
    .map((_, el) => {
      try {
        return { href: new URL($(el).attr("href") ?? "", url).toString(), text: clean($(el).text()) };
      } catch {
        return null;
      }
    })
    .get()
    .filter((l): l is { href: string; text: string } => l !== null && /^https?:/.test(l.href));
  return {
    url,
    title,
    h1,
    metaDescription,
    headings,
    mainText,
    language,
    topics: withoutBrand(
      topicTerms(mainText, {
        language: language ?? undefined,
        emphasis: `${title ?? ""}. ${h1 ?? ""}. ${headings.join(". ")}`,
        ...(stopwords ? { stopwords } : {}),
      }),
      url,
    ),
    vocabulary: withoutBrand(
      topicVocabulary(
        [title, metaDescription, mainText].filter(Boolean).join("\n"),
        language ?? undefined,
        stopwords,
      ),
      url,
    ),
    links,
  };
}

export const publisherToneSchema = z.enum(["formal", "conversational"]);

/** How a publisher writes: its language, tone and topics, from its home page. */
export function profilePublisher(page: PageProfile) {
  const locale = page.language ?? undefined;
  const sentences = sentencesOf(page.mainText, locale);
  const words = wordsOf(page.mainText.toLowerCase(), locale);
  const averageSentence = sentences.length ? words.length / sentences.length : 0;
  const direct = words.filter((w) =>
    ["du", "dig", "din", "ditt", "dina", "you", "your", "we", "vi"].includes(w),
  ).length;
  const tone =
    direct / Math.max(1, words.length) > 0.01 || averageSentence < 14 ? "conversational" : "formal";
  return { language: page.language, tone: publisherToneSchema.parse(tone), topics: page.topics };
}
export type PublisherProfile = ReturnType<typeof profilePublisher>;
