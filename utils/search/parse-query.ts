import { queryTerms, wordsOf } from './search-terms';

/** A search box query taken apart: words to find, phrases to verify, and filters. */
export interface ParsedQuery {
  /** Normalized words that must all be in the article (index lookups). */
  terms: string[];
  /** The word being typed (no space after it yet): matches any indexed word that starts with it. */
  prefix: string | null;
  /** Quoted phrases, as normalized words, to verify against the text. */
  phrases: string[][];
  tags: string[];
  sites: string[];
  status: 'unread' | 'archived' | null;
  favorite: boolean | null;
  /** `has:highlights`: only articles with highlights; `has:notes`: with a highlight that has a note. */
  has: 'highlights' | 'notes' | null;
  /** True when the query has nothing to look up or filter. */
  empty: boolean;
}

const IS: Record<string, Partial<Pick<ParsedQuery, 'status' | 'favorite'>>> = {
  unread: { status: 'unread' },
  read: { status: 'archived' },
  archived: { status: 'archived' },
  archive: { status: 'archived' },
  favorite: { favorite: true },
  favourite: { favorite: true },
  fav: { favorite: true },
  starred: { favorite: true },
};

const HAS: Record<string, ParsedQuery['has']> = {
  highlights: 'highlights',
  highlight: 'highlights',
  notes: 'notes',
  note: 'notes',
};

/** Shortest word treated as a prefix while typing (shorter ones must match a whole word). */
export const MIN_PREFIX = 3;

const TOKEN = /(\w+):"([^"]*)"?|(\w+):(\S+)|"([^"]*)"?|(\S+)/g;

/** Host of a `site:` value, as stored (lower case, no scheme, no `www.`, no path). */
export function normalizeSite(v: string): string {
  return v
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '');
}

/**
 * Parses what the user typed: `tag:x` (or `tag:"two words"`), `site:example.com`, `is:unread`,
 * `is:archived`, `is:favorite`, `has:highlights`, `has:notes`, "quoted phrases" and plain words.
 * Pure; unknown operators are words.
 */
export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = {
    terms: [],
    prefix: null,
    phrases: [],
    tags: [],
    sites: [],
    status: null,
    favorite: null,
    has: null,
    empty: true,
  };
  const typingLast = input.length > 0 && !/[\s"]$/.test(input);
  let lastPlain: { words: string[]; endsAt: number } | null = null;
  for (const m of input.matchAll(TOKEN)) {
    const [whole, opQ, valQ, op, val, phrase, plain] = m;
    const name = (opQ ?? op)?.toLowerCase();
    const value = valQ ?? val;
    if (name === 'tag' && value?.trim()) q.tags.push(value.trim().toLowerCase());
    else if (name === 'site' && normalizeSite(value)) q.sites.push(normalizeSite(value));
    else if (name === 'is' && IS[value.toLowerCase()]) Object.assign(q, IS[value.toLowerCase()]);
    else if (name === 'has' && HAS[value.toLowerCase()]) q.has = HAS[value.toLowerCase()];
    else if (phrase !== undefined) {
      const { terms, runs } = queryTerms(phrase);
      const words = wordsOf(phrase);
      if (runs.length) q.phrases.push(...runs.map((r) => [r]));
      else if (words.length > 1) q.phrases.push(words);
      q.terms.push(...terms);
    } else {
      const { terms, runs } = queryTerms(plain ?? whole);
      // (CJK and Thai are found by substring: no prefix of a word being typed there.)
      if (!runs.length) lastPlain = { words: wordsOf(plain ?? whole), endsAt: (m.index ?? 0) + whole.length };
      q.phrases.push(...runs.map((r) => [r]));
      q.terms.push(...terms);
    }
  }
  // The word still being typed becomes a prefix (only when it is the query's last token).
  if (typingLast && lastPlain && lastPlain.endsAt === input.length) {
    const w = lastPlain.words.at(-1);
    if (w && w.length >= MIN_PREFIX) {
      const i = q.terms.lastIndexOf(w);
      if (i >= 0) q.terms.splice(i, 1);
      q.prefix = w;
    }
  }
  q.terms = [...new Set(q.terms)];
  q.empty =
    !q.terms.length &&
    !q.prefix &&
    !q.phrases.length &&
    !q.tags.length &&
    !q.sites.length &&
    q.status === null &&
    q.favorite === null &&
    q.has === null;
  return q;
}
