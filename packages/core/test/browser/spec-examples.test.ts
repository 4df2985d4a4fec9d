// The SPEC's worked examples, run against the built package (@khanaen/core → dist) in Chromium:
// the core must give the same answers in a browser as in Node.
import { expect } from '@open-wc/testing';
import {
  agencyLevel,
  checklistEstimate,
  facilitationValue,
  formatBaht,
  formatYear,
  parseDecimal,
  pmqa40Band,
  scoreAgencyKpi,
  scoreCategory7Kpi,
} from '@khanaen/core';
import { criteriaPrompts } from '@khanaen/core/criteria';

describe('@khanaen/core in the browser', () => {
  it('C7 worked example (001:1188-1199)', () => {
    const rows = [
      [450, -11.11, 'basic', 300],
      [375, 6.67, 'advance', 400],
      [300, 33.33, 'none', 0],
    ] as const;
    for (const [target, pct, level, score] of rows) {
      const r = scoreCategory7Kpi({ target, actual: 400, history: [300, 450] });
      expect(r.ok).to.equal(true);
      if (!r.ok) continue;
      expect([r.improvementPct, r.level, r.score]).to.deep.equal([pct, level, score]);
    }
  });

  it('C7 boundaries are exact decimals, text and table readings', () => {
    const at = (actual: number, boundaries: 'text' | 'table') => {
      const r = scoreCategory7Kpi({ target: 100, actual, history: [90, 100], boundaries });
      return r.ok ? r.level : r.errors[0]?.code;
    };
    expect([at(105, 'text'), at(105, 'table'), at(110, 'text'), at(110, 'table')]).to.deep.equal([
      'basic',
      'advance',
      'advance',
      'significance',
    ]);
  });

  it('AE.1 interpolation and AE.3 rounding', () => {
    const s = (a: number) => {
      const r = scoreAgencyKpi({ actual: a, targets: { initial: 80, standard: 90, high: 100 } });
      return r.ok ? r.score : null;
    };
    expect([79.9, 80, 85, 90, 95, 100, 120].map(s)).to.deep.equal([0, 50, 62.5, 75, 87.5, 100, 100]);
    expect([agencyLevel(89.99), agencyLevel(89.995)]).to.deep.equal(['standard-high', 'quality']);
  });

  it('PB.1 bands, FV example, CL estimate, Thai input and formatting', () => {
    const band = pmqa40Band('๔๑๘');
    expect(band.ok && band.band).to.equal('advance');
    const v = facilitationValue({
      services: [{ sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: '10,000' }],
    });
    expect(v.ok && v.total).to.equal(2_250_000);
    const cl = checklistEstimate({ levels: { '1.1': 'advance', '1.2': 'basic' } });
    expect(cl.ok && cl.categories[0]?.score).to.equal(350);
    expect(parseDecimal(' ๑,๒๓๔.๕๐ ')).to.include({ ok: true, value: 1234.5 });
    expect(formatBaht(2250000, { lang: 'th' })).to.equal('2,250,000 บาท');
    expect(formatYear(2024, { lang: 'th' })).to.equal('2567');
    expect(criteriaPrompts()).to.have.length(94);
  });
});
