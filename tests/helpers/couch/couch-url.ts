import { inject } from 'vitest';

/** The test server's root URL, from the tier's global setup. Tests create their own databases on it. */
export function couchUrl(): string {
  const url = inject('couchUrl');
  if (!url) throw new Error('No test server: this tier\'s global setup did not provide "couchUrl".');
  return url;
}

/** A database name no other test uses (CouchDB names: lower case, start with a letter). */
export function uniqueDbName(prefix = 'offprint'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
