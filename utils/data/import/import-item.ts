import { cleanTagList } from '@/utils/storage/tags';
/** A highlight carried over from another app: the quoted text and when it was made. */
export interface ImportedHighlight {
  quote: string;
  note: string | null;
  createdAt: number;
}

/** One saved item read from another app's export, before it is merged into the library. */
export interface ImportItem {
  url: string;
  title: string;
  tags: string[];
  status: 'unread' | 'archived';
  favorite: boolean;
  /** When it was saved in the other app (ms), or null when the export does not say. */
  savedAt: number | null;
  /** Reading progress 0..1 when known. */
  progress: number | null;
  /** The article's HTML when the export carries it (unsanitized: sanitized on import); null = link only. */
  html: string | null;
  excerpt: string | null;
  byline: string | null;
  highlights: ImportedHighlight[];
}

/** A row of an export that was skipped, with where it is and why. */
export interface ImportProblem {
  file: string;
  /** 1-based line (or row) number in that file; 0 when the whole file is at fault. */
  line: number;
  message: string;
}

/** The app an import came from. */
export type ImportSource = 'pocket' | 'instapaper' | 'omnivore' | 'bookmarks' | 'urls';

/** What a parser found in one export: the items and the rows it had to skip. */
export interface ParsedImport {
  source: ImportSource;
  items: ImportItem[];
  problems: ImportProblem[];
  /** Valid items in the whole file (more than `items` when it passed the import cap). */
  total?: number;
  /** Valid items skipped at the start (a later run of a big file). */
  startAt?: number;
  /** Valid items after this run's window, left for a later run. */
  leftOut?: number;
}

/** An item with defaults for whatever the export does not carry. */
export function makeItem(fields: Partial<ImportItem> & { url: string }): ImportItem {
  return {
    title: '',
    tags: [],
    status: 'unread',
    favorite: false,
    savedAt: null,
    progress: null,
    html: null,
    excerpt: null,
    byline: null,
    highlights: [],
    ...fields,
  };
}

/** True for an absolute http(s) URL, the only kind an import keeps. */
export function isWebUrl(s: string | null | undefined): boolean {
  if (!s) return false;
  try {
    const u = new URL(s.trim());
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Tags as stored (normalized: an imported "Travel" is the tag "travel"), de-duplicated, empties dropped. */
export function cleanTags(tags: unknown[]): string[] {
  return cleanTagList(tags);
}

/** Epoch seconds (as text or number) to milliseconds; null when absent, NaN when not a number. */
export function secondsToMs(v: unknown): number | null {
  if (v === undefined || v === null || String(v).trim() === '') return null;
  const n = Number(String(v).trim());
  return Number.isFinite(n) && n >= 0 ? n * 1000 : NaN;
}
