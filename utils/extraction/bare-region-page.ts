import { hasChromeLandmarks } from './lead-menus';
import type { Census } from './page-census';

/**
 * True when a page prints no landmark at all: no `<main>`, no header, nav, footer or aside, no role for them (an
 * unseen theme's div soup, a builder's hashed classes). Its region is then the body less the chrome the clutter
 * pass found, and og:type=article says nothing of its kind: a service page's sections under the CMS's label, as on
 * a CMS page that prints its main landmark (see picksHeadedSections).
 */
export function bareRegionPage(c: Census): boolean {
  return !c.mains.length && !hasChromeLandmarks(c);
}
