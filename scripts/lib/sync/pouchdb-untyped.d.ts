// PouchDB 9 ships no types, and @types/pouchdb-core (written for PouchDB 7) declares a global `Buffer` that breaks
// Node's: the benchmark page uses the modules untyped.
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-idb';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
