import type { Census } from './page-census';
import { closestMatch } from './dom-query';

/** A class word naming a tab or a strip of tabs (`vc_tta-tab`, `nav-tabs`, `tabs__item`, `tab-title`). */
const TAB_CLASS = /(^|[\s_-])tabs?([\s_-]|$)/i;

const squeezed = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '');

/** True when `el`, its parent or `strip` is marked as a tab (role or class word). */
function markedTab(el: Element, strip: Element): boolean {
  for (const e of [el, el.parentElement, strip]) {
    if (!e) continue;
    if (e.getAttribute('role') === 'tab' || e.getAttribute('role') === 'tablist') return true;
    if (TAB_CLASS.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** The panel a tab opens: the element its `aria-controls` or its in-page `href` names. */
function panelOf(tab: Element): Element | null {
  const id = tab.getAttribute('aria-controls') || (tab.getAttribute('href') ?? '').slice(1);
  return id ? tab.ownerDocument.getElementById(id) : null;
}

/**
 * True when the panel says the tab's label again as its own title: the first line inside it (WPBakery's
 * `vc_tta-panel-heading`, Elementor's nested tabs) or the element right before it (Elementor's mobile title before
 * each `elementor-tab-content`). Builders print both so that the tabs turn into an accordion on a phone.
 */
function titledLike(panel: Element, label: string): boolean {
  const before = panel.previousElementSibling;
  if (before && squeezed(before) === label) return true;
  // Down the first children while their text opens with the label: a heading inside the panel's wrappers.
  for (let e = panel.firstElementChild; e; e = e.firstElementChild) {
    const t = squeezed(e);
    if (t === label) return true;
    if (!t.startsWith(label)) return false;
  }
  return false;
}

/**
 * A strip of tabs whose every label its panel says again as a title (page builders' tabs that turn into an
 * accordion on a phone: WPBakery's `vc_tta`, Elementor's tabs) is said once, by the panels: the strip goes. A strip
 * whose panels carry no title of their own (Bootstrap's, a documentation site's) stays: it is the only place the
 * labels are said.
 */
export function removeRepeatedTabs(c: Census): void {
  const strips = new Map<Element, Element[]>();
  for (const tab of [...c.toggles, ...c.skipLinks]) {
    const strip = closestMatch(tab, '[role="tablist"], ul, ol') ?? tab.parentElement;
    if (!strip || !markedTab(tab, strip)) continue;
    const tabs = strips.get(strip);
    if (tabs) tabs.push(tab);
    else strips.set(strip, [tab]);
  }
  for (const [strip, tabs] of strips) {
    if (tabs.length < 2 || !strip.isConnected) continue;
    const labels = tabs.map(squeezed);
    // The strip says the labels and nothing else.
    if (labels.some((l) => !l) || labels.join('') !== squeezed(strip)) continue;
    const repeated = tabs.every((t, i) => {
      const panel = panelOf(t);
      return !!panel && !panel.contains(t) && !strip.contains(panel) && titledLike(panel, labels[i]);
    });
    if (repeated) strip.remove();
  }
}
