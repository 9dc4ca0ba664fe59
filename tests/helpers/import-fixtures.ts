import { zipSync, strToU8 } from 'fflate';

/** Every import fixture file's text, by path under tests/fixtures/imports/. */
export const FIXTURES: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob('../fixtures/imports/**/*.{csv,json,html,md,txt}', {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>,
  ).map(([k, v]) => [k.replace('../fixtures/imports/', ''), v]),
);

/** A zip File of the fixtures under `dir` (paths inside the zip relative to it), as the user would pick it. */
export function fixtureZip(dir: string, name: string, skip: (path: string) => boolean = () => false): File {
  const files: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(FIXTURES))
    if (path.startsWith(`${dir}/`) && !skip(path)) files[path.slice(dir.length + 1)] = strToU8(text);
  return new File([zipSync(files) as BlobPart], name, { type: 'application/zip' });
}

/** One fixture as a picked File. */
export function fixtureFile(path: string): File {
  return new File([FIXTURES[path]], path.split('/').pop()!);
}
