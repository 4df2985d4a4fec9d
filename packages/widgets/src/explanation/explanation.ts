import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { seedFiles, type Bilingual, type ExplanationStep, type Warning } from '@khanaen/core';
import { KnElement } from '../base/kn-element.js';
import { styles } from './explanation.styles.js';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
/** A `{ th, en }` text from anything (missing or wrong parts are blank). */
const bilingual = (v: unknown): Bilingual =>
  isRecord(v) ? { th: str(v.th), en: str(v.en) } : { th: '', en: '' };

/** The usable steps of whatever was set: entries that are not objects are left out, missing texts are blank. */
function readSteps(steps: unknown): ExplanationStep[] {
  if (!Array.isArray(steps)) return [];
  return steps
    .filter(isRecord)
    .map(
      (s) => ({ ...s, text: bilingual(s.text), rule: str(s.rule), source: str(s.source) }) as ExplanationStep,
    );
}

function readWarnings(warnings: unknown): Warning[] {
  if (!Array.isArray(warnings)) return [];
  return warnings.filter(isRecord).map((w) => ({ ...w, message: bilingual(w.message) }) as Warning);
}

/**
 * @tag kn-explanation
 * @summary The steps of a result's explanation (from `@khanaen/core`), each with its rule and the seed
 * document line it comes from, plus any warnings; with a button that copies the text for a report.
 *
 * @attr {string} heading - Summary text (default "วิธีคำนวณ" / "How this was calculated").
 * @attr {boolean} open - Show the steps expanded.
 *
 * @prop {ExplanationStep[]} steps - The explanation steps of a core result.
 * @prop {Warning[]} warnings - Warnings of a core result.
 *
 * @csspart details - The disclosure.
 * @csspart summary - Its summary line.
 * @csspart step - One step.
 * @csspart source - A step's rule and citation.
 * @csspart warnings - The warning list.
 * @csspart copy - The copy button.
 */
export class KnExplanation extends KnElement {
  static override styles = [...KnElement.styles, styles];

  @property({ attribute: false }) steps: readonly ExplanationStep[] = [];
  @property({ attribute: false }) warnings: readonly Warning[] = [];
  @property() heading = '';
  @property({ type: Boolean, reflect: true }) open = false;
  @state() private copied: 'no' | 'yes' | 'failed' = 'no';

  /** The explanation as plain text in the current language (what the copy button copies). */
  get text(): string {
    return readSteps(this.steps)
      .map((s, i) => `${i + 1}. ${this.t(s.text)} [${s.rule}, ${s.source}]`)
      .join('\n');
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.text);
      this.copied = 'yes';
    } catch {
      this.copied = 'failed';
    }
  }

  private docTitle(source: string): string {
    const id = source.split(':')[0] ?? '';
    const doc = seedFiles[id];
    return doc ? `${this.t(doc.title)} (${doc.file})` : source;
  }

  override render() {
    const heading = this.heading || this.t({ th: 'วิธีคำนวณ', en: 'How this was calculated' });
    const steps = readSteps(this.steps);
    const warnings = readWarnings(this.warnings);
    return html`
      ${
        warnings.length
          ? html`<ul
              part="warnings"
              class="warnings"
              aria-label=${this.t({ th: 'ข้อควรระวัง', en: 'Warnings' })}
            >
              ${warnings.map((w) => html`<li><span aria-hidden="true">⚠ </span>${this.t(w.message)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        steps.length
          ? html`<details
              part="details"
              ?open=${this.open}
              @toggle=${(e: Event) => (this.open = (e.target as HTMLDetailsElement).open)}
            >
              <summary part="summary">
                ${heading} (${this.digits(String(steps.length))}
                ${this.t({ th: 'ขั้นตอน', en: steps.length === 1 ? 'step' : 'steps' })})
              </summary>
              <ol>
                ${steps.map(
                  (s) =>
                    html`<li part="step">
                      <span class="text">${this.t(s.text)}</span>
                      <span part="source" class="source">
                        ${this.t({ th: 'กฎ', en: 'Rule' })} ${s.rule} ·
                        <abbr title=${this.docTitle(s.source)}
                          >${this.t({ th: 'ที่มา', en: 'source' })} ${s.source}</abbr
                        >
                      </span>
                    </li>`,
                )}
              </ol>
              <button part="copy" type="button" @click=${this.copy}>
                ${this.t({ th: 'คัดลอกคำอธิบาย', en: 'Copy explanation' })}
              </button>
              <span class="copied" aria-live="polite"
                >${
                  this.copied === 'yes'
                    ? this.t({ th: 'คัดลอกแล้ว', en: 'Copied' })
                    : this.copied === 'failed'
                      ? this.t({
                          th: 'คัดลอกไม่ได้ เลือกข้อความแล้วคัดลอกเอง',
                          en: 'Could not copy; select the text instead',
                        })
                      : ''
                }</span
              >
            </details>`
          : nothing
      }
    `;
  }
}
