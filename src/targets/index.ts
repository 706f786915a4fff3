/** The kinds of target found as files, in the order they are asked to claim a file. */
import type { FileTargetHandler } from './types.js';
import { dockerfileTarget } from './dockerfile/index.js';
import { RUNTIME_TARGETS } from './runtime/index.js';

export const FILE_TARGETS: FileTargetHandler[] = [
  // Kinds that recognise their files by content come before the Dockerfile kind, which takes any
  // file named explicitly.
  ...RUNTIME_TARGETS,
  dockerfileTarget,
];
