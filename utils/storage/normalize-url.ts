import { joinRegExp } from '@/utils/lib/join-regexp';

/** Query parameters that only track where a click came from; removed so one article is one entry. */
const TRACKING_PARAM = joinRegExp(
  '^(',
  [
    /utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|ocid|cmpid/i,
    /mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt\.mc_id|__twitter_impression|s_cid|ncid|sr_share|at_medium/i,
    /at_campaign|at_custom\d*/i,
  ],
  ')$',
  'i',
);

/**
 * The key an article is stored under: tracking parameters, fragment, default port and trailing
 * `?` removed; host lower-cased. Not a URL that is valid HTTP(S)? It is returned as given.
 */
export function normalizeUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return raw;
  u.hash = '';
  const keep = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k));
  u.search = '';
  for (const [k, v] of keep) u.searchParams.append(k, v);
  u.hostname = u.hostname.toLowerCase();
  return u.toString();
}

/** Host name without a leading `www.`, for display and `site:` search. */
export function siteOf(raw: string): string {
  try {
    return new URL(raw).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
