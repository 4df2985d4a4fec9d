#!/usr/bin/env node
// Core benchmarks (Node): how long the rules take at realistic sizes. Prints a table; not a test.
import { performance } from 'node:perf_hooks';
import { scoreAgency, scoreCategory7Kpi, scoreCategory7Set, facilitationValue } from '../dist/index.js';

function bench(name, fn, { runs = 30 } = {}) {
  for (let i = 0; i < 3; i += 1) fn(); // warm up
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  console.log(
    `  ${name.padEnd(44)} median ${median.toFixed(2).padStart(8)} ms   p95 ${p95.toFixed(2).padStart(8)} ms`,
  );
  return { name, median, p95 };
}

const kpis605 = Array.from({ length: 605 }, (_, i) => ({
  id: `K${i + 1}`,
  name: `ตัวชี้วัดที่ ${i + 1}`,
  weight: i < 604 ? '0.165' : '0.34',
  actual: 70 + (i % 40),
  targets: { initial: 80, standard: 90, high: 100 },
}));
const cat7Set = ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6'].flatMap((dimension) =>
  Array.from({ length: 5 }, (_, i) => ({
    dimension,
    name: `${dimension} KPI ${i}`,
    target: 375,
    actual: 380 + i * 10,
    history: [300, 450],
  })),
);

console.log('@khanaen/core benchmarks');
const results = [
  bench(
    'scoreCategory7Kpi (one KPI)',
    () => scoreCategory7Kpi({ target: 375, actual: 400, history: [300, 450] }),
    { runs: 500 },
  ),
  bench('scoreCategory7Set (30 KPIs)', () => scoreCategory7Set({ kpis: cat7Set })),
  bench('scoreAgency (605 KPIs, FY2567 department count)', () => {
    const r = scoreAgency({ kpis: kpis605 });
    if (!r.ok) throw new Error(JSON.stringify(r.errors[0]));
  }),
  bench('facilitationValue (50 services)', () =>
    facilitationValue({
      services: Array.from({ length: 50 }, () => ({
        sheetsReduced: 4,
        feeReduced: 100,
        hoursReduced: 3,
        transactions: 10000,
      })),
    }),
  ),
];
void results;
