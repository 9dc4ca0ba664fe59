// `--worst N`: the pages where Offprint kept the most clutter and lost the most text, with the lines.
import { tokenize } from './score';

interface Scored {
  precision: number;
  recall: number;
  clutter: number;
  lost: number;
}

/** One page as the worst-pages report needs it. */
export interface WorstRow {
  index: number;
  id: string;
  url: string;
  truth: string;
  /** The page type (WCXB), shown next to the kind Offprint gave it. */
  type?: string;
  ours: Scored & { text: string; error?: string; kind?: string };
  vanilla: Scored;
}

function shingleSet(text: string): Set<string> {
  const t = tokenize(text);
  const out = new Set<string>();
  for (let i = 0; i + 4 <= t.length; i++) out.add(t.slice(i, i + 4).join(' '));
  return out;
}

/** Lines of `text` whose shingles are mostly absent from `other` (or short lines whose tokens are). */
function foreignLines(text: string, other: string): string[] {
  const set = shingleSet(other);
  const words = new Set(tokenize(other));
  return text.split('\n').filter((line) => {
    const t = tokenize(line);
    if (!t.length) return false;
    if (t.length < 4) return !t.every((w) => words.has(w)) || !other.includes(line.trim());
    let miss = 0;
    for (let i = 0; i + 4 <= t.length; i++) if (!set.has(t.slice(i, i + 4).join(' '))) miss++;
    return miss / (t.length - 3) > 0.5;
  });
}

const cut = (s: string) => (s.length > 110 ? `${s.slice(0, 107)}…` : s);

/** Prints the N pages with the most kept clutter (fp) and the N with the most lost text (fn). */
export function printWorst(rows: WorstRow[], n: number): void {
  const show = (title: string, key: 'clutter' | 'lost', lines: (r: WorstRow) => string[]) => {
    console.log(`\n## ${title}`);
    for (const r of [...rows].sort((a, b) => b.ours[key] - a.ours[key]).slice(0, n)) {
      const type = r.type ? ` [${r.type}${r.ours.kind ? ` → ${r.ours.kind}` : ''}]` : '';
      console.log(
        `\n#${r.index} ${r.id.slice(0, 8)}${type} ${r.url}  P ${r.ours.precision.toFixed(3)} R ` +
          `${r.ours.recall.toFixed(3)} (vanilla P ${r.vanilla.precision.toFixed(3)} R ` +
          `${r.vanilla.recall.toFixed(3)})${r.ours.error ? ` ERROR ${r.ours.error}` : ''}`,
      );
      for (const l of lines(r).slice(0, 12)) console.log(`   ${cut(l)}`);
    }
  };
  show('Most kept clutter (false positives)', 'clutter', (r) => foreignLines(r.ours.text, r.truth));
  show('Most lost text (false negatives)', 'lost', (r) => foreignLines(r.truth, r.ours.text));
}
