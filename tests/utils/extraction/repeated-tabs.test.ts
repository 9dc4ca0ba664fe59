// @vitest-environment jsdom
// removeRepeatedTabs: the strip of a builder's tabs whose panels say each label again (WPBakery, Elementor),
// session 36.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeRepeatedTabs } from '@/utils/extraction/repeated-tabs';

const run = (body: string) => {
  const doc = parsePage(`<body>${body}</body>`);
  removeRepeatedTabs(takeCensus(doc.body));
  return doc.body.textContent;
};

const ELEMENTOR =
  '<div class="elementor-tabs"><div class="elementor-tabs-wrapper" role="tablist">' +
  '<div class="elementor-tab-title elementor-tab-desktop-title" role="tab" aria-controls="t1" ' +
  'aria-expanded="true">Homes</div>' +
  '<div class="elementor-tab-title elementor-tab-desktop-title" role="tab" aria-controls="t2" ' +
  'aria-expanded="false">Offices</div>' +
  '</div><div class="elementor-tabs-content-wrapper" role="tablist">' +
  '<div class="elementor-tab-title elementor-tab-mobile-title" role="tab" aria-controls="t1" ' +
  'aria-expanded="true">Homes</div>' +
  '<div id="t1" class="elementor-tab-content" role="tabpanel"><p>Weekly cleans of every room.</p></div>' +
  '<div class="elementor-tab-title elementor-tab-mobile-title" role="tab" aria-controls="t2" ' +
  'aria-expanded="false">Offices</div>' +
  '<div id="t2" class="elementor-tab-content" role="tabpanel"><p>Nightly cleans after hours.</p></div></div></div>';

const WPBAKERY =
  '<div class="vc_tta"><ul class="vc_tta-tabs-list"><li class="vc_tta-tab"><a href="#p1"><span>Homes</span></a></li>' +
  '<li class="vc_tta-tab"><a href="#p2"><span>Offices</span></a></li></ul><div class="vc_tta-panels">' +
  '<div class="vc_tta-panel" id="p1"><div class="vc_tta-panel-heading"><h4><a href="#p1">Homes</a></h4></div>' +
  '<div class="vc_tta-panel-body"><p>Weekly cleans of every room.</p></div></div>' +
  '<div class="vc_tta-panel" id="p2"><div class="vc_tta-panel-heading"><h4><a href="#p2">Offices</a></h4></div>' +
  '<div class="vc_tta-panel-body"><p>Nightly cleans after hours.</p></div></div></div></div>';

describe('removeRepeatedTabs', () => {
  it('drops the strip of Elementor’s tabs: each mobile title says its label before the panel', () => {
    expect(run(ELEMENTOR)).toBe('HomesWeekly cleans of every room.OfficesNightly cleans after hours.');
  });
  it('drops the strip of WPBakery’s tabs: each panel’s heading says its label', () => {
    expect(run(WPBAKERY)).toBe('HomesWeekly cleans of every room.OfficesNightly cleans after hours.');
  });
  it('keeps a strip whose panels have no title (Bootstrap) and a table of contents', () => {
    const bootstrap =
      '<ul class="nav nav-tabs" role="tablist"><li><a href="#a" role="tab">Homes</a></li><li><a href="#b" role="tab">' +
      'Offices</a></li></ul><div class="tab-content"><div id="a" class="tab-pane"><p>Weekly cleans.</p></div>' +
      '<div id="b" class="tab-pane"><p>Nightly cleans.</p></div></div>';
    expect(run(bootstrap)).toBe('HomesOfficesWeekly cleans.Nightly cleans.');
    const toc =
      '<ul><li><a href="#a">Homes</a></li><li><a href="#b">Offices</a></li></ul>' +
      '<section id="a"><h2>Homes</h2><p>Weekly.</p></section><section id="b"><h2>Offices</h2><p>Nightly.</p></section>';
    expect(run(toc)).toBe('HomesOfficesHomesWeekly.OfficesNightly.');
  });
});
