import { prose } from './image-fixtures';

/**
 * An article written for the accessibility tests: every kind of content the reader renders (headings,
 * figures with captions, a lead image, lists, a quote, code, a table, keys, links), with images from
 * the test server's own origin (stored, since the e2e build may read 127.0.0.1) and one from a host it
 * may not read (shown as the reader's placeholder).
 */
export function a11yArticle(origin: string, elsewhere: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rivers of the northern valley</title>
<meta property="og:image" content="${origin}/img/lead.png?w=800&amp;h=400">
<meta property="og:site_name" content="Valley Review"><meta name="author" content="Ana Test">
<meta property="article:published_time" content="2026-03-04T10:00:00Z"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article>
<h1>Rivers of the northern valley</h1>
<p>${prose(1)}</p><p>${prose(2)} <a href="${origin}/elsewhere">a link to the council's report</a>.</p>
<h2>What the surveys found</h2>
<figure><img src="${origin}/img/r1.png?w=640&amp;h=360" width="640" height="360" alt="The river at dawn">
<figcaption>The river at dawn, from the old bridge.</figcaption></figure>
<p>${prose(3)}</p>
<ul><li>${prose(4, 12)}</li><li>${prose(5, 12)}</li><li>${prose(6, 12)}</li></ul>
<blockquote><p>${prose(7, 25)}</p></blockquote>
<h3>Measurements</h3>
<table><thead><tr><th>Year</th><th>Flow (m³/s)</th></tr></thead>
<tbody><tr><td>2024</td><td>41</td></tr><tr><td>2025</td><td>37</td></tr></tbody></table>
<p>Press <kbd>Ctrl</kbd>+<kbd>F</kbd> to find a station; the data file is <code>flow-2025.csv</code>.</p>
<pre><code>station,year,flow
north,2025,37</code></pre>
<figure><img src="${elsewhere}/img/r2.png?w=480&amp;h=320" width="480" height="320" alt="A map of the stations">
<figcaption>The stations along the river.</figcaption></figure>
<p>${prose(8)}</p><p>${prose(9)}</p><p>${prose(10)}</p>
</article></main><footer>© Valley Review</footer></body></html>`;
}
