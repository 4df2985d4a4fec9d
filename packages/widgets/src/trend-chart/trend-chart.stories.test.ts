import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, * as stories from './trend-chart.stories.js';

type Render = (args: Record<string, unknown>, context: unknown) => TemplateResult;
type StoryLike = { args?: Record<string, unknown>; render?: Render };

describe('kn-trend-chart stories', () => {
  for (const [name, story] of Object.entries(stories as unknown as Record<string, StoryLike>)) {
    if (name === 'default') continue;
    it(`${name} renders and passes axe`, async () => {
      const render = (story.render ?? (meta.render as unknown as Render)).bind(null);
      const el = await fixture<HTMLDivElement>(
        html`<div>${render({ ...meta.args, ...story.args }, {})}</div>`,
      );
      const meters = [...el.querySelectorAll('kn-trend-chart')];
      expect(meters.length).to.be.greaterThan(0);
      await Promise.all(meters.map((m) => m.updateComplete));
      await expect(el).to.be.accessible();
    });
  }
});
