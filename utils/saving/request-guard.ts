import type { Browser } from 'wxt/browser';
import { privateTargetReason, type AddressPolicy } from './private-address';

/**
 * The browser-level half of the private-address block: `fetch` cannot see where a redirect leads, so
 * Offprint's own requests to loopback, private and local-name targets are blocked by the browser
 * itself, redirects included. Chrome: declarativeNetRequest session rules limited to requests Offprint
 * starts (`declarativeNetRequestWithHostAccess`, optional, asked for with the host permission); Firefox:
 * a blocking `webRequest` listener (optional too). Without those permissions nothing is installed and
 * fetchPage does not follow redirects (see utils/saving/fetch-page.ts).
 */

/** storage.local key of the user's choices: `{ allowPrivate, allowedOrigins }`. */
export const POLICY_KEY = 'addressPolicy';

/** The optional API permissions the guard needs, asked for together with host access. */
export const GUARD_PERMISSIONS: Browser.runtime.ManifestPermission[] = import.meta.env.FIREFOX
  ? (['webRequest', 'webRequestBlocking'] as Browser.runtime.ManifestPermission[])
  : (['declarativeNetRequestWithHostAccess'] as Browser.runtime.ManifestPermission[]);

/** A permissions request for host access with the guard (ask for both in one click). */
export function withGuard(origins: string[]): Browser.permissions.Permissions {
  return { origins, permissions: GUARD_PERMISSIONS };
}

/** Loopback is allowed in the e2e build only: its test servers run on 127.0.0.1. */
const ALLOW_LOOPBACK = import.meta.env.MODE === 'e2e';

let policy: AddressPolicy = { allowLoopback: ALLOW_LOOPBACK, allowPrivate: false, allowedOrigins: [] };

/** The policy in force in this context (refreshed by loadAddressPolicy). */
export function addressPolicy(): AddressPolicy {
  return policy;
}

/** Reads the user's choices from storage into this context's policy. */
export async function loadAddressPolicy(): Promise<AddressPolicy> {
  const stored = ((await browser.storage.local.get(POLICY_KEY))[POLICY_KEY] ?? {}) as Partial<AddressPolicy>;
  policy = {
    allowLoopback: ALLOW_LOOPBACK,
    allowPrivate: stored.allowPrivate === true,
    allowedOrigins: Array.isArray(stored.allowedOrigins)
      ? stored.allowedOrigins.filter((o) => typeof o === 'string')
      : [],
  };
  return policy;
}

async function savePolicy(change: (p: AddressPolicy) => AddressPolicy): Promise<void> {
  const next = change(await loadAddressPolicy());
  await browser.storage.local.set({
    [POLICY_KEY]: { allowPrivate: next.allowPrivate, allowedOrigins: next.allowedOrigins },
  });
  policy = next;
}

/** The user's option for saving pages from their own network (intranet): turns the block off. */
export function setPrivateAddressesAllowed(on: boolean): Promise<void> {
  return savePolicy((p) => ({ ...p, allowPrivate: on }));
}

/**
 * Exempts one origin from the block (the sync server the user configured, e.g. `http://192.168.1.5:5984`).
 * For utils/sync: call it when the user saves the server address, and `forgetAllowedOrigin` when they remove it.
 */
export function allowOrigin(origin: string): Promise<void> {
  const o = new URL(origin).origin;
  return savePolicy((p) => ({ ...p, allowedOrigins: [...new Set([...p.allowedOrigins, o])] }));
}

/** Removes an origin allowed by allowOrigin. */
export function forgetAllowedOrigin(origin: string): Promise<void> {
  const o = new URL(origin).origin;
  return savePolicy((p) => ({ ...p, allowedOrigins: p.allowedOrigins.filter((x) => x !== o) }));
}

// RE2 patterns (declarativeNetRequest's regex syntax) for the targets private-address.ts refuses.
const HOST_END = '\\.?(:[0-9]+)?([/?#]|$)';
const PRIVATE_PATTERNS = [
  '^[a-z]+://(10|172\\.(1[6-9]|2[0-9]|3[01])|192\\.168|169\\.254|0|' +
    `100\\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7]))\\.[0-9.]+${HOST_END}`,
  `^[a-z]+://\\[(::|f[cd][0-9a-f]*:|fe[89ab][0-9a-f]*:|::ffff:)[^\\]]*\\]`,
  `^[a-z]+://([^/?#:@]+\\.(local|internal|home\\.arpa)|[^/?#:@.\\[]+)${HOST_END}`,
];
const LOOPBACK_PATTERNS = [
  `^[a-z]+://(127\\.[0-9.]+|localhost|[^/?#:@]+\\.localhost)${HOST_END}`,
  `^[a-z]+://\\[::1\\]`,
];

/**
 * The session rules for a policy: blocks for Offprint's own requests, then allows (higher priority) for exempt origins.
 */
export function guardRules(p: AddressPolicy, extensionId: string): Browser.declarativeNetRequest.Rule[] {
  if (p.allowPrivate) return [];
  const patterns = [...PRIVATE_PATTERNS, ...(p.allowLoopback ? [] : LOOPBACK_PATTERNS)];
  const block = patterns.map((regexFilter, i) => ({
    id: RULE_BASE + i,
    priority: 1,
    action: { type: 'block' as const },
    condition: { regexFilter, initiatorDomains: [extensionId], isUrlFilterCaseSensitive: false },
  }));
  const exempt = [...p.allowedOrigins, ...(p.allowLoopback ? ['http://localhost', 'http://127.0.0.1'] : [])];
  const allow = exempt.map((origin, i) => ({
    id: RULE_BASE + 100 + i,
    priority: 2,
    action: { type: 'allow' as const },
    condition: { requestDomains: [new URL(origin).hostname.replace(/^\[|\]$/g, '')], initiatorDomains: [extensionId] },
  }));
  return [...block, ...allow] as Browser.declarativeNetRequest.Rule[];
}

const RULE_BASE = 1600;
let firefoxListener:
  ((d: { url: string; originUrl?: string; documentUrl?: string }) => { cancel: boolean } | undefined) | null = null;

/** The install in progress (installs run one after another). */
let installing: Promise<boolean> = Promise.resolve(false);

/**
 * Installs (or refreshes) the guard for the current policy when its permission is granted; returns
 * whether it is in force. The background calls it at start, when permissions change and when the policy does.
 */
export function installRequestGuard(override: Partial<AddressPolicy> = {}): Promise<boolean> {
  // One at a time: two overlapping installs (a policy change and a permission change, or sync allowing its
  // server) would both remove the old rules and then both add theirs, and the second add fails on duplicate ids.
  const run = installing.then(
    () => installNow(override),
    () => installNow(override),
  );
  installing = run.catch(() => false);
  return run;
}

async function installNow(override: Partial<AddressPolicy>): Promise<boolean> {
  await loadAddressPolicy();
  policy = { ...policy, ...override }; // tests of the e2e build check the production policy this way
  const granted = await browser.permissions.contains({ permissions: GUARD_PERMISSIONS }).catch(() => false);
  if (!granted) return false;
  if (import.meta.env.FIREFOX) {
    const wr = (browser as unknown as { webRequest?: typeof browser.webRequest }).webRequest;
    if (!wr) return false;
    if (!firefoxListener) {
      const own = browser.runtime.getURL('/');
      firefoxListener = (d) => {
        const from = d.originUrl ?? d.documentUrl ?? '';
        return from.startsWith(own) && privateTargetReason(d.url, policy) ? { cancel: true } : undefined;
      };
      (wr.onBeforeRequest.addListener as (...a: unknown[]) => void)(firefoxListener, { urls: ['<all_urls>'] }, [
        'blocking',
      ]);
    }
    return true;
  }
  const dnr = (browser as unknown as { declarativeNetRequest?: typeof browser.declarativeNetRequest })
    .declarativeNetRequest;
  if (!dnr) return false;
  const old = (await dnr.getSessionRules())
    .map((r: { id: number }) => r.id)
    .filter((id: number) => id >= RULE_BASE && id < RULE_BASE + 1000);
  await dnr.updateSessionRules({
    removeRuleIds: old,
    addRules: guardRules(policy, browser.runtime.id),
  });
  return true;
}

/** True when redirects can be followed safely: the guard is in force and host access covers every site. */
export async function guardCoversRedirects(): Promise<boolean> {
  return browser.permissions.contains({ origins: ['<all_urls>'], permissions: GUARD_PERMISSIONS }).catch(() => false);
}
