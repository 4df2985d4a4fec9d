import { LitElement, supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';
import { property } from 'lit/decorators.js';
import {
  formatBaht,
  formatNumber,
  formatPercent,
  levelLabel,
  toLang,
  toThaiDigits,
  type Bilingual,
  type FormatOptions,
  type Lang,
} from '@khanaen/core';
import { hostStyles } from '../styles/tokens.js';
import { knChange, type KnChangeTag } from '../events/kn-change.js';

/** Finds the language of `el`: its own `lang`, else the nearest ancestor's (across shadow roots), else `<html lang>`. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang && lang.trim() !== '') return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.getAttribute('lang') ?? '';
}

// One observer for the whole page: any `lang` change re-renders every connected Khanaen element.
const connected = new Set<KnElement>();
let observer: MutationObserver | undefined;

function watchLang(el: KnElement): void {
  connected.add(el);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const e of connected) e.requestUpdate();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

function unwatchLang(el: KnElement): void {
  connected.delete(el);
  if (connected.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

// Constructed style sheets can only be adopted by shadow roots of the document that made them: moved to another
// document (an iframe), an element would lose every style (adopted first there, Lit even throws). So each other
// window gets its own copies, made once.
const sheetCopies = new WeakMap<Window, Map<string, CSSStyleSheet>>();

/** The element styles as sheets `doc` can adopt (none for a document without a window: nothing renders there). */
function sheetsFor(doc: Document, styles: readonly CSSResultOrNative[]): CSSStyleSheet[] {
  const win = doc.defaultView;
  if (doc !== document && !win) return [];
  return styles.flatMap((s) => {
    const own = s instanceof CSSStyleSheet ? s : s.styleSheet;
    if (!own) return [];
    if (doc === document || !win) return [own];
    let copies = sheetCopies.get(win);
    if (!copies) sheetCopies.set(win, (copies = new Map()));
    const text = s instanceof CSSStyleSheet ? Array.from(s.cssRules, (r) => r.cssText).join('\n') : s.cssText;
    let copy = copies.get(text);
    if (!copy) {
      copy = new win.CSSStyleSheet();
      copy.replaceSync(text);
      copies.set(text, copy);
    }
    return [copy];
  });
}

/**
 * Base class of every Khanaen element: tokens and host styles, language resolution (Thai/English),
 * number formatting in Latin or Thai digits, and the `kn-change` event.
 */
export class KnElement extends LitElement {
  static override styles = [hostStyles];

  /**
   * Digits for numbers: `latin` (default) or `thai` (๐–๙).
   */
  @property({ reflect: true }) numerals: 'latin' | 'thai' = 'latin';

  /** The language this element renders in: `th` or `en`, from `lang` on itself, an ancestor or `<html>`. */
  get locale(): Lang {
    return toLang(resolveLang(this));
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The element's own lang re-renders at once; ancestors' changes arrive through the shared observer.
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** Renders with styles also when first connected in another document (e.g. inside an iframe). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document || !supportsAdoptingStyleSheets) return super.createRenderRoot();
    const ctor = this.constructor as typeof LitElement;
    const root = this.shadowRoot ?? this.attachShadow(ctor.shadowRootOptions);
    root.adoptedStyleSheets = sheetsFor(this.ownerDocument, ctor.elementStyles);
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /** Moved to another document (and back): the shadow root lost its adopted styles; adopt them again. */
  adoptedCallback(): void {
    if (!this.shadowRoot || !supportsAdoptingStyleSheets) return;
    const ctor = this.constructor as typeof LitElement;
    this.shadowRoot.adoptedStyleSheets = sheetsFor(this.ownerDocument, ctor.elementStyles);
  }

  /**
   * Applies a value a page set before this element was upgraded, for an accessor that is not a Lit property
   * (Lit does this for its own properties): until then it is an own property that hides the accessor. Call it
   * in the constructor.
   */
  protected upgradeProperty(name: string): void {
    if (!Object.prototype.hasOwnProperty.call(this, name)) return;
    const self = this as unknown as Record<string, unknown>;
    const value = self[name];
    delete self[name];
    self[name] = value;
  }

  /** Picks the current language's text. */
  protected t(text: Bilingual): string {
    return this.digits(text[this.locale]);
  }

  /** Applies the `numerals` choice to a text. */
  protected digits(text: string): string {
    return this.numerals === 'thai' ? toThaiDigits(text) : text;
  }

  protected get formatOptions(): FormatOptions {
    return { lang: this.locale, digits: this.numerals === 'thai' ? 'thai' : 'latin' };
  }

  protected num(value: number | string, options: FormatOptions = {}): string {
    return formatNumber(value, { ...this.formatOptions, ...options });
  }

  protected pct(value: number | string): string {
    return formatPercent(value, this.formatOptions);
  }

  protected baht(value: number | string): string {
    return formatBaht(value, this.formatOptions);
  }

  protected levelName(id: string): string {
    return levelLabel(id, this.locale);
  }

  /**
   * Dispatches `kn-change` with `detail` (bubbles, not composed: see `events/kn-change.ts`). Name the tag whose
   * detail type it is: `this.emitChange<'kn-band-meter'>(detail)`.
   */
  protected emitChange<Tag extends KnChangeTag>(detail: KnChangeDetailMap[Tag]): void {
    this.dispatchEvent(knChange<Tag>(detail));
  }
}
