import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Bilingual, FacilitationValueResult } from '@khanaen/core';

/** The formatting the chart borrows from its element (language and digits). */
export interface ChartFormat {
  t(text: Bilingual): string;
  num(value: number): string;
  baht(value: number): string;
}

const PARTS = ['A', 'B', 'C'] as const;
type Part = (typeof PARTS)[number];

export const PART_LABEL: Record<Part, Bilingual> = {
  A: { th: 'A ค่าสำเนาเอกสาร', en: 'A copies' },
  B: { th: 'B ค่าธรรมเนียม', en: 'B fee' },
  C: { th: 'C ค่าเสียเวลา', en: 'C time' },
};

/** The service's label: its name, else "งานบริการที่ n". */
export function serviceLabel(name: string | null, index: number, f: ChartFormat): string {
  return name ?? f.t({ th: `งานบริการที่ ${index + 1}`, en: `Service ${index + 1}` });
}

/**
 * One horizontal stacked bar per service: its length is the service's Total Value (relative to the largest),
 * split into A, B and C in proportion to the core's per-transaction amounts. Each part has its own pattern and
 * a letter under it, and a legend and a caption repeat the numbers in words (colour is never the only signal).
 * Pure drawing: the values all come from the core result.
 */
export function renderBreakdownChart(
  r: FacilitationValueResult,
  id: string,
  f: ChartFormat,
): TemplateResult | typeof nothing {
  if (r.services.length === 0) return nothing;
  const W = 640;
  const valueRoom = 150;
  const barMax = W - valueRoom;
  const block = 52;
  const legendH = 28;
  const H = r.services.length * block + legendH;
  const max = Math.max(...r.services.map((s) => s.total));
  const bars = r.services.map((s, i) => {
    const y = i * block;
    const length = max > 0 ? (s.total / max) * barMax : 0;
    const parts = { A: s.A, B: s.B, C: s.C };
    let x = 0;
    const segs = PARTS.map((p) => {
      const w = s.perTransaction > 0 ? (parts[p] / s.perTransaction) * length : 0;
      const seg = { p, x, w };
      x += w;
      return seg;
    }).filter((seg) => seg.w > 0);
    return svg`<g class="bar">
      <text class="name" x="0" y=${y + 13}>${serviceLabel(s.name, i, f)}</text>
      ${segs.map(
        (
          seg,
        ) => svg`<rect class="seg seg-${seg.p.toLowerCase()}" x=${seg.x} y=${y + 18} width=${seg.w} height="18" fill="url(#${id}-${seg.p})"></rect>
          ${seg.w >= 12 ? svg`<text class="letter" x=${seg.x + seg.w / 2} y=${y + 48} text-anchor="middle">${seg.p}</text>` : nothing}`,
      )}
      <text class="value" x=${length + 6} y=${y + 32}>${f.baht(s.total)}</text>
    </g>`;
  });
  const legendY = r.services.length * block + 6;
  const legend = PARTS.map(
    (p, i) => svg`<g class="legend">
      <rect class="seg seg-${p.toLowerCase()}" x=${i * 170} y=${legendY} width="16" height="16" fill="url(#${id}-${p})"></rect>
      <text class="legend-text" x=${i * 170 + 22} y=${legendY + 13}>${f.t(PART_LABEL[p])}</text>
    </g>`,
  );
  const describe = r.services
    .map(
      (s, i) =>
        `${serviceLabel(s.name, i, f)}: ${f.t({ th: 'ต่อครั้ง', en: 'per transaction' })} A ${f.baht(s.A)}, B ${f.baht(s.B)}, C ${f.baht(s.C)}; ${f.t({ th: 'รวม', en: 'total' })} ${f.baht(s.total)}`,
    )
    .join('. ');
  const title = f.t({
    th: 'สัดส่วน A ค่าสำเนาเอกสาร, B ค่าธรรมเนียม และ C ค่าเสียเวลา ของแต่ละงานบริการ',
    en: 'A (copies), B (fee) and C (time) of each service',
  });
  return html`<figure part="chart" class="breakdown">
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${title}>
      <defs>
        <pattern id="${id}-A" patternUnits="userSpaceOnUse" width="8" height="8">
          <rect class="pat-a" width="8" height="8"></rect>
          <path class="pat-line" d="M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6"></path>
        </pattern>
        <pattern id="${id}-B" patternUnits="userSpaceOnUse" width="6" height="6">
          <rect class="pat-b" width="6" height="6"></rect>
          <circle class="pat-dot" cx="3" cy="3" r="1.2"></circle>
        </pattern>
        <pattern id="${id}-C" patternUnits="userSpaceOnUse" width="8" height="8">
          <rect class="pat-c" width="8" height="8"></rect>
        </pattern>
      </defs>
      ${bars} ${legend}
    </svg>
    <figcaption>${title}. ${describe}.</figcaption>
  </figure>`;
}
