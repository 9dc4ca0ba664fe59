export const MAX_WIDTH: number;
export interface LongLine {
  line: number;
  width: number;
}
export function isCode(file: string): boolean;
export function longLines(text: string, max?: number): LongLine[];
export function checkRepo(cwd?: string, max?: number): (LongLine & { file: string })[];
