// A restore's reader of its backup, run as a dedicated worker (its own bundled file): inflates, decodes, parses
// and checks the page files and reads and checks the originals and images (utils/data/restore/page-jobs.ts), so
// the options page's thread gets verdicts and records, not bytes and strings to parse. One per restore.
import { inflateSync } from 'fflate';
import { crc32 } from '@/utils/lib/crc32';
import { serveWorkerJobs } from '@/utils/lib/serve-worker-jobs';
import { pageJobs, pageReplyTransfer, type PageJob, type PageReply } from './page-jobs';

// This thread is the worker: inflating here blocks no page.
const handle = pageJobs(async (raw, size) => {
  const out = inflateSync(raw, { out: new Uint8Array(size) });
  return { out, crc: crc32(out) };
});

serveWorkerJobs<PageJob, PageReply>(handle, pageReplyTransfer);
