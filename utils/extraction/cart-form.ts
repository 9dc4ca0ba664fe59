/** An address that posts to the shop's cart or checkout (Shopify's `/cart/add`, Magento's `checkout/cart/add`). */
const CART_ACTION = /(^|[/?&=_-])(cart|checkout|basket)([/?&=_.-]|$)/i;

/** True when `el` is a form that posts to the shop's cart or checkout (see CART_ACTION). */
export function isCartForm(el: Element): boolean {
  return CART_ACTION.test(el.getAttribute('action') ?? '');
}

/** An address that adds an item to the cart: `/cart/add`, `checkout/cart/add`, `/Basket/Add`, `?add-to-cart=12`. */
const ADD_ACTION = /(^|[/?&=_-])(cart|basket)[/_-]?add([/?&=_.-]|$)|(^|[/?&=_-])add[_-]?to[_-]?(cart|basket)/i;
/** A control's name that adds the item: WooCommerce's `<button name="add-to-cart">`, Shopify's `name="add"`. */
const ADD_NAME = /^(add[_-]?to[_-]?(cart|basket)|add)$/i;

/**
 * True when `form` is a product's own form, the one that adds it to the cart: its address says so (see ADD_ACTION),
 * or one of its buttons or inputs is named so (WooCommerce posts to the product's own page, see ADD_NAME). A shop's
 * cart drawer (`/cart`, `/checkout`), printed on every page of the shop, its contact page too, is none.
 */
export function addsToCart(form: Element): boolean {
  if (ADD_ACTION.test(form.getAttribute('action') ?? '')) return true;
  for (const el of Array.from(form.querySelectorAll('button[name], input[name]')))
    if (ADD_NAME.test(el.getAttribute('name') ?? '')) return true;
  return false;
}
