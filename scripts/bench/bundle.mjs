/**
 * Bundles a TypeScript bench entry into one ESM file for plain Node (benchmarks time the code as the
 * CLI runs it, bundled, not through tsx). `require` is provided for the CommonJS dependencies.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `entry`: a path relative to the project root, or `{ contents, sourcefile }` of TypeScript source. */
export async function bundleForNode(entry, outfile) {
  await build({
    absWorkingDir: root,
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : {
          stdin: { contents: entry.contents, resolveDir: root, loader: 'ts', sourcefile: entry.sourcefile },
        }),
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As scripts/build.mjs bundles the CLI: packages resolved as Node's require() resolves them. With
    // esbuild's default "module" condition, vscode-languageserver-types (under dockerfile-ast) came as an
    // ES module read through getters, 1.2 % of a bench profile that the CLI does not pay.
    conditions: [],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}
