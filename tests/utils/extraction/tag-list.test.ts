// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { byTag } from '@/utils/extraction/tag-list';

describe('byTag', () => {
  it('lists what getElementsByTagName lists, in order, as a snapshot that removals leave alone', () => {
    document.body.innerHTML = '<p id="length">a</p><div><p name="item">b</p><span><p>c</p></span></div><svg><a/></svg>';
    const live = document.getElementsByTagName('p');
    const list = byTag(document, 'p');
    expect(list).toEqual(Array.from(live));
    expect(byTag(document.body, '*')).toEqual(Array.from(document.body.getElementsByTagName('*')));
    list[0].remove();
    expect(list).toHaveLength(3);
    expect(live).toHaveLength(2);
    expect(byTag(document.body.firstElementChild!, 'a')).toEqual([]);
  });
});
