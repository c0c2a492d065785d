import { DOCUMENT_KIND_LABELS, DocumentKind } from '../document.enums';
import { COMPOSERS, compose } from '.';
import { documentFacts } from './facts-fixture';

describe('compose', () => {
  it('has a composer for every DocumentKind', () => {
    expect(Object.keys(COMPOSERS).sort()).toEqual(Object.values(DocumentKind).sort());
    for (const kind of Object.values(DocumentKind)) expect(typeof COMPOSERS[kind]).toBe('function');
  });

  it.each(Object.values(DocumentKind))('%s: titled, addressed, and no hole in its text', (kind) => {
    const c = compose(kind, documentFacts({ kind }));
    expect(c.title).toBe(DOCUMENT_KIND_LABELS[kind]);
    expect(c.recipient.length).toBeGreaterThan(0);
    expect(c.body.length).toBeGreaterThan(1);
    for (const p of [c.recipient, ...c.body, ...c.attachments]) {
      expect(p).not.toMatch(/undefined|null|NaN|\[object|\$\{/);
      expect(p.trim()).toBe(p);
      expect(p.length).toBeGreaterThan(0);
    }
    // Dates are written the Chinese way in every document.
    expect(c.body.join('')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('fails loudly when the facts lack the step the kind speaks of', () => {
    expect(() => compose(DocumentKind.DECISION, documentFacts({ decision: null }))).toThrow(
      /approved decision/,
    );
    expect(() =>
      compose(DocumentKind.ACCEPTANCE_NOTICE, documentFacts({ acceptedOn: null })),
    ).toThrow(/acceptance/);
  });
});
