import type { Browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { ALL_SITES } from '@/utils/saving/save-all-tabs';
import { loadAddressPolicy, setPrivateAddressesAllowed } from '@/utils/saving/request-guard';

/** "Save pages from my own network": lets Offprint download loopback, private and .local addresses. */
function IntranetSetting() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    loadAddressPolicy().then(
      (p) => setOn(p.allowPrivate),
      () => setOn(false),
    );
  }, []);
  return (
    <p>
      <label>
        <input
          type="checkbox"
          id="allow-intranet"
          checked={!!on}
          disabled={on === null}
          onChange={(e) => {
            const next = (e.target as HTMLInputElement).checked;
            setOn(next);
            void setPrivateAddressesAllowed(next);
          }}
        />{' '}
        <b>Save pages from my own network.</b>
      </label>{' '}
      Offprint never downloads addresses on this computer or in your local network (routers, printers, intranet sites)
      for a link or an imported list, so that a page cannot use it to reach them. Turn this on only if you save pages
      from your own intranet.
    </p>
  );
}

const TABS = { permissions: ['tabs'] as Browser.runtime.ManifestPermission[] };

function usePermission(p: Browser.permissions.Permissions) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions.contains(p).then(setGranted, () => setGranted(false));
  }, []);
  // permissions.request must run in the click itself (no await before it).
  const ask = () => browser.permissions.request(p).then(setGranted, () => setGranted(false));
  const drop = () => browser.permissions.remove(p).then((ok) => ok && setGranted(false));
  return { granted, ask, drop };
}

/**
 * Optional permissions, each asked for with the reason: tab addresses (✓ mark) and downloading pages (links, all tabs).
 */
export function PermissionSettings() {
  const tabs = usePermission(TABS);
  const hosts = usePermission(ALL_SITES);
  return (
    <div class="fields">
      <p>
        <b>✓ on saved pages.</b> Offprint marks its toolbar button when the page in a tab is already in your library. To
        check tabs you have not used Offprint on, it needs to see their addresses; it never records your browsing.{' '}
        {tabs.granted ? (
          <button class="btn" id="drop-tabs" onClick={tabs.drop}>
            Stop checking other tabs
          </button>
        ) : (
          <button class="btn" id="allow-tabs" onClick={tabs.ask}>
            Let Offprint see tab addresses
          </button>
        )}
      </p>
      <p>
        <b>Save links and all tabs.</b> “Save link to Offprint” and “Save all tabs” download pages without opening them,
        which needs permission to read websites. Offprint only reads the pages you ask it to save, and nothing leaves
        your computer.{' '}
        {hosts.granted ? (
          <button class="btn" id="drop-hosts" onClick={hosts.drop}>
            Withdraw
          </button>
        ) : (
          <button class="btn" id="allow-hosts-options" onClick={hosts.ask}>
            Allow downloading pages
          </button>
        )}
      </p>
      <IntranetSetting />
    </div>
  );
}
