/*
 * Pages of the kinds the extractor meets besides a plain article, written here (invented text): the warm-up runs
 * the extractor on each, so the code of the thread, documentation, listing, product and service paths is compiled
 * before the first Save in a page, not during it. Nothing is fetched from their links: each is parsed by DOMParser
 * (an inert document) and read by the extractor only.
 */

const POST = (id: number, who: string, when: string, body: string) =>
  `<div id="p${id}" class="post has-profile"><div class="inner"><dl class="postprofile"><dt>` +
  `<a href="./memberlist.php?u=${id}" class="username">${who}</a></dt><dd class="profile-posts"><strong>Posts:` +
  `</strong> <a href="./search.php?author_id=${id}">${id % 97}</a></dd><dd class="profile-joined"><strong>Joined:` +
  `</strong> Mon Mar 02, 2020 8:14 pm</dd></dl><div class="postbody"><h3><a href="#p${id}">Re: Gate sticks in ` +
  `the cold</a></h3><p class="author"><a href="./viewtopic.php?p=${id}#p${id}">${when}</a></p>` +
  `<div class="content">${body}</div><div class="signature">Tending a small allotment since 2009.</div>` +
  `</div></div></div><hr class="divider">`;

/** A forum topic: posts with their authors, times, a quote, a code box and signatures. */
const THREAD =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gate sticks in the cold - Garden Help - ' +
  'The Sample Forum</title></head><body class="section-viewtopic"><div id="wrap"><div class="headerbar" ' +
  'role="banner"><a class="logo" href="./index.php">The Sample Forum</a></div><div class="navbar" ' +
  'role="navigation"><ul class="nav-breadcrumbs"><li><a href="./index.php">Board index</a></li><li>' +
  '<a href="./viewforum.php?f=3">Garden Help</a></li></ul></div><div id="page-body" role="main">' +
  '<h2 class="topic-title"><a href="./viewtopic.php?t=77">Gate sticks in the cold</a></h2><div ' +
  'class="action-bar"><a href="./posting.php?mode=reply" class="button">Post Reply</a><div class="pagination">' +
  '3 posts • Page <strong>1</strong> of <strong>1</strong></div></div>' +
  POST(
    101,
    'hedge_row',
    'Tue Jan 09, 2024 7:42 pm',
    'Every frosty morning the garden gate swells and sticks against its post. I planed the edge last autumn ' +
      'and it worked until the first frost. Should I plane it again or move the hinge?',
  ) +
  POST(
    102,
    'old_oak',
    'Tue Jan 09, 2024 8:15 pm',
    '<blockquote><cite>hedge_row wrote:</cite>Should I plane it again or move the hinge?</blockquote>Neither yet: ' +
      'seal the end grain first, the wood drinks the damp through it. I use this mix:<div class="codebox"><p>' +
      'Code: <a href="#">Select all</a></p><pre><code>2 parts linseed oil\n1 part turpentine</code></pre></div>',
  ) +
  POST(
    103,
    'hedge_row',
    'Wed Jan 10, 2024 9:03 am',
    'Sealed it yesterday evening and it opened freely this morning. Thank you, I will plane it in spring if it ' +
      'still catches.',
  ) +
  '</div><div class="copyright">Powered by a forum engine · <a href="./ucp.php?mode=privacy">Privacy</a> · ' +
  '<a href="./ucp.php?mode=terms">Terms</a></div></div></body></html>';

/** A documentation page: a sidebar of contents, breadcrumbs, a note, code, a table, previous and next. */
const DOCS =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Configuring the scheduler — Sample Tool ' +
  '2.4 documentation</title><meta name="generator" content="Sphinx 7.2.6">' +
  '<link rel="canonical" href="https://offprint.invalid/docs/scheduler.html"></head>' +
  '<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav class="wy-nav-side" data-toggle="wy-nav-shift">' +
  '<div class="wy-side-nav-search"><a href="index.html" class="icon icon-home">Sample Tool</a><div role="search">' +
  '<form action="search.html" method="get"><input type="text" name="q" placeholder="Search docs"></form></div>' +
  '</div><div class="wy-menu wy-menu-vertical" role="navigation" aria-label="Navigation menu"><p class="caption">' +
  '<span>Guide</span></p><ul class="current"><li class="toctree-l1"><a class="reference internal" ' +
  'href="install.html">Installing</a></li><li class="toctree-l1 current"><a class="reference internal current" ' +
  'href="#">Configuring the scheduler</a><ul><li class="toctree-l2"><a href="#intervals">Intervals</a></li>' +
  '<li class="toctree-l2"><a href="#limits">Limits</a></li></ul></li><li class="toctree-l1"><a href="api.html">' +
  'API reference</a></li></ul></div></nav><section class="wy-nav-content-wrap"><div class="wy-nav-content">' +
  '<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="index.html">Docs' +
  '</a> »</li><li>Configuring the scheduler</li><li class="wy-breadcrumbs-aside"><a href="_sources/scheduler.txt"' +
  ' rel="nofollow">View page source</a></li></ul><hr></div><div role="main" class="document"><div itemprop=' +
  '"articleBody"><section id="configuring-the-scheduler"><h1>Configuring the scheduler<a class="headerlink" ' +
  'href="#configuring-the-scheduler" title="Permalink to this heading">¶</a></h1><p>The scheduler runs each job ' +
  'at its interval and never runs two copies of one job at once. Its settings live in <code class="docutils ' +
  'literal"><span class="pre">tool.toml</span></code> under the <code>[scheduler]</code> table.</p>' +
  '<div class="admonition note"><p class="admonition-title">Note</p><p>Changes take effect at the next start of ' +
  'the service; a running job finishes with the settings it started with.</p></div><section id="intervals"><h2>' +
  'Intervals<a class="headerlink" href="#intervals">¶</a></h2><p>Give each interval in seconds, or with a unit ' +
  'suffix as in the example below.</p><div class="highlight-toml notranslate"><div class="highlight"><table ' +
  'class="highlighttable"><tr><td class="linenos"><pre>1\n2\n3</pre></td><td class="code"><pre><span class="k">' +
  '[scheduler]</span>\n<span class="n">interval</span> = <span class="s">"15m"</span>\n<span class="n">jitter' +
  '</span> = <span class="s">"30s"</span></pre></td></tr></table></div></div></section><section id="limits">' +
  '<h2>Limits<a class="headerlink" href="#limits">¶</a></h2><table class="docutils align-default"><thead><tr>' +
  '<th>Setting</th><th>Default</th><th>Meaning</th></tr></thead><tbody><tr><td><code>max_jobs</code></td><td>4' +
  '</td><td>Jobs that may run at the same time.</td></tr><tr><td><code>timeout</code></td><td>1h</td><td>When a ' +
  'running job is stopped.</td></tr></tbody></table><dl class="py function"><dt class="sig sig-object py" ' +
  'id="tool.schedule"><span class="sig-name descname">schedule</span>(<em class="sig-param">job</em>)</dt><dd>' +
  '<p>Adds a job to the scheduler and returns its handle.</p></dd></dl></section></section></div></div><footer>' +
  '<div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="install.html" class="btn ' +
  'btn-neutral float-left" rel="prev">Previous</a><a href="api.html" class="btn btn-neutral float-right" ' +
  'rel="next">Next</a></div><hr><div role="contentinfo"><p>© Copyright 2024, The Sample Team.</p></div>Built ' +
  'with a documentation theme.</footer></div></section></div></body></html>';

const CARD = (n: number, title: string, price: string) =>
  `<li class="product-card grid__item"><a href="/products/item-${n}" class="card__link"><div class="card__media">` +
  `<img src="/img/item-${n}-400.jpg" srcset="/img/item-${n}-400.jpg 400w, /img/item-${n}-800.jpg 800w" ` +
  `alt="${title}" loading="lazy" width="400" height="400"></div><h3 class="card__heading">${title}</h3></a>` +
  `<div class="price"><span class="price-item price-item--sale">${price}</span> <s class="price-item--regular">` +
  `€49.00</s></div><span class="badge">Sale</span><button type="button" class="quick-add">Add to cart</button></li>`;

/** A shop's collection: filters with counts, a grid of product cards, sorting and pages. */
const LISTING =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rain jackets – The Sample Shop</title>' +
  '<meta property="og:type" content="website"></head><body><div class="announcement-bar" role="region">Free ' +
  'delivery over €60 · <a href="/pages/shipping">Details</a></div><header class="header"><a href="/" class=' +
  '"header__heading-link">The Sample Shop</a><nav class="header__inline-menu"><ul class="list-menu"><li><a ' +
  'href="/collections/new">New in</a></li><li><a href="/collections/jackets">Jackets</a></li><li><a href=' +
  '"/collections/sale">Sale</a></li></ul></nav><a href="/cart" class="header__icon--cart">Cart (0)</a></header>' +
  '<main id="MainContent"><nav class="breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a> / <span>Rain ' +
  'jackets</span></nav><h1 class="collection-hero__title">Rain jackets</h1><div class="collection-hero__' +
  'description"><p>Light, packable jackets that keep a summer shower out.</p></div><aside class="facets">' +
  '<details open><summary>Size</summary><ul><li><label><input type="checkbox" name="size" value="s"> S (12)' +
  '</label></li><li><label><input type="checkbox" name="size" value="m"> M (18)</label></li></ul></details>' +
  '<details><summary>Colour</summary><ul><li><label><input type="checkbox" value="blue"> Blue (7)</label></li>' +
  '</ul></details></aside><div class="sorting"><label for="sort">Sort by</label><select id="sort"><option>' +
  'Featured</option><option>Price, low to high</option></select><span>24 products</span></div><ul id="product-' +
  'grid" class="grid product-grid">' +
  CARD(1, 'Harbour shell jacket', '€39.00') +
  CARD(2, 'Drizzle packable anorak', '€29.00') +
  CARD(3, 'Coastal long raincoat', '€44.00') +
  CARD(4, 'Puddle kids jacket', '€24.00') +
  '</ul><nav class="pagination" role="navigation"><ul><li><span aria-current="page">1</span></li><li><a href=' +
  '"?page=2">2</a></li><li><a href="?page=2" aria-label="Next page">→</a></li></ul></nav></main><footer>' +
  '<div class="newsletter"><h2>Join our list</h2><form><input type="email" placeholder="Email"><button>Subscribe' +
  '</button></form></div><ul class="footer-menu"><li><a href="/pages/contact">Contact</a></li><li><a href=' +
  '"/policies/refund-policy">Returns</a></li></ul><p>© 2024, The Sample Shop</p></footer></body></html>';

/** A product page: price, a cart form, the description, details, reviews and related products. */
const PRODUCT =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour shell jacket – The Sample Shop' +
  '</title><meta property="og:type" content="product"><script type="application/ld+json">{"@context":' +
  '"https://schema.org","@type":"Product","name":"Harbour shell jacket","offers":{"@type":"Offer","price":"39.00"' +
  ',"priceCurrency":"EUR"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.6","reviewCount":"18"}}' +
  '</script></head><body><header class="site-header"><a href="/">The Sample Shop</a><nav><a href="/collections/' +
  'jackets">Jackets</a> <a href="/cart">Cart</a></nav></header><main class="product" itemscope itemtype="https:' +
  '//schema.org/Product"><div class="product__media"><img src="/img/item-1-800.jpg" alt="Harbour shell jacket, ' +
  'front" width="800" height="800"><button class="gallery-next" aria-label="Next image">›</button></div><div ' +
  'class="product__info"><h1 itemprop="name">Harbour shell jacket</h1><div class="rating" title="4.6 out of 5">' +
  '★★★★☆ <a href="#reviews">18 reviews</a></div><p class="price" itemprop="price">€39.00 <s>€49.00</s></p><form ' +
  'action="/cart/add" method="post" class="product-form"><label for="size">Size</label><select id="size" ' +
  'name="size"><option>S</option><option>M</option><option>L</option></select><label for="qty">Quantity</label>' +
  '<input id="qty" type="number" value="1" min="1"><button type="submit" name="add">Add to cart</button>' +
  '<button type="button" class="wishlist">♡ Save for later</button></form><div class="product__description" ' +
  'itemprop="description"><p>A light shell for wet walks on the coast: taped seams, a hood that stays put in the ' +
  'wind, and two pockets that close. It folds into its own chest pocket.</p><ul><li>Waterproof to 10,000 mm</li>' +
  '<li>Weighs 310 g</li></ul></div><details><summary>Shipping and returns</summary><p>Free returns within 30 ' +
  'days.</p></details><table class="specs"><tr><th>Material</th><td>Recycled polyester</td></tr><tr><th>Fit</th>' +
  '<td>Regular</td></tr></table></div><section id="reviews" class="reviews"><h2>Customer reviews</h2><div ' +
  'class="review"><span class="stars">★★★★★</span><strong>Kept me dry</strong><p>Wore it on a three-day walk in ' +
  'steady rain and stayed dry underneath.</p><span class="review-author">Mara, verified buyer</span></div><div ' +
  'class="review"><span class="stars">★★★★☆</span><strong>Runs small</strong><p>Order a size up if you wear a ' +
  'jumper under it.</p><span class="review-author">Tom</span></div></section><section class="related-products">' +
  '<h2>You may also like</h2><ul><li><a href="/products/item-2">Drizzle packable anorak</a> €29.00</li><li><a ' +
  'href="/products/item-3">Coastal long raincoat</a> €44.00</li></ul></section></main><footer><p>© 2024, The ' +
  'Sample Shop</p></footer></body></html>';

/** A business's page built of bands: a menu, a hero, calls to action, services, quotes, a form, a cookie bar. */
const SERVICE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Boiler repair and servicing | Sample ' +
  'Heating</title></head><body class="home page-template-default"><div id="cookie-notice" role="dialog">We use ' +
  'cookies to improve your visit. <button>Accept</button> <a href="/privacy">Learn more</a></div><header ' +
  'class="elementor-location-header"><div class="elementor-container"><a href="/"><img src="/logo.png" alt=' +
  '"Sample Heating"></a><nav class="elementor-nav-menu"><ul><li class="menu-item-has-children"><a href="/' +
  'services">Services</a><ul class="sub-menu"><li><a href="/services/repair">Repair</a></li><li><a href="/' +
  'services/install">Installation</a></li></ul></li><li><a href="/about">About</a></li><li><a href="/contact">' +
  'Contact</a></li></ul></nav><a class="elementor-button" href="tel:0100000000">Call 0100 000 000</a></div>' +
  '</header><main><section class="elementor-section hero"><div class="elementor-widget-container"><h1>Boiler ' +
  'repair you can count on</h1><p>Engineers in your area today, with a fixed price before we start.</p><a class=' +
  '"elementor-button" href="/book">Book a visit</a></div></section><section class="elementor-section services">' +
  '<div class="elementor-column"><div class="elementor-icon-box-wrapper"><h3 class="elementor-icon-box-title">' +
  'Repairs</h3><p class="elementor-icon-box-description">Most faults are fixed on the first visit: we carry the ' +
  'common parts for every make we service.</p></div></div><div class="elementor-column"><div class="elementor-' +
  'icon-box-wrapper"><h3 class="elementor-icon-box-title">Annual service</h3><p class="elementor-icon-box-' +
  'description">A yearly check keeps the warranty valid and the bills down; we send a reminder.</p></div></div>' +
  '</section><section class="elementor-section about"><h2>Why households choose us</h2><p>We have kept homes ' +
  'warm in the valley for twenty years. Every engineer is registered and every job is guaranteed for a year, ' +
  'parts and labour.</p><ul><li>No call-out charge</li><li>Evening visits</li></ul></section><section class=' +
  '"testimonials"><blockquote><p>Came the same afternoon and had the heating back on within the hour.</p><cite>' +
  '— Jo, Riverside</cite></blockquote></section><section class="contact"><h2>Get a quote</h2><form><input ' +
  'name="name" placeholder="Your name"><input name="phone" placeholder="Phone"><textarea name="msg"></textarea>' +
  '<button type="submit">Send</button></form></section></main><footer class="elementor-location-footer"><div>' +
  '<h4>Opening hours</h4><p>Mon–Fri 8–18</p></div><div><h4>Areas</h4><ul><li>Riverside</li><li>Hilltop</li>' +
  '</ul></div><p>© 2024 Sample Heating Ltd · <a href="/privacy">Privacy</a></p></footer></body></html>';

/** The samples the warm-up runs after its article (see warmUpExtractor), one per kind of page. */
export const WARM_UP_SAMPLES: readonly string[] = [THREAD, DOCS, LISTING, PRODUCT, SERVICE];
