import { formatDecimal, type Decimal } from './decimal.js';
import type { ExplanationStep, ExplanationValue } from './result.js';

/** Builds one explanation step. */
export function step(
  rule: string,
  source: string,
  th: string,
  en: string,
  values: Record<string, ExplanationValue> = {},
): ExplanationStep {
  return { rule, source, text: { th, en }, values };
}

/** A number as explanation text: grouped, at most 2 decimals, real minus sign. */
export function fmt(value: Decimal | number): string {
  return formatDecimal(value);
}

/** The step that says a pack's constants were overridden, when they were. */
export function packStep(packId: string, source: string): ExplanationStep[] {
  if (!packId.endsWith('+overrides')) return [];
  return [
    step(
      'PACK',
      source,
      `ใช้ชุดเกณฑ์ ${packId.replace('+overrides', '')} โดยปรับค่าคงที่บางค่าตามที่ผู้ใช้กำหนด`,
      `Used rule pack ${packId.replace('+overrides', '')} with constants overridden by the caller.`,
      { pack: packId },
    ),
  ];
}
