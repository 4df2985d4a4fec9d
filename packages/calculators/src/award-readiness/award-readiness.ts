import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { AWARD_BRANCHES, type AwardBranch, type AwardReadinessInput, type Bilingual } from '@khanaen/core';
import { DraftStore, KnElement, downloadText } from '@khanaen/widgets';
import '@khanaen/widgets/kn-number-field.js';
import '@khanaen/widgets/kn-explanation.js';
import { calculatorStyles } from '../shared/calculator.styles.js';
import { text } from '../shared/props.js';
import type { Question } from './award-questions.js';
import {
  AwardReadinessModel,
  DRAFT_SCHEMA,
  DRAFT_VERSION,
  readAwardDraft,
  type AwardReadinessDraft,
  type AwardReadinessOutcome,
} from './award-readiness-model.js';
import { renderResult } from './award-readiness-result.js';
import { styles } from './award-readiness.styles.js';

/** The detail of `kn-change`: the branch and type, core's input and core's result. */
export interface AwardReadinessChangeDetail {
  readonly branch: AwardBranch;
  readonly type: string;
  readonly input: AwardReadinessInput;
  readonly result: AwardReadinessOutcome;
}

let uid = 0;
const YES: Bilingual = { th: 'ใช่', en: 'Yes' };
const NO: Bilingual = { th: 'ไม่ใช่', en: 'No' };

/**
 * @tag kn-award-readiness
 * @summary "พร้อมสมัครรางวัลหรือยัง?" — checks an agency's readiness for one type of the รางวัลเลิศรัฐ 2566
 * (Public Service, Participatory Governance, PMQA): every gate met or not, why, what is missing, the
 * self-scored dimensions and the source line. All rules are `@khanaen/core`'s (`awardReadiness`, AW.PS,
 * AW.PG, AW.PM); state and logic live in `AwardReadinessModel`.
 *
 * @attr {'public-service'|'participatory'|'pmqa'} branch - Award branch (default `public-service`).
 * @attr {string} type - Award type of the branch (default: the branch's first).
 * @attr {string} for - Ids (space-separated) of linked calculators: a `kn-cost-savings-calculator` gives the
 *   facilitation dimensions, a `kn-kpi-scorecard` in Category 7 mode the Category 7 score, a
 *   `kn-criteria-checklist` the overall estimate.
 * @attr {string} draft-key - `localStorage` key for drafts (none: no drafts).
 * @attr {boolean} disabled - Disable editing.
 * @attr {'latin'|'thai'} numerals - Digits.
 *
 * @prop {AwardReadinessOutcome} result - Read-only: core's result for the current answers.
 * @prop {AwardReadinessModel} model - Read-only: the headless model (answers, links, drafts, receipt).
 *
 * @fires kn-change - When the result changes; `detail: AwardReadinessChangeDetail` (`{ branch, type, input, result }`).
 *
 * @csspart form - The questions.
 * @csspart verdict - The overall "ready / not yet".
 * @csspart gates - The list of conditions.
 * @csspart dimensions - The self-scored dimensions.
 * @csspart explanation - The explanation.
 *
 * @cssprop --kn-color-primary - Accent colour.
 */
export class KnAwardReadiness extends KnElement {
  static override styles = [...KnElement.styles, calculatorStyles, styles];

  @property({ reflect: true }) branch: AwardBranch = 'public-service';
  @property({ reflect: true, converter: text }) type = '';
  @property({ attribute: 'for', reflect: true, converter: text }) for = '';
  @property({ attribute: 'draft-key', reflect: true, converter: text }) draftKey = '';
  @property({ type: Boolean, reflect: true }) disabled = false;

  readonly model = new AwardReadinessModel();
  @state() private rev = 0;
  private readonly uid = `kn-aw-${uid++}`;
  private lastResult: AwardReadinessOutcome | null = null;
  private root: Document | ShadowRoot | null = null;
  private stop: (() => void) | null = null;

  get result(): AwardReadinessOutcome {
    return this.model.result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's attributes first: a linked figure arriving before the first update must not reset them.
    this.model.setBranch(this.branch);
    if (this.type) this.model.setType(this.type);
    this.stop ??= this.model.subscribe(() => {
      this.rev += 1;
      this.branch = this.model.branch;
      this.type = this.model.type;
    });
    this.root = this.getRootNode() as Document | ShadowRoot;
    this.root.addEventListener('kn-change', this.onLinked);
    this.readLinked();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.root?.removeEventListener('kn-change', this.onLinked);
    this.root = null;
  }

  private get ids(): string[] {
    return String(this.for ?? '')
      .split(/\s+/)
      .filter(Boolean);
  }

  private readonly onLinked = (e: Event): void => {
    const target = e.target as HTMLElement | null;
    if (!target || target === this || !this.ids.includes(target.id)) return;
    this.model.link((e as CustomEvent<unknown>).detail);
  };

  /** Reads the linked elements' current figures (they may have changed before this element connected). */
  private readLinked(): void {
    for (const id of this.ids) {
      const el = (this.root as Document | null)?.getElementById?.(id) as
        (HTMLElement & Record<string, unknown>) | null;
      if (!el || !el.localName.includes('-')) continue;
      void customElements.whenDefined(el.localName).then(() => {
        const detail: Record<string, unknown> = { result: el.result };
        if ('efficiency' in el) detail.efficiency = el.efficiency;
        if ('mode' in el) detail.mode = el.mode;
        this.model.link(detail);
      });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('branch') && this.branch !== this.model.branch) this.model.setBranch(this.branch);
    if (changed.has('type') && this.type && this.type !== this.model.type) this.model.setType(this.type);
    if (changed.has('for') && changed.get('for') !== undefined) {
      this.model.unlink();
      this.readLinked();
    }
    if (changed.has('draftKey')) {
      const key = this.draftKey.trim();
      this.model.attachStore(
        key
          ? new DraftStore<AwardReadinessDraft>({
              key,
              schema: DRAFT_SCHEMA,
              version: DRAFT_VERSION,
              read: readAwardDraft,
            })
          : null,
      );
    }
  }

  protected override updated(): void {
    const r = this.model.result;
    if (r !== this.lastResult) {
      const first = this.lastResult === null;
      this.lastResult = r;
      if (!first)
        this.emitChange<'kn-award-readiness'>({
          branch: this.model.branch,
          type: this.model.type,
          input: this.model.input,
          result: r,
        });
    }
  }

  // ------------------------------------------------------------------------------ questions
  private cite(rule: string, source: string): TemplateResult {
    return html`<cite class="cite">${rule} · ${source}</cite>`;
  }

  private fieldError(path: string): TemplateResult | typeof nothing {
    const e = this.model.errorFor(path);
    return e ? html`<p class="field-error" role="alert">${this.t(e.message)}</p>` : nothing;
  }

  private radios(
    name: string,
    options: readonly { value: string; label: Bilingual }[],
    current: unknown,
    set: (v: string) => void,
  ) {
    return html`<div class="opts">
      ${options.map(
        (o) =>
          html`<label
            ><input
              type="radio"
              name=${name}
              .checked=${live(current === o.value)}
              ?disabled=${this.disabled}
              @change=${() => set(o.value)}
            />${this.t(o.label)}</label
          >`,
      )}
    </div>`;
  }

  private renderQuestion(q: Question): TemplateResult {
    const m = this.model;
    const v = m.answers[q.path];
    const name = `${this.uid}-${q.path}`;
    const legend = html`${this.t(q.label)} ${this.cite(q.rule, q.source)}`;
    if (q.kind === 'yesno') {
      const current = v === true ? 'yes' : v === false ? 'no' : undefined;
      return html`<fieldset class="q" data-path=${q.path}>
        <legend>${legend}</legend>
        ${this.radios(
          name,
          [
            { value: 'yes', label: YES },
            { value: 'no', label: NO },
          ],
          current,
          (x) => m.answer(q.path, x === 'yes'),
        )}
      </fieldset>`;
    }
    if (q.kind === 'choice')
      return html`<fieldset class="q" data-path=${q.path}>
        <legend>${legend}</legend>
        ${this.radios(name, q.options ?? [], v, (x) => m.answer(q.path, x))}${this.fieldError(q.path)}
      </fieldset>`;
    if (q.kind === 'multi') {
      const list = Array.isArray(v) ? (v as readonly string[]) : [];
      return html`<fieldset class="q" data-path=${q.path}>
        <legend>${legend}</legend>
        <div class="opts">
          ${(q.options ?? []).map(
            (o) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${live(list.includes(o.value))}
                  ?disabled=${this.disabled}
                  @change=${(e: Event) => {
                    const on = (e.target as HTMLInputElement).checked;
                    m.answer(q.path, on ? [...list, o.value] : list.filter((x) => x !== o.value));
                  }}
                />${this.t(o.label)}</label
              >`,
          )}
        </div>
      </fieldset>`;
    }
    if (q.kind === 'date') {
      const words = typeof v === 'string' ? m.dateWords(v, this.locale) : null;
      const hintId = `${name}-hint`;
      return html`<div class="q" data-path=${q.path}>
        <label class="label" for=${name}>${legend}</label>
        <input
          id=${name}
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${live(typeof v === 'string' ? v : '')}
          aria-describedby=${hintId}
          ?disabled=${this.disabled}
          @change=${(e: Event) => m.answer(q.path, (e.target as HTMLInputElement).value.trim())}
        />
        <span id=${hintId} class="muted"
          >${words ? `= ${this.digits(words)}` : this.t(q.hint ?? { th: '', en: '' })}</span
        >
        ${this.fieldError(q.path)}
      </div>`;
    }
    const linked = m.linkedAnswer(q);
    if (linked !== null)
      return html`<div class="q" data-path=${q.path}>
        <span class="label">${legend}</span>
        <p>
          <strong>${this.num(linked)}</strong>
          <span class="muted"
            >${this.t({ th: '(รับค่าจากเครื่องคำนวณที่เชื่อมไว้)', en: '(from the linked calculator)' })}</span
          >
        </p>
      </div>`;
    const e = m.errorFor(q.path);
    return html`<div class="q" data-path=${q.path}>
      <kn-number-field
        .label=${this.t(q.label)}
        .value=${typeof v === 'string' ? v : ''}
        .unit=${q.unit ? this.t(q.unit) : ''}
        .hint=${`${q.hint ? `${this.t(q.hint)} · ` : ''}${q.rule} · ${q.source}`}
        .error=${e ? this.t(e.message) : ''}
        .numerals=${this.numerals}
        ?disabled=${this.disabled}
        data-field=${q.path}
        @kn-change=${(ev: CustomEvent<{ value: string }>) => {
          ev.stopPropagation();
          m.answer(q.path, ev.detail.value);
        }}
      ></kn-number-field>
    </div>`;
  }

  private renderScores(): TemplateResult | typeof nothing {
    const m = this.model;
    if (!m.dimensions.length) return nothing;
    return html`<h3>${this.t({ th: 'คะแนนประเมินตนเองรายมิติ', en: 'Self-scores per dimension' })}</h3>
      <div class="questions">
        ${m.dimensions.map((dim) => {
          const linked = m.linkedScore(dim.id);
          const label = `${this.t(dim.label)} (${this.t({ th: 'เต็ม', en: 'max' })} ${this.num(dim.max)})`;
          if (linked !== null)
            return html`<div class="q" data-dim=${dim.id}>
              <span class="label">${label}</span>
              <p>
                <strong>${this.num(linked)}</strong>
                <span class="muted"
                  >${this.t({ th: '(รับค่าจากเครื่องคำนวณความคุ้มค่า)', en: '(from the cost-savings calculator)' })}</span
                >
              </p>
            </div>`;
          const e = m.errorFor(`scores.${dim.id}`);
          return html`<div class="q" data-dim=${dim.id}>
            <kn-number-field
              .label=${label}
              .value=${m.scores[dim.id] ?? ''}
              .hint=${dim.source}
              .error=${e ? this.t(e.message) : ''}
              .numerals=${this.numerals}
              ?disabled=${this.disabled}
              data-field=${`scores.${dim.id}`}
              @kn-change=${(ev: CustomEvent<{ value: string }>) => {
                ev.stopPropagation();
                m.setScore(dim.id, ev.detail.value);
              }}
            ></kn-number-field>
          </div>`;
        })}
      </div>
      ${
        m.linked.valueBaht !== null && m.type === 'facilitation'
          ? html`<p class="muted">
              ${this.t({ th: 'มูลค่าที่ประชาชนประหยัดได้ (FV)', en: 'Value saved for citizens (FV)' })}:
              ${this.baht(m.linked.valueBaht)}
            </p>`
          : nothing
      }`;
  }

  // ------------------------------------------------------------------------------ result
  private renderResult(): TemplateResult {
    return renderResult(this.model.result, {
      t: (x) => this.t(x),
      num: (x) => this.num(x),
      pct: (x) => this.pct(x),
      level: (x) => this.levelName(x),
      numerals: this.numerals,
    });
  }

  private announcement(): string {
    const r = this.model.result;
    if (!r.ok) return '';
    return r.eligible
      ? this.t({ th: 'พร้อมสมัคร', en: 'Ready to apply' })
      : this.t({ th: `ยังไม่พร้อม เหลือ ${r.unmet.length} ข้อ`, en: `Not yet, ${r.unmet.length} to do` });
  }

  override render() {
    void this.rev;
    const m = this.model;
    const id = this.uid;
    const asOfWords = m.asOf ? m.dateWords(m.asOf, this.locale) : null;
    return html`<div class="calc">
      <h2 class="title" id="${id}-title">
        ${this.t({ th: 'พร้อมสมัครรางวัลหรือยัง?', en: 'Ready to apply for an award?' })}
      </h2>
      ${
        m.draftStatus === 'restored'
          ? html`<p class="notice">
              ${this.t({ th: 'กู้คืนคำตอบที่บันทึกไว้แล้ว', en: 'Your saved answers were restored.' })}
            </p>`
          : m.draftStatus === 'set-aside'
            ? html`<p class="notice" role="alert">
                ${this.t({ th: 'ร่างที่บันทึกไว้ใช้ไม่ได้ จึงเก็บแยกไว้ (ไม่ได้ลบ)', en: 'The saved draft could not be used; it was kept aside (not deleted).' })}
              </p>`
            : nothing
      }
      <div part="form" class="form">
        <fieldset class="q">
          <legend>${this.t({ th: 'สาขารางวัล', en: 'Award branch' })}</legend>
          ${this.radios(
            `${id}-branch`,
            AWARD_BRANCHES.map((b) => ({ value: b, label: m.branchLabel(b) })),
            m.branch,
            (b) => m.setBranch(b as AwardBranch),
          )}
        </fieldset>
        <div class="row">
          <label class="text-field"
            ><span>${this.t({ th: 'ประเภทรางวัล', en: 'Award type' })}</span>
            <select
              ?disabled=${this.disabled}
              @change=${(e: Event) => m.setType((e.target as HTMLSelectElement).value)}
            >
              ${m.types.map((t) => html`<option value=${t} ?selected=${t === m.type}>${this.t(m.typeLabel(t))}</option>`)}
            </select></label
          >
          <label class="text-field unit"
            ><span>${this.t({ th: 'ตรวจ ณ วันที่ (ไม่บังคับ)', en: 'Check as of (optional)' })}</span>
            <input
              type="text"
              inputmode="numeric"
              placeholder="2566-02-14"
              .value=${live(m.asOf)}
              ?disabled=${this.disabled}
              aria-describedby="${id}-asof"
              @change=${(e: Event) => m.setAsOf((e.target as HTMLInputElement).value.trim())}
            />
            <span class="muted" id="${id}-asof"
              >${asOfWords ? `= ${this.digits(asOfWords)}` : this.t({ th: 'ว่างไว้ = 14 ก.พ. 2566', en: 'blank = 14 Feb 2023' })}</span
            ></label
          >
        </div>
        <h3>${this.t({ th: 'ตอบเงื่อนไข', en: 'Answer the conditions' })}</h3>
        <div class="questions">${m.questions.map((q) => this.renderQuestion(q))}</div>
        ${this.renderScores()}
      </div>
      <p class="visually-hidden" aria-live="polite">${this.announcement()}</p>
      <div class="result">${this.renderResult()}</div>
      <div class="actions">
        <button type="button" @click=${() => window.print()}>${this.t({ th: 'พิมพ์', en: 'Print' })}</button>
        <button type="button" @click=${() => downloadText('award-readiness.txt', m.receipt(this.locale))}>
          ${this.t({ th: 'ดาวน์โหลดสรุป', en: 'Download summary' })}
        </button>
        <button type="button" ?disabled=${this.disabled} @click=${() => m.discardDraft()}>
          ${this.t({ th: 'ล้างคำตอบ', en: 'Clear answers' })}
        </button>
      </div>
    </div>`;
  }
}

declare global {
  interface KnChangeDetailMap {
    'kn-award-readiness': AwardReadinessChangeDetail;
  }
}
