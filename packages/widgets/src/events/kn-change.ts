/**
 * The one Khanaen event, `kn-change`, typed for users (Shoelace's `src/events/` pattern).
 *
 * Each element declares the detail it sends by adding itself to `KnChangeDetailMap` (tag → detail type):
 *
 * ```ts
 * declare global {
 *   interface KnChangeDetailMap { 'kn-band-meter': BandMeterChange }
 * }
 * ```
 *
 * `HTMLElementEventMap['kn-change']` is then `CustomEvent` of the union of every element's detail, so
 * `el.addEventListener('kn-change', (e) => e.detail…)` is typed without casts; narrow on the event's
 * `target` (`e.target instanceof KnKpiScorecard`) or use `KnChangeEvent<'kn-kpi-scorecard'>`.
 *
 * `kn-change` bubbles but is not composed: an element inside another element's shadow root (a number field
 * in a calculator) never reaches the page, so the outer element's `kn-change` keeps its own meaning and no
 * parent has to stop its children's events.
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each element (interface merging)
  interface KnChangeDetailMap {}
  interface HTMLElementEventMap {
    'kn-change': KnChangeEvent;
  }
  interface GlobalEventHandlersEventMap {
    'kn-change': KnChangeEvent;
  }
}

/** Tags that send `kn-change`. */
export type KnChangeTag = keyof KnChangeDetailMap;

/** `kn-change` from one element (`KnChangeEvent<'kn-band-meter'>`), or from any Khanaen element (the default). */
export type KnChangeEvent<Tag extends KnChangeTag = KnChangeTag> = CustomEvent<KnChangeDetailMap[Tag]>;

/** The event's name, for `addEventListener(KN_CHANGE, …)`. */
export const KN_CHANGE = 'kn-change' as const;

/** Creates a `kn-change` event (bubbles, not composed: see above). */
export function knChange<Tag extends KnChangeTag>(detail: KnChangeDetailMap[Tag]): KnChangeEvent<Tag> {
  return new CustomEvent(KN_CHANGE, { detail, bubbles: true, composed: false });
}

export {};
