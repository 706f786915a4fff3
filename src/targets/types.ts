/**
 * What every target kind hands to the engine: the units its rules check, the comments that may hold
 * inline suppressions, and any problem that kept part of the input from being read.
 */
import type { FindingContext, Range } from '../engine/types.js';

export type TargetKind = 'dockerfile' | 'runtime' | 'image';

export interface TargetUnit {
  /** The model the kind's rules receive (DockerfileModel, RuntimeSpec, ImageModel). */
  model: unknown;
  /** Attached to every finding reported on this unit (stage, service, platform…). */
  context?: FindingContext;
}

export interface InputProblem {
  message: string;
  range: Range;
}

export interface LoadedTarget {
  kind: TargetKind;
  /** Path relative to the working directory (forward slashes), or the image reference. */
  file: string;
  /** The source text, when the target is a text file (for source excerpts and suppressions). */
  text?: string;
  units: TargetUnit[];
  /** Problems that kept (part of) the input from being read: reported as `policy/unparsable`. */
  problems: InputProblem[];
  /** `#` comments of the file, for inline suppressions. */
  comments?: { text: string; range: Range }[];
  /** Free-form per-target facts for reports (layer table, services found…). */
  stats?: Record<string, unknown>;
}

export interface LoadContext {
  cwd: string;
  /** Reads a file next to the target (e.g. `.dockerignore`); null when absent; throws, saying why, when
   * it is there but cannot be read (not a regular file, too big, a link out of the working directory). */
  readSibling(relPath: string): Promise<string | null>;
}

/** A kind of target that is discovered as files in the repository. */
export interface FileTargetHandler {
  kind: TargetKind;
  /** Whether a file found by discovery belongs to this kind, from its path and its first 4 KiB. */
  claims(relPath: string, head: string): boolean;
  /** Whether an explicitly named file belongs to this kind (defaults to `claims`). */
  claimsExplicit?(relPath: string, head: string): boolean;
  load(relPath: string, text: string, ctx: LoadContext): Promise<LoadedTarget> | LoadedTarget;
}
