import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/utils/search/parse-query';

describe('parseQuery', () => {
  it('returns an empty query for blank input', () => {
    expect(parseQuery('   ')).toMatchObject({ empty: true, terms: [], prefix: null });
  });

  it('normalizes words (case, accents) and drops stopwords and one-letter words', () => {
    expect(parseQuery('The Café in Zürich x ').terms).toEqual(['cafe', 'zurich']);
  });

  it('treats the word being typed as a prefix, but not once a space follows', () => {
    expect(parseQuery('ukraine sanc')).toMatchObject({ terms: ['ukraine'], prefix: 'sanc' });
    expect(parseQuery('ukraine sanc ')).toMatchObject({ terms: ['ukraine', 'sanc'], prefix: null });
  });

  it('needs three letters before a typed word becomes a prefix', () => {
    expect(parseQuery('eu')).toMatchObject({ terms: ['eu'], prefix: null });
  });

  it.each([
    ['is:unread', { status: 'unread' }],
    ['is:archived', { status: 'archived' }],
    ['IS:Archive', { status: 'archived' }],
    ['is:favorite', { favorite: true }],
    ['is:favourite', { favorite: true }],
    ['has:highlights', { has: 'highlights' }],
    ['HAS:highlight', { has: 'highlights' }],
    ['has:notes', { has: 'notes' }],
  ])('reads %s', (input, expected) => {
    expect(parseQuery(input)).toMatchObject({ ...expected, terms: [], empty: false });
  });

  it('reads tags (also quoted) and sites without scheme, www or path', () => {
    const q = parseQuery('tag:Climate tag:"long reads" site:https://www.Example.com/news x');
    expect(q.tags).toEqual(['climate', 'long reads']);
    expect(q.sites).toEqual(['example.com']);
  });

  it('keeps quoted phrases as word lists and looks up their indexed words', () => {
    const q = parseQuery('"Peace in the Middle East" oil');
    expect(q.phrases).toEqual([['peace', 'in', 'the', 'middle', 'east']]);
    expect(q.terms).toEqual(['peace', 'middle', 'east']);
    expect(q.prefix).toBe('oil');
  });

  it('accepts an unfinished quote as a phrase', () => {
    expect(parseQuery('"white house').phrases).toEqual([['white', 'house']]);
  });

  it('treats unknown operators as words', () => {
    expect(parseQuery('foo:bar ').terms).toEqual(['foo', 'bar']);
    expect(parseQuery('is:nonsense ').terms).toEqual(['nonsense']);
  });

  it('combines operators with words', () => {
    expect(parseQuery('is:unread tag:x site:bbc.co.uk budget ')).toMatchObject({
      status: 'unread',
      tags: ['x'],
      sites: ['bbc.co.uk'],
      terms: ['budget'],
    });
  });
});
