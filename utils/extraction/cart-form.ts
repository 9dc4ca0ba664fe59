/** A form's address that posts to the shop's cart or checkout (Shopify's `/cart/add`, Magento's `checkout/cart/add`). */
const CART_ACTION = /(^|[/?&=_-])(cart|checkout|basket)([/?&=_.-]|$)/i;

/** True when `el` is a form that posts to the shop's cart or checkout (see CART_ACTION). */
export function isCartForm(el: Element): boolean {
  return CART_ACTION.test(el.getAttribute('action') ?? '');
}
