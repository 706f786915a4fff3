/**
 * The image a run configuration names (compose `image:`, `docker run IMAGE`, workflow `container:` and
 * `services:`, Kubernetes containers: `RuntimeSpec.image`), as the base-image rules see it. One place
 * decides which references can be judged, so every rule's `checkRuntime` skips the same ones.
 */
import type { Range } from '../engine/types.js';
import { parseImageRef, templatePlaceholders } from '../targets/image-ref.js';
import type { ImageRef } from '../targets/image-ref.js';
import type { RuntimeSpec } from '../targets/runtime/model.js';
import { describe } from './runtime-util.js';
import { isTransportRef } from './stages.js';

export interface RunImage {
  ref: ImageRef;
  /** Where the image is written (the compose entry, the command-line word, the YAML value). */
  range: Range;
  /** `Service "web" runs nginx:latest`: the subject of a message. */
  subject: string;
}

/**
 * The image `spec` runs, when it can be judged: not a variable (`$IMAGE`, `${{ matrix.image }}`), not a
 * template placeholder (`{{ .Values.image }}`), not an image built here (compose `build:` names its
 * result with `image:`), not a transport (`oci-archive:…`).
 */
export function runImage(spec: RuntimeSpec): RunImage | undefined {
  // Seven rules ask for each unit's image: parsed once per unit (the result is only read).
  let known = RUN_IMAGES.get(spec);
  if (known === undefined) RUN_IMAGES.set(spec, (known = { image: readRunImage(spec) }));
  return known.image;
}

const RUN_IMAGES = new WeakMap<RuntimeSpec, { image: RunImage | undefined }>();

function readRunImage(spec: RuntimeSpec): RunImage | undefined {
  const s = spec.image;
  if (!s || s.opaque || s.value === undefined || spec.imageBuilt) return undefined;
  const text = s.value.trim();
  if (!text || text.includes('$') || templatePlaceholders(text).length > 0 || isTransportRef(text))
    return undefined;
  const ref: ImageRef = { ...parseImageRef(text), unresolved: [], tagFromVariable: false };
  if (ref.scratch) return undefined;
  return { ref, range: s.range, subject: `${describe(spec)} runs ${ref.text}` };
}
