import type { QueueTask } from '@/utils/article';
import type { OffprintDB } from './db';

/** Tasks of one kind left 'running' by a stopped service worker (or background page) go back to 'pending'. */
export function requeueRunning(db: OffprintDB, kind: QueueTask['kind']): Promise<number> {
  return db.queue
    .where('state')
    .equals('running')
    .filter((t) => t.kind === kind)
    .modify({ state: 'pending' });
}

/** The oldest pending task of one kind, marked 'running' (one more attempt); null when none is left. */
export async function claimNextTask(db: OffprintDB, kind: QueueTask['kind']): Promise<QueueTask | null> {
  const task = await db.queue
    .where('state')
    .equals('pending')
    .filter((t) => t.kind === kind)
    .first();
  if (!task) return null;
  const claimed = { state: 'running' as const, attempts: task.attempts + 1, updatedAt: Date.now() };
  await db.queue.update(task.id!, claimed);
  return { ...task, ...claimed };
}
