import JSZip from 'jszip';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A fixed date: a zip stores each file's time, which would otherwise differ between two builds. */
const ZIP_DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * `dir` zipped for the stores into `out`; returns its size in bytes. Sorted names, a fixed date
 * and fixed permissions (platform UNIX, no mode from disk) make two builds of the same code give
 * the same bytes, so a zip can be checked against its source. Folder entries are written here,
 * with the same date: JSZip's own (`createFolders`) would carry the time of the build.
 */
export async function zipDir(dir: string, out: string): Promise<number> {
  const zip = new JSZip();
  const folders = new Set<string>();
  for (const name of filesUnder(dir).map((f) => relative(dir, f).split('\\').join('/')).sort()) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/') + '/';
      if (!folders.has(folder)) zip.file(folder, null, { dir: true, date: ZIP_DATE, unixPermissions: 0o755, createFolders: false });
      folders.add(folder);
    }
    zip.file(name, readFileSync(join(dir, name)), { date: ZIP_DATE, unixPermissions: 0o644, createFolders: false });
  }
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  writeFileSync(out, buf);
  return buf.length;
}
