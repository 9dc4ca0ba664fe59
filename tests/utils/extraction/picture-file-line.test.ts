// An uploaded picture's file line in the link to its full size is no part of the post: Discourse prints the file's
// name, its size in pixels and its weight under every picture of a post (`div.meta` in `a.lightbox`), its crawler view
// too (found on a real Discourse Meta topic kept by a link-preview library's tests). Fixture page:
// tests/fixtures/pages/forum-discourse-lightbox.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage, parsePage } from '../../helpers/extraction-pages';
import { extractArticle } from '@/utils/extraction/extract-article';
import { dropPictureFileLines } from '@/utils/extraction/picture-file-line';

/** A post's text with one link around a picture and what the link holds besides it. */
function post(inLink: string): Element {
  return parsePage(
    '<div><p>Here is the chart.</p>' +
      `<a href="/up/chart.png"><img src="/up/chart_small.png" alt="chart">${inLink}</a></div>`,
  ).querySelector('div')!;
}

describe('an uploaded picture’s file line (forum-discourse-lightbox)', () => {
  it('keeps each post, its author, its time and its pictures, not the pictures’ file lines', () => {
    const doc = loadPage('forum-discourse-lightbox');
    const got = extractArticle(doc, PAGE_URL);
    expect(got?.pageKind).toBe('thread');
    const out = doc.createElement('div');
    out.innerHTML = got?.contentHtml ?? '';
    expect([...out.querySelectorAll('article header cite')].map((c) => c.textContent)).toEqual([
      'ottilie',
      'bertram',
      'ottilie',
    ]);
    expect(out.querySelectorAll('article img')).toHaveLength(2);
    const text = out.textContent ?? '';
    expect(text).toContain('Retensioning after the first hour');
    expect(text).not.toContain('warp-tension-chart.png');
    expect(text).not.toContain('1820×1024');
    expect(text).not.toContain('212 KB');
  });

  it('takes a name with its size or weight, or a size and weight alone, from any box in the link', () => {
    for (const line of [
      '<div class="meta"><span>chart.png</span><span>1820×1024 96.4 KB</span></div>',
      '<span><span>diagramme.jpg</span> 1,2 Mo</span>',
      '<em>800 x 600 35.4 KiB</em>',
    ]) {
      const root = post(line);
      dropPictureFileLines(root);
      expect(root.querySelector('a')!.textContent).toBe('');
      expect(root.querySelector('a img')).not.toBeNull();
    }
  });

  it('keeps a name alone, a caption and a link without a picture', () => {
    for (const line of ['<span>chart.png</span>', '<span>The chart, 1820×1024 96.4 KB, from the back beam</span>']) {
      const root = post(line);
      dropPictureFileLines(root);
      expect(root.querySelector('a')!.textContent).not.toBe('');
    }
    const plain = parsePage('<div><a href="/up/chart.png">chart.png 1820×1024 96.4 KB</a></div>').querySelector('div')!;
    dropPictureFileLines(plain);
    expect(plain.textContent).toBe('chart.png 1820×1024 96.4 KB');
  });
});
