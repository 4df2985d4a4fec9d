// Median and p95 of a list of samples. For rates (higher is better) "p95" is the rate that 95 % of the
// runs reach (the 5th percentile), so that for every row p95 is the slow end.

const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

export function summarize(samples, { higherIsBetter = false } = {}) {
  const xs = samples.filter((x) => Number.isFinite(x));
  if (xs.length === 0) return { median: null, p95: null, min: null, max: null, n: 0, samples: [] };
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    median,
    p95: higherIsBetter ? quantile(sorted, 0.05) : quantile(sorted, 0.95),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    n: xs.length,
    samples: xs.map((x) => Math.round(x * 1000) / 1000),
  };
}
