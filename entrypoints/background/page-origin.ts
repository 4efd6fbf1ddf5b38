/** The web origin of a page URL, or undefined for opaque origins (data:, about:blank) and bad URLs. */
export function pageOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
