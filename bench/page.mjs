// In-page half of the benchmark: loaded (as a module) into a page that also loads /cdn/khanaen.js and the
// floor element (/floor.js). Every measure returns raw samples in milliseconds (performance.now()); the
// Node side (bench/run.mjs) takes medians and compares with budgets.
//
// Each action starts at the beginning of a frame, inside a requestAnimationFrame callback (where Chromium
// also delivers rAF-aligned input), so that no measure includes idling until the next vsync. Two points:
//   updated  — the element and every Lit element in its shadow roots have finished updating (updateComplete,
//              walked until nothing is pending), and the expected result is there;
//   painted  — a setTimeout(0) queued then has run: it runs after the frame's style, layout and paint when
//              the update finished within that frame's task; when it needed more tasks (a debounce timer, a
//              dynamic import), the paint point is the next requestAnimationFrame + setTimeout(0) instead.

import { FY2567 } from '/samples.js'; // packages/calculators/src/kpi-scorecard/samples.ts, bundled by run.mjs

const now = () => performance.now();
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `action(mark)` at the start of a frame. `mark.same` stays true while the code still runs in the
 * frame's own task; `mark.paint()` resolves at the paint point (see above) with the time since the start.
 */
function inFrame(action) {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const t0 = now();
      const mark = {
        t0,
        same: true,
        paint: async () => {
          if (mark.same) await new Promise((r) => setTimeout(r, 0));
          else await frame();
          return now() - t0;
        },
      };
      setTimeout(() => {
        mark.same = false;
      }, 0);
      Promise.resolve()
        .then(() => action(mark))
        .then(resolve, reject);
    });
  });
}

/** Waits until `el` and every Lit element inside its shadow roots (recursively) has no pending update. */
async function settle(el) {
  await el.updateComplete;
  for (let round = 0; round < 50; round += 1) {
    const pending = [];
    const walk = (root) => {
      for (const c of root.querySelectorAll('*')) {
        if (c.isUpdatePending) pending.push(c.updateComplete);
        if (c.shadowRoot) walk(c.shadowRoot);
      }
    };
    if (el.isUpdatePending) pending.push(el.updateComplete);
    if (el.shadowRoot) walk(el.shadowRoot);
    if (pending.length === 0) return;
    await Promise.all(pending);
  }
  throw new Error(`${el.localName} kept updating (50 rounds)`);
}

/** Text of a node including every shadow root below it. */
function deepText(node) {
  let s = '';
  const visit = (n) => {
    if (n.nodeType === Node.TEXT_NODE) s += n.data;
    else if (n.nodeName !== 'STYLE') {
      if (n.shadowRoot) visit(n.shadowRoot);
      for (const c of n.childNodes) visit(c);
    }
  };
  visit(node);
  return s.replace(/\s+/g, ' ').trim();
}

/** What a calculator shows as its result: its `summary` part(s) and live regions, deep. */
function resultText(el) {
  const root = el.shadowRoot;
  const parts = [...root.querySelectorAll('[part~="summary"], [aria-live]')];
  return parts.length ? parts.map(deepText).join(' | ') : deepText(root);
}

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ------------------------------------------------------------------ realistic fixtures (from the READMEs)

const SERVICES = [
  { name: 'ขออนุญาตประกอบกิจการ', sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 },
  { name: 'คัดสำเนาทะเบียนบ้าน', sheetsReduced: 2, feeReduced: 0, minutesReduced: 45, transactions: 18500 },
  { name: 'ต่ออายุใบอนุญาต', sheetsReduced: 6, feeReduced: 200, hoursReduced: 8, transactions: 2400 },
];

const attrs = (el, a) => {
  for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
};

/** Realistic attributes / properties per tag; `data` comes from Node (a core result's explanation). */
const fixtures = {
  'kn-number-field': (el) =>
    attrs(el, {
      label: 'ค่าเป้าหมาย',
      unit: 'ล้านบาท',
      hint: 'ใช้เลขไทยหรือเครื่องหมายจุลภาคคั่นหลักพันได้',
      value: '๑,๒๓๔.๕',
      min: '0',
      required: '',
    }),
  'kn-score-badge': (el) => attrs(el, { score: '418', scale: 'pmqa40', max: '500' }),
  'kn-explanation': (el, data) => {
    el.steps = data.explanation.steps;
    el.warnings = data.explanation.warnings;
  },
  'kn-band-meter': (el) =>
    attrs(el, {
      value: '418',
      compare: '452.5',
      'value-label': 'ประเมินตนเอง',
      'compare-label': 'ผู้ตรวจประเมิน',
    }),
  'kn-trend-chart': (el) =>
    attrs(el, {
      points: JSON.stringify([
        { year: 2562, value: 300 },
        { year: 2563, value: 450 },
        { year: 2564, value: 400 },
      ]),
      target: '375',
      unit: 'ล้านบาท',
      label: 'รายได้จากการท่องเที่ยว',
      direction: 'higher',
    }),
  'kn-kpi-target-calculator': (el) =>
    attrs(el, {
      name: 'รายได้จากการท่องเที่ยว',
      unit: 'ล้านบาท',
      year: '2564',
      target: '375',
      actual: '400',
      history: '[300,450]',
    }),
  'kn-cost-savings-calculator': (el) => {
    el.services = SERVICES;
    el.rubric = { eService: { form: true, payment: true }, regulatoryGuillotine: true, valuePoints: 12 };
  },
  'kn-kpi-scorecard': (el) => {
    attrs(el, { digital: '85', pmqa: '78.5' });
    el.kpis = FY2567;
  },
  'kn-criteria-checklist': (el) => attrs(el, { 'category7-score': '412.5' }),
};

/** The input typed into per calculator (a kn-number-field by data-field) and the two values alternated. */
const typing = {
  'kn-kpi-target-calculator': { field: 'actual', values: ['420', '400'] },
  'kn-cost-savings-calculator': { field: 'services.0.transactions', values: ['12000', '10000'] },
};

function make(tag, data) {
  const el = document.createElement(tag);
  fixtures[tag]?.(el, data);
  return el;
}

// ------------------------------------------------------------------ debounce timers (instrumented)

// Every setTimeout callback with a delay of 20 ms or more records when it ran, so that an edit's latency
// can be split into "waiting for a debounce" and "work after it". Installed before the bundles load.
const timerFires = [];
{
  const original = window.setTimeout.bind(window);
  window.setTimeout = (fn, ms, ...args) => {
    if (typeof fn !== 'function' || !(Number(ms) >= 20)) return original(fn, ms, ...args);
    return original(
      (...a) => {
        timerFires.push({ delay: Number(ms), at: now() });
        return fn(...a);
      },
      ms,
      ...args,
    );
  };
}

// ------------------------------------------------------------------ measures

/** Makes sure every tag is defined (a lazy loader may define on first use): creates one of each. */
async function defineAll(tags, timeoutMs, data) {
  const out = {};
  for (const tag of tags) {
    const t0 = now();
    const el = make(tag, data);
    document.body.append(el);
    try {
      await withTimeout(customElements.whenDefined(tag), timeoutMs, `${tag} defined`);
      await withTimeout(settle(el), timeoutMs, `${tag} settled`);
      await frame();
      out[tag] = { ok: true, cold: now() - t0 };
    } catch (e) {
      out[tag] = { ok: false, error: String(e?.message ?? e) };
    }
    el.remove();
    await frame();
  }
  return out;
}

async function repeat(runs, warmups, once) {
  const samples = [];
  for (let i = 0; i < warmups + runs; i += 1) {
    const s = await once(i);
    if (i >= warmups) samples.push(s);
  }
  return samples;
}

/** First render: append a configured element → updated (deep) → painted. */
async function firstRender(tag, runs, warmups, data) {
  return repeat(runs, warmups, async () => {
    const el = make(tag, data);
    const r = await inFrame(async (mark) => {
      document.body.append(el);
      await settle(el);
      const updated = now() - mark.t0;
      return { updated, painted: await mark.paint() };
    });
    el.remove();
    await frame();
    return r;
  });
}

/** Typing: set a number field's inner <input> and dispatch `input` → result text changed → painted. */
async function typeInto(tag, runs, warmups, data) {
  const spec = typing[tag];
  const el = make(tag, data);
  document.body.append(el);
  await settle(el);
  await frame();
  const input = el.shadowRoot
    .querySelector(`kn-number-field[data-field="${spec.field}"]`)
    ?.shadowRoot?.querySelector('input');
  if (!input) throw new Error(`${tag}: no kn-number-field[data-field="${spec.field}"] input`);
  try {
    return await repeat(runs, warmups, async (i) => {
      const before = resultText(el);
      const r = await inFrame(async (mark) => {
        input.value = spec.values[i % 2];
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await settle(el);
        let updated = now() - mark.t0;
        if (resultText(el) === before) {
          // Not shown yet (a debounce?): wait for it, checking every millisecond.
          while (resultText(el) === before) {
            if (now() - mark.t0 > 3000) throw new Error(`${tag}: the result did not change within 3 s`);
            await sleep(1);
            await settle(el);
          }
          updated = now() - mark.t0;
        }
        return { updated, painted: await mark.paint() };
      });
      await frame();
      return r;
    });
  } finally {
    el.remove();
    await frame();
  }
}

/** Agency KPIs like the FY2567 department set, weights summing to exactly 100 (in thousandths). */
function agencyKpis(n) {
  const base = Math.floor(100000 / n);
  const last = 100000 - base * (n - 1);
  const w = (m) => String(m / 1000);
  return Array.from({ length: n }, (_, i) => ({
    id: `K${i + 1}`,
    name: `ตัวชี้วัดที่ ${i + 1}`,
    weight: w(i < n - 1 ? base : last),
    actual: 70 + (i % 40),
    targets: { initial: 80, standard: 90, high: 100 },
  }));
}

const summaryText = (el) => deepText(el.shadowRoot.querySelector('[part~="summary"]') ?? el.shadowRoot);

/**
 * The scorecard with `n` KPIs: first render (a new element with `kpis` set, appended) until the total is
 * computed, and painted; then one edit of the first row's result cell, as a user types it:
 *   echo      — the keystroke's own update and paint (the cell; the total may still be pending);
 *   total     — until the scorecard fired kn-change with the new result and it is painted: what a user
 *               waits for, including any debounce;
 *   recompute — from the (instrumented) debounce timer firing to that paint: the work itself.
 */
async function scorecard(n, runs, warmups) {
  const kpis = agencyKpis(n);
  return repeat(runs, warmups, async (i) => {
    const el = document.createElement('kn-kpi-scorecard');
    el.kpis = kpis;
    const render = await inFrame(async (mark) => {
      document.body.append(el);
      await settle(el);
      const updated = now() - mark.t0;
      return { updated, painted: await mark.paint() };
    });
    const r = el.result;
    if (!r?.ok || r.kpis.length !== n)
      throw new Error(`scorecard(${n}) did not score: ${JSON.stringify(r).slice(0, 300)}`);
    const input = el.shadowRoot.querySelector('input[data-field="actual"]');
    if (!input) throw new Error('scorecard: no input[data-field="actual"]');
    const before = summaryText(el);
    await frame();

    let changedAt = null;
    const changed = new Promise((resolve) =>
      el.addEventListener(
        'kn-change',
        () => {
          changedAt = now();
          resolve(changedAt);
        },
        { once: true },
      ),
    );
    timerFires.length = 0;
    const edit = await inFrame(async (mark) => {
      input.value = String(85 + (i % 2) * 5);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      const echoUpdated = now() - mark.t0;
      if (changedAt !== null) {
        // No debounce: the total came with the keystroke's own update.
        await settle(el);
        const updated = now() - mark.t0;
        const painted = await mark.paint();
        return {
          echo: { updated: echoUpdated, painted },
          total: { updated, painted },
          start: mark.t0,
        };
      }
      const echoPainted = await mark.paint();
      await withTimeout(changed, 5000, `scorecard(${n}) kn-change after an edit`);
      await settle(el);
      const updated = now() - mark.t0;
      await frame();
      const painted = now() - mark.t0;
      return {
        echo: { updated: echoUpdated, painted: echoPainted },
        total: { updated, painted },
        start: mark.t0,
      };
    });
    if (summaryText(el) === before)
      throw new Error(`scorecard(${n}): the shown total did not change after an edit`);
    const { start } = edit;
    const fired = timerFires.filter((f) => f.at >= start && f.at <= changedAt).pop();
    el.remove();
    await frame();
    return {
      render,
      echo: edit.echo,
      total: edit.total,
      recompute: { painted: start + edit.total.painted - (fired ? fired.at : start) },
      debounce: fired ? { delay: fired.delay, waited: fired.at - start } : null,
    };
  });
}

/** Waits until the checklist has its criteria (its own loader, wrapped) and shows them. */
async function checklistReady(el, loading, t0) {
  await el.updateComplete;
  if (loading()) await withTimeout(loading(), 10000, 'criteria loaded');
  await settle(el);
  while (el.shadowRoot.querySelector('[part~="loading"]')) {
    if (now() - t0 > 10000) throw new Error('checklist: still loading after 10 s');
    await sleep(0);
    await settle(el);
  }
  if (el.shadowRoot.querySelector('[part~="error"]'))
    throw new Error('checklist: the criteria failed to load');
}

/**
 * The criteria checklist: append → criteria loaded (from the module cache after the first time) →
 * updated → painted ("first"); then expandAll() → painted ("expand"). With `full`, expandAll() is called as
 * soon as the criteria are there and only the end is timed: the whole checklist, every prompt shown.
 */
async function checklist(runs, warmups, full) {
  return repeat(runs, warmups, async () => {
    const el = make('kn-criteria-checklist');
    let loading = null;
    const load = el.loadCriteria;
    el.loadCriteria = () => (loading = load.call(el));
    const out = {};
    if (full) {
      out.full = await inFrame(async (mark) => {
        document.body.append(el);
        await checklistReady(el, () => loading, mark.t0);
        el.expandAll();
        await settle(el);
        const updated = now() - mark.t0;
        return { updated, painted: await mark.paint() };
      });
    } else {
      out.first = await inFrame(async (mark) => {
        document.body.append(el);
        await checklistReady(el, () => loading, mark.t0);
        const updated = now() - mark.t0;
        return { updated, painted: await mark.paint() };
      });
      out.items = el.shadowRoot.querySelectorAll('[part~="item"]').length;
      await frame();
      out.expand = await inFrame(async (mark) => {
        el.expandAll();
        await settle(el);
        const updated = now() - mark.t0;
        return { updated, painted: await mark.paint() };
      });
    }
    out.items = el.shadowRoot.querySelectorAll('[part~="item"]').length;
    out.prompts = el.shadowRoot.querySelectorAll('[part~="prompt"]').length;
    el.remove();
    await frame();
    return out;
  });
}

/** Floor: the bare Lit element's first render, and a property change on an already rendered one. */
async function floor(runs, warmups) {
  const first = await firstRender('x-bare', runs, warmups);
  const el = document.createElement('x-bare-update');
  document.body.append(el);
  await settle(el);
  await frame();
  const update = await repeat(runs, warmups, async (i) => {
    const r = await inFrame(async (mark) => {
      el.text = `x${i}`;
      await settle(el);
      const updated = now() - mark.t0;
      return { updated, painted: await mark.paint() };
    });
    await frame();
    return r;
  });
  el.remove();
  return { first, update };
}

window.knBench = { ready: true, defineAll, firstRender, typeInto, scorecard, checklist, floor, typing };
