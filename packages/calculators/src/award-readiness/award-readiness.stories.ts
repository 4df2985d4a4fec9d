import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html, nothing } from 'lit';
import '../cost-savings-calculator/kn-cost-savings-calculator.js';
import './kn-award-readiness.js';
import type { KnAwardReadiness } from './award-readiness.js';

interface Args {
  branch?: string;
  type?: string;
  lang?: string;
  numerals?: string;
}

const meta: Meta<Args> = {
  title: 'Calculators/Award readiness',
  component: 'kn-award-readiness',
  render: (a) =>
    html`<kn-award-readiness
      branch=${a.branch ?? nothing}
      type=${a.type ?? nothing}
      lang=${a.lang ?? nothing}
      numerals=${a.numerals ?? nothing}
    ></kn-award-readiness>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Public Service Award, service innovation: the five general conditions (004:1373-1384), all unanswered. */
export const PublicService: Story = { args: { branch: 'public-service', type: 'innovation' } };
/** Service-standard expansion: prototype ≤ 5 years, ≥ 80 % of branch units (004:1076-1097). */
export const Expansion: Story = { args: { branch: 'public-service', type: 'expansion' } };
/** Data integration: ≥ 3 agencies exchanging data, or ≥ 2 serving on each other's behalf (004:1099-1107). */
export const DataIntegration: Story = {
  args: { branch: 'public-service', type: 'data-integration', lang: 'en' },
};
/** Participatory Governance, Open Governance: every dimension ≥ 50 % (004:1761). */
export const OpenGovernance: Story = { args: { branch: 'participatory', type: 'open-governance' } };
/** Engaged Citizen (004:1617-1638), in English. */
export const EngagedCitizen: Story = {
  args: { branch: 'participatory', type: 'engaged-citizen', lang: 'en' },
};
/** PMQA 4.0 award path: stage 1 and 2 gates, 4.0 scale, self-assessment window. */
export const Pmqa40: Story = { args: { branch: 'pmqa', type: 'pmqa40' } };
/** PMQA by category: PA.2 with at most 3 categories, Thai digits. */
export const PmqaByCategory: Story = { args: { branch: 'pmqa', type: 'by-category', numerals: 'thai' } };

/** The facilitation type, linked to a cost-savings calculator through `for`: the dimensions come from rule FE. */
export const FacilitationLinked: Story = {
  render: () =>
    html`<kn-cost-savings-calculator
        id="story-savings"
        rubric='{"fees":{"before":500,"after":200},"steps":{"before":8,"after":3},"eService":{"form":true,"payment":true},"valuePoints":12}'
      ></kn-cost-savings-calculator>
      <kn-award-readiness
        for="story-savings"
        branch="public-service"
        type="facilitation"
      ></kn-award-readiness>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kn-award-readiness') as KnAwardReadiness;
    await waitFor(() => expect(el.model.linked.efficiency).not.toBeNull());
    await waitFor(() => expect(el.shadowRoot?.textContent).toContain('รับค่าจากเครื่องคำนวณความคุ้มค่า'));
  },
};

/** A participatory work that meets every condition and passes every dimension: "พร้อมสมัคร". */
export const Ready: Story = {
  args: { branch: 'participatory', type: 'network' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kn-award-readiness') as KnAwardReadiness;
    await el.updateComplete;
    el.model.restore({
      branch: 'participatory',
      type: 'network',
      asOf: '',
      answers: {
        startedOn: '2564-06-01',
        'network.policyOrProject': true,
        'network.coreMission': true,
        'network.collaboration': true,
        'network.missionImpact': true,
      },
      scores: { capacity: '3', process: '20', results: '30', sustainability: '6' },
    });
    await waitFor(() =>
      expect(el.shadowRoot?.querySelector('[part=verdict]')?.textContent).toContain('พร้อมสมัคร'),
    );
  },
};
