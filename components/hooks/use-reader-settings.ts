import { useEffect } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/storage/settings';
import { applyReaderStyle } from '@/components/reader/reader-style';
import { useSettings } from './use-settings';

/** The settings, applied to the page as they load and change (also when changed in another tab). */
export function useReaderSettings(): [Settings, (c: Partial<Settings>) => void] {
  const [s, set] = useSettings();
  const value = s ?? DEFAULT_SETTINGS;
  useEffect(() => applyReaderStyle(value), [value]);
  return [value, set];
}
