// `npm run bench:images`: in real Chromium with the e2e build, save a fixture article with 20 images
// served from two local origins (two servers on 127.0.0.1 = two origins), and report how many were
// stored, the time until the text is listed and until the images are done, against a baseline of
// the same article without images (same run). Then stop both servers, turn the network off and
// check that the reader shows all 20 images from storage.
// The e2e build has host permission for http://127.0.0.1/*: this is the "permission granted" case.
// `npm run bench:images -- --quick` is one run; `-- --help` lists the options.
import type http from 'node:http';
import { articlePage, imageRoute, routes } from '../tests/e2e/image-fixtures';
import { launch } from '../tests/e2e/launch';
import { tabIdOf } from '../tests/e2e/pages/popup';
import { poll } from '../tests/e2e/poll';
import { servePages } from '../tests/e2e/serve-pages';
import { benchArgs } from './lib/bench-args';
import { requireE2eBuild } from './lib/bench-extension';
import { runScript } from './lib/run-script';

const args = benchArgs('npm run bench:images [-- options]: saving an article with 20 images, in real Chromium.', {
  runs: { help: 'saves of each page (the median is reported)', full: 3, quick: 1, env: 'RUNS' },
});
const RUNS = args.n.runs;
const IMAGES = 20;

/** Image i (0–19): a 720×450 PNG, generated once per seed i + 1 (the name is read in base 36). */
const imagePath = (i: number) => `/img/${(i + 1).toString(36)}.png?w=720&h=450&noise=20`;
const titleOf = (kind: string, run: string | number) => `${kind === 'text' ? 'Text only' : 'Twenty images'} ${run}`;

/** One save: ms until listed and until the images were done, images stored, the article's title. */
interface Saved {
  listed: number;
  done: number;
  stored: number;
  title: string;
}

async function main() {
  requireE2eBuild();
  const b = await servePages(imageRoute);
  // /article/<run>: the 20 images, odd ones from the other origin; /text/<run>: the same article without them.
  const articleRoute = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const m = (req.url ?? '').match(/^\/(article|text)\/(\d+)$/);
    if (!m) return false;
    const imgs =
      m[1] === 'text'
        ? []
        : Array.from({ length: IMAGES }, (_, i) => `${i % 2 ? b.origin : a.origin}${imagePath(i)}&run=${m[2]}`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      articlePage(
        titleOf(m[1], m[2]),
        imgs.map((src, i) => `<img src="${src}" alt="figure ${i + 1}">`),
      ),
    );
    return true;
  };
  const a = await servePages(routes(imageRoute, articleRoute));
  const imageUrls = Array.from({ length: IMAGES }, (_, i) => `${i % 2 ? b.origin : a.origin}${imagePath(i)}`);
  // Generates the images before anything is timed; their total size.
  const bytes = (await Promise.all(imageUrls.map(async (u) => (await fetch(u)).arrayBuffer()))).reduce(
    (s, buf) => s + buf.byteLength,
    0,
  );

  const app = await launch();
  const { context, sw, extensionId } = app;

  /** Opens the article, opens the popup on its tab (auto-save), and times list and images. */
  async function saveOnce(kind: 'article' | 'text', run: number): Promise<Saved> {
    const url = `${a.origin}/${kind}/${run}`;
    const tab = await context.newPage();
    await tab.goto(url);
    const tabId = await tabIdOf(sw, url);
    const popup = await context.newPage();
    const t0 = Date.now();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    const title = titleOf(kind, run);
    const wait = { timeout: 60_000, what: `${title} to be saved` };
    await poll(async () => (await popup.locator('#list .item-title').allTextContents()).includes(title), wait);
    const listed = Date.now() - t0;
    let done = listed;
    let stored = 0;
    if (kind === 'article') {
      await poll(
        async () =>
          (await popup
            .locator('#image-progress')
            .getAttribute('data-done')
            .catch(() => null)) === 'yes',
        wait,
      );
      done = Date.now() - t0;
      stored = Number(((await popup.locator('#image-count').textContent()) ?? '').match(/\d+/)?.[0] ?? 0);
    }
    await popup.close();
    await tab.close();
    return { listed, done, stored, title };
  }

  const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
  const rows: Record<'text' | 'article', Saved[]> = { text: [], article: [] };
  let shown: number;
  const outside: string[] = [];
  let plainFetch: number;
  try {
    for (let run = 1; run <= RUNS; run++) {
      rows.text.push(await saveOnce('text', run));
      rows.article.push(await saveOnce('article', run));
    }
    const fetchStart = Date.now();
    await Promise.all(imageUrls.map((u) => fetch(`${u}&plain`).then((r) => r.arrayBuffer())));
    plainFetch = Date.now() - fetchStart;

    // Offline proof: servers closed, network off, open the last saved article in the reader.
    const last = rows.article.at(-1)!;
    await a.close();
    await b.close();
    await context.setOffline(true);
    context.on('request', (r) => !/^(chrome-extension|blob|data):/.test(r.url()) && outside.push(r.url()));
    const list = await context.newPage();
    await list.goto(`chrome-extension://${extensionId}/popup.html`);
    const [reader] = await Promise.all([
      context.waitForEvent('page'),
      list.locator('#list .item-title', { hasText: last.title }).first().click(),
    ]);
    await reader.waitForLoadState('domcontentloaded');
    shown = await poll(
      async () => {
        const n = await reader.evaluate(
          () =>
            [...document.querySelectorAll<HTMLImageElement>('#article-body img')].filter(
              (i) => i.complete && i.naturalWidth === 720 && i.src.startsWith('blob:'),
            ).length,
        );
        return n === IMAGES ? n : 0;
      },
      { timeout: 15_000 },
    ).catch(() => 0);
  } finally {
    await app.close();
  }

  const mText = median(rows.text.map((r) => r.listed));
  const mListed = median(rows.article.map((r) => r.listed));
  const mDone = median(rows.article.map((r) => r.done));
  console.log(
    `\nbench:images — ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs (median), ${IMAGES} PNGs of 720×450 ` +
      `(${(bytes / 1e6).toFixed(1)} MB) from 2 origins, Chromium ${context.browser()?.version() ?? ''}`,
  );
  console.log('| measure | median ms | runs (ms) | vs baseline |');
  console.log('|---|---:|---|---:|');
  console.log(
    `| baseline: same article without images, listed | ${mText} | ${rows.text.map((r) => r.listed).join(', ')} | ` +
      `1.00× |`,
  );
  console.log(
    `| 20-image article: text listed | ${mListed} | ${rows.article.map((r) => r.listed).join(', ')} | ` +
      `${(mListed / mText).toFixed(2)}× |`,
  );
  console.log(
    `| 20-image article: all images done | ${mDone} | ${rows.article.map((r) => r.done).join(', ')} | ` +
      `${(mDone / mText).toFixed(2)}× |`,
  );
  console.log(
    `| plain Node fetch of the 20 images (transfer floor) | ${plainFetch} | | ${(plainFetch / mText).toFixed(2)}× |`,
  );
  console.log(`\nimages stored per run: ${rows.article.map((r) => `${r.stored}/${IMAGES}`).join(', ')}`);
  console.log(
    `reader offline (servers closed, network off): ${shown}/${IMAGES} images shown from storage; requests ` +
      `leaving the extension: ${outside.length}`,
  );
  if (shown !== IMAGES || outside.length || rows.article.some((r) => r.stored !== IMAGES)) process.exit(1);
}

runScript(main);
