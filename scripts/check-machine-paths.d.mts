export const MACHINE_PATH: RegExp;
export interface MachinePath {
  line: number;
  path: string;
}
export function isChecked(file: string): boolean;
export function machinePaths(text: string): MachinePath[];
export function checkRepo(cwd?: string): (MachinePath & { file: string })[];
