import { useEffect, useRef } from 'preact/hooks';
import { progressOf } from './reading-progress';

/**
 * The thin reading-progress bar along the top of the reader, always visible (it sits in the sticky header).
 * Decorative: the header's "N min left" says the same in words.
 */
export function ReadingBar() {
  const fill = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let frame = 0;
    const draw = () => {
      frame = 0;
      const p = progressOf(window.scrollY, document.documentElement.scrollHeight, window.innerHeight);
      fill.current?.style.setProperty('transform', `scaleX(${p})`);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    draw();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <div class="reading-bar" id="reading-bar" aria-hidden="true">
      <span ref={fill} />
    </div>
  );
}
