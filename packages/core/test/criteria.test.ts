/** The PMQA 4.0 criteria data (`@khanaen/core/criteria`, seed 001) and its agreement with the rule packs. */
import { describe, expect, it } from 'vitest';
import {
  criteria,
  category7Items,
  criteriaItems,
  criteriaPrompts,
  processCategories,
} from '../src/criteria/index.js';
import {
  category7Items as fromCore,
  DIMENSIONS,
  pmqa40Category7_2565,
  pmqa40Checklist2565,
} from '../src/index.js';

const PROMPTS_PER_ITEM: Record<string, number> = {
  '1.1': 5,
  '1.2': 6,
  '1.3': 4,
  '1.4': 4,
  '2.1': 3,
  '2.2': 3,
  '2.3': 3,
  '2.4': 3,
  '3.1': 3,
  '3.2': 2,
  '3.3': 3,
  '3.4': 5,
  '4.1': 3,
  '4.2': 4,
  '4.3': 4,
  '4.4': 6,
  '5.1': 5,
  '5.2': 4,
  '5.3': 5,
  '5.4': 4,
  '6.1': 4,
  '6.2': 3,
  '6.3': 4,
  '6.4': 4,
};

/** Every `th` string in the data, with its path. */
function thaiTexts(value: unknown, path = ''): { path: string; th: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => thaiTexts(v, `${path}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'th' && typeof v === 'string' ? [{ path, th: v }] : thaiTexts(v, `${path}.${k}`),
  );
}

describe('criteria structure', () => {
  it('has 7 categories; categories 1–6 have 4 items each, 1.1–6.4 in order', () => {
    expect(criteria.id).toBe('pmqa40-criteria@2565');
    expect(criteria.source).toBe('001_831dbe8b77b6d016.txt');
    expect(criteria.categories.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(processCategories()).toHaveLength(6);
    for (const c of processCategories())
      expect(c.items.map((i) => i.id)).toEqual([1, 2, 3, 4].map((i) => `${c.id}.${i}`));
    expect(criteriaItems().map((i) => i.id)).toEqual(Object.keys(PROMPTS_PER_ITEM));
    // the checklist rule pack lists the same items
    expect(Object.values(pmqa40Checklist2565.constants.items).flat()).toEqual(Object.keys(PROMPTS_PER_ITEM));
  });

  it('has 94 prompts with unique ids prefixed by their item id', () => {
    const prompts = criteriaPrompts();
    expect(prompts).toHaveLength(94);
    expect(new Set(prompts.map((p) => p.id)).size).toBe(94);
    for (const item of criteriaItems()) {
      item.prompts.forEach((p, n) => {
        expect(p.id).toBe(`${item.id}.${n + 1}`);
        expect(p.th.trim()).not.toBe('');
        expect(p.en.trim()).not.toBe('');
        expect(p.line).toBeGreaterThan(0);
      });
    }
  });

  it.each(Object.entries(PROMPTS_PER_ITEM))('item %s has %i prompts', (id, count) => {
    expect(criteriaItems().find((i) => i.id === id)?.prompts).toHaveLength(count);
  });

  it('keeps printed level tags only where printed (13 of 94)', () => {
    const tagged = criteriaPrompts().filter((p) => p.tag !== null);
    expect(tagged).toHaveLength(13);
    expect(
      criteriaPrompts()
        .filter((p) => p.tag === null)
        .every((p) => p.level === null),
    ).toBe(true);
    const levelOf = {
      '(Basic)': 'basic',
      '(A/D)': 'basic',
      '(Advance)': 'advance',
      '(Sig)': 'significance',
    } as const;
    for (const p of tagged) expect(p.level).toBe(levelOf[p.tag as keyof typeof levelOf]);
    for (const p of criteriaPrompts()) expect(p.th).not.toMatch(/\((Basic|Advance|Sig|A\/D)\)/);
  });

  it('every item has all three level descriptors with Thai and English', () => {
    for (const item of criteriaItems()) {
      expect(item.title.th.trim()).not.toBe('');
      expect(item.title.en.trim()).not.toBe('');
      for (const level of ['basic', 'advance', 'significance'] as const) {
        expect(item.levels[level].th.trim(), `${item.id} ${level}`).not.toBe('');
        expect(item.levels[level].en.trim(), `${item.id} ${level}`).not.toBe('');
        expect(Array.isArray(item.guidance[level])).toBe(true);
      }
    }
    expect(Object.keys(criteria.levelNames)).toEqual(['basic', 'advance', 'significance']);
  });

  it('Thai text carries no markup: no ** and no HTML tags', () => {
    const texts = thaiTexts(criteria);
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((t) => t.th.includes('**'))).toEqual([]);
    expect(texts.filter((t) => /<\s*\/?[a-z!]/i.test(t.th))).toEqual([]);
    // The only "<" is a comparison the seed prints in the Category 7 Basic descriptor (001:1131, "<4.9 %").
    expect(texts.filter((t) => t.th.includes('<')).map((t) => t.path)).toEqual([
      '.categories.6.levels.basic',
    ]);
    expect(texts.filter((t) => t.th.includes('<'))[0]?.th).toMatch(/<4\.9 %$/);
  });
});

describe('Category 7 sub-items and their KPI groups', () => {
  it('has 6 sub-items 7.1–7.6 whose groups equal the rule pack pmqa40-cat7@2565 (the 2565 criteria)', () => {
    const c7 = criteria.categories[6];
    expect(c7.id).toBe(7);
    expect(c7.items.map((i) => i.id)).toEqual([...DIMENSIONS]);
    expect(c7.items).toBe(category7Items);
    expect(fromCore).toBe(category7Items);
    for (const item of c7.items) {
      const dim = pmqa40Category7_2565.constants.dimensions[item.id as (typeof DIMENSIONS)[number]];
      expect(item.groups.map((g) => ({ id: g.id, th: g.th, en: g.en, mandatory: g.mandatory }))).toEqual(
        dim.groups.map((g) => ({ id: g.id, th: g.label.th, en: g.label.en, mandatory: g.mandatory })),
      );
      expect(dim.label).toEqual({ th: item.title.th, en: item.title.en });
    }
  });

  it('has 29 groups, 11 of them mandatory, with unique ids', () => {
    const groups = category7Items.flatMap((i) => i.groups);
    expect(groups).toHaveLength(29);
    expect(groups.filter((g) => g.mandatory)).toHaveLength(11);
    expect(new Set(groups.map((g) => g.id)).size).toBe(29);
    expect(
      category7Items.map((i) => [i.id, i.groups.length, i.groups.filter((g) => g.mandatory).length]),
    ).toEqual([
      ['7.1', 6, 2],
      ['7.2', 5, 2],
      ['7.3', 5, 2],
      ['7.4', 4, 2],
      ['7.5', 4, 1],
      ['7.6', 5, 2],
    ]);
    for (const g of groups) expect(g.th).not.toMatch(/\*$/);
  });
});
