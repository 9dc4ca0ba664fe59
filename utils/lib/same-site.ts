import { getDomain } from 'tldts';

/**
 * True when two URLs are on the same registrable domain (Public Suffix List: `m.example.co.uk` and
 * `www.example.co.uk` are, `a.github.io` and `b.github.io` are not). Hosts with no registrable domain
 * (IP addresses, `localhost`) must be the same host. Unparseable URLs are never the same site.
 */
export function sameSite(a: string, b: string): boolean {
  let ha: string, hb: string;
  try {
    ha = new URL(a).hostname.toLowerCase();
    hb = new URL(b).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (ha === hb) return true;
  const da = getDomain(ha, { allowPrivateDomains: true });
  const db = getDomain(hb, { allowPrivateDomains: true });
  return !!da && da === db;
}
