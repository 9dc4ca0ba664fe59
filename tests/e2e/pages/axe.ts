import fs from 'node:fs';
import { createRequire } from 'node:module';

/** axe-core's browser build (the pinned devDependency), evaluated in the page under test. */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What the tests need of a page: Playwright's and Puppeteer's pages both evaluate a string or a function. */
interface Evaluating {
  evaluate<R>(fn: string | (() => R | Promise<R>)): Promise<R>;
}

/** One axe violation, in a form that reads well in a failed assertion. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core with its default rules (WCAG 2 A/AA and best practices) on the page as it is and returns
 * the violations. The script is evaluated over the DevTools protocol, so the page's CSP (script-src 'self')
 * does not apply to it and the page itself loads nothing.
 */
export async function axeViolations(page: Evaluating): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as any).axe === 'object');
  if (!loaded) await page.evaluate(`${AXE_SOURCE};void 0`);
  return page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  });
}
