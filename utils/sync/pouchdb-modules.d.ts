// PouchDB's packages ship no types; utils/sync/pouch-types.ts types the part the app uses.
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-idb';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-replication';
