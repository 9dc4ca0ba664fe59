// `npm run extract -- --jsonl`: Offprint's extractor as a filter for any benchmark. Reads one JSON
// object per line on stdin, {"id", "url", "html"}, and writes one line per input on stdout,
// {"id", "text", "kind"} or {"id", "error"}, as soon as it is done. stdout carries nothing else; logs go to
// stderr. Pages are parsed one at a time with jsdom, so thousands of pages fit in one process.
// Every page that parsed gets a text: its main content, of whatever kind (`kind`: article, thread,
// documentation, product, service, listing), or "" when it has none. An error line is only for an input
// line that is not a page (broken JSON, no "html").
import readline from 'node:readline';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadExtractor, type Extractor } from './lib/load-extractor';

/** One output line: the page's text, or why there is none. */
type OutLine =
  { id: unknown; text: string; kind?: string; error?: undefined } | { id: unknown; error: string; text?: undefined };

const USAGE =
  'usage: npm run extract -- --jsonl  < pages.jsonl  > texts.jsonl\n' +
  '  each input line: {"id": "...", "url": "...", "html": "..."}';

/** Text of one input line's page, or the error to report for it. */
function extractLine(ex: Extractor, line: string): OutLine {
  let input;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `invalid JSON: ${(e as Error).message}` };
  }
  const id = input?.id ?? null;
  if (typeof input?.html !== 'string') return { id, error: 'missing "html" (a string)' };
  const url = typeof input.url === 'string' && /^https?:/i.test(input.url) ? input.url : 'http://localhost/';
  const dom = new JSDOM(input.html, { url, virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const core = ex.extractArticle(doc, url);
    // No main content of any kind: the page has none, which is an answer, not an error.
    if (!core) return { id, text: '' };
    return { id, text: ex.articleText(core.contentHtml, doc).textContent, kind: core.pageKind };
  } catch (e) {
    // The page parsed but the extractor broke on it: no text kept (said on stderr), never an error line.
    console.error(`id ${JSON.stringify(id)}: extraction failed: ${(e as Error)?.message ?? e}`);
    return { id, text: '' };
  } finally {
    dom.window.close();
  }
}

async function main() {
  if (!process.argv.includes('--jsonl')) {
    console.error(USAGE);
    process.exit(2);
  }
  const ex = await loadExtractor();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const out = extractLine(ex, line);
    if (out.error) console.error(`line ${n + 1}: ${out.error}`);
    // Pipes are written synchronously on Linux/macOS, so each line leaves before the next page starts.
    process.stdout.write(`${JSON.stringify(out)}\n`);
    // jsdom frees a closed window on a later turn of the event loop: without this, memory grows per page.
    await new Promise((resolve) => setImmediate(resolve));
    n++;
  }
  console.error(`extracted ${n} line(s)`);
}

main().catch((e: Error) => {
  console.error(e?.stack ?? e);
  process.exit(1);
});
