// @vitest-environment jsdom
// Redoc (Redocly's build-docs) prints each response of an API operation as a `<button>` holding its status and its
// description's paragraph. Such a row was read as a row, not a control, only when its description was a sentence
// ("A page of shipments."), but an OpenAPI description is a phrase as often as not ("A paged array of pets",
// "unexpected error"): on a real Redoc page every operation lost its "Responses" and each status with its description
// (fixture docs-redoc-status-phrases).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { unwrapToggle } from '@/utils/extraction/folded-panel';

describe("an API reference's response rows drawn as buttons (docs-redoc-status-phrases)", () => {
  it('keeps each status with its description when the description is a phrase', () => {
    const text = offprintPage(loadPage('docs-redoc-status-phrases'))?.text ?? '';
    expect(text).toMatch(/Responses\s+200\s+A page of berths\s+default\s+Unexpected error/);
    expect(text).toMatch(/201\s+Berth booked/);
    expect(text).toMatch(/200\s+The berth and its bookings/);
  });

  it("unwraps a row labelled by a status, not a shop's row labelled in words", () => {
    document.body.innerHTML =
      '<div><button id="a"><strong>404 </strong><span><p>Berth not found</p></span></button></div>' +
      '<div><button id="b"><strong>4XX </strong><div><p>Client error</p></div></button></div>' +
      '<div><button id="c"><strong>Size </strong><span><p>Large</p></span></button></div>' +
      '<div><button id="d"><p>iPhone 16 Pro</p></button></div>';
    for (const b of Array.from(document.querySelectorAll('button'))) unwrapToggle(b);
    expect(document.querySelector('#a, #b')).toBeNull();
    expect(document.body.textContent).toContain('Berth not found');
    expect(document.querySelectorAll('button').length).toBe(2);
  });
});
