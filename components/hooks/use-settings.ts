import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, getSettings, setSettings, SETTINGS_KEY, type Settings } from '@/utils/storage/settings';

/**
 * The settings (undefined until read), kept up to date when they change anywhere (another tab, the
 * reader's Aa popover, the options page), and a setter that stores a change.
 */
export function useSettings(): [Settings | undefined, (c: Partial<Settings>) => void] {
  const [s, setS] = useState<Settings>();
  useEffect(() => {
    let alive = true;
    getSettings().then((v) => alive && setS(v));
    const onChange = (changes: Record<string, { newValue?: unknown }>, area?: string) => {
      if ((area === undefined || area === 'local') && changes[SETTINGS_KEY]?.newValue)
        setS({ ...DEFAULT_SETTINGS, ...(changes[SETTINGS_KEY].newValue as Settings) });
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);
  return [s, (c) => void setSettings(c).then(setS)];
}
