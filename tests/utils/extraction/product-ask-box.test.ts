// @vitest-environment jsdom
// A shop's product page prints an "Ask our sales adviser" box: the adviser's name, phone and e-mail beside the
// question forms it opens ("Seen it cheaper elsewhere?", "Any other questions?"). Session 62's contact rule
// (holdsContactsBeside) stopped the forms' climb below the box's details, written for a contact page's card, and the
// adviser's details stayed in a real shop's product text (a Slovak computer shop's product page, not committed). On a
// page with a form that adds its item to the cart, the climb goes on as before (fixture product-shop-ask-adviser).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';

describe("a shop's adviser box beside its question forms goes with them (removeSignupForms)", () => {
  it("keeps the product's text without the adviser's box", () => {
    const text = offprintPage(loadPage('product-shop-ask-adviser'))!.text;
    expect(text).toContain('The TT-3 is a two-speed belt-drive turntable');
    expect(text).toContain('Wow and flutter: 0.08 %');
    expect(text).toContain('Customer reviews');
    for (const widget of ['Ask our sales adviser', 'Rosalind Okafor', '+44 161 496 0732', 'Seen it cheaper'])
      expect(text).not.toContain(widget);
  });

  const page = (cart: string) =>
    parsePage(
      '<html><body><h1>Larkspur TT-3</h1>' +
        cart +
        '<p>A two-speed belt-drive turntable on a walnut plinth, its motor on rubber mounts of its own.</p>' +
        '<section id="box"><h2>Ask our adviser</h2><div id="details"><h4>Rosalind Okafor</h4>' +
        '<p>Tel: +44 161 496 0732</p></div><div id="ask"><h3>Any other questions?</h3><form>' +
        '<input type="email" name="email"><textarea name="q"></textarea><button>Ask</button></form></div>' +
        '</section></body></html>',
    );

  it('drops the details with the forms where a form adds the item to the cart, and keeps them elsewhere', () => {
    for (const buy of [
      '<form action="/cart/add"><button>Add to cart</button></form>',
      '<form action="/Basket/Add" method="post"><button>Do košíka</button></form>',
      '<form action="/shop/larkspur-tt-3/" method="post"><button name="add-to-cart" value="40177">Buy</button></form>',
    ]) {
      const shop = page(buy);
      removeClutter(shop);
      expect(shop.getElementById('ask')).toBeNull();
      expect(shop.getElementById('details')).toBeNull();
    }
    // A contact page's card, with or without the shop's cart drawer: the details stay and the form goes.
    for (const other of ['', '<form action="/cart" method="post"><button>Check out</button></form>']) {
      const contact = page(other);
      removeClutter(contact);
      expect(contact.getElementById('ask')).toBeNull();
      expect(contact.getElementById('details')).not.toBeNull();
    }
  });
});
