/** A URL reduced to what decides "the same page": scheme and host in lower case, no default port, fragment or trailing slash. */
export function normaliseUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw.trim());
    url.hash = "";
    url.hostname = url.hostname.toLowerCase().replace(/^www\./, "");
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : "";
    return `${url.protocol}//${url.host}${path}${url.search}`;
  } catch {
    return undefined;
  }
}

export function hostOf(raw: string): string | undefined {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

/** `sub.example.com` belongs to `example.com`; a rule starting with `.` matches any host ending with it, and its own domain. */
export function hostMatches(host: string, rule: string): boolean {
  if (rule.startsWith(".")) return host.endsWith(rule) || host === rule.slice(1); // `.gov.uk` covers gov.uk itself
  return host === rule || host.endsWith(`.${rule}`);
}
