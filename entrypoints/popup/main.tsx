import './style.css';
import { paintPopupShell } from '@/components/library/popup-shell';
import { afterFirstFrame } from '@/entrypoints/popup/after-first-frame';
import { popupSurface } from '@/entrypoints/popup/surface';

// The toolbar popup is 400 px wide and as tall as its content (up to 600 px); opened as a tab (as on
// Firefox for Android) it fills the viewport. Set before the first frame.
document.documentElement.dataset.surface = popupSurface();
// The first frame shows the last opening screen (kept HTML) before the app's code is even loaded; the
// app (Preact, Dexie, the library) loads after that frame and replaces it. Without a current shell the
// app loads at once.
const start = () => void import('./start');
if (paintPopupShell(document.getElementById('app')!)) afterFirstFrame(start);
else start();
