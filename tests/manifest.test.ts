import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

type ManifestFn = (env: {
  mode: string;
  browser: string;
  manifestVersion: 2 | 3;
  command: string;
}) => Record<string, any>;
const manifest = (mode: string, browser = 'chrome', manifestVersion: 2 | 3 = 3) =>
  (config.manifest as unknown as ManifestFn)({ mode, browser, manifestVersion, command: 'build' });

describe('manifest', () => {
  it('asks for minimal permissions at install and no host permissions in production', () => {
    const m = manifest('production');
    expect(m.permissions).toEqual([
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      'offscreen',
    ]);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['<all_urls>']);
    // The request guard's permission is optional, asked for with host access (issue 16, finding 4).
    expect(m.optional_permissions).toEqual(['tabs', 'declarativeNetRequestWithHostAccess']);
  });

  it('adds loopback host access only in the e2e build', () => {
    expect(manifest('e2e').host_permissions).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    // Automation cannot click a permission prompt: the e2e build grants the guard's permission at install.
    expect(manifest('e2e').permissions).toContain('declarativeNetRequestWithHostAccess');
  });

  it('gives extension pages a CSP with no remote source', () => {
    const csp: string = manifest('production').content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/img-src 'self' blob: data:(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('binds Alt+Shift+S to saving', () => {
    expect(manifest('production').commands['save-page'].suggested_key.default).toBe('Alt+Shift+S');
  });

  it('puts host patterns with the optional permissions for Firefox MV2, with a gecko id', () => {
    const m = manifest('production', 'firefox', 2);
    expect(m.optional_permissions).toEqual(['tabs', '<all_urls>', 'webRequest', 'webRequestBlocking']);
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus', 'alarms']);
    expect(m.browser_specific_settings.gecko.id).toBeTruthy();
    expect(m.permissions).not.toContain('offscreen');
  });

  it('grants the Firefox request guard (a blocking webRequest) at install in the e2e build only', () => {
    const e2e = manifest('e2e', 'firefox', 2);
    expect(e2e.permissions).toEqual(expect.arrayContaining(['webRequest', 'webRequestBlocking']));
    expect(e2e.optional_permissions).toEqual(['tabs', '<all_urls>']);
    expect(manifest('production', 'firefox', 2).permissions).not.toContain('webRequest');
  });
});
