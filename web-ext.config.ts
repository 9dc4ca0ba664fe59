import { defineWebExtConfig } from 'wxt';

// No display on the build machines: `wxt dev` must not try to launch a browser.
export default defineWebExtConfig({ disabled: true });
