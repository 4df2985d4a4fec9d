import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  DIMENSIONS,
  pmqa40Category7_2565,
  pmqa40Category7_2566,
  type Category7Constants,
  type KpiGroup,
  type RulePack,
} from '@khanaen/core';

/**
 * What changed between the two Category 7 rule packs: read from core's packs (nothing re-typed here), so the
 * diff is always the one the rules use. No official system shows which version of the groups applied.
 */
const meta: Meta = { title: 'Rules/Category 7 (C7, C7S)/Rule packs by year', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

const star = (g: KpiGroup) =>
  g.mandatory
    ? g.mandatoryFor
      ? ` * (${g.mandatoryFor === 'service' ? 'หน่วยบริการ' : 'หน่วยนโยบาย'})`
      : ' *'
    : '';

function diff(a: RulePack<Category7Constants>, b: RulePack<Category7Constants>) {
  return DIMENSIONS.map((d) => {
    const before = a.constants.dimensions[d].groups;
    const after = b.constants.dimensions[d].groups;
    const key = (g: KpiGroup) => g.label.th.trim();
    const rows = [
      ...after.map((g) => {
        const old = before.find((o) => key(o) === key(g));
        const change = !old
          ? 'added'
          : old.mandatory !== g.mandatory || old.mandatoryFor !== g.mandatoryFor
            ? 'changed'
            : 'same';
        return { change, before: old, after: g } as const;
      }),
      ...before
        .filter((o) => !after.some((g) => key(g) === key(o)))
        .map((o) => ({ change: 'removed', before: o, after: undefined }) as const),
    ];
    return { d, label: b.constants.dimensions[d].label, rows };
  });
}

const CHANGE = {
  added: { th: 'เพิ่มใหม่', en: 'added' },
  removed: { th: 'ยกเลิก', en: 'removed' },
  changed: { th: 'เปลี่ยนเงื่อนไขบังคับ', en: 'mandatory changed' },
  same: { th: 'เหมือนเดิม', en: 'unchanged' },
} as const;

export const GroupsDiff: Story = {
  name: 'KPI groups: 2565 → 2566',
  render: () => {
    const a = pmqa40Category7_2565;
    const b = pmqa40Category7_2566;
    return html`<section
      lang="th"
      style="font-family: system-ui, 'Noto Sans Thai', sans-serif; max-width: 60rem"
    >
      <h2>กลุ่มตัววัดหมวด 7: ${a.id} → ${b.id}</h2>
      <p>
        ${a.title.th} (${a.citations['groups']}) เทียบกับ ${b.title.th} (${b.citations['groups']}). เครื่องหมาย *
        คือกลุ่มที่ต้องมีตัววัด (mandatory); ค่าตั้งต้นของทุก element คือชุดปีล่าสุด เลือกปีได้ด้วย
        <code>year="2565"</code> หรือ <code>pack="pmqa40-cat7@2565"</code>
      </p>
      ${diff(a, b).map(
        (dim) =>
          html`<table>
            <caption>
              ${dim.d} ${dim.label.th} · ${dim.label.en}
            </caption>
            <thead>
              <tr>
                <th scope="col">2565</th>
                <th scope="col">2566</th>
                <th scope="col">การเปลี่ยนแปลง · Change</th>
              </tr>
            </thead>
            <tbody>
              ${dim.rows.map(
                (r) =>
                  html`<tr data-change=${r.change}>
                    <td>${r.before ? r.before.label.th + star(r.before) : '—'}</td>
                    <td>${r.after ? r.after.label.th + star(r.after) : '—'}</td>
                    <td>${CHANGE[r.change].th} · ${CHANGE[r.change].en}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
      )}
    </section>`;
  },
};
