/**
 * The `docker`/`podman` `run|create` command-line parser. It works on the words of one simple command
 * (from `parseShell`), so quoting, line continuations and `echo` arguments are already dealt with: only
 * a command whose name is `docker` or `podman` (after `sudo`, `env`, `exec`… prefixes) counts, and only
 * the words before the image are flags.
 *
 * Flag forms (pflag's rules, which both CLIs use): `--memory=1g`, `--memory 1g`, `-m1g`, `-m 1g`,
 * `-m=1g`, bundled booleans `-itd` (a value flag may end a bundle: `-itm 1g`), `--privileged=false`,
 * and `--` ending the flags.
 */
import type { Range } from '../../engine/types.js';
import type { ShellWord, SimpleCommand } from '../dockerfile/shell-types.js';
import { cliEnv } from './env.js';
import { emptySpec } from './model.js';
import type { MountSetting, RuntimeEngine, RuntimeSource, RuntimeSpec, Setting } from './model.js';
import {
  normaliseCapability,
  parseCliBool,
  parseCpus,
  parseInteger,
  parseMemory,
  parseMountSpec,
  parseVolumeSpec,
} from './values.js';

/** A word of a command line, with offsets into the text given to the parser. */
export interface CliWord {
  /** Quotes removed, escapes applied. */
  value: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
  /** True when the word holds an expansion resolved at run time (`$MEM`, `$(pwd)`, `${{ inputs.x }}`). */
  opaque: boolean;
}

export type RangeOf = (start: number, end: number) => Range;

export function cliWord(w: ShellWord): CliWord {
  return { value: w.value, raw: w.raw, start: w.start, end: w.end, opaque: w.hasExpansion };
}

// Flags of `docker run`/`docker create` and `podman run`/`podman create` that take a value.
const VALUE_FLAGS = new Set(
  (
    'add-host annotation attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent cgroupns ' +
    'cidfile cpu-count cpu-percent cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpus ' +
    'cpuset-cpus cpuset-mems detach-keys device device-cgroup-rule device-read-bps device-read-iops ' +
    'device-write-bps device-write-iops dns dns-opt dns-option dns-search domainname entrypoint env ' +
    'env-file expose gpus group-add health-cmd health-interval health-retries health-start-interval ' +
    'health-start-period health-timeout hostname io-maxbandwidth io-maxiops ip ip6 ipc isolation ' +
    'kernel-memory label label-file link link-local-ip log-driver log-opt mac-address memory ' +
    'memory-reservation memory-swap memory-swappiness mount name network net network-alias net-alias ' +
    'oom-score-adj pid pids-limit platform publish pull restart runtime security-opt shm-size stop-signal ' +
    'stop-timeout storage-opt sysctl tmpfs ulimit user userns uts volume volume-driver volumes-from workdir ' +
    // podman only
    'arch authfile cgroup-conf cgroups chrootdirs conmon-pidfile creds decryption-key env-merge gidmap ' +
    'group-entry health-log-destination health-max-log-count health-max-log-size health-on-failure ' +
    'health-startup-cmd health-startup-interval health-startup-retries health-startup-success ' +
    'health-startup-timeout hostuser image-volume init-path os passwd-entry personality pidfile pod ' +
    'pod-id-file preserve-fd preserve-fds rdt-class requires retry retry-delay sdnotify seccomp-policy ' +
    'secret shm-size-systemd subgidname subuidname systemd timeout tz uidmap umask unsetenv variant'
  ).split(' '),
);

const SHORT_FLAGS: Record<string, string> = {
  a: 'attach',
  c: 'cpu-shares',
  e: 'env',
  h: 'hostname',
  l: 'label',
  m: 'memory',
  p: 'publish',
  u: 'user',
  v: 'volume',
  w: 'workdir',
  d: 'detach',
  i: 'interactive',
  t: 'tty',
  P: 'publish-all',
  q: 'quiet',
};

const ALIASES: Record<string, string> = {
  net: 'network',
  'net-alias': 'network-alias',
  'dns-opt': 'dns-option',
};

/** One flag as found on the command line. */
export interface FlagOccurrence {
  /** Canonical long name without dashes (`memory` for `-m`). */
  name: string;
  /** As written, without the value: `--memory`, `-m`, `-itm`. */
  key: string;
  /** The value (quotes removed); undefined for a boolean flag without `=value` or a dangling value flag. */
  value?: string;
  /** The value as written. */
  valueRaw?: string;
  valueOpaque: boolean;
  /** Whether the flag takes a value. */
  takesValue: boolean;
  /** The flag and its value as written (`--memory=1g`, `-m 1g`, `-itm1g`). */
  text: string;
  start: number;
  end: number;
}

export interface ParsedRunArgs {
  flags: FlagOccurrence[];
  /** The first word that is not a flag; undefined when there is none. */
  image?: CliWord;
  /** Words in flag position that are whole variables (`$OPTS`, `"${ARGS[@]}"`): they may hold flags. */
  opaqueFlags: CliWord[];
}

/** A word that is a whole expansion: `$X`, `${X}`, `"$X"`, `$(cmd)`, `${{ expr }}`, `"$@"`. */
function wholeExpansion(w: CliWord): string | null {
  if (!w.opaque) return null;
  const m = /^"?\$(?:\{\{([\s\S]*)\}\}|\{([^}]*)\}|\(([\s\S]*)\)|([A-Za-z_][A-Za-z0-9_]*|[@*]))"?$/.exec(
    w.raw,
  );
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
}

const FLAG_VARIABLE = /OPT|ARG|FLAG|PARAM|EXTRA|^[@*]$|\[[@*]\]/i;

/**
 * Splits the words after `run`/`create` into flags and the image. With `expectImage: false` (workflow
 * `options:`) every word is read as a flag or a flag's value.
 */
export function parseRunArgs(words: CliWord[], expectImage = true): ParsedRunArgs {
  const flags: FlagOccurrence[] = [];
  const opaqueFlags: CliWord[] = [];
  let i = 0;
  const takeValue = (occ: FlagOccurrence) => {
    const next = words[i + 1];
    if (next) {
      occ.value = next.value;
      occ.valueRaw = next.raw;
      occ.valueOpaque = next.opaque;
      occ.end = next.end;
      occ.text = `${occ.text} ${next.raw}`;
      i++;
    }
  };
  for (; i < words.length; i++) {
    const w = words[i];
    const v = w.value;
    if (v === '--' && !w.opaque) {
      if (expectImage) return { flags, image: words[i + 1], opaqueFlags };
      continue;
    }
    if (v.startsWith('--') && v.length > 2) {
      const eq = v.indexOf('=');
      const written = eq < 0 ? v.slice(2) : v.slice(2, eq);
      const name = ALIASES[written] ?? written;
      const takesValue = VALUE_FLAGS.has(name);
      const occ: FlagOccurrence = {
        name,
        key: `--${written}`,
        valueOpaque: false,
        takesValue,
        text: w.raw,
        start: w.start,
        end: w.end,
      };
      if (eq >= 0) {
        occ.value = v.slice(eq + 1);
        const rawEq = w.raw.indexOf('=');
        occ.valueRaw = rawEq >= 0 ? w.raw.slice(rawEq + 1) : occ.value;
        occ.valueOpaque = w.opaque;
      } else if (takesValue) {
        takeValue(occ);
      }
      flags.push(occ);
      continue;
    }
    if (v.startsWith('-') && v.length > 1 && !w.opaque) {
      // A bundle of short flags; a value flag takes the rest of the word or the next word.
      for (let j = 1; j < v.length; j++) {
        const ch = v[j];
        const name = SHORT_FLAGS[ch] ?? ch;
        const takesValue = VALUE_FLAGS.has(name);
        const occ: FlagOccurrence = {
          name,
          key: `-${ch}`,
          valueOpaque: false,
          takesValue,
          text: w.raw,
          start: w.start,
          end: w.end,
        };
        if (takesValue) {
          let rest = v.slice(j + 1);
          if (rest.startsWith('=')) rest = rest.slice(1);
          if (rest !== '') {
            occ.value = rest;
            occ.valueRaw = rest;
          } else {
            takeValue(occ);
          }
          flags.push(occ);
          break;
        }
        if (v[j + 1] === '=') {
          occ.value = v.slice(j + 2);
          occ.valueRaw = occ.value;
          flags.push(occ);
          break;
        }
        flags.push(occ);
      }
      continue;
    }
    if (v.startsWith('-') && v.length > 1 && w.opaque && /^-/.test(w.raw)) {
      // `--memory=$MEM` was handled above; `-m$MEM` lands here.
      const name = SHORT_FLAGS[v[1]] ?? v[1];
      const takesValue = VALUE_FLAGS.has(name);
      const occ: FlagOccurrence = {
        name,
        key: v.slice(0, 2),
        valueOpaque: true,
        takesValue,
        text: w.raw,
        start: w.start,
        end: w.end,
      };
      if (takesValue) {
        occ.value = v.slice(2).replace(/^=/, '');
        occ.valueRaw = w.raw.slice(2).replace(/^=/, '');
        if (occ.value === '') takeValue(occ);
      }
      flags.push(occ);
      continue;
    }
    const expansion = wholeExpansion(w);
    if (expansion !== null && (!expectImage || FLAG_VARIABLE.test(expansion))) {
      opaqueFlags.push(w);
      continue;
    }
    if (expectImage) return { flags, image: w, opaqueFlags };
    // In workflow options a stray word is ignored (GitHub passes it to `docker create` as is).
  }
  return { flags, opaqueFlags };
}

function occValueRange(occ: FlagOccurrence, rangeOf: RangeOf): Range {
  return rangeOf(occ.start, occ.end);
}

function makeSetting<T>(
  occ: FlagOccurrence,
  rangeOf: RangeOf,
  parse: (text: string) => { value: T } | { error: string },
): Setting<T> {
  const base = { raw: occ.valueRaw ?? '', range: occValueRange(occ, rangeOf), key: occ.key, text: occ.text };
  if (occ.value === undefined) return { ...base, invalid: `${occ.key} needs a value` };
  if (occ.valueOpaque && occ.value.includes('$')) return { ...base, opaque: true };
  const r = parse(occ.value);
  return 'error' in r ? { ...base, invalid: r.error } : { ...base, value: r.value };
}

const asMemory = (t: string) => {
  const r = parseMemory(t);
  return 'error' in r ? r : { value: r.bytes };
};
const asCpus = (t: string) => {
  const r = parseCpus(t);
  return 'error' in r ? r : { value: r.cpus };
};
const asString = (t: string) => ({ value: t });

function boolSetting(occ: FlagOccurrence, rangeOf: RangeOf): Setting<boolean> {
  const base = { range: occValueRange(occ, rangeOf), key: occ.key, text: occ.text };
  if (occ.value === undefined) return { ...base, value: true, raw: occ.key };
  const raw = occ.valueRaw ?? occ.value;
  if (occ.valueOpaque && occ.value.includes('$')) return { ...base, raw, opaque: true };
  const b = parseCliBool(occ.value);
  return b === undefined
    ? { ...base, raw, invalid: `"${occ.value}" is not true or false` }
    : { ...base, value: b, raw };
}

/** Applies parsed flags to a spec (later flags win for single-valued settings, as in the CLIs). */
export function applyFlags(spec: RuntimeSpec, flags: FlagOccurrence[], rangeOf: RangeOf): void {
  for (const occ of flags) {
    switch (occ.name) {
      case 'memory':
        spec.memory = makeSetting(occ, rangeOf, asMemory);
        break;
      case 'memory-swap':
        spec.memorySwap = makeSetting(occ, rangeOf, asMemory);
        break;
      case 'memory-reservation':
        spec.memoryReservation = makeSetting(occ, rangeOf, asMemory);
        break;
      case 'cpus':
        spec.cpus = makeSetting(occ, rangeOf, asCpus);
        break;
      case 'cpu-quota':
        spec.cpuQuota = makeSetting(occ, rangeOf, parseInteger);
        break;
      case 'cpu-period':
        spec.cpuPeriod = makeSetting(occ, rangeOf, parseInteger);
        break;
      case 'cpuset-cpus':
        spec.cpusetCpus = makeSetting(occ, rangeOf, asString);
        break;
      case 'cpu-shares':
        spec.cpuShares = makeSetting(occ, rangeOf, parseInteger);
        break;
      case 'pids-limit':
        spec.pidsLimit = makeSetting(occ, rangeOf, parseInteger);
        break;
      case 'userns':
        spec.userns = makeSetting(occ, rangeOf, asString);
        break;
      case 'privileged':
        spec.privileged = boolSetting(occ, rangeOf);
        break;
      case 'read-only':
        spec.readOnly = boolSetting(occ, rangeOf);
        break;
      case 'cap-add':
      case 'cap-drop': {
        const list = occ.name === 'cap-add' ? spec.capAdd : spec.capDrop;
        const s = makeSetting(occ, rangeOf, asString);
        if (s.value === undefined) {
          list.push(s);
          break;
        }
        // podman reads the value as a comma-separated list.
        for (const cap of s.value.split(',')) {
          if (cap.trim() !== '') list.push({ ...s, value: normaliseCapability(cap), raw: cap.trim() });
        }
        break;
      }
      case 'pid':
        spec.pid = makeSetting(occ, rangeOf, asString);
        break;
      case 'ipc':
        spec.ipc = makeSetting(occ, rangeOf, asString);
        break;
      case 'uts':
        spec.uts = makeSetting(occ, rangeOf, asString);
        break;
      case 'network':
        spec.network = makeSetting(occ, rangeOf, asString);
        break;
      case 'cgroupns':
        spec.cgroupns = makeSetting(occ, rangeOf, asString);
        break;
      case 'security-opt':
        spec.securityOpt.push(makeSetting(occ, rangeOf, asString));
        break;
      case 'user':
        spec.user = makeSetting(occ, rangeOf, asString);
        break;
      case 'device':
        spec.devices.push(makeSetting(occ, rangeOf, asString));
        break;
      case 'sysctl':
        spec.sysctls.push(makeSetting(occ, rangeOf, asString));
        break;
      case 'volume':
      case 'mount': {
        if (occ.value === undefined) break;
        const opaque = occ.valueOpaque && occ.value.includes('$');
        const parsed =
          occ.name === 'volume' ? parseVolumeSpec(occ.value, opaque) : parseMountSpec(occ.value, opaque);
        const mount: MountSetting = {
          ...parsed,
          raw: occ.valueRaw ?? occ.value,
          range: occValueRange(occ, rangeOf),
          key: occ.key,
        };
        spec.volumes.push(mount);
        break;
      }
      case 'env': {
        if (occ.value === undefined) break;
        // The value is the tail of the flag's text (`-e KEY=v`, `--env=KEY=v`, `-eKEY=v`).
        const raw = occ.valueRaw ?? occ.value;
        const env = cliEnv(occ.value, raw, occ.end - raw.length, occ.valueOpaque, occ.key, rangeOf);
        if (env) spec.env.push(env);
        break;
      }
      case 'tmpfs': {
        if (occ.value === undefined) break;
        const target = occ.value.split(':')[0];
        spec.volumes.push({
          type: 'tmpfs',
          target,
          readOnly: false,
          raw: occ.valueRaw ?? occ.value,
          range: occValueRange(occ, rangeOf),
          key: occ.key,
        });
        break;
      }
    }
  }
}

const ENGINES: Record<string, RuntimeEngine> = {
  docker: 'docker',
  'docker.exe': 'docker',
  podman: 'podman',
  'podman.exe': 'podman',
  'podman-remote': 'podman',
};

// Global options of docker and podman (before the subcommand) that take a value.
const GLOBAL_VALUE_FLAGS = new Set(
  (
    '-H --host -c --context --config -l --log-level --tlscacert --tlscert --tlskey ' +
    '--cgroup-manager --conmon --connection --events-backend --hooks-dir --identity --imagestore --module ' +
    '--network-cmd-path --network-config-dir --out --root --runroot --runtime --runtime-flag --ssh ' +
    '--storage-driver --storage-opt --tmpdir --url --volumepath --cni-config-dir --db-backend'
  ).split(' '),
);

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Options of command prefixes that take a value (`sudo -u user docker …`). */
const PREFIXES: Record<string, Set<string>> = {
  sudo: new Set([
    '-u',
    '-g',
    '-C',
    '-D',
    '-h',
    '-p',
    '-r',
    '-t',
    '-U',
    '-T',
    '--user',
    '--group',
    '--chdir',
    '--prompt',
  ]),
  doas: new Set(['-u', '-C']),
  env: new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']),
  exec: new Set(['-a']),
  command: new Set(),
  nohup: new Set(),
  time: new Set(['-f', '-o']),
  nice: new Set(['-n']),
  ionice: new Set(['-c', '-n', '-p']),
  stdbuf: new Set(['-i', '-o', '-e']),
  timeout: new Set(['-s', '-k', '--signal', '--kill-after']),
};

export interface RunCommand {
  engine: RuntimeEngine;
  command: 'run' | 'create';
  /** The command's first word (a prefix such as `sudo` included) and the `run`/`create` word. */
  first: CliWord;
  subcommand: CliWord;
  /** The words after `run`/`create`. */
  args: CliWord[];
}

/**
 * Recognises `[sudo|env|exec…] docker|podman [global options] [container] run|create ARGS`. Returns null
 * for any other command (including `command -v docker`, `echo docker run …`).
 */
export function matchRunCommand(words: CliWord[]): RunCommand | null {
  let i = 0;
  for (let guard = 0; guard < 10 && i < words.length; guard++) {
    const name = basename(words[i].value);
    const valueOpts = PREFIXES[name];
    if (!valueOpts || words[i].opaque) break;
    i++;
    if (name === 'command' && words[i] && /^-[vV]$/.test(words[i].value)) return null;
    while (i < words.length) {
      const v = words[i].value;
      if (v === '--') {
        i++;
        break;
      }
      if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
        i++;
        continue;
      }
      if (!v.startsWith('-') || v === '-') break;
      i += valueOpts.has(v) ? 2 : 1;
    }
    if (name === 'timeout' && i < words.length) i++; // the duration
  }
  const cmd = words[i];
  if (!cmd || cmd.opaque) return null;
  const engine = ENGINES[basename(cmd.value)];
  if (!engine) return null;
  let j = i + 1;
  while (j < words.length && words[j].value.startsWith('-')) {
    const v = words[j].value;
    j += GLOBAL_VALUE_FLAGS.has(v) ? 2 : 1;
  }
  if (words[j]?.value === 'container') j++;
  const sub = words[j];
  if (!sub || (sub.value !== 'run' && sub.value !== 'create') || sub.opaque) return null;
  return { engine, command: sub.value, first: words[0], subcommand: sub, args: words.slice(j + 1) };
}

export interface CliSourceInfo {
  file: string;
  kind: 'cli' | 'workflow';
  rangeOf: RangeOf;
  /** Prefix for the source name (`job test, step "Build": `). */
  namePrefix?: string;
  job?: string;
}

/** The RuntimeSpec of a `docker|podman run|create` command, or null for any other command. */
export function specFromWords(words: CliWord[], info: CliSourceInfo): RuntimeSpec | null {
  const run = matchRunCommand(words);
  if (!run) return null;
  const parsed = parseRunArgs(run.args, true);
  const image = parsed.image;
  const name = `${info.namePrefix ?? ''}${run.engine} ${run.command}${image ? ` ${image.raw}` : ''}`;
  const source: RuntimeSource = {
    file: info.file,
    kind: info.kind,
    syntax: 'cli',
    name,
    range: info.rangeOf(run.first.start, run.subcommand.end),
    ...(info.job ? { job: info.job } : {}),
  };
  const spec = emptySpec(source, run.engine);
  spec.command = run.command;
  if (image) {
    spec.image = {
      raw: image.raw,
      range: info.rangeOf(image.start, image.end),
      key: 'image',
      ...(image.opaque ? { opaque: true } : { value: image.value }),
    };
  }
  if (parsed.opaqueFlags.length > 0) {
    spec.incomplete = `flags may come from ${parsed.opaqueFlags.map((w) => w.raw).join(', ')}`;
  }
  applyFlags(spec, parsed.flags, info.rangeOf);
  spec.lifetime = info.kind === 'workflow' ? 'task' : lifetimeOf(parsed.flags);
  if (spec.lifetime === undefined) delete spec.lifetime;
  return spec;
}

/**
 * A detached container or one with a restart policy is a service; `--rm` in the foreground is a task
 * (a tool run); anything else is not known.
 */
function lifetimeOf(flags: FlagOccurrence[]): RuntimeSpec['lifetime'] {
  const on = (name: string) =>
    flags.some((f) => f.name === name && (f.value === undefined || parseCliBool(f.value) !== false));
  const restart = flags.filter((f) => f.name === 'restart').pop();
  if (on('detach') || (restart?.value !== undefined && restart.value !== 'no')) return 'service';
  return on('rm') ? 'task' : undefined;
}

/** Convenience for shell commands parsed by `parseShell`. */
export function specFromCommand(cmd: SimpleCommand, info: CliSourceInfo): RuntimeSpec | null {
  if (cmd.words.length < 2) return null;
  return specFromWords(cmd.words.map(cliWord), info);
}
