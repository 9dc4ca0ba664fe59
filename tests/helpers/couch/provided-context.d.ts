// Values the real-browser tiers' global setups hand to tests (project.provide → inject).
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sync tests' CouchDB-protocol test server (`http://127.0.0.1:<port>/`), started on first use. */
    couchUrl: string;
  }
}
