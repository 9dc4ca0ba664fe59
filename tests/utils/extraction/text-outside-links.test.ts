// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { textOutsideLinks } from '@/utils/extraction/text-outside-links';

describe('textOutsideLinks', () => {
  it('keeps the text between links and inside other elements, and none of a link’s own text', () => {
    document.body.innerHTML =
      '<p id="bar"><a href="/">Home</a> | <a href="/about">About <b>us</b></a> · ' +
      '<span>Shop <a href="/s">now</a></span></p>';
    expect(textOutsideLinks(document.getElementById('bar')!)).toBe(' |  · Shop ');
  });

  it('reads comments and nested links as nothing, and a link-free element as all its text', () => {
    document.body.innerHTML = '<div id="box"><!-- note -->© 2004 <em>Acme</em><a href="/t"><i>Terms</i></a></div>';
    expect(textOutsideLinks(document.getElementById('box')!)).toBe('© 2004 Acme');
  });
});
