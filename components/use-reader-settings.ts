import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, getSettings, setSettings, type Settings } from '@/utils/settings';
import { applyReaderStyle } from '@/utils/reader-style';

/** The settings, applied to the page as they load and change (also when changed in another tab). */
export function useReaderSettings(): [Settings, (c: Partial<Settings>) => void] {
  const [s, setS] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    getSettings().then(setS);
    const onChange = (changes: Record<string, { newValue?: unknown }>) => {
      if (changes.settings?.newValue) setS({ ...DEFAULT_SETTINGS, ...(changes.settings.newValue as Settings) });
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  useEffect(() => applyReaderStyle(s), [s]);
  return [s, (c) => void setSettings(c).then(setS)];
}
