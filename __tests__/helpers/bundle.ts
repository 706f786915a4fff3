/**
 * Bundles a TypeScript entry (a test's child-process script) into one ESM file for plain Node, so
 * that the child starts in a fraction of a second and runs outside Jest's module sandbox.
 */
import path from 'node:path';
import { build } from 'esbuild';

export async function bundleChild(entry: string, outfile: string): Promise<void> {
  await build({
    absWorkingDir: process.cwd(),
    entryPoints: [path.join(process.cwd(), entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __r } from 'node:module';\nconst require = __r(import.meta.url);",
    },
  });
}
