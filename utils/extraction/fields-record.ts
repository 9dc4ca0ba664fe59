import { byTag } from './tag-list';
import { inkChars } from './ink-chars';

/** Label rows a block needs to be a record's fields. */
const MIN_FIELDS = 5;
/** Share of the block's characters its label rows hold. */
const FIELDS_SHARE = 0.5;

/**
 * True when `block` (Readability's block, on a page where posts were found) is a record's fields, not an article: five
 * label rows or more (a table row that opens with a `<th>` label and goes on with a `<td>` value, or a `<dt>` and its
 * `<dd>`), holding half of its characters or more. An issue tracker prints a bug's fields so (Bugzilla's "Status:",
 * "Product:", "Component:", "Assignee:", "Reported:" rows of `th.field_label` and `td`) above its comments, and
 * Readability takes that table for the page: no paragraph in it, its comments dropped for their class words. There the
 * comments are the page (the first is the bug's description), and the fields are a form around them.
 */
export function isFieldsRecord(block: Element): boolean {
  let rows = 0;
  let chars = 0;
  for (const tr of byTag(block, 'tr')) {
    const label = tr.firstElementChild;
    if (label?.tagName !== 'TH' || label.nextElementSibling?.tagName !== 'TD') continue;
    rows++;
    chars += inkChars(tr);
  }
  for (const dt of byTag(block, 'dt')) {
    const value = dt.nextElementSibling;
    if (value?.tagName !== 'DD') continue;
    rows++;
    chars += inkChars(dt) + inkChars(value);
  }
  return rows >= MIN_FIELDS && chars >= inkChars(block) * FIELDS_SHARE;
}
