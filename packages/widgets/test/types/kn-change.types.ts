/**
 * Type test (compiled by `npm run typecheck`, never run): `kn-change` is typed for users without casts,
 * through `KnChangeDetailMap` (each element adds its detail) and `HTMLElementEventMap`.
 */
import type {
  BandMeterChange,
  ChecklistChange,
  KnChangeEvent,
  KnChangeTag,
  NumberFieldChange,
} from '../../src/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(ok: T): T => ok;

// Every widgets element that fires kn-change is registered under its tag.
expectType<Equal<Extract<KnChangeTag, `kn-${string}`>, KnChangeTag>>(true);
expectType<Equal<KnChangeDetailMap['kn-band-meter'], BandMeterChange>>(true);
expectType<Equal<KnChangeDetailMap['kn-criteria-checklist'], ChecklistChange>>(true);
expectType<Equal<KnChangeDetailMap['kn-number-field'], NumberFieldChange>>(true);

// On the document and on any element: the detail is the union of the registered details.
document.addEventListener('kn-change', (e) => {
  expectType<Equal<typeof e, KnChangeEvent>>(true);
  const detail: BandMeterChange | ChecklistChange | NumberFieldChange = e.detail;
  // A property every detail has is read without narrowing.
  void detail.value;
  // @ts-expect-error -- no element sends `nope`
  void e.detail.nope;
});

// On an element, narrowed on the detail's own fields (no cast).
const meter = document.createElement('kn-band-meter');
meter.addEventListener('kn-change', (e) => {
  if ('number' in e.detail) {
    const n: number | null = e.detail.number; // a number field's detail
    void n;
  } else {
    const ok: boolean | undefined = e.detail.result?.ok;
    void ok;
  }
});
const checklist = document.createElement('kn-criteria-checklist');
checklist.addEventListener('kn-change', (e) => {
  if ('result' in e.detail && e.detail.result && 'categories' in e.detail.result) {
    const overall: number | null = e.detail.result.overall;
    void overall;
  }
});
