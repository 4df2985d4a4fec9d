import { LitElement } from 'lit';
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

  /** Dispatches `kn-change` (bubbles, composed) with `detail`. */
  protected emitChange<T>(detail: T): void {
    this.dispatchEvent(new CustomEvent<T>('kn-change', { detail, bubbles: true, composed: true }));
  }
}
