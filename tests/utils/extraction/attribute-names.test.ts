import { describe, expect, it } from 'vitest';
import { attributeNames, attributeOf } from '@/utils/extraction/attribute-names';

describe('attributeOf', () => {
  it('reads what getAttribute reads, for names an element has and names it lacks', () => {
    document.body.innerHTML =
      '<a HREF="/u/1" Class="author x" data-Author hidden>n</a><p>t</p><svg viewBox="0 0 1 1"><style>a{}</style></svg>';
    const els = Array.from(document.body.querySelectorAll('*'));
    const asked = ['href', 'class', 'data-author', 'hidden', 'role', 'id', 'viewbox', 'style', 'aria-hidden'];
    for (const el of els) {
      const names = attributeNames(el);
      for (const name of asked) {
        expect(attributeOf(el, names, name), `${el.tagName} ${name}`).toBe(el.getAttribute(name));
        expect(names.includes(name), `${el.tagName} ${name}`).toBe(el.hasAttribute(name));
      }
    }
    expect(attributeNames(els[1])).toEqual([]);
  });
});
