/**
 * Parsers for the values of run settings, shared by every source format: memory sizes, CPU counts,
 * booleans, capabilities, compose interpolation, volume and mount specifications.
 */
import type { MountSetting, MountType } from './model.js';

const SIZE = /^(\d+(?:\.\d+)?) ?([kmgtp])?(i)?(b)?$/i;
const MULTIPLIERS: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };

/**
 * A memory size as Docker and Compose read it (go-units `RAMInBytes`): a number with an optional unit
 * `b`, `k`, `m`, `g`, `t`, `p` (binary multiples, any case, optionally followed by `i` and/or `b`: `1gb`,
 * `512MiB`), or a plain number of bytes. Returns an error text for anything else.
 */
export function parseMemory(text: string): { bytes: number } | { error: string } {
  const t = text.trim();
  if (t === '-1') return { bytes: -1 };
  const m = SIZE.exec(t);
  if (!m)
    return {
      error: `"${text}" is not a size (a number with an optional unit b, k, m or g, such as 512m or 2g)`,
    };
  const n = Number(m[1]);
  const unit = m[2]?.toLowerCase();
  return { bytes: Math.floor(unit ? n * MULTIPLIERS[unit] : n) };
}

/** Bytes as people write them: `512m`, `2g`, `1.5g`, `6291456` for odd sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 0) return String(bytes);
  for (const [unit, mul] of [
    ['g', 2 ** 30],
    ['m', 2 ** 20],
    ['k', 2 ** 10],
  ] as const) {
    if (bytes >= mul) {
      const v = bytes / mul;
      if (Number.isInteger(v)) return `${v}${unit}`;
      if (Number.isInteger(v * 10)) return `${v.toFixed(1)}${unit}`;
    }
  }
  return `${bytes}`;
}

/** A number of CPUs (`0.5`, `2`); Docker reads it as a float. */
export function parseCpus(text: string): { cpus: number } | { error: string } {
  const t = text.trim();
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(t))
    return { error: `"${text}" is not a number of CPUs (such as 0.5 or 2)` };
  return { cpus: Number(t) };
}

/** An integer (`--pids-limit`, `--cpu-quota`); negative values allowed. */
export function parseInteger(text: string): { value: number } | { error: string } {
  const t = text.trim();
  if (!/^[-+]?\d+$/.test(t)) return { error: `"${text}" is not an integer` };
  return { value: Number(t) };
}

/** Go's strconv.ParseBool, as the docker and podman CLIs read `--flag=value`. */
export function parseCliBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(text)) return false;
  return undefined;
}

/** A boolean written as a YAML string in a compose file (`"true"`, `yes`, `on`). */
export function parseLooseBool(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['true', 'yes', 'y', 'on', '1'].includes(t)) return true;
  if (['false', 'no', 'n', 'off', '0'].includes(t)) return false;
  return undefined;
}

/** `cap_sys_admin`, `CAP_SYS_ADMIN`, `sys_admin` -> `SYS_ADMIN`. */
export function normaliseCapability(text: string): string {
  const t = text.trim().toUpperCase();
  return t.startsWith('CAP_') ? t.slice(4) : t;
}

/**
 * Compose interpolation (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `$$`): the value with
 * defaults applied (what compose uses when the variable is unset), or `opaque` when a variable without a
 * default decides it.
 */
export function interpolateCompose(text: string): { text: string; opaque: boolean } {
  if (!text.includes('$')) return { text, opaque: false };
  let out = '';
  let opaque = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '{') {
      // Find the matching brace (defaults may nest `${…}`).
      let depth = 1;
      let j = i + 2;
      while (j < text.length && depth > 0) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
        j++;
      }
      if (depth > 0) return { text, opaque: true };
      const body = text.slice(i + 2, j - 1);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?([\s\S]*)$/.exec(body);
      if (m && m[2] && m[2].endsWith('-')) {
        const inner = interpolateCompose(m[3]);
        out += inner.text;
        opaque ||= inner.opaque;
      } else {
        opaque = true;
      }
      i = j;
    } else if (next !== undefined && /[A-Za-z_]/.test(next)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_]/.test(text[j])) j++;
      opaque = true;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, opaque };
}

/** Splits `src:dst[:mode]`, keeping a Windows drive letter (`C:\data`, `c:/x`) with its path. */
function splitVolume(spec: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === ':') {
      const driveLetter = cur.length === 1 && /[A-Za-z]/.test(cur) && /[\\/]/.test(spec[i + 1] ?? '');
      if (!driveLetter) {
        parts.push(cur);
        cur = '';
        continue;
      }
    }
    cur += c;
  }
  parts.push(cur);
  return parts;
}

/** Whether a volume source is a host path (else a named volume): `/x`, `./x`, `~/x`, `C:\x`, `$PWD/x`. */
function isHostPath(source: string): boolean {
  return /^(?:[/.~\\]|[A-Za-z]:[\\/]|\$)/.test(source);
}

/**
 * A `-v`/`--volume` value or a compose short-syntax volume: `[SOURCE:]TARGET[:MODE]`. `opaque` tells
 * whether the source holds variables (`$PWD`, `${HOME}`).
 */
export function parseVolumeSpec(
  spec: string,
  opaque: boolean,
): Pick<MountSetting, 'type' | 'source' | 'target' | 'readOnly' | 'opaque'> {
  const parts = splitVolume(spec);
  let source: string | undefined;
  let target: string | undefined;
  let mode = '';
  if (parts.length === 1) {
    target = parts[0];
  } else if (parts.length === 2) {
    [source, target] = parts;
  } else {
    source = parts[0];
    target = parts[1];
    mode = parts.slice(2).join(':');
  }
  const modes = mode.split(',').filter((m) => m !== '');
  const readOnly = modes.includes('ro') || modes.includes('readonly');
  let type: MountType = 'volume';
  if (source === '') source = undefined;
  // A source that starts with a variable (`$PWD`, `$(pwd)`, `${HOME}/x`) is read as a host path.
  if (source !== undefined && isHostPath(source)) type = 'bind';
  const sourceOpaque = opaque && source !== undefined && source.includes('$');
  return { type, source, target, readOnly, ...(sourceOpaque ? { opaque: true } : {}) };
}

/**
 * A `--mount` value: comma-separated `key=value` fields (`type=bind,source=/x,target=/y,readonly`).
 * Docker's default type is `volume`.
 */
export function parseMountSpec(
  spec: string,
  opaque: boolean,
): Pick<MountSetting, 'type' | 'source' | 'target' | 'readOnly' | 'opaque'> {
  let type: MountType = 'volume';
  let source: string | undefined;
  let target: string | undefined;
  let readOnly = false;
  for (const field of spec.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const value =
      eq < 0
        ? undefined
        : field
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1');
    switch (key) {
      case 'type':
        type =
          (['bind', 'volume', 'tmpfs', 'npipe', 'image', 'cluster'] as const).find((t) => t === value) ??
          'unknown';
        break;
      case 'source':
      case 'src':
        source = value;
        break;
      case 'target':
      case 'destination':
      case 'dst':
        target = value;
        break;
      case 'readonly':
      case 'ro':
        readOnly = value === undefined || parseCliBool(value) === true;
        break;
    }
  }
  return {
    type,
    source,
    target,
    readOnly,
    ...(opaque && (source === undefined || source.includes('$')) ? { opaque: true } : {}),
  };
}

/** A normalised absolute host path (`//etc/./x/` -> `/etc/x`); undefined for relative or opaque paths. */
export function normaliseHostPath(p: string | undefined): string | undefined {
  if (!p || !p.startsWith('/')) return undefined;
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/;
const QUANTITY_SUFFIX: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

/**
 * A Kubernetes resource quantity (`512Mi`, `1G`, `500m`, `1e9`, `0.5`): binary suffixes Ki…Ei,
 * decimal k…E, and the small ones n, u, m (so memory `128m` is 0.128 bytes, not 128 MiB).
 */
export function parseQuantity(text: string): { value: number } | { error: string } {
  const m = QUANTITY.exec(text.trim());
  if (!m) {
    return {
      error: `"${text}" is not a Kubernetes quantity (a number with an optional suffix such as Mi, Gi, m or k: 512Mi, 500m)`,
    };
  }
  const n = Number(m[1]);
  if (m[2]) return { value: n * QUANTITY_SUFFIX[m[2]] };
  if (m[3]) return { value: n * 10 ** Number(m[3]) };
  return { value: n };
}
