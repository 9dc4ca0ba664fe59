import type Dexie from 'dexie';
import type { Transaction } from 'dexie';

/**
 * The database as seen inside one transaction: each of the transaction's tables is bound to it
 * (`tx.table(name)`), so every read and write made through it lands in that transaction, whatever
 * Dexie zone the code happens to run in. Dexie finds the current transaction of a plain `db.table` call
 * in its zone, which it carries across native `await`s by echoing it through the next microtasks; with
 * other async Dexie work running in the same page (a page's start-up reads and live queries) that echo
 * can end early, and the rest of the scope then runs in the global zone: its writes go to transactions
 * of their own and the scope's transaction commits before it returns (PrematureCommitError, with part of
 * the save written). Pass the result to the helpers a transaction calls (writeArticle, indexTerms, …).
 */
export function boundTo<D extends Dexie>(db: D, tx: Transaction): D {
  const names = new Set(tx.storeNames);
  return new Proxy(db, {
    get: (target, prop) =>
      typeof prop === 'string' && names.has(prop) ? tx.table(prop) : Reflect.get(target, prop, target),
  });
}
