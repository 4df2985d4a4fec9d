/**
 * The embedding suite shared by the widgets and the calculators: every subject removed and re-attached, moved
 * to another document and back, moved into a same-origin iframe and back (and first connected there),
 * created un-upgraded (in another document or a `<template>`) and upgraded later, and registered twice
 * through the guarded define(). Each package lists its subjects and calls `describeEmbedding`.
 *
 * Like the harness, it imports no element module: the calculators suite loads the widgets from their built
 * package, and a second copy of the widget classes (from source) must not reach that page. The guarded
 * define() is passed in for the same reason.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { removeKeysExcept, settle, storageKeys, watchErrors, type ErrorWatch } from './harness.js';

/** One element: how to make it, its state, and a user change that fires exactly one kn-change (if any). */
export interface Subject {
  readonly tag: string;
  readonly ctor: CustomElementConstructor;
  /** A new element of this document with its attributes and properties set (not connected). */
  make(): HTMLElement;
  /** The properties `make()` sets: a page's script sets them on an element that is not upgraded yet. */
  readonly props: readonly string[];
  /** `false` for an element that shows no digits of its own (whose `numerals` cannot show), e.g. a field. */
  readonly showsDigits?: false;
  /** Waits until the element is usable (e.g. lazily loaded data). */
  ready?(el: HTMLElement): Promise<void>;
  /** What must survive every move. */
  state(el: HTMLElement): unknown;
  /** A user change; returns the state expected afterwards. */
  change?(el: HTMLElement, round: number): Promise<unknown>;
}

/** The guarded define() of the widgets package, from wherever the suite's page loads it. */
export type Define = (tag: string, ctor: CustomElementConstructor) => CustomElementConstructor;

/**
 * Registers, in the enclosing `describe`, a connected host `<div>` for each test, an error watch (checked
 * empty after each test) and the removal of the localStorage keys a test added. Returns the current host.
 */
export function withHost(): () => HTMLDivElement {
  let watch: ErrorWatch;
  let keep = new Set<string>();
  let host: HTMLDivElement;
  beforeEach(() => {
    keep = storageKeys();
    watch = watchErrors();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
    watch.stop();
    removeKeysExcept(keep);
    expect(watch.errors, 'errors').to.deep.equal([]);
  });
  return () => host;
}

/**
 * The element renders and its own styles apply, in whatever window it now is (styles survive the moves);
 * an inner kn-number-field (the calculators') is styled too.
 */
export function expectAlive(el: HTMLElement): void {
  expect(el.shadowRoot!.childElementCount, 'rendered').to.be.greaterThan(0);
  const view = el.ownerDocument.defaultView!;
  const style = view.getComputedStyle(el);
  expect(style.display, ':host display (custom elements are inline without their styles)').to.not.equal(
    'inline',
  );
  expect(style.getPropertyValue('--_kn-font-size').trim(), 'host tokens').to.not.equal('');
  const inner = el.shadowRoot!.querySelector('kn-number-field');
  if (inner) expect(view.getComputedStyle(inner).display, 'inner kn-number-field display').to.equal('block');
}

/** Makes one user change and checks that exactly one kn-change arrives and the state follows. */
export async function expectOneChange(s: Subject, el: HTMLElement, round: number): Promise<void> {
  if (!s.change) return;
  let events = 0;
  const count = () => events++;
  el.addEventListener('kn-change', count);
  try {
    const expected = await s.change(el, round);
    await settle(el);
    await waitUntil(() => events > 0, 'a kn-change for the change', { timeout: 3000 });
    // A moment more, for a second (duplicate) event to arrive if there is one.
    await aTimeout(20);
    expect(events, 'kn-change events for one change').to.equal(1);
    expect(s.state(el)).to.deep.equal(expected);
  } finally {
    el.removeEventListener('kn-change', count);
  }
}

/** Connects `s.make()` to `host` and waits until it is rendered and usable. */
export async function mount(s: Subject, host: HTMLElement): Promise<HTMLElement> {
  const el = s.make();
  host.append(el);
  await settle(el);
  await s.ready?.(el);
  await settle(el);
  return el;
}

/**
 * Copies the properties `s.make()` set (on an upgraded element they live in Lit's storage, so they are read
 * through the public accessors) onto another element, e.g. one not upgraded yet, as a page's script would.
 */
export function copyProperties(s: Subject, from: HTMLElement, to: HTMLElement): void {
  for (const name of s.props) {
    (to as unknown as Record<string, unknown>)[name] = (from as unknown as Record<string, unknown>)[name];
  }
}

/** Copies every attribute of `from` onto `to`. */
function copyAttributes(from: Element, to: Element): void {
  for (const a of from.getAttributeNames()) to.setAttribute(a, from.getAttribute(a)!);
}

/** One `describe` per subject, `${tag}: embedding`, with the whole embedding suite. */
export function describeEmbedding(subjects: readonly Subject[], define: Define): void {
  for (const s of subjects) {
    describe(`${s.tag}: embedding`, () => {
      const host = withHost();

      it('removed and re-attached: keeps its state; one kn-change per change afterwards', async () => {
        const el = await mount(s, host());
        const before = s.state(el);
        for (let i = 0; i < 3; i++) {
          el.remove();
          await settle(el);
          host().append(el);
          await settle(el);
        }
        expect(s.state(el)).to.deep.equal(before);
        expectAlive(el);
        await expectOneChange(s, el, 1);
        await expectOneChange(s, el, 2);
      });

      it('moved to another document (adoptNode) and back: keeps its state, styles and events', async () => {
        const el = await mount(s, host());
        const before = s.state(el);
        const other = document.implementation.createHTMLDocument('other');
        other.body.append(other.adoptNode(el));
        await settle(el);
        expect(el.ownerDocument).to.equal(other);
        expect(s.state(el), 'state in the other document').to.deep.equal(before);
        host().append(document.adoptNode(el));
        await settle(el);
        expect(s.state(el)).to.deep.equal(before);
        expectAlive(el);
        await expectOneChange(s, el, 3);
      });

      it('moved into a same-origin iframe and back: renders, styled, and works in both', async () => {
        const el = await mount(s, host());
        const before = s.state(el);
        const frame = document.createElement('iframe');
        host().append(frame);
        frame.contentDocument!.body.append(el);
        await settle(el);
        expect(s.state(el)).to.deep.equal(before);
        expectAlive(el);
        await expectOneChange(s, el, 4);
        const after = s.state(el);
        host().append(el);
        await settle(el);
        expect(s.state(el)).to.deep.equal(after);
        expectAlive(el);
        await expectOneChange(s, el, 5);
      });

      it('first connected inside a same-origin iframe: renders with its styles and works', async () => {
        const frame = document.createElement('iframe');
        host().append(frame);
        const el = s.make();
        frame.contentDocument!.body.append(el);
        await settle(el);
        await s.ready?.(el);
        await settle(el);
        expectAlive(el);
        await expectOneChange(s, el, 7);
        host().append(el);
        await settle(el);
        expectAlive(el);
      });

      it('created in another document (not upgraded), given properties, then adopted: upgrades with them', async () => {
        const other = document.implementation.createHTMLDocument('other');
        const made = s.make();
        // The same element, created where no definition applies, with the same attributes and properties.
        const el = other.createElement(s.tag);
        copyAttributes(made, el);
        copyProperties(s, made, el);
        expect(el instanceof s.ctor, 'not upgraded yet').to.equal(false);
        host().append(document.adoptNode(el));
        await settle(el);
        await s.ready?.(el);
        await settle(el);
        expect(el instanceof s.ctor, 'upgraded').to.equal(true);
        host().append(made);
        await settle(made);
        await s.ready?.(made);
        await settle(made);
        expect(s.state(el)).to.deep.equal(s.state(made));
        await expectOneChange(s, el, 6);
      });

      it('from a <template>: a clone upgrades at once and shows its attributes; the original keeps properties set before', async () => {
        const template = document.createElement('template');
        template.innerHTML = `<${s.tag} lang="en" numerals="thai"></${s.tag}>`;
        const clone = document.importNode(template.content, true).firstElementChild as HTMLElement;
        expect(clone instanceof s.ctor, 'a clone is upgraded at once').to.equal(true);
        expect(clone.getAttribute('numerals')).to.equal('thai');
        copyProperties(s, s.make(), clone);
        host().append(clone);
        await settle(clone);
        await s.ready?.(clone);
        await settle(clone);
        if (s.showsDigits !== false)
          expect(clone.shadowRoot!.textContent, 'numerals="thai": Thai digits').to.match(/[๐-๙]/);
        expect(clone.shadowRoot!.textContent, 'lang="en": English').to.match(/[A-Za-z]{3}/);

        const original = template.content.firstElementChild as HTMLElement;
        expect(original instanceof s.ctor, 'template content is inert').to.equal(false);
        const made = s.make();
        copyProperties(s, made, original);
        copyAttributes(made, original);
        made.setAttribute('lang', 'en');
        host().append(document.adoptNode(original));
        host().append(made);
        await settle(original);
        await s.ready?.(original);
        await s.ready?.(made);
        await settle(original);
        expect(original instanceof s.ctor).to.equal(true);
        expect((original as HTMLElement & { numerals?: unknown }).numerals).to.equal('thai');
        made.setAttribute('numerals', 'thai');
        await settle(made);
        expect(s.state(original)).to.deep.equal(s.state(made));
      });

      it('customElements.upgrade() on a detached element keeps properties set before', async () => {
        const el = document.implementation.createHTMLDocument('x').createElement(s.tag);
        const made = s.make();
        copyProperties(s, made, el);
        copyAttributes(made, el);
        document.adoptNode(el);
        customElements.upgrade(el);
        expect(el instanceof s.ctor).to.equal(true);
        host().append(el, made);
        await settle(el);
        await s.ready?.(el);
        await s.ready?.(made);
        await settle(el);
        expect(s.state(el)).to.deep.equal(s.state(made));
      });

      it('the guarded define() can be called again for the tag, with the same or another class', () => {
        const warnings: unknown[] = [];
        const warn = console.warn;
        console.warn = (...a: unknown[]) => warnings.push(a);
        try {
          expect(() => define(s.tag, s.ctor)).not.to.throw();
          expect(define(s.tag, s.ctor)).to.equal(s.ctor);
          expect(define(s.tag, class extends HTMLElement {})).to.equal(s.ctor);
        } finally {
          console.warn = warn;
        }
        expect(customElements.get(s.tag)).to.equal(s.ctor);
        expect(warnings, 'no warning for the same version').to.deep.equal([]);
      });
    });
  }
}
