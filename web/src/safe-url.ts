/**
 * A URL from data (an article's source) that may become a link: http(s) only. A `javascript:` or `data:` URL would
 * run on the app's own origin when followed, where the saved API token lives. Null for anything else.
 */
export function webLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
