import { formatDecimal, type Decimal } from './decimal.js';
import { levelLabels } from './i18n.js';
import type { Bilingual, ExplanationStep, ExplanationValue, Warning } from './result.js';

/** The Thai/English label of a level or band; an unknown id (e.g. from a caller's pack) labels itself. */
export function labelOf(id: string): Bilingual {
  return Object.prototype.hasOwnProperty.call(levelLabels, id)
    ? ((levelLabels as Record<string, Bilingual>)[id] as Bilingual)
    : { th: id, en: id };
}

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

/**
 * The result with an enumerable `explanation` that is built the first time it is read (then kept), so
 * scoring many KPIs at once does not pay for text nobody reads. Reading it, spreading the result,
 * `JSON.stringify` and `structuredClone` all see the same array. (An object-literal getter: defining the
 * property afterwards with `Object.defineProperty` made each result several times slower to create.)
 */
export function lazyExplanation<T extends object>(
  result: T,
  build: () => readonly ExplanationStep[],
): T & { readonly explanation: readonly ExplanationStep[] } {
  let steps: readonly ExplanationStep[] | undefined;
  return {
    ...result,
    get explanation(): readonly ExplanationStep[] {
      return (steps ??= build());
    },
  };
}

/** A warning whose message text is written the first time it is read (then kept). */
export function lazyWarning(code: Warning['code'], path: string, build: () => Bilingual): Warning {
  let message: Bilingual | undefined;
  return {
    code,
    path,
    get message() {
      return (message ??= build());
    },
  };
}
