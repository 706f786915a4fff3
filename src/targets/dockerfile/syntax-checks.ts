/**
 * Syntax checks of single instructions, run by the model builder's `checkSyntax` for every instruction
 * (ONBUILD triggers included): what the builder's own parser rejects before building anything — unknown
 * flags, wrong argument counts, invalid stage names, EXPOSE ports, HEALTHCHECK durations and types, a
 * SHELL that is not a JSON array, unterminated heredocs. Every problem has the exact range of the text
 * at fault; nothing here throws.
 */
import type { Range } from '../../engine/types.js';
import type { DfArg, DfInstruction, DfProperty, DockerfileModel } from './model.js';
import { templateWord } from '../image-ref.js';

/**
 * The properties of an ARG that declares several names (`ARG a b`, `ARG a=1 b`), one per argument:
 * the builder declares each, with its default when it has one.
 */
export function argNameProperties(args: readonly DfArg[]): DfProperty[] {
  return args.map((a) => {
    const eq = a.value.indexOf('=');
    const name = eq < 0 ? a.value : a.value.slice(0, eq);
    const raw = eq < 0 ? undefined : a.value.slice(eq + 1);
    return {
      name,
      value: raw === undefined ? undefined : raw.replace(/^(["'])(.*)\1$/, '$2'),
      range: a.range,
      nameRange: sub(a.range, 0, name.length),
      valueRange: raw === undefined ? null : sub(a.range, eq + 1, a.value.length),
      legacyForm: false,
    };
  });
}

export interface SyntaxProblem {
  message: string;
  range: Range;
}

interface FlagSpec {
  kind: 'string' | 'bool';
  /** May be given more than once. */
  repeat?: boolean;
}

/** The flags each instruction accepts (names are case-sensitive, as the builder reads them). */
export const INSTRUCTION_FLAGS: Readonly<Record<string, Readonly<Record<string, FlagSpec>>>> = {
  FROM: { platform: { kind: 'string' } },
  RUN: {
    mount: { kind: 'string', repeat: true },
    network: { kind: 'string' },
    security: { kind: 'string' },
    device: { kind: 'string', repeat: true },
  },
  COPY: {
    from: { kind: 'string' },
    chown: { kind: 'string' },
    chmod: { kind: 'string' },
    link: { kind: 'bool' },
    parents: { kind: 'bool' },
    exclude: { kind: 'string', repeat: true },
  },
  ADD: {
    chown: { kind: 'string' },
    chmod: { kind: 'string' },
    link: { kind: 'bool' },
    checksum: { kind: 'string' },
    'keep-git-dir': { kind: 'bool' },
    exclude: { kind: 'string', repeat: true },
    unpack: { kind: 'bool' },
  },
  HEALTHCHECK: {
    interval: { kind: 'string' },
    timeout: { kind: 'string' },
    'start-period': { kind: 'string' },
    'start-interval': { kind: 'string' },
    retries: { kind: 'string' },
  },
};

const FLAG_VALUES: Record<string, Record<string, readonly string[]>> = {
  RUN: { network: ['default', 'none', 'host'], security: ['insecure', 'sandbox'] },
};

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];

/** Stage names the builder accepts (compared lower-cased). */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

const GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;

/** Linux signal names (without SIG) that STOPSIGNAL accepts. */
const SIGNALS = new Set([
  'ABRT',
  'ALRM',
  'BUS',
  'CHLD',
  'CLD',
  'CONT',
  'FPE',
  'HUP',
  'ILL',
  'INT',
  'IO',
  'IOT',
  'KILL',
  'PIPE',
  'POLL',
  'PROF',
  'PWR',
  'QUIT',
  'SEGV',
  'STKFLT',
  'STOP',
  'SYS',
  'TERM',
  'TRAP',
  'TSTP',
  'TTIN',
  'TTOU',
  'UNUSED',
  'URG',
  'USR1',
  'USR2',
  'VTALRM',
  'WINCH',
  'XCPU',
  'XFSZ',
  'RTMIN',
  'RTMAX',
]);

/** Milliseconds of a Go duration (`1m30s`), or undefined when it does not parse. */
export function parseGoDuration(s: string): number | undefined {
  if (s === '0' || s === '+0' || s === '-0') return 0;
  if (!GO_DURATION.test(s)) return undefined;
  const unit: Record<string, number> = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    μs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
  };
  let total = 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) total += Number(m[1]) * unit[m[2]];
  return s.startsWith('-') ? -total : total;
}

/** Why a port or port range (`80`, `8000-8010`) is invalid, or undefined. */
function portProblem(p: string, what: string): string | undefined {
  if (p === '') return `no ${what} is given`;
  const m = /^(\d+)(?:-(\d+))?$/.exec(p);
  if (!m) return `"${p}" is not a ${what} (a number from 0 to 65535, or a range such as 8000-8010)`;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo > 65535 || hi > 65535) return `${p} is out of range: ports go from 0 to 65535`;
  if (hi < lo) return `the range ${p} ends before it starts`;
  return undefined;
}

function validIp(ip: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) return v4.slice(1).every((o) => Number(o) <= 255);
  const inner = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  return /^[0-9A-Fa-f:.]+$/.test(inner) && inner.includes(':');
}

/** Why one EXPOSE entry (`80`, `80/udp`, `8080:80`) is rejected by the builder, or undefined. */
export function exposeProblem(spec: string): string | undefined {
  const parts = spec.split(':');
  let ip = '';
  let host = '';
  let rest = parts[parts.length - 1];
  if (parts.length === 2) host = parts[0];
  else if (parts.length > 2) {
    ip = parts.slice(0, -2).join(':');
    host = parts[parts.length - 2];
  }
  const slash = rest.indexOf('/');
  const proto = slash < 0 ? 'tcp' : rest.slice(slash + 1);
  rest = slash < 0 ? rest : rest.slice(0, slash);
  if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase()))
    return `"${proto}" is not a protocol (tcp, udp or sctp)`;
  if (ip !== '' && !validIp(ip)) return `"${ip}" is not an IP address`;
  const container = portProblem(rest, 'port');
  if (container) return container;
  if (host !== '') return portProblem(host, 'host port');
  return undefined;
}

/** The leading `--name[=value]` words of an instruction whose flags dockerfile-ast does not parse. */
function leadingFlags(args: DfArg[]): DfArg[] {
  const out: DfArg[] = [];
  for (const a of args) {
    if (a.value === '--' || !a.value.startsWith('--') || a.value.length === 2) break;
    out.push(a);
  }
  return out;
}

function sub(r: Range, start: number, end: number): Range {
  if (r.line !== r.endLine) return r;
  return { line: r.line, column: r.column + start, endLine: r.line, endColumn: r.column + end };
}

function checkFlags(inst: DfInstruction, out: SyntaxProblem[]): void {
  const specs = INSTRUCTION_FLAGS[inst.keyword];
  // Only an unknown flag's message lists them: made then, not for every instruction.
  const allowed = () => (specs ? Object.keys(specs) : []);
  const list = () => {
    const names = allowed();
    return names.length > 0
      ? `${inst.keyword} accepts ${names.map((f) => `--${f}`).join(', ')}`
      : `${inst.keyword} takes no flags`;
  };
  const flags: {
    name: string;
    value: string | null;
    range: Range;
    nameRange: Range;
    valueRange: Range | null;
  }[] =
    // The model puts every leading `--` argument of an instruction that takes flags into its flags
    // (parse.ts, FLAG_INSTRUCTIONS are this table's keys); the others' are found among their arguments.
    specs
      ? inst.flags
      : inst.keyword === 'ONBUILD'
        ? []
        : leadingFlags(inst.args).map((a) => {
            const eq = a.value.indexOf('=');
            const name = a.value.slice(2, eq < 0 ? undefined : eq);
            return {
              name,
              value: eq < 0 ? null : a.value.slice(eq + 1),
              range: a.range,
              nameRange: sub(a.range, 2, 2 + name.length),
              valueRange: eq < 0 ? null : sub(a.range, eq + 1, a.value.length),
            };
          });
  if (flags.length === 0) return;
  const used = new Set<string>();
  for (const f of flags) {
    // Own keys only: `--constructor` is an unknown flag, not Object's constructor.
    const spec = specs && Object.hasOwn(specs, f.name) ? specs[f.name] : undefined;
    if (!spec) {
      const other = allowed().find((a) => a.toLowerCase() === f.name.toLowerCase());
      out.push({
        message:
          `Unknown flag --${f.name} for ${inst.keyword}; the builder rejects the file. ${list()}` +
          (other ? ` (flags are case-sensitive: write --${other})` : '') +
          (inst.keyword === 'CMD' || inst.keyword === 'ENTRYPOINT'
            ? `; to pass --${f.name} to the program, use the JSON form: ${inst.keyword} ["program", "--${f.name}"]`
            : '') +
          '.',
        range: f.nameRange,
      });
      continue;
    }
    if (used.has(f.name) && !spec.repeat) {
      out.push({
        message: `Duplicate flag --${f.name}: ${inst.keyword} takes it once, and the builder rejects the file.`,
        range: f.range,
      });
    }
    used.add(f.name);
    if (spec.kind === 'bool') {
      if (f.value !== null && !/^(?:true|false)$/i.test(f.value)) {
        out.push({
          message: `--${f.name} takes true or false (or no value), not "${f.value}".`,
          range: f.valueRange ?? f.range,
        });
      }
      continue;
    }
    if (f.value === null || (f.value === '' && f.name !== 'platform')) {
      out.push({
        message: `Missing a value on flag --${f.name}: write --${f.name}=<value>.`,
        range: f.range,
      });
      continue;
    }
    const values = FLAG_VALUES[inst.keyword];
    const choices = values && Object.hasOwn(values, f.name) ? values[f.name] : undefined;
    if (choices && !f.value.includes('$') && !choices.includes(f.value)) {
      out.push({
        message: `--${f.name}=${f.value} is not valid: it takes ${choices.join(', ')}.`,
        range: f.valueRange ?? f.range,
      });
    }
    if (inst.keyword === 'RUN' && f.name === 'mount' && !f.value.includes('$')) {
      const type = /(?:^|,)type=([^,]*)/.exec(f.value)?.[1];
      if (type !== undefined && !MOUNT_TYPES.includes(type)) {
        out.push({
          message: `Unsupported mount type "${type}": --mount takes type=${MOUNT_TYPES.join(', type=')}.`,
          range: f.valueRange ?? f.range,
        });
      }
    }
  }
}

function checkFrom(inst: DfInstruction, out: SyntaxProblem[]): void {
  const args = inst.args;
  // A template's FROM (`FROM {{ .Image }}`) has the shape it will have once rendered, not now.
  if (templateWord(inst.argsText)?.placeholders.length) return;
  if (args.length === 2 || args.length > 3) {
    out.push({
      message:
        args.length === 2 && args[1].value.toLowerCase() === 'as'
          ? 'FROM … AS needs a stage name after AS; the builder rejects the file.'
          : `FROM takes an image and optionally AS <name> (one or three arguments, got ${args.length}); the builder rejects the file.`,
      range: inst.argsRange ?? inst.range,
    });
    return;
  }
  if (args.length === 3) {
    if (args[1].value.toLowerCase() !== 'as') {
      out.push({
        message: `When FROM has three arguments the second must be AS (got "${args[1].value}"); the builder rejects the file.`,
        range: args[1].range,
      });
      return;
    }
    const name = args[2].value;
    if (!STAGE_NAME.test(name.toLowerCase())) {
      out.push({
        message:
          `Invalid name for build stage "${name}": a stage name starts with a letter and contains only letters, ` +
          'digits, "-", "_" and "."; the builder rejects the file.',
        range: args[2].range,
      });
    }
  }
}

function checkExpose(inst: DfInstruction, out: SyntaxProblem[]): void {
  for (const a of inst.args) {
    if (a.value.includes('$') || a.value.startsWith('--')) continue;
    const spec = a.value.replace(/^(["'])(.*)\1$/, '$2');
    const why = exposeProblem(spec);
    if (why)
      out.push({
        message: `Invalid EXPOSE port "${spec}": ${why}; the builder rejects the file.`,
        range: a.range,
      });
  }
}

function checkHealthcheck(inst: DfInstruction, out: SyntaxProblem[]): void {
  for (const f of inst.flags) {
    if (f.value === null || f.value === '' || f.value.includes('$')) continue;
    if (f.name === 'retries') {
      if (!/^[+-]?\d+$/.test(f.value)) {
        out.push({
          message: `--retries takes a whole number (got "${f.value}").`,
          range: f.valueRange ?? f.range,
        });
      } else if (Number(f.value) < 0) {
        out.push({ message: '--retries cannot be negative.', range: f.valueRange ?? f.range });
      }
      continue;
    }
    if (!['interval', 'timeout', 'start-period', 'start-interval'].includes(f.name)) continue;
    const ms = parseGoDuration(f.value);
    if (ms === undefined) {
      out.push({
        message: `--${f.name}=${f.value} is not a duration: write a number with a unit, such as 30s, 1m30s or 500ms.`,
        range: f.valueRange ?? f.range,
      });
    } else if (ms < 0) {
      out.push({ message: `--${f.name} cannot be negative.`, range: f.valueRange ?? f.range });
    } else if (ms > 0 && ms < 1) {
      out.push({
        message: `--${f.name}=${f.value} cannot be less than 1ms.`,
        range: f.valueRange ?? f.range,
      });
    }
  }
  const type = inst.args[0];
  if (!type) return;
  const t = type.value.toUpperCase();
  if (t === 'NONE') {
    if (inst.args.length > 1) {
      out.push({
        message: 'HEALTHCHECK NONE takes no arguments; the builder rejects the file.',
        range: inst.argsRange ?? inst.range,
      });
    }
    return;
  }
  if (t !== 'CMD') {
    out.push({
      message: `Unknown type "${type.value}" in HEALTHCHECK: write HEALTHCHECK [options] CMD <command>, or HEALTHCHECK NONE.`,
      range: type.range,
    });
    return;
  }
  if (inst.args.length === 1) {
    out.push({
      message: 'Missing command after HEALTHCHECK CMD; the builder rejects the file.',
      range: type.range,
    });
  }
}

function checkProperties(inst: DfInstruction, out: SyntaxProblem[]): void {
  for (const p of inst.properties) {
    if (p.valueRange !== null || p.value !== undefined) continue;
    out.push({
      message: `${inst.keyword} ${p.name} has no value: write ${inst.keyword} ${p.name}=<value>; the builder rejects "${inst.keyword} must have two arguments".`,
      range: p.range,
    });
  }
}

function checkHeredocs(inst: DfInstruction, model: DockerfileModel, out: SyntaxProblem[]): void {
  for (const h of inst.heredocs) {
    // An empty body gives no anchor to look for the delimiter from: leave it to the builder.
    if (!h.bodyRange) continue;
    const next = model.lines[h.bodyRange.endLine]; // the line after the body
    if (next !== undefined && next.replace(/^\t+/, '') === h.name) continue;
    out.push({
      message: `Unterminated heredoc <<${h.name}: no line "${h.name}" ends it, so the rest of the file became its body; add a line ${h.name} after the content.`,
      range: h.range,
    });
  }
}

/** The syntax problems of one instruction whose keyword is known and that has arguments. */
export function instructionSyntaxProblems(inst: DfInstruction, model: DockerfileModel): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  checkFlags(inst, out);
  switch (inst.keyword) {
    case 'FROM':
      checkFrom(inst, out);
      break;
    case 'EXPOSE':
      checkExpose(inst, out);
      break;
    case 'HEALTHCHECK':
      checkHealthcheck(inst, out);
      break;
    case 'ENV':
    case 'LABEL':
      checkProperties(inst, out);
      break;
    case 'SHELL':
      if (inst.form !== 'exec' && !inst.args[0]?.value.startsWith('--')) {
        out.push({
          message:
            'SHELL requires the arguments to be in JSON form, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"]; the builder rejects the file.',
          range: inst.argsRange ?? inst.range,
        });
      } else if (inst.form === 'exec' && inst.exec && inst.exec.length === 0) {
        out.push({
          message: 'SHELL needs at least the shell program, e.g. SHELL ["/bin/sh", "-c"].',
          range: inst.argsRange ?? inst.range,
        });
      }
      break;
    case 'COPY':
    case 'ADD':
      if (inst.heredocs.length === 0 && inst.args.length === 1 && !inst.argsText.trim().startsWith('[')) {
        out.push({
          message: `${inst.keyword} requires at least two arguments (sources and a destination), but only one was provided; the builder rejects the file.`,
          range: inst.argsRange ?? inst.range,
        });
      }
      break;
    case 'STOPSIGNAL': {
      const v = inst.argsText.trim().replace(/^(["'])(.*)\1$/, '$2');
      if (v.includes('$') || v === '') break;
      const name = v.toUpperCase().replace(/^SIG/, '');
      const num = /^\d+$/.test(v) ? Number(v) : undefined;
      const rt = /^RTM(?:IN|AX)[+-]\d+$/.test(name);
      if ((num !== undefined && (num < 1 || num > 64)) || (num === undefined && !SIGNALS.has(name) && !rt)) {
        out.push({
          message: `Invalid signal "${v}" for STOPSIGNAL: write a name such as SIGTERM or SIGQUIT, or a number.`,
          range: inst.argsRange ?? inst.range,
        });
      }
      break;
    }
  }
  if (inst.heredocs.length > 0) checkHeredocs(inst, model, out);
  return out;
}
