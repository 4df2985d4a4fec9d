// The one import line per package that types the tags for JSX (generated from each package's manifest):
import type {} from '@khanaen/calculators/react';
import type {} from '@khanaen/widgets/react';
// Registering modules: each defines its tag (and the widgets it uses) once.
import '@khanaen/calculators/kn-kpi-target-calculator.js';
import '@khanaen/calculators/kn-kpi-scorecard.js';
import '@khanaen/widgets/kn-band-meter.js';

import { useState } from 'react';
import type { ScorecardKpi } from '@khanaen/calculators';

const KPIS: ScorecardKpi[] = [
  {
    id: '1',
    name: 'ร้อยละของเรื่องร้องเรียนที่แก้ไขเสร็จ',
    weight: 60,
    actual: 90,
    targets: { initial: 80, standard: 90, high: 100 },
  },
  {
    id: '2',
    name: 'ระดับความพึงพอใจของผู้รับบริการ',
    weight: 40,
    actual: 4.2,
    targets: { initial: 3.5, standard: 4, high: 4.5 },
  },
];

export function App() {
  const [score, setScore] = useState<number | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [changes, setChanges] = useState(0);

  return (
    <main>
      <h1>KPI (React)</h1>
      <kn-kpi-target-calculator
        id="target"
        mode="agency"
        name="ร้อยละของงานที่แล้วเสร็จตามกำหนด"
        unit="ร้อยละ"
        initial-target="80"
        standard-target="90"
        high-target="100"
        onkn-change={(e) => {
          // kn-change: typed from the manifest (detail: KpiTargetChange), the core result included.
          const { result } = e.detail;
          setScore(result.ok && 'score' in result ? result.score : null);
          setChanges((n) => n + 1);
        }}
      />
      <kn-band-meter id="meter" scale="agency" label="คะแนนตัวชี้วัด" value={score ?? ''} />
      <p>
        React state: score <output data-testid="score">{score ?? '—'}</output>, changes{' '}
        <output data-testid="changes">{changes}</output>
      </p>

      <kn-kpi-scorecard
        id="scorecard"
        mode="agency"
        kpis={KPIS}
        onkn-change={(e) => {
          const { result } = e.detail;
          setTotal(result.ok && 'total' in result ? result.total : null);
        }}
      />
      <p>
        React state: total <output data-testid="total">{total ?? '—'}</output>
      </p>
    </main>
  );
}
