/**
 * Which addresses Offprint never fetches on the user's behalf (pages from imports, links, images):
 * loopback, private, link-local, carrier-grade NAT and unspecified IP literals, `localhost`, `.local`,
 * `.localhost`, and single-label names (`http://intranet/`), which only resolve inside a network. A
 * public name that resolves to a private address is not caught here (see docs/saving.md).
 */
export interface AddressPolicy {
  /** Loopback (127.0.0.0/8, ::1, localhost) allowed: the e2e build, whose test servers run there. */
  allowLoopback: boolean;
  /** The user's option for saving pages from their own network: nothing private is refused. */
  allowPrivate: boolean;
  /** Origins always allowed (the sync server the user configured, often a home CouchDB on 192.168.x). */
  allowedOrigins: string[];
}

/** Loopback first: the e2e build exempts it. */
const LOOPBACK_V4 = /^127\./;
const PRIVATE_V4 = [
  /^10\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^192\.168\./,
  /^169\.254\./, // link-local
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./, // carrier-grade NAT
  /^0\./, // "this network" (0.0.0.0 reaches the local host)
];

function ipv4Class(host: string): 'loopback' | 'private' | null {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return null;
  if (LOOPBACK_V4.test(host)) return 'loopback';
  return PRIVATE_V4.some((r) => r.test(host)) ? 'private' : null;
}

function ipv6Class(host: string): 'loopback' | 'private' | null {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (!h.includes(':')) return null;
  if (h === '::1') return 'loopback';
  if (h === '::') return 'private';
  // IPv4-mapped (::ffff:10.0.0.1, which URL writes as ::ffff:a00:1) and NAT64 forms of a private v4 address.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped) {
    const n = (parseInt(mapped[1], 16) << 16) | parseInt(mapped[2], 16);
    return ipv4Class([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'));
  }
  if (/^::ffff:/.test(h)) return ipv4Class(h.slice(7));
  if (/^f[cd]/.test(h)) return 'private'; // unique local fc00::/7
  if (/^fe[89ab]/.test(h)) return 'private'; // link-local fe80::/10
  return null;
}

/** What kind of target a URL's host is: 'loopback', 'private' (or local name), or null for a public one. */
export function addressClass(url: string): 'loopback' | 'private' | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  const ip = ipv4Class(host) ?? ipv6Class(host);
  if (ip) return ip;
  if (host.startsWith('[')) return null; // a public IPv6 literal
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return null; // a public IPv4 literal
  if (host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.home.arpa')) return 'private';
  if (!host.includes('.')) return 'private'; // single-label: resolved by the local network's search domain
  return null;
}

/** Why Offprint will not fetch this URL for the user, in words; null when it may. */
export function privateTargetReason(url: string, policy: AddressPolicy): string | null {
  const kind = addressClass(url);
  if (!kind || policy.allowPrivate) return null;
  if (kind === 'loopback' && policy.allowLoopback) return null;
  let origin = '';
  try {
    origin = new URL(url).origin;
  } catch {
    /* addressClass already said what it is */
  }
  if (policy.allowedOrigins.includes(origin)) return null;
  return kind === 'loopback'
    ? 'Offprint does not download addresses on this computer (localhost) for you: a link or imported list could ' +
        'use them against programs running here.'
    : 'Offprint does not download addresses in your local network for you: a link or imported list could use them ' +
        'against your router or intranet. If you save pages from your own network, allow it in Options → Permissions.';
}
