import { rmSync } from 'node:fs';
import { sharedBuildDir } from './vite-build';

/** The unit project's global setup: at the end of the run, removes the run's shared build (test/build/vite-build.ts). */
export default function setup(): () => void {
  return () => {
    const dir = sharedBuildDir();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
