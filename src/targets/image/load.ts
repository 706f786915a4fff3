import type { LoadedTarget } from '../types.js';

export interface ImageLoadOptions {
  cwd: string;
  /** `--baseline`: an image to compare with. */
  baseline?: string;
}

/** Reads one `--image` input into one target per image and platform. */
export async function loadImageTargets(input: string, _opts: ImageLoadOptions): Promise<LoadedTarget[]> {
  return [
    {
      kind: 'image',
      file: input,
      units: [],
      problems: [{ message: 'reading images is not available in this build', range: { line: 1, column: 1, endLine: 1, endColumn: 1 } }],
    },
  ];
}
