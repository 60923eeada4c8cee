import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** Publisher and target websites on 127.0.0.1, for preflight research in tests and the demo. */
export async function startFixtureSites() {
  const pages: Record<string, { type: string; body: string; status?: number }> = {
    "/sites/worklife.example/": {
      type: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="en"><head><title>WorkLife – teams, leadership and remote work</title></head>
<body><nav>Home · About</nav><main><h1>WorkLife</h1>
<article><h2>How remote teams stay organised</h2><p>Remote teams need clear planning, shared tasks and honest deadlines to stay organised.</p>
<p>We talk to managers about leading a team and planning projects without meeting every day.</p></article>
<article><h2>Leadership in projects</h2><p>Good leadership keeps projects on schedule and keeps the team happy at work.</p>
<p>Official numbers from the <a href="https://www.bls.gov/ooh/">Bureau of Labor Statistics</a> show how work is changing.</p></article>
</main></body></html>`,
    },
    // The publisher of the seed's Python SDK example (packages/sdk-python/examples/seed_example.py), which runs
    // with the seed's own domain; English like the other fixture, since the scripted writer writes English.
    "/sites/aftonbladet.se/": {
      type: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="en"><head><title>Aftonbladet – work, teams and everyday projects</title></head>
<body><main><h1>Aftonbladet</h1>
<article><h2>How teams plan their projects</h2><p>Teams that plan projects together share tasks, keep deadlines and stay organised at work.</p>
<p>Managers tell us how leadership and simple tools help a team finish projects on time.</p></article>
</main></body></html>`,
    },
    "/product": {
      type: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="en"><head><title>TaskFlow – project management tools for small teams</title>
<meta name="description" content="Plan projects, share tasks and hit every deadline."></head>
<body><main><h1>Project management tools that small teams actually use</h1>
<p>TaskFlow helps a team plan projects, share tasks and keep every deadline visible in one place.</p>
<p>Project management gets easier when collaboration and planning happen in the same software.</p>
<h2>Why teams choose TaskFlow</h2><ul><li>Shared task boards for the whole team</li><li>Deadline reminders that respect your workflow</li></ul>
</main></body></html>`,
    },
  };
  /** Every path asked for, in order: a test can tell whether research fetched the pages again. */
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    requests.push(path);
    const page = pages[path];
    if (!page) {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>Not found</h1>");
      return;
    }
    res.writeHead(page.status ?? 200, { "content-type": page.type });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    /**
     * Platform settings that point preflight at these sites. The pages they link to (bls.gov) are real but out
     * of reach here: finding sources and checking cited pages would depend on the outside world, so both are off
     * (source-finder.test.ts turns them on against fakes).
     */
    env: {
      FETCH_ALLOW_PRIVATE_HOSTS: "127.0.0.1",
      PUBLISHER_URL_TEMPLATE: `${base}/sites/{domain}/`,
      SOURCE_FINDER_ENABLED: "false",
      SOURCE_LEDGER_ENABLED: "false",
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
