import { describe, expect, it } from 'vitest';
import { scoreCategory7Kpi } from '../src/index.js';

describe('smoke', () => {
  it('scores the worked example', () => {
    const r = scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] });
    expect(r.ok && r.score).toBe(400);
  });
});
