/** Rule C7S — the Category 7 set: 6 dimensions × 5 slots, duplicates, groups, aggregate, stage-1 gate (SPEC §2). */
import { describe, expect, it } from 'vitest';
import {
  DIMENSIONS,
  findKpiGroup,
  kpiNameKey,
  pmqa40Category7_2565,
  scoreCategory7Set,
  type Category7SetKpiInput,
  type Dimension,
} from '../src/index.js';
import { bad, expectError, expectExplained, ok, stepOf } from './helpers.js';

/** A KPI scoring 300 (basic), 400 (advance), 500 (significance) or 0 (target not challenging). */
function kpi(
  dimension: Dimension,
  name: string,
  points: 0 | 300 | 400 | 500,
  group?: string,
): Category7SetKpiInput {
  const actual = { 0: 100, 300: 100, 400: 107, 500: 120 }[points];
  const history = points === 0 ? [200, 200] : [90, 100];
  return { dimension, name, target: 100, actual, history, ...(group ? { group } : {}) };
}

/** Five KPIs of `points` in every dimension, each in a group that keeps the dimension's group rules. */
function fullSet(points: 0 | 300 | 400 | 500): Category7SetKpiInput[] {
  return DIMENSIONS.flatMap((dim) => {
    const groups = pmqa40Category7_2565.constants.dimensions[dim].groups;
    const mandatory = groups.filter((g) => g.mandatory);
    const others = groups.filter((g) => !g.mandatory);
    const order = [...mandatory, ...others, ...others, ...mandatory];
    const pick = Array.from({ length: 5 }, (_, i) => order[i % order.length] as (typeof order)[number]);
    return pick.map((g, i) => kpi(dim, `KPI ${dim}-${i + 1}`, points, g.id));
  });
}

describe('C7S aggregate', () => {
  it('6 dimensions × 5 slots; dimension = mean of 5 slots; Category 7 = mean of 6 dimensions', () => {
    // The 2565 group list: the 2566 list allows only 4 KPIs in 7.5 (2 groups of at most 2, 000:68-69).
    const r = ok(scoreCategory7Set({ kpis: fullSet(400), pack: 'pmqa40-cat7@2565' }));
    expect(r.score).toBe(400);
    for (const dim of DIMENSIONS) {
      expect(r.dimensions[dim].score).toBe(400);
      expect(r.dimensions[dim].filled).toBe(5);
      expect(r.dimensions[dim].kpis.map((k) => k.slot)).toEqual([1, 2, 3, 4, 5]);
    }
    expect(r.warnings).toEqual([]);
    expect(r.pack).toBe('pmqa40-cat7@2565');
    expectExplained(r.explanation);
    expect(r.explanation.filter((s) => s.rule === 'C7S.1')).toHaveLength(6);
    expect(stepOf(r.explanation, 'C7S.1').text.th).toBe(
      'มิติ 7.1 ด้านพันธกิจ: (400 + 400 + 400 + 400 + 400) / 5 = 400 (ค่าเฉลี่ยของ 5 ช่องเป็นวิธีของ Khanaen: เอกสารกำหนดให้รายงานมิติละ 5 ตัว (000:66) แต่ไม่ได้กำหนดวิธีรวมคะแนน)',
    );
    expect(stepOf(r.explanation, 'C7S.3').text.th).toBe(
      'คะแนนหมวด 7 = ค่าเฉลี่ย 6 มิติ = (400 + 400 + 400 + 400 + 400 + 400) / 6 = 400 (ค่าเฉลี่ยของมิติเป็นวิธีของ Khanaen; เอกสารใช้ "คะแนนเฉลี่ยหมวด 7" ที่ 004:1873-1877)',
    );
  });

  it('empty slots score 0', () => {
    const r = ok(
      scoreCategory7Set({ kpis: [kpi('7.1', 'A', 500), kpi('7.1', 'B', 300)], pack: 'pmqa40-cat7@2565' }),
    );
    expect(r.dimensions['7.1'].score).toBe(160);
    expect(r.dimensions['7.1'].filled).toBe(2);
    expect(r.dimensions['7.2'].score).toBe(0);
    expect(r.score).toBe(26.67);
    expect(stepOf(r.explanation, 'C7S.1').text.en).toBe(
      "Dimension 7.1 Mission: (500 + 300 + 0 + 0 + 0) / 5 = 160 (the mean of the 5 slots is Khanaen's default: the source asks for 5 KPIs a dimension (000:66) but gives no aggregate)",
    );
    const incomplete = r.warnings.filter((w) => w.code === 'DIMENSION_INCOMPLETE');
    expect(incomplete).toHaveLength(6);
    expect(incomplete[0]?.message.th).toBe('มิติ 7.1 มีตัวชี้วัด 2 จาก 5 ตัว ช่องที่ว่างได้ 0 คะแนน');
  });

  it('an empty set scores 0 and does not pass', () => {
    const r = ok(scoreCategory7Set({ kpis: [], pack: 'pmqa40-cat7@2565' }));
    expect(r.score).toBe(0);
    expect(r.passesStage1).toBe(false);
    expect(r.warnings.filter((w) => w.code === 'MANDATORY_GROUP_MISSING')).toHaveLength(11);
  });

  it.each([
    { name: 'all 400', set: fullSet(400), score: 400, passes: true },
    { name: 'all 500', set: fullSet(500), score: 500, passes: true },
    { name: 'all 300', set: fullSet(300), score: 300, passes: false },
    { name: 'one slot short of 400', set: fullSet(400).slice(1), score: 386.67, passes: false },
    {
      name: 'a 300 balanced by a 500',
      set: fullSet(400).map((k, i) =>
        i === 0 ? { ...k, actual: 100 } : i === 1 ? { ...k, actual: 120 } : k,
      ),
      score: 400,
      passes: true,
    },
    {
      name: 'one 300 among 400s',
      set: fullSet(400).map((k, i) => (i === 0 ? { ...k, actual: 100 } : k)),
      score: 396.67,
      passes: false,
    },
  ])('stage-1 gate (≥ 400, 004:1873-1877): $name → $score', ({ set, score, passes }) => {
    const r = ok(scoreCategory7Set({ kpis: set }));
    expect(r.score).toBe(score);
    expect(r.passesStage1).toBe(passes);
    const gate = stepOf(r.explanation, 'C7S.4');
    expect(gate.values.passesStage1).toBe(passes);
    expect(gate.text.th).toContain(passes ? 'จึงผ่านเข้ารอบต่อไป' : 'จึงยังไม่ผ่านเข้ารอบต่อไป');
  });

  it('a KPI whose target is not challenging scores 0 in its slot', () => {
    const r = ok(scoreCategory7Set({ kpis: [kpi('7.3', 'Easy', 0)] }));
    expect(r.dimensions['7.3'].kpis[0]?.score).toBe(0);
    expect(r.dimensions['7.3'].kpis[0]?.level).toBe('none');
    expect(r.dimensions['7.3'].kpis[0]?.result.challenging).toBe(false);
  });
});

describe('C7S duplicates (000:73-77)', () => {
  it('scores a repeated KPI 0 in every slot after the first, case- and space-insensitive, across dimensions', () => {
    const r = ok(
      scoreCategory7Set({
        kpis: [
          kpi('7.2', ' tourism  REVENUE ', 500),
          kpi('7.1', 'Tourism Revenue', 500),
          { ...kpi('7.1', 'tourismrevenue', 400), unit: 'baht' },
          kpi('7.1', 'Other', 300),
        ],
      }),
    );
    const first = r.dimensions['7.1'].kpis[0];
    expect(first?.score).toBe(500);
    expect(first?.duplicateOf).toBeNull();
    const second = r.dimensions['7.1'].kpis[1];
    expect(second?.score).toBe(0);
    expect(second?.level).toBe('none');
    expect(second?.duplicateOf).toEqual({ index: 1, dimension: '7.1', slot: 1 });
    expect(second?.result.score).toBe(400); // its own C7 score is kept for reference
    const third = r.dimensions['7.2'].kpis[0];
    expect(third?.score).toBe(0);
    expect(third?.duplicateOf).toEqual({ index: 1, dimension: '7.1', slot: 1 });
    expect(r.dimensions['7.1'].kpis[2]?.score).toBe(300);
    const dups = r.warnings.filter((w) => w.code === 'DUPLICATE_KPI');
    expect(dups.map((w) => w.path)).toEqual(['kpis.2.name', 'kpis.0.name']);
    expect(dups[0]?.message.th).toContain('ซ้ำกับตัวชี้วัดในมิติ 7.1 ช่องที่ 1 จึงไม่ได้คะแนน');
    expect(stepOf(r.explanation, 'C7S.2').values.duplicates).toBe(2);
    expect(r.dimensions['7.1'].score).toBe(160);
  });

  it('kpiNameKey ignores case and every space', () => {
    expect(kpiNameKey('  Tourism   Revenue ')).toBe(kpiNameKey('tourismrevenue'));
    expect(kpiNameKey('รายได้ จากการท่องเที่ยว')).toBe(kpiNameKey('รายได้จากการท่องเที่ยว'));
    expect(kpiNameKey('A')).not.toBe(kpiNameKey('B'));
    expect(kpiNameKey(bad(undefined))).toBe('');
  });
});

describe('C7S slots and groups (000:62-65, 001:1113-1121)', () => {
  it('counts only the first 5 KPIs of a dimension and warns about the rest', () => {
    const six = [500, 500, 500, 500, 500, 300].map((p, i) => kpi('7.4', `K${i}`, p as 300 | 500));
    six[5] = kpi('7.4', 'K5', 500);
    const r = ok(scoreCategory7Set({ kpis: [...six.slice(0, 5), kpi('7.4', 'K5', 0)] }));
    const dim = r.dimensions['7.4'];
    expect(dim.filled).toBe(5);
    expect(dim.kpis).toHaveLength(6);
    expect(dim.kpis[5]?.counted).toBe(false);
    expect(dim.kpis[5]?.score).toBe(0);
    expect(dim.score).toBe(500);
    const tooMany = r.warnings.find((w) => w.code === 'TOO_MANY_KPIS');
    expect(tooMany?.message.en).toBe('Dimension 7.4 has 6 KPIs; only the first 5 are scored.');
    // a sixth KPI that would score does not raise the dimension either
    const r2 = ok(
      scoreCategory7Set({
        kpis: [...fullSet(300).filter((k) => k.dimension === '7.4'), kpi('7.4', 'Extra', 500)],
      }),
    );
    expect(r2.dimensions['7.4'].score).toBe(300);
    expect(r2.dimensions['7.4'].kpis[5]?.score).toBe(0);
  });

  it('finds groups by id, Thai label, English label or a label with its *', () => {
    const c = pmqa40Category7_2565.constants;
    expect(findKpiGroup(c, '7.1', 'core-mission')?.id).toBe('core-mission');
    expect(findKpiGroup(c, '7.1', 'ตัววัดตามภารกิจหลัก*')?.id).toBe('core-mission');
    expect(findKpiGroup(c, '7.2', ' SATISFACTION ')?.id).toBe('satisfaction');
    expect(findKpiGroup(c, '7.2', 'Complaint resolution')?.id).toBe('complaints');
    expect(findKpiGroup(c, '7.1', 'satisfaction')).toBeUndefined();
    expect(findKpiGroup(c, bad('7.9'), 'satisfaction')).toBeUndefined();
    expect(findKpiGroup(c, '7.1', bad(5))).toBeUndefined();
    expect(findKpiGroup(c, bad({ toString: null }), 'satisfaction')).toBeUndefined();
  });

  it('warns about a missing mandatory group, too many KPIs in a group and an unknown group', () => {
    const r = ok(
      scoreCategory7Set({
        kpis: [
          ...['a', 'b', 'c', 'd'].map((n) => kpi('7.1', n, 400, 'core-mission')),
          kpi('7.1', 'e', 400, 'strategic-plan'),
          ...['f', 'g', 'h'].map((n) => kpi('7.2', n, 400, 'complaints')),
          kpi('7.2', 'i', 400, 'satisfaction'),
          kpi('7.2', 'j', 400, 'no such group'),
          kpi('7.3', 'k', 400, '   '),
        ],
        pack: 'pmqa40-cat7@2565',
      }),
    );
    const codes = (code: string) => r.warnings.filter((w) => w.code === code);
    expect(codes('GROUP_TOO_MANY').map((w) => w.message.en)).toEqual([
      'Dimension 7.1: group “Measures of core functions” has 4 KPIs, more than the 3 allowed.',
      'Dimension 7.2: group “Complaint resolution” has 3 KPIs, more than the 2 allowed.',
    ]);
    expect(codes('MANDATORY_GROUP_MISSING').map((w) => w.message.en)).toContain(
      'Dimension 7.2: no KPI yet in the mandatory group “Engagement and cooperation” (1–2 required).',
    );
    expect(codes('MANDATORY_GROUP_MISSING').some((w) => w.message.en.startsWith('Dimension 7.1:'))).toBe(
      false,
    );
    const unknown = codes('UNKNOWN_GROUP');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.path).toBe('kpis.9.group');
    expect(unknown[0]?.message.th).toBe('ตัวชี้วัด “j”: กลุ่ม “no such group” ไม่อยู่ในกลุ่มตัววัดของมิติ 7.2');
    expect(r.dimensions['7.2'].kpis.map((k) => k.group)).toEqual([
      'complaints',
      'complaints',
      'complaints',
      'satisfaction',
      null,
    ]);
    // structural problems are warnings: every KPI is still scored
    expect(r.dimensions['7.1'].score).toBe(400);
    expect(r.dimensions['7.3'].kpis[0]?.group).toBeNull();
  });
});

describe('C7S options and packs', () => {
  it('passes direction, boundaries and significance points through to rule C7', () => {
    const r = ok(
      scoreCategory7Set({
        kpis: [
          { dimension: '7.5', name: 'PM2.5', target: 50, actual: 45, history: [60, 52], direction: 'lower' },
          { dimension: '7.5', name: 'Revenue', target: 100, actual: 110, history: [90, 100] },
        ],
        boundaries: 'table',
        significancePoints: 450,
      }),
    );
    expect(r.dimensions['7.5'].kpis.map((k) => [k.level, k.score])).toEqual([
      ['significance', 450],
      ['significance', 450],
    ]);
    expect(r.dimensions['7.5'].kpis[0]?.result.direction).toBe('lower');
  });

  it('uses overridden constants (slots, points, gate) and names the pack', () => {
    const r = ok(
      scoreCategory7Set({
        kpis: [kpi('7.1', 'A', 400), kpi('7.1', 'B', 400), kpi('7.1', 'C', 400)],
        constants: { slotsPerDimension: 2, stage1PassScore: 100, points: { advance: 420 } },
      }),
    );
    expect(r.pack).toBe('pmqa40-cat7@2566+overrides');
    expect(r.dimensions['7.1'].score).toBe(420);
    expect(r.dimensions['7.1'].kpis[2]?.counted).toBe(false);
    expect(r.score).toBe(70);
    expect(r.passesStage1).toBe(false);
    expect(r.explanation[0]?.rule).toBe('PACK');
    expectExplained(r.explanation);
  });

  it.each([0, 2.5, 1000])('rejects %d slots per dimension', (slots) => {
    expectError(
      scoreCategory7Set({ kpis: [], constants: { slotsPerDimension: slots } }),
      'constants.slotsPerDimension',
      'OUT_OF_RANGE',
    );
  });

  it('rejects a pack of another shape', () => {
    expectError(
      scoreCategory7Set({ kpis: [], pack: bad({ id: 'x', constants: {} }) }),
      'pack.constants.basicMaxPct',
      'INVALID_TYPE',
    );
  });
});

describe('C7S bad input', () => {
  const good = kpi('7.1', 'A', 400);
  it.each([
    { name: 'no kpis', input: {}, path: 'kpis', code: 'REQUIRED' },
    { name: 'kpis not a list', input: { kpis: 'x' }, path: 'kpis', code: 'INVALID_TYPE' },
    { name: 'null KPI', input: { kpis: [null] }, path: 'kpis.0', code: 'REQUIRED' },
    {
      name: 'dimension 7.7',
      input: { kpis: [{ ...good, dimension: '7.7' }] },
      path: 'kpis.0.dimension',
      code: 'INVALID_OPTION',
    },
    { name: 'blank name', input: { kpis: [{ ...good, name: '  ' }] }, path: 'kpis.0.name', code: 'REQUIRED' },
    {
      name: 'name a number',
      input: { kpis: [{ ...good, name: 5 }] },
      path: 'kpis.0.name',
      code: 'INVALID_TYPE',
    },
    {
      name: 'group a number',
      input: { kpis: [{ ...good, group: 5 }] },
      path: 'kpis.0.group',
      code: 'INVALID_TYPE',
    },
    {
      name: 'text target',
      input: { kpis: [good, { ...good, target: 'abc' }] },
      path: 'kpis.1.target',
      code: 'NOT_A_NUMBER',
    },
    {
      name: 'target 0',
      input: { kpis: [good, { ...good, name: 'B', target: 0 }] },
      path: 'kpis.1.target',
      code: 'TARGET_ZERO',
    },
    {
      name: 'no history',
      input: { kpis: [{ ...good, history: undefined }] },
      path: 'kpis.0.history',
      code: 'HISTORY_REQUIRED',
    },
    {
      name: 'short history',
      input: { kpis: [{ ...good, history: [1] }] },
      path: 'kpis.0.history',
      code: 'HISTORY_REQUIRED',
    },
    {
      name: 'direction',
      input: { kpis: [{ ...good, direction: 'down' }] },
      path: 'kpis.0.direction',
      code: 'INVALID_OPTION',
    },
    {
      name: 'boundaries',
      input: { kpis: [], boundaries: 'both' },
      path: 'boundaries',
      code: 'INVALID_OPTION',
    },
    {
      name: 'points',
      input: { kpis: [], significancePoints: '-5' },
      path: 'significancePoints',
      code: 'NEGATIVE',
    },
  ])('$name → $code at "$path"', ({ input, path, code }) => {
    const e = expectError(scoreCategory7Set(bad(input)), path, code as never);
    if (path.startsWith('kpis.1.')) expect(e.message.th.startsWith('ตัวชี้วัดที่ 2: ')).toBe(true);
  });
});
