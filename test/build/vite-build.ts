import { spawn } from 'node:child_process';
import { VITE } from '../../scripts/browser/build';
import { ROOT } from '../../scripts/browser/paths';

export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `vite build` of this repository (what `npm run build` runs) into `outDir`, in a child process
 * as a user would run it, so tests never race the browser tests' dist/. Extra arguments follow
 * (`--watch`, another root…). Resolves when the process exits.
 */
export function viteBuild(outDir: string, extra: string[] = [], cwd = ROOT): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, 'build', '--outDir', outDir, ...extra], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
