import { expect } from '@open-wc/testing';
import { define } from './define.js';

describe('define()', () => {
  it('registers a tag once and never throws when it is already registered', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    expect(define('kn-test-define-a', A, '1.0.0')).to.equal(A);
    expect(() => define('kn-test-define-a', B, '1.0.0')).not.to.throw();
    expect(customElements.get('kn-test-define-a')).to.equal(A);
  });

  it('warns once when another version registered the tag', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class A extends HTMLElement {}
      define('kn-test-define-b', A, '1.0.0');
      define('kn-test-define-b', class extends HTMLElement {}, '2.0.0');
      define('kn-test-define-b', class extends HTMLElement {}, '2.0.0');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('1.0.0').and.contain('2.0.0');
    } finally {
      console.warn = original;
    }
  });

  it('does not warn for the same version loaded twice', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      define('kn-test-define-c', class extends HTMLElement {}, '3.0.0');
      define('kn-test-define-c', class extends HTMLElement {}, '3.0.0');
      expect(warnings).to.have.length(0);
    } finally {
      console.warn = original;
    }
  });
});
