import { z } from "zod";
import type { QcReport } from "../qc/qc-report";
import { qcIssue } from "../qc/qc-report";
import { defaultQcSettings, type QcSettings } from "../qc/qc-settings";
import { normaliseText, wordKeys } from "../text/normalise";
import { normaliseUrl } from "../text/urls";
import { blocksOf } from "./article-edit";

/**
 * Footprint control: articles of one batch for the same target must not read
 * alike, since publishers and search engines notice templated text. Texts are
 * compared as sets of word n-grams ("shingles", default 5 words, lower case,
 * Unicode word segmentation), by exact Jaccard similarity. MinHash would only
 * estimate the same number, and pays off when thousands of documents must be
 * indexed: here the cost is in shingling (about 5 ms for a 1 000-word article,
 * Markdown parsing and segmentation, and each delivered sibling is shingled
 * once per process), while the exact comparison with 100 siblings of about
 * 1 000 shingles takes a few milliseconds more (measured on the English QC
 * calibration articles).
 */
export type FootprintSettings = QcSettings["footprint"];

/** An article the job is compared with: an earlier delivered one of its batch. */
export interface FootprintSibling {
  job_id: string;
  target_url: string;
  content: string;
}

/** A part of the article the rewrite can replace: the lead before the first H2, or one H2 section. */
export interface FootprintSection {
  /** The H2 heading, or null for the lead. */
  heading: string | null;
  /** Character range in the Markdown, heading included. */
  start: number;
  end: number;
  /** Share (0–1) of the section's shingles that also occur in the sibling articles. */
  similarity: number;
}

/** Shingles are kept as 32-bit hashes: a few collisions among a few thousand shingles change nothing measurable. */
type Shingles = Set<number>;

interface ShingledSection extends FootprintSection {
  shingles: Shingles;
}

/** The earlier articles, shingled once per job run. */
export interface FootprintBaseline {
  articles: { job_id: string; shingles: Shingles }[];
  /** Every sibling's shingles together. */
  union: Shingles;
  shingleWords: number;
  locale: string | undefined;
}

export interface FootprintResult {
  /** Highest Jaccard similarity with any sibling (0 when there is none). */
  similarity: number;
  /** The sibling it was reached with. */
  similar_job_id: string | null;
  /** The article's sections, most similar first. */
  sections: FootprintSection[];
}

/** FNV-1a. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function shinglesOf(text: string, size: number, locale: string | undefined, into: Shingles) {
  const words = wordKeys(text, locale);
  for (let i = 0; i + size <= words.length; i++) into.add(hash(words.slice(i, i + size).join(" ")));
  return into;
}

/** The lead and the H2 sections with their shingles; the H1 title is left out, as the rewrite never touches it. */
function shingledSections(markdown: string, size: number, locale: string | undefined): ShingledSection[] {
  const sections: ShingledSection[] = [];
  let current: ShingledSection | undefined;
  for (const block of blocksOf(markdown)) {
    if (block.kind === "h1") continue;
    if (block.kind === "h2" || !current) {
      current = {
        heading: block.kind === "h2" ? block.text.trim() : null,
        start: block.start,
        end: block.end,
        similarity: 0,
        shingles: new Set(),
      };
      sections.push(current);
    }
    // Shingles stay inside one block: a paragraph break is not a phrase.
    shinglesOf(block.text, size, locale, current.shingles);
    current.end = block.end;
  }
  return sections;
}

function articleShingles(markdown: string, size: number, locale: string | undefined): Shingles {
  const all: Shingles = new Set();
  for (const section of shingledSections(markdown, size, locale)) {
    for (const shingle of section.shingles) all.add(shingle);
  }
  return all;
}

/**
 * Shingling costs about 5 ms an article (Markdown parsing and Unicode
 * segmentation), and every job of a batch compares itself with the same
 * delivered articles, which never change: their shingles are kept, by job id,
 * for the last few hundred.
 */
const delivered = new Map<string, { content: string; shingles: Shingles }>();
const deliveredMemoSize = 512;

function siblingShingles(sibling: FootprintSibling, size: number, locale: string | undefined): Shingles {
  const key = `${size}\u0000${locale ?? ""}\u0000${sibling.job_id}`;
  const known = delivered.get(key);
  if (known && known.content === sibling.content) return known.shingles;
  const shingles = articleShingles(sibling.content, size, locale);
  delivered.set(key, { content: sibling.content, shingles });
  if (delivered.size > deliveredMemoSize) delivered.delete(delivered.keys().next().value as string);
  return shingles;
}

function intersectionSize(a: Shingles, b: Shingles): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const item of small) if (large.has(item)) n++;
  return n;
}

const jaccard = (shared: number, a: number, b: number) =>
  a + b - shared === 0 ? 0 : shared / (a + b - shared);

/**
 * The spellings of a target URL that name the same page (`normaliseUrl`) as
 * orders store them (`new URL(…).toString()`): with or without `www.` and a
 * trailing slash. The database looks siblings up by these, so a batch of many
 * targets does not read every delivered article for each job.
 */
export function sameTargetUrls(targetUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(targetUrl);
  } catch {
    return [targetUrl];
  }
  const bare = url.hostname.replace(/^www\./, "");
  const port = url.port ? `:${url.port}` : "";
  const path = url.pathname.replace(/\/+$/, "");
  const forms = new Set([targetUrl]);
  for (const host of [bare, `www.${bare}`]) {
    for (const p of path ? [path, `${path}/`] : ["/"]) {
      forms.add(`${url.protocol}//${host}${port}${p}${url.search}`);
    }
  }
  return [...forms];
}

/**
 * The siblings a job is compared with: those for the same target (compared as
 * normalised URLs), shingled once.
 */
export function footprintBaseline(
  targetUrl: string,
  siblings: readonly FootprintSibling[],
  options: { settings?: FootprintSettings; locale?: string | undefined } = {},
): FootprintBaseline {
  const size = (options.settings ?? defaultQcSettings.footprint).shingleWords;
  const target = normaliseUrl(targetUrl);
  const articles = siblings
    .filter((s) => normaliseUrl(s.target_url) === target)
    .map((s) => ({ job_id: s.job_id, shingles: siblingShingles(s, size, options.locale) }));
  const union: Shingles = new Set();
  for (const article of articles) for (const shingle of article.shingles) union.add(shingle);
  return {
    articles,
    union,
    shingleWords: size,
    locale: options.locale,
  };
}

/** How much the article reads like its siblings, overall and section by section. */
export function measureFootprint(markdown: string, baseline: FootprintBaseline): FootprintResult {
  return measure(markdown, baseline).result;
}

function measure(markdown: string, baseline: FootprintBaseline) {
  const sections = shingledSections(markdown, baseline.shingleWords, baseline.locale);
  const all: Shingles = new Set();
  for (const section of sections) for (const shingle of section.shingles) all.add(shingle);
  let similarity = 0;
  let similar: string | null = null;
  for (const article of baseline.articles) {
    const value = jaccard(intersectionSize(all, article.shingles), all.size, article.shingles.size);
    if (value > similarity) {
      similarity = value;
      similar = article.job_id;
    }
  }
  for (const section of sections) {
    let seen = 0;
    for (const shingle of section.shingles) {
      if (baseline.union.has(shingle)) seen++;
    }
    section.similarity = section.shingles.size ? seen / section.shingles.size : 0;
  }
  const ranked = [...sections].sort((a, b) => b.similarity - a.similarity || a.start - b.start);
  return {
    sections: ranked,
    all,
    result: {
      similarity: round(similarity),
      similar_job_id: similar,
      sections: ranked.map(({ shingles: _, ...s }) => ({ ...s, similarity: round(s.similarity) })),
    },
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The sections to rewrite, most similar first: as few as bring the article's
 * similarity with every sibling to `target` or below, assuming a rewritten
 * section shares nothing with the siblings and keeps its size (RESCUE aims at
 * 80% of the threshold, since no rewrite is wholly new).
 */
export function sectionsToRewrite(
  markdown: string,
  baseline: FootprintBaseline,
  target: number,
): FootprintSection[] {
  const { sections, all } = measure(markdown, baseline);
  // How many of the article's sections hold each shingle: one leaves the article only with its last section.
  const holders = new Map<number, number>();
  for (const section of sections) {
    for (const shingle of section.shingles) holders.set(shingle, (holders.get(shingle) ?? 0) + 1);
  }
  const shared = baseline.articles.map((a) => intersectionSize(all, a.shingles));
  const over = () =>
    baseline.articles.some((a, i) => jaccard(shared[i] ?? 0, all.size, a.shingles.size) > target);
  const chosen: FootprintSection[] = [];
  for (const section of sections) {
    if (!over() || section.similarity === 0) break;
    for (const shingle of section.shingles) {
      const left = (holders.get(shingle) ?? 1) - 1;
      holders.set(shingle, left);
      if (left > 0) continue;
      baseline.articles.forEach((a, i) => {
        if (a.shingles.has(shingle)) shared[i] = (shared[i] ?? 0) - 1;
      });
    }
    const { shingles: _, ...plain } = section;
    chosen.push({ ...plain, similarity: round(plain.similarity) });
  }
  return chosen;
}

/**
 * The QC report with the footprint's verdict: measured values in
 * `checks.originality.footprint`, and above `maxSimilarity` a `footprint`
 * issue (high, so the verdict is FAIL) with `checks.originality.passed` false.
 * The score is left alone: it rates the article on its own, and the footprint
 * depends on which siblings happened to be delivered first.
 */
export function withFootprint(
  report: QcReport,
  result: FootprintResult,
  settings: FootprintSettings = defaultQcSettings.footprint,
): QcReport {
  const found = result.similarity > settings.maxSimilarity;
  const originality = report.checks.originality;
  const checks = {
    ...report.checks,
    ...(originality && {
      originality: {
        ...originality,
        passed: originality.passed && !found,
        footprint: {
          similarity: result.similarity,
          max_similarity: settings.maxSimilarity,
          similar_job_id: result.similar_job_id,
        },
      },
    }),
  };
  if (!found) return { ...report, checks };
  const top = result.sections
    .filter((s) => s.similarity > settings.maxSimilarity)
    .slice(0, 3)
    .map((s) => (s.heading === null ? "the introduction" : `"${s.heading}"`));
  const issue = qcIssue(
    "footprint",
    `Reads like ${result.similar_job_id} of the same batch: word ${settings.shingleWords}-gram similarity ${result.similarity} (maximum ${settings.maxSimilarity})${top.length ? `; most similar: ${top.join(", ")}` : ""}`,
    { action: "Rewrite the most similar sections in fresh words" },
  );
  return { ...report, status: "FAIL", checks, issues: [...report.issues, issue] };
}

/** One target's anchors across a batch. */
export const batchAnchorReportSchema = z.object({
  target_url: z.string(),
  /** The batch's jobs that link to this target. */
  jobs: z.number().int(),
  /**
   * The target's main keyword phrase: the anchor used most often for it
   * (case and whitespace ignored), when used more than once; else null.
   */
  exact_match_anchor: z.string().nullable(),
  /** Share (0–1) of the target's jobs whose anchor is the exact-match phrase. */
  exact_match_share: z.number().min(0).max(1),
  /** The share is above `footprint.exactAnchorShareWarning`. */
  warning: z.boolean(),
});
export type BatchAnchorReport = z.infer<typeof batchAnchorReportSchema>;
export const batchAnchorsReportSchema = z.array(batchAnchorReportSchema);

/**
 * The exact-match anchor share per target of a batch, targets in the order
 * their first job was submitted. A target whose anchors are all different has
 * no exact-match phrase and a share of 0; among equally frequent phrases the
 * first submitted wins.
 */
export function batchAnchorReport(
  jobs: readonly { target_url: string; anchor_text: string }[],
  settings: FootprintSettings = defaultQcSettings.footprint,
): BatchAnchorReport[] {
  const targets = new Map<string, { target_url: string; anchors: Map<string, number>; jobs: number }>();
  for (const job of jobs) {
    const key = normaliseUrl(job.target_url) ?? job.target_url;
    let target = targets.get(key);
    if (!target) {
      target = { target_url: job.target_url, anchors: new Map(), jobs: 0 };
      targets.set(key, target);
    }
    const anchor = normaliseText(job.anchor_text);
    target.anchors.set(anchor, (target.anchors.get(anchor) ?? 0) + 1);
    target.jobs++;
  }
  return [...targets.values()].map(({ target_url, anchors, jobs: count }) => {
    let main: string | null = null;
    let uses = 1;
    for (const [anchor, n] of anchors) {
      if (n > uses) {
        main = anchor;
        uses = n;
      }
    }
    const share = main === null ? 0 : round(uses / count);
    return {
      target_url,
      jobs: count,
      exact_match_anchor: main,
      exact_match_share: share,
      warning: share > settings.exactAnchorShareWarning,
    };
  });
}
