// Core scoring throughput in Node (packages/core/dist): Category 7 KPIs per second through
// scoreCategory7Kpi and scoreCategory7Set, beside a floor (the same arithmetic on plain numbers), plus the
// per-call times the old packages/core/bench measured (scoreAgency with 605 KPIs, facilitationValue).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { summarize } from './stats.mjs';

const DIMS = ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6'];

/** 1,000 varied but valid Category 7 KPIs (the worked example's range: targets 300–500). */
function cat7Inputs() {
  return Array.from({ length: 1000 }, (_, i) => {
    const target = 300 + ((i * 37) % 200);
    return {
      target,
      actual: target - 40 + ((i * 53) % 120),
      history: [target - 60 + ((i * 7) % 50), target - 30 + ((i * 11) % 80)],
      direction: i % 7 === 0 ? 'lower' : 'higher',
    };
  });
}

/** A set of `n` KPIs spread over the six dimensions (names unique, so no duplicate scores 0). */
function cat7Set(n, inputs) {
  return Array.from({ length: n }, (_, i) => ({
    ...inputs[i % inputs.length],
    dimension: DIMS[i % 6],
    name: `ตัวชี้วัด ${i + 1}`,
  }));
}

/**
 * Runs `fn` (which scores `perCall` KPIs) repeatedly for at least `minMs` per run, `runs` times after
 * `warmups` warm-up runs; returns KPIs per second of each run.
 */
function throughput(fn, perCall, { runs, warmups, minMs }) {
  const rates = [];
  for (let r = 0; r < warmups + runs; r += 1) {
    let calls = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < minMs) {
      fn(calls);
      calls += 1;
      if ((calls & 7) === 0 || perCall > 1) t = performance.now();
    }
    t = performance.now();
    if (r >= warmups) rates.push((calls * perCall) / ((t - t0) / 1000));
  }
  return rates;
}

function timeCall(fn, { runs, warmups }) {
  for (let i = 0; i < warmups; i += 1) fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export async function benchCore(coreDist, { runs, warmups = 3, minMs = 50 }) {
  const core = await import(pathToFileURL(coreDist).href);
  const { scoreCategory7Kpi, scoreCategory7Set, scoreAgency, facilitationValue } = core;
  const inputs = cat7Inputs();
  for (const k of inputs) {
    const r = scoreCategory7Kpi(k);
    if (!r.ok) throw new Error(`bench input rejected by core: ${JSON.stringify(r.errors[0])}`);
  }
  const sets = { 30: cat7Set(30, inputs), 600: cat7Set(600, inputs) };
  for (const [n, kpis] of Object.entries(sets)) {
    const r = scoreCategory7Set({ kpis });
    if (!r.ok) throw new Error(`set of ${n} rejected by core: ${JSON.stringify(r.errors[0])}`);
  }

  // Floor: rule C7's arithmetic on plain numbers (baseline, improvement %, level, score), no validation,
  // no exact decimals, no explanation. What a hand-written loop can reach on this machine.
  let sink = 0;
  const plain = (k) => {
    const baseline = (k.history[0] + k.history[1]) / 2;
    const higher = k.direction !== 'lower';
    const challenging = higher ? k.target > baseline : k.target < baseline;
    const improvement = ((k.actual - baseline) / baseline) * 100 * (higher ? 1 : -1);
    const met = higher ? k.actual >= k.target : k.actual <= k.target;
    const level = !challenging ? 0 : improvement >= 10 ? 3 : met ? 2 : improvement > 0 ? 1 : 0;
    return Math.round(([0, 300, 400, 500][level] + improvement) * 100) / 100;
  };
  const opts = { runs, warmups, minMs };
  const floorRates = throughput(
    () => {
      for (let i = 0; i < inputs.length; i += 1) sink += plain(inputs[i]);
    },
    inputs.length,
    opts,
  );
  const floor = summarize(floorRates, { higherIsBetter: true });

  let bad = 0;
  const kpiRates = throughput(
    (c) => {
      if (!scoreCategory7Kpi(inputs[c % inputs.length]).ok) bad += 1;
    },
    1,
    opts,
  );
  const setRates = {};
  for (const n of [30, 600]) {
    setRates[n] = throughput(
      () => {
        if (!scoreCategory7Set({ kpis: sets[n] }).ok) bad += 1;
      },
      n,
      opts,
    );
  }
  if (bad) throw new Error(`core rejected ${bad} bench calls`);

  const kpis605 = Array.from({ length: 605 }, (_, i) => ({
    id: `K${i + 1}`,
    name: `ตัวชี้วัดที่ ${i + 1}`,
    weight: i < 604 ? '0.165' : '0.34',
    actual: 70 + (i % 40),
    targets: { initial: 80, standard: 90, high: 100 },
  }));
  const services = Array.from({ length: 50 }, () => ({
    sheetsReduced: 4,
    feeReduced: 100,
    hoursReduced: 3,
    transactions: 10000,
  }));
  const agency = timeCall(
    () => {
      const r = scoreAgency({ kpis: kpis605 });
      if (!r.ok) throw new Error(JSON.stringify(r.errors[0]));
    },
    { runs, warmups },
  );
  const facilitation = timeCall(() => facilitationValue({ services }), { runs, warmups });
  void sink;

  // Budgets of the core issue: ≥ 1,000,000 single Category 7 KPIs/s, ≥ 300,000/s in sets (one implementation).
  const rate = (id, measure, samples, budget) => ({
    id,
    measure,
    unit: 'KPIs/s',
    ...summarize(samples, { higherIsBetter: true }),
    budget,
    budgetKind: 'min',
    floor: floor.median,
  });
  return [
    rate('core.cat7.kpi', 'scoreCategory7Kpi, one KPI per call', kpiRates, 1_000_000),
    rate('core.cat7.set30', 'scoreCategory7Set, batches of 30', setRates[30], 300_000),
    rate('core.cat7.set600', 'scoreCategory7Set, batches of 600', setRates[600], 300_000),
    {
      id: 'core.floor',
      measure: 'floor: C7 arithmetic on plain numbers',
      unit: 'KPIs/s',
      ...floor,
      budget: null,
      floor: null,
    },
    {
      id: 'core.agency605',
      measure: 'scoreAgency, 605 KPIs (one call)',
      unit: 'ms',
      ...summarize(agency),
      budget: null,
      floor: null,
    },
    {
      id: 'core.facilitation50',
      measure: 'facilitationValue, 50 services (one call)',
      unit: 'ms',
      ...summarize(facilitation),
      budget: null,
      floor: null,
    },
  ];
}
