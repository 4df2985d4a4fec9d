/**
 * The checklist's render helpers: what the element shows of its model (categories, items with their level
 * radios, prompts with notes and links, the estimate). They render and forward input; they decide nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ITEM_LEVELS, levelsReached, positionOf, type Bilingual, type Lang } from '@khanaen/core';
import type { CriteriaItem, CriteriaLevel, CriteriaPrompt, ProcessCategory } from '@khanaen/core/criteria';
import { styleProps } from '../shared/style-props.js';
import type { ChecklistModel } from './checklist-model.js';
import type { CriteriaIndex } from './search.js';

/** What the render helpers need of the element: its state, its texts and where input goes. */
export interface ChecklistView {
  readonly model: ChecklistModel;
  readonly index: CriteriaIndex | null;
  readonly categories: readonly ProcessCategory[];
  readonly locale: Lang;
  readonly bilingual: boolean;
  readonly numerals: 'latin' | 'thai';
  readonly printing: boolean;
  readonly expanded: ReadonlySet<string>;
  readonly linkDrafts: Readonly<Record<string, string>>;
  readonly linkErrors: Readonly<Record<string, Bilingual>>;
  t(text: Bilingual): string;
  digits(text: string): string;
  num(value: number): string;
  levelName(id: string): string;
  toggle(itemId: string): void;
  setLinkDraft(promptId: string, text: string): void;
  addLink(promptId: string): void;
  removeLink(promptId: string, index: number): void;
}

export const cssId = (id: string) => id.replace(/\./g, '-');

/** The criteria text in the current language (verbatim, no digit conversion). */
const pick = (v: ChecklistView, b: Bilingual): string => b[v.locale];

/** The other language's text, when shown: always Thai in English; English in Thai with `bilingual`. */
function other(v: ChecklistView, b: Bilingual, cls = 'other'): TemplateResult | typeof nothing {
  if (v.locale === 'th' && !v.bilingual) return nothing;
  const lang = v.locale === 'th' ? 'en' : 'th';
  if (!b[lang]) return nothing;
  return html`<span class=${cls} lang=${lang}>${b[lang]}</span>`;
}

export function renderEstimate(v: ChecklistView): TemplateResult {
  const r = v.model.result;
  const titles = new Map(v.categories.map((c) => [c.id as number, c.title]));
  // The estimate's own position (null while no item is assessed): its value, band and scale, from core.
  const position = positionOf(r);
  return html`<section part="estimate" class="estimate" aria-labelledby="estimate-h">
    <h3 id="estimate-h">${v.t({ th: 'ค่าประมาณคะแนน', en: 'Estimated score' })}</h3>
    <p class="estimate-label">
      <strong
        >${v.t({ th: 'ค่าประมาณจากการประเมินตนเอง ไม่ใช่คะแนนอย่างเป็นทางการ', en: 'A self-assessment estimate, not an official score' })}</strong
      >
    </p>
    ${
      r.ok
        ? html`
            <kn-band-meter
              scale="pmqa40"
              .result=${r}
              label=${v.t({ th: 'ค่าประมาณคะแนนรวม (ไม่ใช่คะแนนอย่างเป็นทางการ)', en: 'Estimated overall score (not official)' })}
              value-label=${v.t({ th: 'ค่าประมาณ', en: 'Estimate' })}
              numerals=${v.numerals}
            ></kn-band-meter>
            <p class="overall">
              ${
                r.overall !== null && position
                  ? v.t({
                      th: `คะแนนรวมโดยประมาณ ${v.num(r.overall)} จาก ${v.num(position.scale.max)} (${r.band ? v.levelName(r.band) : '–'})`,
                      en: `Estimated overall ${v.num(r.overall)} of ${v.num(position.scale.max)} (${r.band ? v.levelName(r.band) : '–'})`,
                    })
                  : v.t({
                      th: 'ยังไม่มีค่าประมาณ: ยังไม่ได้ประเมินหัวข้อใด',
                      en: 'No estimate yet: no item has been assessed.',
                    })
              }
            </p>
            <table class="categories-table">
              <caption class="visually-hidden">
                ${v.t({ th: 'ค่าประมาณรายหมวด', en: 'Estimate by category' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${v.t({ th: 'หมวด', en: 'Category' })}</th>
                  <th scope="col">${v.t({ th: 'ประเมินแล้ว', en: 'Assessed' })}</th>
                  <th scope="col">${v.t({ th: 'ค่าประมาณ', en: 'Estimate' })}</th>
                </tr>
              </thead>
              <tbody>
                ${r.categories.map((c) => {
                  const title = titles.get(c.id);
                  // Category 7 is the results category: no items, its score comes from the KPIs (rule C7S).
                  const results = !titles.has(c.id);
                  return html`<tr>
                    <th scope="row">
                      ${v.t({ th: 'หมวด', en: 'Category' })} ${v.digits(String(c.id))}
                      ${results ? v.t({ th: 'ผลลัพธ์การดำเนินการ', en: 'Results' }) : title ? pick(v, title) : ''}
                    </th>
                    <td>
                      ${
                        results
                          ? c.score === null
                            ? v.t({ th: 'ไม่มีคะแนนหมวด 7', en: 'No Category 7 score' })
                            : v.t({ th: 'จากตัวชี้วัดหมวด 7', en: 'From the Category 7 KPIs' })
                          : v.t({ th: `${c.assessed} จาก ${c.total}`, en: `${c.assessed} of ${c.total}` })
                      }
                    </td>
                    <td>${c.score === null ? '–' : v.num(c.score)}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
            ${
              r.notAssessed.length
                ? html`<p class="not-assessed">
                    ${v.t({
                      th: `ยังไม่ประเมิน ${r.notAssessed.length} หัวข้อ (ไม่นำมาคิด): ${r.notAssessed.join(', ')}`,
                      en: `${r.notAssessed.length} item${r.notAssessed.length === 1 ? '' : 's'} not assessed (left out): ${r.notAssessed.join(', ')}`,
                    })}
                  </p>`
                : nothing
            }
            <kn-explanation .steps=${r.explanation} numerals=${v.numerals}></kn-explanation>
          `
        : html`<ul class="problems" role="alert">
            ${r.errors.map((e) => html`<li>${v.t(e.message)}</li>`)}
          </ul>`
    }
  </section>`;
}

function renderLevels(v: ChecklistView, item: CriteriaItem): TemplateResult {
  const current = v.model.levelOf(item.id);
  const reached = new Set(levelsReached(current)); // rule CL's cumulative levels, from core
  const name = `level-${cssId(item.id)}`;
  return html`<fieldset part="levels" class="levels" aria-describedby="cumulative-hint">
    <legend id="legend-${cssId(item.id)}">
      ${v.t({ th: 'ระดับที่บรรลุ', en: 'Level reached' })}<span class="visually-hidden">
        ${v.t({ th: `หัวข้อ ${item.id}`, en: `item ${item.id}` })}</span
      >
    </legend>
    ${ITEM_LEVELS.map((level) => {
      const implied = reached.has(level) && level !== current;
      const descriptor = level in item.levels ? item.levels[level as CriteriaLevel] : null;
      return html`<label
        class="level level-${level} ${reached.has(level) ? 'reached' : ''} ${level === current ? 'current' : ''}"
      >
        <input
          type="radio"
          name=${name}
          value=${level}
          .checked=${live(level === current)}
          @change=${() => v.model.setLevel(item.id, level)}
        />
        <span class="level-text">
          <span class="level-name"
            >${v.levelName(level)}${
              implied
                ? html` <span class="implied"
                    >${v.t({ th: '✓ บรรลุแล้ว (ระดับสะสม)', en: '✓ reached (cumulative)' })}</span
                  >`
                : nothing
            }</span
          >
          ${descriptor ? html`<span class="descriptor">${pick(v, descriptor)}</span>${other(v, descriptor, 'other descriptor')}` : nothing}
        </span>
      </label>`;
    })}
  </fieldset>`;
}

function renderLinks(v: ChecklistView, p: CriteriaPrompt): TemplateResult {
  const links = v.model.prompt(p.id).links;
  const id = cssId(p.id);
  const err = v.linkErrors[p.id];
  return html`<div part="links" class="links">
    <p class="links-heading" id="lh-${id}">${v.t({ th: 'ลิงก์หลักฐาน', en: 'Evidence links' })}</p>
    ${
      links.length
        ? html`<ul aria-labelledby="lh-${id}">
            ${links.map(
              (url, i) =>
                html`<li>
                  <a href=${url} target="_blank" rel="noopener noreferrer">${url}</a>
                  <button type="button" class="remove-link" @click=${() => v.removeLink(p.id, i)}>
                    ${v.t({ th: 'ลบ', en: 'Remove' })}<span class="visually-hidden">
                      ${v.t({ th: 'ลิงก์', en: 'link' })} ${url}</span
                    >
                  </button>
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${v.t({ th: 'ยังไม่มีลิงก์', en: 'No links yet' })}</p>`
    }
    <div class="add-link">
      <label for="link-${id}"
        >${v.t({ th: `เพิ่มลิงก์หลักฐาน (ประเด็น ${p.id})`, en: `Add an evidence link (prompt ${p.id})` })}</label
      >
      <div class="add-row">
        <input
          id="link-${id}"
          type="url"
          inputmode="url"
          autocomplete="url"
          placeholder="https://"
          .value=${live(v.linkDrafts[p.id] ?? '')}
          aria-invalid=${err ? 'true' : 'false'}
          aria-describedby="linkerr-${id}"
          @input=${(e: Event) => v.setLinkDraft(p.id, (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              v.addLink(p.id);
            }
          }}
        />
        <button type="button" class="add-link-button" @click=${() => v.addLink(p.id)}>
          ${v.t({ th: 'เพิ่มลิงก์', en: 'Add link' })}
        </button>
      </div>
      <p id="linkerr-${id}" class="error" aria-live="polite">
        ${err ? html`<span aria-hidden="true">⚠ </span>${v.t(err)}` : nothing}
      </p>
    </div>
  </div>`;
}

function renderPrompt(v: ChecklistView, p: CriteriaPrompt, terms: readonly string[]): TemplateResult {
  const d = v.model.prompt(p.id);
  const id = cssId(p.id);
  const match = v.index?.promptMatches(p, terms, v.model.value.prompts) ?? false;
  return html`<section part="prompt" class="prompt ${match ? 'match' : ''}" aria-labelledby="ph-${id}">
    <h5 id="ph-${id}" class="prompt-heading">
      <span class="id">${v.digits(p.id)}</span>
      <span class="primary">${pick(v, p)}</span>
      ${p.tag ? html`<span class="tag">${p.tag}</span>` : nothing}
      ${match ? html`<span class="visually-hidden">${v.t({ th: '(ตรงกับคำค้น)', en: '(matches the search)' })}</span>` : nothing}
    </h5>
    ${other(v, p)}
    ${
      p.details.length
        ? html`<ul class="details">
            ${p.details.map((x) => html`<li><span>${pick(v, x)}</span>${other(v, x)}</li>`)}
          </ul>`
        : nothing
    }
    <div class="field">
      <label for="notes-${id}"
        >${v.t({ th: `บันทึก / คำอธิบายหลักฐาน (ประเด็น ${p.id})`, en: `Notes / evidence (prompt ${p.id})` })}</label
      >
      <textarea
        part="notes"
        id="notes-${id}"
        rows="3"
        .value=${live(d.notes)}
        @input=${(e: Event) => v.model.setNotes(p.id, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div class="print-only print-notes">${d.notes || v.t({ th: '(ไม่มีบันทึก)', en: '(no notes)' })}</div>
    </div>
    ${renderLinks(v, p)}
  </section>`;
}

function renderItem(v: ChecklistView, item: CriteriaItem, terms: readonly string[]): TemplateResult {
  const open = v.printing || v.expanded.has(item.id);
  const id = cssId(item.id);
  const level = v.model.levelOf(item.id);
  const withNotes = item.prompts.filter((p) => v.model.value.prompts[p.id]).length;
  return html`<article part="item" class="item level-${level}" aria-labelledby="ih-${id}">
    <h4 class="item-heading">
      <button
        part="toggle"
        class="toggle"
        type="button"
        id="ih-${id}"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? `prompts-${id}` : nothing}
        @click=${() => v.toggle(item.id)}
      >
        <span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
        <span class="id">${v.digits(item.id)}</span>
        <span class="primary">${pick(v, item.title)}</span>
      </button>
    </h4>
    ${other(v, item.title)}
    <p class="item-summary">
      ${v.t({ th: 'ระดับที่ประเมิน:', en: 'Level:' })} <strong>${v.levelName(level)}</strong> ·
      ${v.t({
        th: `${item.prompts.length} ประเด็น มีบันทึก/ลิงก์ ${withNotes}`,
        en: `${item.prompts.length} prompts, ${withNotes} with notes or links`,
      })}
    </p>
    ${renderLevels(v, item)}
    ${
      open
        ? html`<div class="prompts" id="prompts-${id}">
            ${item.prompts.map((p) => renderPrompt(v, p, terms))}
          </div>`
        : nothing
    }
  </article>`;
}

export function renderCategory(
  v: ChecklistView,
  cat: ProcessCategory,
  items: readonly CriteriaItem[],
  terms: readonly string[],
): TemplateResult {
  const r = v.model.result;
  const progress = r.ok ? r.categories.find((c) => c.id === cat.id) : undefined;
  const assessed = progress?.assessed ?? 0; // counted by core (rule CL)
  const total = progress?.total ?? cat.items.length;
  const pct = total > 0 ? (assessed / total) * 100 : 0;
  return html`<section part="category" class="category" aria-labelledby="ch-${cat.id}">
    <h3 id="ch-${cat.id}">
      ${v.t({ th: 'หมวด', en: 'Category' })} ${v.digits(String(cat.id))}
      <span class="primary">${pick(v, cat.title)}</span>
    </h3>
    ${other(v, cat.title)}
    ${
      cat.intent && cat.intent.th
        ? html`<p class="intent">
            <span class="intent-label">${v.t({ th: 'เจตนารมณ์:', en: 'Intent:' })}</span>
            ${pick(v, cat.intent)} ${other(v, cat.intent)}
          </p>`
        : nothing
    }
    <div part="progress" class="progress">
      <span
        >${v.t({ th: `ประเมินแล้ว ${assessed} จาก ${total} หัวข้อ`, en: `${assessed} of ${total} items assessed` })}</span
      >
      <span class="bar" aria-hidden="true"
        ><span class="fill" style=${styleProps({ width: `${pct}%` })}></span
      ></span>
    </div>
    ${items.map((i) => renderItem(v, i, terms))}
  </section>`;
}
