import { describe, expect, it } from "vitest";
import { type Article, publishProblems, renderArticleBody, type WordPressPost } from "../../src";

const TARGET = "https://taskflow.example/tools?a=1&b=2";
const article: Article = {
  title: "Planning projects in small teams",
  content: `# Planning projects in small teams\n\nSmall teams plan better with [project management tools](${TARGET}) that everyone uses.\n\n## Why it matters\n\nDeadlines slip when nobody sees the plan. <script>alert(1)</script>`,
  word_count: 24,
  backlink: { anchor_text: "project management tools", target_url: TARGET, position: 40 },
};
const post = (contentRendered: string): WordPressPost => ({
  id: 7,
  status: "draft",
  link: "https://blog.example/?p=7",
  contentRendered,
  titleRendered: article.title,
});
const order = { targetUrl: TARGET, anchorText: "project management tools", linkRel: [] as string[] };

describe("the article as a CMS post body", () => {
  it("drops the heading that repeats the title and anything unsafe, and keeps the link exactly", () => {
    const html = renderArticleBody(article);
    expect(html).not.toContain("<h1>");
    expect(html).toContain("<h2>Why it matters</h2>");
    expect(html).not.toContain("<script");
    expect(html).toContain(`<a href="${TARGET.replace("&", "&#x26;")}">project management tools</a>`);
  });

  it("adds the link policy's rel to the target link only", () => {
    const html = renderArticleBody(
      { ...article, content: `${article.content}\n\nSee [another site](https://other.example/).` },
      { linkRel: ["sponsored", "nofollow"] },
    );
    expect(html).toContain('rel="sponsored nofollow">project management tools</a>');
    expect(html).toContain('<a href="https://other.example/">another site</a>');
  });
});

describe("what WordPress did to the post before it is published", () => {
  const sent = renderArticleBody(article);

  it("finds nothing wrong when the link and the text came back as sent", () => {
    expect(publishProblems(sent, post(`<p>${sent}</p>`), order)).toEqual([]);
  });

  it("names a removed, doubled, re-anchored or re-rel'd link and a text that changed length", () => {
    expect(publishProblems(sent, post(sent.replace(/<a [^>]*>|<\/a>/g, "")), order)).toEqual([
      `the link to ${TARGET} is gone`,
    ]);
    const doubled = `${sent}<p><a href="${TARGET}">again</a></p>`;
    expect(publishProblems(sent, post(doubled), order)[0]).toBe(`the link to ${TARGET} appears 2 times`);
    const reanchored = sent.replace(">project management tools<", ">tools<");
    // (Two words fewer is also more than 2 % of so short an article.)
    expect(publishProblems(sent, post(reanchored), order)).toContain(
      'the link\'s anchor text is "tools", ordered "project management tools"',
    );
    const nofollow = sent.replace("<a href", '<a rel="nofollow" href');
    expect(publishProblems(sent, post(nofollow), order)).toEqual(["the link's rel adds nofollow"]);
    expect(publishProblems(sent, post(sent), { ...order, linkRel: ["sponsored"] })).toEqual([
      "the link's rel lacks sponsored",
    ]);
    const padded = `${sent}<p>${"Extra words a plugin appended to every post. ".repeat(3)}</p>`;
    expect(publishProblems(sent, post(padded), order)[0]).toMatch(
      /words, the article \d+ \(more than 2 % apart\)/,
    );
  });
});
