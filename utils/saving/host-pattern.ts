/**
 * The host permission pattern that covers a URL: scheme, host name and every path. No port: match
 * patterns ignore ports in Chrome and Firefox rejects patterns that name one (so asking
 * `permissions.contains` about `http://host:8080/*` failed in Firefox even with the permission granted).
 */
export function hostPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
