import { joinRegExp } from '@/utils/lib/join-regexp';

/** One block element per line, so fixture diffs read like code. Whitespace-insensitive comparisons only. */
export function prettyHtml(html: string): string {
  return (
    html
      .replace(
        joinRegExp(
          '\\s*(<\\/?(?:',
          [
            /p|div|section|article|figure|figcaption|h[1-6]|ul|ol|li|blockquote|table|tr|td|th|pre|header|footer/,
            /main|aside|picture|img|br|hr/,
          ],
          ')\\b[^>]*>)\\s*',
          'gi',
        ),
        '\n$1\n',
      )
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n') + '\n'
  );
}
