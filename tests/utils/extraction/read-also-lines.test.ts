// @vitest-environment jsdom
// "Read also" lines and "related posts" headings in the languages LIST_HEADING and READ_MORE_TEXT lacked (session 57):
// "Lea también:", "VEA TAMBIÉN:", "Lire aussi :", "Leia também:", "Leggi anche:", "Lees ook:", "Czytaj także:" lines
// linking another story between an article's paragraphs, and "Artículos relacionados", "Ähnliche Beiträge", "Vous
// aimerez aussi", "Zobacz także" over a list of other posts. Fixture page: tests/fixtures/pages/news-read-also-lines
// (a WordPress news theme's single post).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { LIST_HEADING, READ_MORE_TEXT } from '@/utils/extraction/clutter-text';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

describe('READ_MORE_TEXT in more languages', () => {
  it('reads the lead-in of a line that links another story', () => {
    for (const t of [
      'Lea también: El precio del combustible sube',
      'VEA TAMBIÉN: Comienza la veda',
      'Lea más: El faro vuelve a funcionar',
      'Lire aussi : La grève continue',
      'À lire aussi | Le budget voté',
      'Leia também: Governo anuncia plano',
      'Leggi anche: Il sindaco risponde',
      'Lees ook: Nieuwe brug geopend',
      'Czytaj także: Gazociąg gotowy',
      'Zobacz też: Ceny gazu',
    ])
      expect(READ_MORE_TEXT.test(t), t).toBe(true);
    // Prose that opens with the same words, without the colon of a lead-in.
    for (const t of ['Lea también el informe completo en la web del puerto.', 'Lire aussi les conditions générales'])
      expect(READ_MORE_TEXT.test(t), t).toBe(false);
  });
});

describe('LIST_HEADING in more languages', () => {
  it('names the headings of lists of other posts', () => {
    for (const t of [
      'Artículos relacionados',
      'Entradas relacionadas',
      'Ähnliche Beiträge',
      'Verwandte Beiträge',
      'Weitere Artikel zum Thema',
      'Vous aimerez aussi',
      'À lire aussi',
      'Sur le même sujet',
      'Leia também',
      'Artigos relacionados',
      'Leggi anche',
      'Articoli correlati',
      'Lees ook',
      'Gerelateerde artikelen',
      'Zobacz także',
      'Czytaj też',
      'Podobne artykuły',
    ])
      expect(LIST_HEADING.test(t), t).toBe(true);
    for (const t of ['Weitere Informationen', 'Articles of association', 'Lees ooknog', 'Relacionados con el puerto'])
      expect(LIST_HEADING.test(t), t).toBe(false);
  });
});

describe('news-read-also-lines', () => {
  for (const probe of ['normal', 'classes', 'landmarks', 'classes,landmarks'])
    it(`keeps the story without its read-also lines and related list (${probe})`, () => {
      const doc = loadPage('news-read-also-lines');
      if (probe.includes('classes')) perturbClasses(doc);
      if (probe.includes('landmarks')) perturbLandmarks(doc);
      const text = offprintPage(doc)!.text;
      expect(text).toContain('cuarenta metros de atracadero');
      expect(text).toContain('sin tener que llevarlos a la ciudad');
      expect(text).not.toContain('Lea también');
      expect(text).not.toContain('VEA TAMBIÉN');
      expect(text).not.toContain('combustible para lanchas');
      expect(text).not.toContain('Artículos relacionados');
      expect(text).not.toContain('exportaciones de langosta');
    });
});
