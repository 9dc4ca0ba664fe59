// @vitest-environment jsdom
import { it } from 'vitest';
import fs from 'node:fs';
import { offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
it('x', () => {
  const doc = parsePage(fs.readFileSync(process.env.HTML!, 'utf8'));
  const r = offprintPage(doc);
  console.log('BYLINE', JSON.stringify(r?.byline), 'TITLE', JSON.stringify(r?.title));
  console.log('=====OFFPRINT\n' + r?.text + '\n=====VANILLA\n' + readabilityText(doc).replace(/\s*\n\s*/g, '\n'));
});
