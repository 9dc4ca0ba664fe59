/**
 * The host permission pattern for a sync server's one origin (`https://host:6984/*`), asked for from the
 * Sync section's click and checked by the background. Firefox's match patterns take no port: there it is
 * the host on every port (`https://host/*`). Throws on a URL that is not http(s).
 */
export function syncHostPattern(url: string, firefox = import.meta.env.FIREFOX): string {
  const u = new URL(url.trim());
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new TypeError('not a web address');
  return `${u.protocol}//${firefox ? u.hostname : u.host}/*`;
}
