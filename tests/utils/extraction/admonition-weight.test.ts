// A manual's callout known by its emoji or its label only (class words hashed) is weighed as content only where
// Readability's conditional cleaning would drop it (`wantsWeight` in keepAdmonitions): weighed so among a text of
// hashed classes, the callout outscored the block it stands in, and Readability kept the callout and the paragraphs
// beside it, not the headings, code and reference sections between them.
// A box that must be weighed so (its sentence points elsewhere) lends the word to the block it stands in.
// Fixture pages: tests/fixtures/pages/docs-nextra, docs-sphinx-rtd and docs-admonitions (as an unseen site serves them:
// the `--perturb classes` and `--perturb classes,landmarks` probes).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const probed = (slug: string, landmarks: boolean) => {
  const doc = loadPage(slug);
  perturbClasses(doc);
  if (landmarks) perturbLandmarks(doc);
  return offprintPage(doc)!.text;
};

describe('a callout known by its emoji is not weighed over the text it stands in (keepAdmonitions)', () => {
  it("keeps a hashed Nextra page's headings and code block beside its callout", () => {
    const text = probed('docs-nextra', false);
    expect(text).toContain('Never cache a response that depends on the signed-in user');
    expect(text).toMatch(/^Choosing a backend$/m);
    expect(text).toMatch(/^Cache keys$/m);
    expect(text).toContain('app.cache = RedisCache("redis://localhost:6379/0")');
  });

  it('keeps the reference section after a hashed Read the Docs page without landmarks', () => {
    const text = probed('docs-sphinx-rtd', true);
    expect(text).toMatch(/^Loading settings from code$/m);
    expect(text).toContain('Read the settings the way a pool would, and return them as a dictionary.');
  });

  it('keeps the sections around hashed tips that point elsewhere, the tips inside them', () => {
    const text = probed('docs-admonitions', true);
    expect(text).toContain('A form collects what a visitor types');
    expect(text).toContain('return redirect("/thanks/")');
    expect(text).toContain('For more on sending mail from a view, see Sending mail.');
    expect(text).toContain("Never trust a file's name: see Uploaded files and their names.");
  });
});
