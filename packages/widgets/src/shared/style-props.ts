import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Like Lit's `styleMap`, but CSP-safe: it always sets properties through the CSSOM
 * (`style.setProperty`), never by writing a `style="…"` attribute. (`styleMap` writes the attribute on first
 * render, which a strict `style-src` policy blocks.) Use it as `style=${styleProps({ left: '40%' })}`.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('styleProps() can only be used in the style attribute');
    }
  }

  render(_styles: Readonly<Record<string, string | number | null | undefined>>): typeof noChange {
    return noChange;
  }

  override update(
    part: AttributePart,
    [styles]: [Readonly<Record<string, string | number | null | undefined>>],
  ) {
    const style = (part.element as HTMLElement).style;
    const kebab = (name: string) =>
      name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const name of this.previous) {
      if (!(name in styles) || styles[name] === null || styles[name] === undefined)
        style.removeProperty(kebab(name));
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === null || value === undefined) continue;
      style.setProperty(kebab(name), String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
