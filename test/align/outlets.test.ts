import { describe, expect, it } from 'vitest';
import { normalizeOutlet, OutletIndex, outletAliases } from '../../src/align/outlets.js';
import type { Source } from '../../src/model.js';

const src = (id: string, publisher?: string, url?: string): Source => ({ id, path: `${id}.html`, format: 'html', ...(publisher ? { publisher } : {}), ...(url ? { url } : {}) });

describe('normalizeOutlet', () => {
  it.each([
    ['The New York Times', 'new york times'],
    ['the Times', 'times'],
    ['nytimes.com', 'nytimes'],
    ["Reuters'", 'reuters'],
    ['The Wall Street Journal’s', 'wall street journal'],
  ])('%s → %s', (a, b) => expect(normalizeOutlet(a)).toBe(b));
});

describe('OutletIndex', () => {
  const index = new OutletIndex([
    src('000_eb3b', 'The New York Times', 'https://www.nytimes.com/2019/10/09/x.html'),
    src('wsj', 'The Wall Street Journal'),
    src('allied-newswire'),
    src('cnbc', 'CNBC'),
  ]);

  it.each([
    ['the New York Times', '000_eb3b'],
    ['The Times', '000_eb3b'],
    ['NYT', '000_eb3b'],
    ['the NY Times', '000_eb3b'],
    ['a New York Times report', '000_eb3b'],
    ['nytimes.com', '000_eb3b'],
    ['WSJ', 'wsj'],
    ['the Journal', 'wsj'],
    ['Allied Newswire', 'allied-newswire'],
    ['CNBC', 'cnbc'],
  ])('%s → %s', (name, id) => expect(index.resolve(name)).toBe(id));

  it.each(['Reuters', 'people familiar with the matter', 'nyt', 'an official', '', 'The Washington Post'])('%j resolves to nothing', (name) => {
    expect(index.resolve(name)).toBeUndefined();
  });

  it('drops aliases that several sources share', () => {
    const two = new OutletIndex([src('a', 'The New York Times'), src('b', 'Los Angeles Times')]);
    expect(two.resolve('the Times')).toBeUndefined();
    expect(two.resolve('the New York Times')).toBe('a');
  });

  it('lists aliases', () => {
    expect(outletAliases(src('x', 'The New York Times'))).toEqual(['new york times', 'ny times', 'times']);
  });
});

describe('corporate publisher names', () => {
  const index = new OutletIndex([src('000_eb3b', 'The New York Times Company'), src('herald', 'Herald Media Group')]);

  it.each([
    ['the New York Times', '000_eb3b'],
    ['The New York Times Company', '000_eb3b'],
    ['the Times', '000_eb3b'],
    ['NYT', '000_eb3b'],
    ['the NY Times', '000_eb3b'],
    ['Herald Media', 'herald'],
  ])('%s → %s', (name, id) => expect(index.resolve(name)).toBe(id));

  it.each(['the company', 'company', 'the group', 'Huawei'])('%j resolves to nothing', (name) => {
    expect(index.resolve(name)).toBeUndefined();
  });
});
