import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  classify,
  verdictOf
} from "./chunk-CF4HCGIZ.js";
import {
  instructionSpans,
  withFingerprints
} from "./chunk-BT6IPNOZ.js";
import {
  loadStdinTarget
} from "./chunk-4XNID4UN.js";
import {
  RULES,
  RULES_BY_ID,
  basename,
  joinContinuations,
  parseDockerfile,
  parseShell
} from "./chunk-UII4SQXL.js";
import {
  parseCreatedBy
} from "./chunk-7AJUONT3.js";
import {
  DEFAULT_SUPPRESSIONS,
  DEFAULT_WARN_BEFORE_DAYS,
  effectiveRule,
  globMatcher,
  loadPolicy,
  normaliseFile,
  overridesFor,
  runCustomRules
} from "./chunk-FVNUNBU7.js";
import {
  closest
} from "./chunk-F357WPAC.js";
import {
  AliasBudgetError,
  LineIndex,
  emptySpec,
  entries,
  get,
  items,
  parseYaml,
  rangeOfEntry,
  rangeOfNode,
  scalarString,
  shellCommentSpans,
  sourceOf,
  yamlComments
} from "./chunk-UBAVAVET.js";
import {
  interpolateCompose,
  normaliseCapability,
  parseCliBool,
  parseCpus,
  parseInteger,
  parseLooseBool,
  parseMemory,
  parseMountSpec,
  parseQuantity,
  parseVolumeSpec
} from "./chunk-LAZJ3NYX.js";
import {
  require_dist
} from "./chunk-D2KG54VX.js";
import {
  discover,
  readIgnoreFile,
  readTargetFile,
  toPosix
} from "./chunk-PAWJHQJD.js";
import {
  SEVERITY_RANK,
  WHOLE_FILE
} from "./chunk-I2AWKOE3.js";
import {
  __toESM
} from "./chunk-YJ6SUC6Q.js";

// src/engine/check.ts
import path6 from "node:path";

// src/targets/dockerfile/index.ts
import path2 from "node:path";

// src/targets/dockerfile/shellcheck-runner.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
var ShellcheckRunner = class {
  stats = { processes: 0, scripts: 0, cacheHits: 0 };
  binary;
  timeoutMs;
  batchSize;
  parallel;
  cache = /* @__PURE__ */ new Map();
  /** Queued scripts, by command-line settings. */
  queues = /* @__PURE__ */ new Map();
  running = 0;
  scheduled = false;
  dir;
  fileSeq = 0;
  constructor(options = {}) {
    this.binary = options.binary ?? "shellcheck";
    this.timeoutMs = options.timeoutMs ?? 2e4;
    this.batchSize = Math.max(1, options.batchSize ?? 64);
    this.parallel = Math.max(1, options.parallel ?? Math.min(4, os.availableParallelism?.() ?? 2));
  }
  /** ShellCheck's comments on one script; rejects with a readable reason (or ENOENT) when it cannot run. */
  check(job) {
    const flags = `${job.dialect}\0${job.excludes.join(",")}`;
    const key = createHash("sha256").update(flags).update("\0").update(job.script).digest("base64");
    const known = this.cache.get(key);
    if (known) {
      this.stats.cacheHits++;
      return known;
    }
    const result = new Promise((resolve, reject) => {
      let queue = this.queues.get(flags);
      if (!queue) this.queues.set(flags, queue = []);
      queue.push({ key, job, resolve, reject });
    });
    this.cache.set(key, result);
    this.stats.scripts++;
    this.schedule();
    return result;
  }
  /** Removes the temporary folder; the runner may still be used after (it makes a new one). */
  async close() {
    const dir = this.dir;
    this.dir = void 0;
    if (dir) await fs.rm(await dir, { recursive: true, force: true }).catch(() => void 0);
  }
  /**
   * Starts batches while process slots are free. Deferred by one turn of the event loop so that the
   * scripts queued by loads running side by side go into one batch.
   */
  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }
  pump() {
    while (this.running < this.parallel) {
      const next = this.takeBatch();
      if (!next) return;
      this.running++;
      void this.runBatch(next).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }
  /** The fullest queue's first `batchSize` scripts. */
  takeBatch() {
    let best;
    for (const q of this.queues.values()) if (q.length > 0 && (!best || q.length > best.length)) best = q;
    if (!best) return void 0;
    return best.splice(0, this.batchSize);
  }
  async runBatch(batch) {
    let files = [];
    try {
      files = await this.writeScripts(batch);
      const byFile = await this.runProcess(batch[0].job, files);
      batch.forEach((p, i) => p.resolve(byFile.get(files[i]) ?? []));
    } catch (e) {
      if (batch.length === 1 || e.code === "ENOENT") {
        for (const p of batch) p.reject(e);
      } else {
        for (let i = 0; i < batch.length; i++) {
          const p = batch[i];
          try {
            const byFile = await this.runProcess(p.job, [files[i]]);
            p.resolve(byFile.get(files[i]) ?? []);
          } catch (err) {
            p.reject(err);
          }
        }
      }
    } finally {
      await Promise.all(files.map((f) => fs.rm(f, { force: true }).catch(() => void 0)));
    }
  }
  async writeScripts(batch) {
    this.dir ??= fs.mkdtemp(path.join(os.tmpdir(), "layerguard-shellcheck-"));
    const dir = await this.dir;
    return Promise.all(
      batch.map(async (p) => {
        const file = path.join(dir, `s${++this.fileSeq}.sh`);
        await fs.writeFile(file, p.job.script, { mode: 384 });
        return file;
      })
    );
  }
  /** One `shellcheck` process over `files`; resolves with each file's comments. */
  runProcess(job, files) {
    this.stats.processes++;
    const args = [
      "--norc",
      "--format=json1",
      `--shell=${job.dialect}`,
      `--exclude=${job.excludes.join(",")}`,
      "--",
      ...files
    ];
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, args, {
        stdio: ["ignore", "pipe", "pipe"],
        shell: false,
        windowsHide: true,
        env: process.env
      });
      const out = [];
      const err = [];
      let settled = false;
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        child.kill("SIGKILL");
        const ms = this.timeoutMs;
        const limit = ms < 1e3 ? `${ms} ms` : `${Math.round(ms / 1e3)} s`;
        reject(new Error(`shellcheck did not finish within ${limit}`));
      }, this.timeoutMs);
      child.stdout.on("data", (d) => out.push(d));
      child.stderr.on("data", (d) => err.push(d));
      child.on("error", (e) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(e);
      });
      child.on("close", (code) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (code !== 0 && code !== 1) {
          const detail = Buffer.concat(err).toString("utf8").trim().slice(0, 300);
          reject(new Error(`shellcheck exited with status ${code}: ${detail}`));
          return;
        }
        try {
          const parsed = JSON.parse(Buffer.concat(out).toString("utf8"));
          const byFile = /* @__PURE__ */ new Map();
          for (const { file = "", ...c } of parsed.comments ?? []) {
            const list = byFile.get(file);
            if (list) list.push(c);
            else byFile.set(file, [c]);
          }
          resolve(byFile);
        } catch (e) {
          reject(new Error(`shellcheck printed output that is not JSON (${e.message})`));
        }
      });
    });
  }
};

// src/targets/dockerfile/shellcheck.ts
var ALWAYS_EXCLUDED = ["SC1090", "SC1091", "SC2187"];
var DIALECTS = {
  sh: "sh",
  dash: "dash",
  ash: "dash",
  busybox: "dash",
  bash: "bash",
  ksh: "ksh",
  mksh: "ksh",
  ksh93: "ksh"
};
var POSIX_DIALECTS = /* @__PURE__ */ new Set(["sh", "dash"]);
var programOf = (p) => basename(p).replace(/\.exe$/i, "");
var ABOVE = /^\s*#\s*(?:hadolint\s+ignore|shellcheck\s+disable)\s*=\s*([A-Za-z0-9,\s-]+)/i;
var GLOBAL = /^\s*#\s*hadolint\s+global\s+ignore\s*=\s*([A-Za-z0-9,\s-]+)/i;
function scCodes(list) {
  return list.split(/[,\s]+/).filter((c) => /^SC\d{4}$/i.test(c)).map((c) => c.toUpperCase());
}
function disabledAbove(model, inst) {
  const codes = [];
  for (let i = inst.range.line - 2; i >= 0 && /^\s*#/.test(model.lines[i]); i--) {
    const m = ABOVE.exec(model.lines[i]);
    if (m) codes.push(...scCodes(m[1]));
  }
  return codes;
}
function globallyIgnored(model) {
  const codes = [];
  for (const line of model.lines) {
    const m = GLOBAL.exec(line);
    if (m) codes.push(...scCodes(m[1]));
  }
  return codes;
}
function runLines(model, inst, endOffset) {
  const out = [];
  const start = model.rangeOf(inst.argsOffset, inst.argsOffset);
  const text3 = model.text.slice(inst.argsOffset, endOffset);
  const raw = text3.split("\n");
  let current;
  let continued = true;
  for (let i = 0; i < raw.length && continued; i++) {
    let line = raw[i];
    const dfLine = start.line + i;
    const columnOffset = i === 0 ? start.column - 1 : 0;
    if (i > 0 && /^[ \t]*#/.test(line)) continue;
    if (i > 0 && line.trim() === "") continue;
    const trimmed = line.replace(/[ \t]+$/, "");
    continued = trimmed.endsWith("\\");
    if (continued) line = trimmed.slice(0, -1);
    if (!current) {
      current = { text: line, origin: { line: dfLine, columnOffset, length: line.length } };
      out.push(current);
      continue;
    }
    const o = current.origin;
    o.pieces ??= [{ at: 1, line: o.line, columnOffset: o.columnOffset, length: current.text.length }];
    o.pieces.push({ at: current.text.length + 1, line: dfLine, columnOffset, length: line.length });
    current.text += line;
    o.length = current.text.length;
  }
  return out;
}
function bodyLines(model, fromLine, toLine) {
  const out = [];
  for (let l = fromLine; l <= toLine; l++) {
    const text3 = model.lines[l - 1] ?? "";
    out.push({ text: text3, origin: { line: l, columnOffset: 0, length: text3.length } });
  }
  return out;
}
function unitsOf(model, inst) {
  if (inst.keyword !== "RUN" || inst.form !== "shell" || !inst.posixShell || !inst.argsRange) return [];
  const shellDialect = DIALECTS[programOf(inst.shell[0] ?? "sh")];
  if (inst.heredocs.length === 0) {
    if (!shellDialect) return [];
    const lines2 = runLines(model, inst, inst.argsOffset + inst.argsText.length);
    return lines2.length > 0 ? [{ inst, dialect: shellDialect, lines: lines2 }] : [];
  }
  const scripts = inst.heredocs.filter((h) => h.isScript);
  if (scripts.length > 0) {
    const lineEnd2 = model.text.lastIndexOf("\n", inst.heredocs[0].bodyOffset - 1);
    const command = /^\s*([^\s<]\S*)/.exec(
      model.text.slice(inst.argsOffset, Math.max(inst.argsOffset, lineEnd2))
    )?.[1];
    const out = [];
    for (const h of scripts) {
      if (!h.bodyRange) continue;
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(h.body);
      const interp = shebang ? programOf(programOf(shebang[1]) === "env" ? shebang[2] ?? "" : shebang[1]) : programOf(command ?? inst.shell[0] ?? "sh");
      const dialect = DIALECTS[interp] ?? shellDialect;
      if (!dialect) continue;
      const lines2 = bodyLines(model, h.bodyRange.line, h.bodyRange.endLine);
      if (h.bodyRange.endColumn === 1 && lines2.length > 1) lines2.pop();
      out.push({ inst, dialect, lines: lines2 });
    }
    return out;
  }
  if (!shellDialect) return [];
  const first = inst.heredocs[0];
  const lineEnd = model.text.lastIndexOf("\n", first.bodyOffset - 1);
  const lines = runLines(model, inst, Math.max(inst.argsOffset, lineEnd));
  const lastHd = inst.heredocs[inst.heredocs.length - 1];
  const lastHead = lines[lines.length - 1]?.origin;
  const headEnd = lastHead ? lastHead.pieces?.[lastHead.pieces.length - 1].line ?? lastHead.line : inst.range.line;
  const bodyEnd = lastHd.bodyRange ? lastHd.bodyRange.endLine + 1 : headEnd + 1;
  lines.push(...bodyLines(model, headEnd + 1, Math.min(bodyEnd, model.lines.length)));
  return [{ inst, dialect: shellDialect, lines }];
}
var IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
function buildShellcheckInput(model, select) {
  if (model.escapeChar !== "\\") return null;
  const all = [];
  for (const top of model.instructions) {
    for (const inst of top.trigger ? [top, top.trigger] : [top]) all.push(...unitsOf(model, inst));
  }
  if (all.length === 0) return null;
  const counts = /* @__PURE__ */ new Map();
  for (const u of all) counts.set(u.dialect, (counts.get(u.dialect) ?? 0) + 1);
  const dialect = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const units = select ? all.slice(select.from, select.to) : all;
  const lines = [];
  const origins = [];
  const wrapper = (text3, inst) => {
    lines.push(text3);
    origins.push({ wrapper: inst });
  };
  units.forEach((u, n) => {
    const disable = [...new Set(disabledAbove(model, u.inst.onbuild ?? u.inst))];
    if (POSIX_DIALECTS.has(dialect) && !POSIX_DIALECTS.has(u.dialect)) disable.push("SC3000-SC3999");
    if (disable.length > 0) wrapper(`# shellcheck disable=${disable.join(",")}`, u.inst);
    wrapper(`__lg_${n + 1}() {`, u.inst);
    const names = [...u.inst.scope.keys()].filter((k) => IDENT.test(k));
    if (names.length > 0) wrapper(`export ${names.join(" ")}`, u.inst);
    for (const l of u.lines) {
      lines.push(l.text);
      origins.push(l.origin);
    }
    wrapper("}", u.inst);
  });
  const excludes = [.../* @__PURE__ */ new Set([...ALWAYS_EXCLUDED, ...globallyIgnored(model)])];
  return { script: lines.join("\n") + "\n", dialect, excludes, origins, units: units.length };
}
function mapPosition(input, line, column, isEnd = false) {
  const o = input.origins[line - 1];
  if (!o || "wrapper" in o) return void 0;
  if (!o.pieces) return { line: o.line, column: Math.min(column, o.length + 1) + o.columnOffset };
  let k = 0;
  for (let i = 1; i < o.pieces.length; i++)
    if (o.pieces[i].at < column || !isEnd && o.pieces[i].at === column) k = i;
  const p = o.pieces[k];
  return { line: p.line, column: Math.min(column - p.at + 1, p.length + 1) + p.columnOffset };
}
var LEVELS = /* @__PURE__ */ new Set(["error", "warning", "info", "style"]);
function mapShellcheckComments(input, comments) {
  const out = [];
  for (const c of comments) {
    const origin = input.origins[c.line - 1];
    if (!origin) continue;
    let range;
    const start = mapPosition(input, c.line, c.column);
    if (!start) {
      range = origin.wrapper.keywordRange;
    } else {
      let end = mapPosition(input, c.endLine, c.endColumn, true);
      if (!end || end.line < start.line || end.line === start.line && end.column <= start.column) {
        end = { line: start.line, column: start.column + 1 };
      }
      range = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
    let fix;
    if (c.fix && c.fix.replacements.length > 0 && start) {
      const edits = [];
      for (const r of c.fix.replacements) {
        const a = mapPosition(input, r.line, r.column);
        const insertion = r.line === r.endLine && r.column === r.endColumn;
        const b = insertion ? a : mapPosition(input, r.endLine, r.endColumn, true);
        if (!a || !b) {
          edits.length = 0;
          break;
        }
        edits.push({
          range: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column },
          text: r.replacement
        });
      }
      if (edits.length === c.fix.replacements.length) fix = edits;
    }
    out.push({
      code: c.code,
      level: LEVELS.has(c.level) ? c.level : "warning",
      message: c.message,
      range,
      ...fix ? { fix } : {}
    });
  }
  return out;
}
function scriptsSpilled(comments) {
  return comments.some((c) => c.code === 1072 || c.code === 1073 || c.code === 1078);
}
async function checkIsolatingParseErrors(model, input, range, runner) {
  const comments = mapShellcheckComments(input, await runner.check(input));
  if (range.to - range.from <= 1 || !scriptsSpilled(comments)) return comments;
  const mid = range.from + Math.ceil((range.to - range.from) / 2);
  const out = [];
  for (const half of [
    { from: range.from, to: mid },
    { from: mid, to: range.to }
  ]) {
    const sub = buildShellcheckInput(model, half);
    if (sub) out.push(...await checkIsolatingParseErrors(model, sub, half, runner));
  }
  return out;
}
async function shellcheckDockerfile(model, settings) {
  if (settings.mode === "off") return;
  if (settings.enabledFor && !settings.enabledFor(model.path)) return;
  const input = buildShellcheckInput(model);
  if (!input) {
    model.shellcheck = { status: "skipped", mode: settings.mode, comments: [] };
    return;
  }
  let result;
  try {
    const runner = settings.runner ?? new ShellcheckRunner({ binary: settings.binary, timeoutMs: settings.timeoutMs });
    try {
      const comments = await checkIsolatingParseErrors(model, input, { from: 0, to: input.units }, runner);
      result = { status: "ran", mode: settings.mode, comments };
    } finally {
      if (!settings.runner) await runner.close();
    }
  } catch (e) {
    const err = e;
    if (err.code === "ENOENT") {
      result = {
        status: "unavailable",
        mode: settings.mode,
        detail: `${settings.binary ?? "shellcheck"} is not on PATH`,
        comments: []
      };
    } else {
      result = { status: "failed", mode: settings.mode, detail: err.message, comments: [] };
    }
  }
  model.shellcheck = result;
}
function shellcheckProblems(model) {
  const r = model.shellcheck;
  if (!r || r.mode !== "on" || r.status !== "unavailable" && r.status !== "failed") return [];
  return [
    {
      message: `ShellCheck could not check the RUN scripts (${r.detail ?? r.status}), and --shellcheck on requires it. Install it (apt-get install shellcheck, brew install shellcheck), or run with --shellcheck auto.`,
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
    }
  ];
}

// src/targets/dockerfile/index.ts
var DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:\..+)?$|\.(?:dockerfile|containerfile)$/i;
function isDockerfileName(relPath) {
  const base = path2.posix.basename(relPath);
  if (/\.dockerignore$/i.test(base)) return false;
  return DOCKERFILE_NAME.test(base);
}
function parseIgnoreFile(text3) {
  return text3.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}
var dockerfileTarget = {
  kind: "dockerfile",
  claims: (relPath) => isDockerfileName(relPath),
  // Any file named explicitly is read as a Dockerfile unless another kind claims it first.
  claimsExplicit: () => true,
  async load(relPath, text3, ctx) {
    const dir = path2.posix.dirname(relPath);
    const base = path2.posix.basename(relPath);
    let dockerignore = null;
    const problems = [];
    for (const name of [`${base}.dockerignore`, ".dockerignore"]) {
      const rel = dir === "." ? name : `${dir}/${name}`;
      let content;
      try {
        content = await ctx.readSibling(rel);
      } catch (e) {
        problems.push({
          message: `${rel} was not read (${e.message}); the rules that look at the build context ignore it.`,
          range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
        });
        continue;
      }
      if (content !== null) {
        dockerignore = { path: rel, patterns: parseIgnoreFile(content) };
        break;
      }
    }
    const model = parseDockerfile(text3, relPath, { dockerignore });
    await shellcheckDockerfile(model, ctx.shellcheck ?? { mode: "auto" });
    return {
      kind: "dockerfile",
      file: relPath,
      text: model.text,
      units: [{ model }],
      problems: [...problems, ...shellcheckProblems(model)],
      comments: model.comments,
      stats: { stages: model.stages.length, instructions: model.instructions.length }
    };
  }
};

// src/targets/runtime/index.ts
import path4 from "node:path";

// src/targets/runtime/compose.ts
var import_yaml = __toESM(require_dist(), 1);
import path3 from "node:path";
var memory = (t) => {
  const r = parseMemory(t);
  return "error" in r ? r : { value: r.bytes };
};
var cpus = (t) => {
  const r = parseCpus(t);
  return "error" in r ? r : { value: r.cpus };
};
var text = (t) => ({ value: t });
var bool = (t) => {
  const b = parseLooseBool(t);
  return b === void 0 ? { error: `"${t}" is not true or false` } : { value: b };
};
function scalarSetting(value, range, key, ctx, parse) {
  const s = scalarString(value);
  const raw = sourceOf(value, ctx) || (s ?? "");
  if (s === void 0) {
    if (value === null || (0, import_yaml.isScalar)(value) && value.value === null) return void 0;
    return { raw, range, key, invalid: `${key} must be a single value` };
  }
  const interp = interpolateCompose(s);
  if (interp.opaque) return { raw, range, key, opaque: true };
  const r = parse(interp.text);
  return "error" in r ? { raw, range, key, invalid: r.error } : { raw, range, key, value: r.value };
}
function entrySetting(entry, key, ctx, parse) {
  if (!entry) return void 0;
  return scalarSetting(entry.value, rangeOfEntry(entry, ctx), key, ctx, parse);
}
function listSettings(entry, key, ctx) {
  if (!entry) return [];
  if ((0, import_yaml.isSeq)(entry.value)) {
    const out = [];
    for (const it of items(entry.value, ctx)) {
      const s2 = scalarSetting(it.value, rangeOfNode(it.written, ctx), key, ctx, text);
      if (s2) out.push(s2);
    }
    return out;
  }
  const s = entrySetting(entry, key, ctx, text);
  return s ? [s] : [];
}
function larger(a, b) {
  if (!a) return b;
  if (!b) return a;
  if (a.value === void 0) return b.value === void 0 ? a : b;
  if (b.value === void 0) return a;
  return b.value > a.value ? b : a;
}
var MOUNT_TYPES = ["bind", "volume", "tmpfs", "npipe", "image", "cluster"];
function volumeSettings(entry, ctx) {
  if (!entry) return [];
  const out = [];
  for (const it of items(entry.value, ctx)) {
    const range = rangeOfNode(it.written, ctx);
    const raw = sourceOf(it.written, ctx);
    const short = scalarString(it.value);
    if (short !== void 0) {
      const interp = interpolateCompose(short);
      out.push({ ...parseVolumeSpec(interp.text, interp.opaque), raw, range, key: "volumes" });
      continue;
    }
    if (!(0, import_yaml.isMap)(it.value)) continue;
    const field = (name) => {
      const s = scalarString(get(it.value, name, ctx)?.value ?? null);
      return s === void 0 ? void 0 : interpolateCompose(s);
    };
    const type = field("type");
    const source = field("source");
    const target = field("target");
    const ro = field("read_only");
    const mountType = type ? MOUNT_TYPES.find((t) => t === type.text) ?? "unknown" : "volume";
    out.push({
      type: mountType,
      source: source?.text,
      target: target?.text,
      readOnly: ro ? parseLooseBool(ro.text) === true : false,
      ...source?.opaque || type?.opaque ? { opaque: true } : {},
      raw,
      range,
      key: "volumes"
    });
  }
  return out;
}
function deviceSettings(entry, ctx) {
  if (!entry) return [];
  const out = [];
  for (const it of items(entry.value, ctx)) {
    const range = rangeOfNode(it.written, ctx);
    if ((0, import_yaml.isMap)(it.value)) {
      const src = scalarString(get(it.value, "source", ctx)?.value ?? null);
      if (src !== void 0) out.push({ value: src, raw: sourceOf(it.written, ctx), range, key: "devices" });
      continue;
    }
    const s = scalarSetting(it.value, range, "devices", ctx, text);
    if (s) out.push(s);
  }
  return out;
}
function sysctlSettings(entry, ctx) {
  if (!entry) return [];
  if (!(0, import_yaml.isMap)(entry.value)) return listSettings(entry, "sysctls", ctx);
  const out = [];
  for (const e of entries(entry.value, ctx)) {
    const v = scalarString(e.value) ?? "";
    out.push({ value: `${e.key}=${v}`, raw: e.key, range: rangeOfEntry(e, ctx), key: "sysctls" });
  }
  return out;
}
function isComposeDocument(ctx) {
  const services = get(ctx.doc.contents, "services", ctx);
  if (!services || !(0, import_yaml.isMap)(services.value)) return false;
  return entries(services.value, ctx).every((e) => e.value === null || (0, import_yaml.isMap)(e.value) || (0, import_yaml.isScalar)(e.value));
}
function isPodmanCompose(ctx, file) {
  if (/^podman-compose/i.test(path3.posix.basename(file))) return true;
  if (get(ctx.doc.contents, "x-podman", ctx)) return true;
  const services = get(ctx.doc.contents, "services", ctx);
  for (const svc of services ? entries(services.value, ctx) : []) {
    if ((0, import_yaml.isMap)(svc.value) && get(svc.value, "x-podman", ctx)) return true;
  }
  return /\bpodman[- ]compose\b/i.test(ctx.text);
}
function composeUnits(ctx, file) {
  const units = [];
  const services = get(ctx.doc.contents, "services", ctx);
  if (!services) return units;
  const engine = isPodmanCompose(ctx, file) ? "podman" : "compose";
  for (const svc of entries(services.value, ctx)) {
    if (svc.value !== null && !(0, import_yaml.isMap)(svc.value)) continue;
    const name = svc.key;
    const profiles = [];
    for (const it of items(get(svc.value, "profiles", ctx)?.value ?? null, ctx)) {
      const p = scalarString(it.value);
      if (p !== void 0) profiles.push(p);
    }
    const spec = emptySpec(
      {
        file,
        kind: "compose",
        syntax: "compose",
        name,
        range: rangeOfNode(svc.keyNode, ctx),
        ...profiles.length > 0 ? { profiles } : {}
      },
      engine
    );
    readService(spec, svc.value, ctx);
    const context = profiles.length > 0 ? `${name} (profile ${profiles.join(", ")})` : name;
    units.push({
      model: spec,
      context: { service: context, ...spec.image?.value ? { image: spec.image.value } : {} }
    });
  }
  return units;
}
function readService(spec, node, ctx) {
  const e = new Map(entries(node, ctx).map((x) => [x.key, x]));
  const image = entrySetting(e.get("image"), "image", ctx, text);
  if (image) spec.image = image;
  if (e.has("build")) spec.imageBuilt = true;
  if (e.has("extends")) {
    spec.incomplete = "the service extends another service, which may set what is missing here";
  } else if (!e.has("image") && !e.has("build")) {
    spec.incomplete = "the service has neither image nor build: it completes a service of another compose file";
  }
  const resources = get(e.get("deploy")?.value ?? null, "resources", ctx)?.value ?? null;
  const lim = resources ? get(resources, "limits", ctx)?.value ?? null : null;
  const res = resources ? get(resources, "reservations", ctx)?.value ?? null : null;
  const limEntry = (k) => lim ? get(lim, k, ctx) : void 0;
  spec.memory = larger(
    entrySetting(e.get("mem_limit"), "mem_limit", ctx, memory),
    entrySetting(limEntry("memory"), "deploy.resources.limits.memory", ctx, memory)
  );
  spec.memorySwap = entrySetting(e.get("memswap_limit"), "memswap_limit", ctx, memory);
  spec.memoryReservation = entrySetting(e.get("mem_reservation"), "mem_reservation", ctx, memory) ?? entrySetting(
    res ? get(res, "memory", ctx) : void 0,
    "deploy.resources.reservations.memory",
    ctx,
    memory
  );
  spec.cpus = larger(
    entrySetting(e.get("cpus"), "cpus", ctx, cpus),
    entrySetting(limEntry("cpus"), "deploy.resources.limits.cpus", ctx, cpus)
  );
  spec.cpuQuota = entrySetting(e.get("cpu_quota"), "cpu_quota", ctx, parseInteger);
  spec.cpuPeriod = entrySetting(e.get("cpu_period"), "cpu_period", ctx, parseInteger);
  spec.cpusetCpus = entrySetting(e.get("cpuset"), "cpuset", ctx, text);
  spec.cpuShares = entrySetting(e.get("cpu_shares"), "cpu_shares", ctx, parseInteger);
  spec.pidsLimit = entrySetting(e.get("pids_limit"), "pids_limit", ctx, parseInteger) ?? entrySetting(limEntry("pids"), "deploy.resources.limits.pids", ctx, parseInteger);
  const restart = entrySetting(e.get("restart"), "restart", ctx, text);
  if (restart && (restart.opaque || (restart.value ?? "no") !== "no") || e.has("deploy")) {
    spec.lifetime = "service";
  }
  spec.userns = entrySetting(e.get("userns_mode"), "userns_mode", ctx, text);
  spec.privileged = entrySetting(e.get("privileged"), "privileged", ctx, bool);
  spec.readOnly = entrySetting(e.get("read_only"), "read_only", ctx, bool);
  spec.user = entrySetting(e.get("user"), "user", ctx, text);
  spec.pid = entrySetting(e.get("pid"), "pid", ctx, text);
  spec.ipc = entrySetting(e.get("ipc"), "ipc", ctx, text);
  spec.uts = entrySetting(e.get("uts"), "uts", ctx, text);
  spec.network = entrySetting(e.get("network_mode"), "network_mode", ctx, text);
  spec.cgroupns = entrySetting(e.get("cgroup"), "cgroup", ctx, text);
  spec.capAdd = listSettings(e.get("cap_add"), "cap_add", ctx).map(cap);
  spec.capDrop = listSettings(e.get("cap_drop"), "cap_drop", ctx).map(cap);
  spec.securityOpt = listSettings(e.get("security_opt"), "security_opt", ctx);
  spec.volumes = volumeSettings(e.get("volumes"), ctx);
  spec.devices = deviceSettings(e.get("devices"), ctx);
  spec.sysctls = sysctlSettings(e.get("sysctls"), ctx);
  for (const k of Object.keys(spec)) if (spec[k] === void 0) delete spec[k];
}
function cap(s) {
  return s.value === void 0 ? s : { ...s, value: normaliseCapability(s.value) };
}

// src/targets/runtime/cli.ts
function cliWord(w) {
  return { value: w.value, raw: w.raw, start: w.start, end: w.end, opaque: w.hasExpansion };
}
var VALUE_FLAGS = new Set(
  "add-host annotation attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent cgroupns cidfile cpu-count cpu-percent cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpus cpuset-cpus cpuset-mems detach-keys device device-cgroup-rule device-read-bps device-read-iops device-write-bps device-write-iops dns dns-opt dns-option dns-search domainname entrypoint env env-file expose gpus group-add health-cmd health-interval health-retries health-start-interval health-start-period health-timeout hostname io-maxbandwidth io-maxiops ip ip6 ipc isolation kernel-memory label label-file link link-local-ip log-driver log-opt mac-address memory memory-reservation memory-swap memory-swappiness mount name network net network-alias net-alias oom-score-adj pid pids-limit platform publish pull restart runtime security-opt shm-size stop-signal stop-timeout storage-opt sysctl tmpfs ulimit user userns uts volume volume-driver volumes-from workdir arch authfile cgroup-conf cgroups chrootdirs conmon-pidfile creds decryption-key env-merge gidmap group-entry health-log-destination health-max-log-count health-max-log-size health-on-failure health-startup-cmd health-startup-interval health-startup-retries health-startup-success health-startup-timeout hostuser image-volume init-path os passwd-entry personality pidfile pod pod-id-file preserve-fd preserve-fds rdt-class requires retry retry-delay sdnotify seccomp-policy secret shm-size-systemd subgidname subuidname systemd timeout tz uidmap umask unsetenv variant".split(" ")
);
var SHORT_FLAGS = {
  a: "attach",
  c: "cpu-shares",
  e: "env",
  h: "hostname",
  l: "label",
  m: "memory",
  p: "publish",
  u: "user",
  v: "volume",
  w: "workdir",
  d: "detach",
  i: "interactive",
  t: "tty",
  P: "publish-all",
  q: "quiet"
};
var ALIASES = {
  net: "network",
  "net-alias": "network-alias",
  "dns-opt": "dns-option"
};
function wholeExpansion(w) {
  if (!w.opaque) return null;
  const m = /^"?\$(?:\{\{([\s\S]*)\}\}|\{([^}]*)\}|\(([\s\S]*)\)|([A-Za-z_][A-Za-z0-9_]*|[@*]))"?$/.exec(
    w.raw
  );
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
}
var FLAG_VARIABLE = /OPT|ARG|FLAG|PARAM|EXTRA|^[@*]$|\[[@*]\]/i;
function parseRunArgs(words, expectImage = true) {
  const flags = [];
  const opaqueFlags = [];
  let i = 0;
  const takeValue = (occ) => {
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
    if (v === "--" && !w.opaque) {
      if (expectImage) return { flags, image: words[i + 1], opaqueFlags };
      continue;
    }
    if (v.startsWith("--") && v.length > 2) {
      const eq = v.indexOf("=");
      const written = eq < 0 ? v.slice(2) : v.slice(2, eq);
      const name = ALIASES[written] ?? written;
      const takesValue = VALUE_FLAGS.has(name);
      const occ = {
        name,
        key: `--${written}`,
        valueOpaque: false,
        takesValue,
        text: w.raw,
        start: w.start,
        end: w.end
      };
      if (eq >= 0) {
        occ.value = v.slice(eq + 1);
        const rawEq = w.raw.indexOf("=");
        occ.valueRaw = rawEq >= 0 ? w.raw.slice(rawEq + 1) : occ.value;
        occ.valueOpaque = w.opaque;
      } else if (takesValue) {
        takeValue(occ);
      }
      flags.push(occ);
      continue;
    }
    if (v.startsWith("-") && v.length > 1 && !w.opaque) {
      for (let j = 1; j < v.length; j++) {
        const ch = v[j];
        const name = SHORT_FLAGS[ch] ?? ch;
        const takesValue = VALUE_FLAGS.has(name);
        const occ = {
          name,
          key: `-${ch}`,
          valueOpaque: false,
          takesValue,
          text: w.raw,
          start: w.start,
          end: w.end
        };
        if (takesValue) {
          let rest = v.slice(j + 1);
          if (rest.startsWith("=")) rest = rest.slice(1);
          if (rest !== "") {
            occ.value = rest;
            occ.valueRaw = rest;
          } else {
            takeValue(occ);
          }
          flags.push(occ);
          break;
        }
        if (v[j + 1] === "=") {
          occ.value = v.slice(j + 2);
          occ.valueRaw = occ.value;
          flags.push(occ);
          break;
        }
        flags.push(occ);
      }
      continue;
    }
    if (v.startsWith("-") && v.length > 1 && w.opaque && /^-/.test(w.raw)) {
      const name = SHORT_FLAGS[v[1]] ?? v[1];
      const takesValue = VALUE_FLAGS.has(name);
      const occ = {
        name,
        key: v.slice(0, 2),
        valueOpaque: true,
        takesValue,
        text: w.raw,
        start: w.start,
        end: w.end
      };
      if (takesValue) {
        occ.value = v.slice(2).replace(/^=/, "");
        occ.valueRaw = w.raw.slice(2).replace(/^=/, "");
        if (occ.value === "") takeValue(occ);
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
  }
  return { flags, opaqueFlags };
}
function occValueRange(occ, rangeOf) {
  return rangeOf(occ.start, occ.end);
}
function makeSetting(occ, rangeOf, parse) {
  const base = { raw: occ.valueRaw ?? "", range: occValueRange(occ, rangeOf), key: occ.key, text: occ.text };
  if (occ.value === void 0) return { ...base, invalid: `${occ.key} needs a value` };
  if (occ.valueOpaque && occ.value.includes("$")) return { ...base, opaque: true };
  const r = parse(occ.value);
  return "error" in r ? { ...base, invalid: r.error } : { ...base, value: r.value };
}
var asMemory = (t) => {
  const r = parseMemory(t);
  return "error" in r ? r : { value: r.bytes };
};
var asCpus = (t) => {
  const r = parseCpus(t);
  return "error" in r ? r : { value: r.cpus };
};
var asString = (t) => ({ value: t });
function boolSetting(occ, rangeOf) {
  const base = { range: occValueRange(occ, rangeOf), key: occ.key, text: occ.text };
  if (occ.value === void 0) return { ...base, value: true, raw: occ.key };
  const raw = occ.valueRaw ?? occ.value;
  if (occ.valueOpaque && occ.value.includes("$")) return { ...base, raw, opaque: true };
  const b = parseCliBool(occ.value);
  return b === void 0 ? { ...base, raw, invalid: `"${occ.value}" is not true or false` } : { ...base, value: b, raw };
}
function applyFlags(spec, flags, rangeOf) {
  for (const occ of flags) {
    switch (occ.name) {
      case "memory":
        spec.memory = makeSetting(occ, rangeOf, asMemory);
        break;
      case "memory-swap":
        spec.memorySwap = makeSetting(occ, rangeOf, asMemory);
        break;
      case "memory-reservation":
        spec.memoryReservation = makeSetting(occ, rangeOf, asMemory);
        break;
      case "cpus":
        spec.cpus = makeSetting(occ, rangeOf, asCpus);
        break;
      case "cpu-quota":
        spec.cpuQuota = makeSetting(occ, rangeOf, parseInteger);
        break;
      case "cpu-period":
        spec.cpuPeriod = makeSetting(occ, rangeOf, parseInteger);
        break;
      case "cpuset-cpus":
        spec.cpusetCpus = makeSetting(occ, rangeOf, asString);
        break;
      case "cpu-shares":
        spec.cpuShares = makeSetting(occ, rangeOf, parseInteger);
        break;
      case "pids-limit":
        spec.pidsLimit = makeSetting(occ, rangeOf, parseInteger);
        break;
      case "userns":
        spec.userns = makeSetting(occ, rangeOf, asString);
        break;
      case "privileged":
        spec.privileged = boolSetting(occ, rangeOf);
        break;
      case "read-only":
        spec.readOnly = boolSetting(occ, rangeOf);
        break;
      case "cap-add":
      case "cap-drop": {
        const list = occ.name === "cap-add" ? spec.capAdd : spec.capDrop;
        const s = makeSetting(occ, rangeOf, asString);
        if (s.value === void 0) {
          list.push(s);
          break;
        }
        for (const cap2 of s.value.split(",")) {
          if (cap2.trim() !== "") list.push({ ...s, value: normaliseCapability(cap2), raw: cap2.trim() });
        }
        break;
      }
      case "pid":
        spec.pid = makeSetting(occ, rangeOf, asString);
        break;
      case "ipc":
        spec.ipc = makeSetting(occ, rangeOf, asString);
        break;
      case "uts":
        spec.uts = makeSetting(occ, rangeOf, asString);
        break;
      case "network":
        spec.network = makeSetting(occ, rangeOf, asString);
        break;
      case "cgroupns":
        spec.cgroupns = makeSetting(occ, rangeOf, asString);
        break;
      case "security-opt":
        spec.securityOpt.push(makeSetting(occ, rangeOf, asString));
        break;
      case "user":
        spec.user = makeSetting(occ, rangeOf, asString);
        break;
      case "device":
        spec.devices.push(makeSetting(occ, rangeOf, asString));
        break;
      case "sysctl":
        spec.sysctls.push(makeSetting(occ, rangeOf, asString));
        break;
      case "volume":
      case "mount": {
        if (occ.value === void 0) break;
        const opaque = occ.valueOpaque && occ.value.includes("$");
        const parsed = occ.name === "volume" ? parseVolumeSpec(occ.value, opaque) : parseMountSpec(occ.value, opaque);
        const mount = {
          ...parsed,
          raw: occ.valueRaw ?? occ.value,
          range: occValueRange(occ, rangeOf),
          key: occ.key
        };
        spec.volumes.push(mount);
        break;
      }
      case "tmpfs": {
        if (occ.value === void 0) break;
        const target = occ.value.split(":")[0];
        spec.volumes.push({
          type: "tmpfs",
          target,
          readOnly: false,
          raw: occ.valueRaw ?? occ.value,
          range: occValueRange(occ, rangeOf),
          key: occ.key
        });
        break;
      }
    }
  }
}
var ENGINES = {
  docker: "docker",
  "docker.exe": "docker",
  podman: "podman",
  "podman.exe": "podman",
  "podman-remote": "podman"
};
var GLOBAL_VALUE_FLAGS = new Set(
  "-H --host -c --context --config -l --log-level --tlscacert --tlscert --tlskey --cgroup-manager --conmon --connection --events-backend --hooks-dir --identity --imagestore --module --network-cmd-path --network-config-dir --out --root --runroot --runtime --runtime-flag --ssh --storage-driver --storage-opt --tmpdir --url --volumepath --cni-config-dir --db-backend".split(" ")
);
var basename2 = (p) => p.slice(p.lastIndexOf("/") + 1);
var PREFIXES = {
  sudo: /* @__PURE__ */ new Set([
    "-u",
    "-g",
    "-C",
    "-D",
    "-h",
    "-p",
    "-r",
    "-t",
    "-U",
    "-T",
    "--user",
    "--group",
    "--chdir",
    "--prompt"
  ]),
  doas: /* @__PURE__ */ new Set(["-u", "-C"]),
  env: /* @__PURE__ */ new Set(["-u", "--unset", "-C", "--chdir", "-S", "--split-string"]),
  exec: /* @__PURE__ */ new Set(["-a"]),
  command: /* @__PURE__ */ new Set(),
  nohup: /* @__PURE__ */ new Set(),
  time: /* @__PURE__ */ new Set(["-f", "-o"]),
  nice: /* @__PURE__ */ new Set(["-n"]),
  ionice: /* @__PURE__ */ new Set(["-c", "-n", "-p"]),
  stdbuf: /* @__PURE__ */ new Set(["-i", "-o", "-e"]),
  timeout: /* @__PURE__ */ new Set(["-s", "-k", "--signal", "--kill-after"])
};
function matchRunCommand(words) {
  let i = 0;
  for (let guard = 0; guard < 10 && i < words.length; guard++) {
    const name = basename2(words[i].value);
    const valueOpts = PREFIXES[name];
    if (!valueOpts || words[i].opaque) break;
    i++;
    if (name === "command" && words[i] && /^-[vV]$/.test(words[i].value)) return null;
    while (i < words.length) {
      const v = words[i].value;
      if (v === "--") {
        i++;
        break;
      }
      if (name === "env" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
        i++;
        continue;
      }
      if (!v.startsWith("-") || v === "-") break;
      i += valueOpts.has(v) ? 2 : 1;
    }
    if (name === "timeout" && i < words.length) i++;
  }
  const cmd = words[i];
  if (!cmd || cmd.opaque) return null;
  const engine = ENGINES[basename2(cmd.value)];
  if (!engine) return null;
  let j = i + 1;
  while (j < words.length && words[j].value.startsWith("-")) {
    const v = words[j].value;
    j += GLOBAL_VALUE_FLAGS.has(v) ? 2 : 1;
  }
  if (words[j]?.value === "container") j++;
  const sub = words[j];
  if (!sub || sub.value !== "run" && sub.value !== "create" || sub.opaque) return null;
  return { engine, command: sub.value, first: words[0], subcommand: sub, args: words.slice(j + 1) };
}
function specFromWords(words, info) {
  const run = matchRunCommand(words);
  if (!run) return null;
  const parsed = parseRunArgs(run.args, true);
  const image = parsed.image;
  const name = `${info.namePrefix ?? ""}${run.engine} ${run.command}${image ? ` ${image.raw}` : ""}`;
  const source = {
    file: info.file,
    kind: info.kind,
    syntax: "cli",
    name,
    range: info.rangeOf(run.first.start, run.subcommand.end),
    ...info.job ? { job: info.job } : {}
  };
  const spec = emptySpec(source, run.engine);
  spec.command = run.command;
  if (image) {
    spec.image = {
      raw: image.raw,
      range: info.rangeOf(image.start, image.end),
      key: "image",
      ...image.opaque ? { opaque: true } : { value: image.value }
    };
  }
  if (parsed.opaqueFlags.length > 0) {
    spec.incomplete = `flags may come from ${parsed.opaqueFlags.map((w) => w.raw).join(", ")}`;
  }
  applyFlags(spec, parsed.flags, info.rangeOf);
  spec.lifetime = info.kind === "workflow" ? "task" : lifetimeOf(parsed.flags);
  if (spec.lifetime === void 0) delete spec.lifetime;
  return spec;
}
function lifetimeOf(flags) {
  const on = (name) => flags.some((f) => f.name === name && (f.value === void 0 || parseCliBool(f.value) !== false));
  const restart = flags.filter((f) => f.name === "restart").pop();
  if (on("detach") || restart?.value !== void 0 && restart.value !== "no") return "service";
  return on("rm") ? "task" : void 0;
}
function specFromCommand(cmd, info) {
  if (cmd.words.length < 2) return null;
  return specFromWords(cmd.words.map(cliWord), info);
}

// src/targets/runtime/mapped.ts
var MappedText = class {
  parts = [];
  map = [];
  length = 0;
  /** Appends text that appears in the source at `sourceStart` character for character. */
  push(text3, sourceStart) {
    if (text3 === "") return;
    this.parts.push(text3);
    for (let i = 0; i < text3.length; i++) this.map.push(sourceStart + i);
    this.length += text3.length;
  }
  /** Appends text that stands for the source character at `sourceOffset` (a folded newline, an escape). */
  pushAt(text3, sourceOffset) {
    if (text3 === "") return;
    this.parts.push(text3);
    for (let i = 0; i < text3.length; i++) this.map.push(sourceOffset);
    this.length += text3.length;
  }
  get text() {
    if (this.parts.length > 1) this.parts = [this.parts.join("")];
    return this.parts[0] ?? "";
  }
  /** The source offset of an offset in the assembled text. */
  toSource(offset) {
    if (this.map.length === 0) return 0;
    if (offset < this.map.length) return this.map[Math.max(0, offset)];
    return this.map[this.map.length - 1] + 1;
  }
  /** The source range of [start, end) of the assembled text. */
  rangeOf(index, start, end) {
    const s = this.toSource(start);
    const e = end > start ? this.toSource(end - 1) + 1 : s;
    return index.range(s, Math.max(s, e));
  }
};
function splitLines(text3, base) {
  const out = [];
  let start = 0;
  for (; ; ) {
    const nl = text3.indexOf("\n", start);
    const end = nl < 0 ? text3.length : nl;
    let lineEnd = end;
    if (lineEnd > start && text3.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    out.push({ start: base + start, text: text3.slice(start, lineEnd) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}
function blockScalar(source, start, end, folded) {
  const out = new MappedText();
  const lines = splitLines(source.slice(start, end), start);
  const header = lines.shift();
  void header;
  const first = lines.find((l) => l.text.trim() !== "");
  const indent = first ? first.text.match(/^ */)[0].length : 0;
  const content = lines.map((l) => ({
    start: l.start + Math.min(indent, l.text.length),
    text: l.text.length > indent ? l.text.slice(indent) : ""
  }));
  while (content.length > 0 && content[content.length - 1].text === "") content.pop();
  const isText = (l) => l !== void 0 && l.text !== "" && !/^[ \t]/.test(l.text);
  for (let i = 0; i < content.length; i++) {
    const l = content[i];
    out.push(l.text, l.start);
    if (i < content.length - 1) {
      const nlOffset = l.start + l.text.length;
      out.pushAt(folded && isText(l) && isText(content[i + 1]) ? " " : "\n", nlOffset);
    }
  }
  return out;
}
function flowScalar(source, start, end, style) {
  const out = new MappedText();
  let from = start;
  let to = end;
  const quoted = style === "QUOTE_DOUBLE" || style === "QUOTE_SINGLE";
  if (quoted) {
    from++;
    if (to > from && (source[to - 1] === '"' || source[to - 1] === "'")) to--;
  }
  const lines = splitLines(source.slice(from, to), from);
  let pendingBreaks = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    let text3 = line.text;
    let s = line.start;
    if (li > 0) {
      const lead = text3.match(/^[ \t]*/)[0].length;
      text3 = text3.slice(lead);
      s += lead;
    }
    if (li < lines.length - 1) text3 = text3.replace(/[ \t]+$/, "");
    if (li > 0) {
      if (text3 === "") {
        pendingBreaks++;
        continue;
      }
      out.pushAt(pendingBreaks > 0 ? "\n".repeat(pendingBreaks) : " ", s - 1);
      pendingBreaks = 0;
    }
    if (style === "QUOTE_DOUBLE") {
      for (let i = 0; i < text3.length; i++) {
        const c = text3[i];
        if (c !== "\\" || i === text3.length - 1) {
          out.push(c, s + i);
          continue;
        }
        const n = text3[++i];
        const simple = {
          n: "\n",
          t: "	",
          '"': '"',
          "\\": "\\",
          "/": "/",
          " ": " ",
          "0": "\0",
          r: "\r"
        };
        if (n in simple) out.pushAt(simple[n], s + i - 1);
        else if (n === "x" || n === "u" || n === "U") {
          const len = n === "x" ? 2 : n === "u" ? 4 : 8;
          const hex = text3.slice(i + 1, i + 1 + len);
          out.pushAt(/^[0-9a-fA-F]+$/.test(hex) ? String.fromCodePoint(parseInt(hex, 16)) : "?", s + i - 1);
          i += len;
        } else out.pushAt(n, s + i - 1);
      }
    } else if (style === "QUOTE_SINGLE") {
      for (let i = 0; i < text3.length; i++) {
        out.push(text3[i], s + i);
        if (text3[i] === "'" && text3[i + 1] === "'") i++;
      }
    } else {
      out.push(text3, s);
    }
  }
  return out;
}
function scalarText(source, range, style) {
  const [start, valueEnd] = range;
  if (style === "BLOCK_LITERAL" || style === "BLOCK_FOLDED") {
    return blockScalar(source, start, valueEnd, style === "BLOCK_FOLDED");
  }
  return flowScalar(source, start, valueEnd, style ?? "PLAIN");
}

// src/targets/runtime/shell-source.ts
var MENTIONS_ENGINE = /\b(?:docker|podman)\b/;
function scriptUnits(script, opts) {
  const units = [];
  const problems = [];
  const comments = shellCommentSpans(script).map((c) => ({
    text: c.text,
    range: opts.rangeOf(c.start, c.end)
  }));
  if (!MENTIONS_ENGINE.test(script)) return { units, comments, problems };
  const parsed = parseShell(script, { dockerfileContinuations: false });
  for (const cmd of parsed.commands) {
    const spec = specFromCommand(cmd, {
      file: opts.file,
      kind: opts.kind,
      rangeOf: opts.rangeOf,
      namePrefix: opts.namePrefix,
      job: opts.job
    });
    if (!spec) continue;
    const service = opts.contextPrefix ? `${opts.contextPrefix}: ${spec.source.name}` : spec.source.name;
    units.push({
      model: spec,
      context: { service, ...spec.image?.value ? { image: spec.image.value } : {} }
    });
  }
  for (const e of parsed.errors) {
    let from = 0;
    for (const c of parsed.commands) if (c.end <= e.start && c.end > from) from = c.end;
    const stops = e.end <= e.start;
    const span = script.slice(stops ? from : e.start, stops ? script.length : e.end);
    if (!MENTIONS_ENGINE.test(span)) continue;
    problems.push({
      message: `shell syntax error: ${e.message}; docker/podman commands in this part of the script were not checked`,
      range: opts.rangeOf(e.start, Math.max(e.start + 1, Math.min(e.end, e.start + 1)))
    });
  }
  return { units, comments, problems };
}
function loadShellScript(relPath, text3) {
  const index = new LineIndex(text3);
  const r = scriptUnits(text3, { file: relPath, kind: "cli", rangeOf: (s, e) => index.range(s, e) });
  return {
    kind: "runtime",
    file: relPath,
    text: text3,
    units: r.units,
    problems: r.problems,
    comments: r.comments,
    stats: { format: "shell", containers: r.units.length }
  };
}
function makefileScript(text3) {
  const script = new MappedText();
  const makeComments = [];
  let inRule = false;
  let recipeContinues = false;
  let makeContinues = false;
  let inDefine = false;
  let pos = 0;
  while (pos <= text3.length) {
    let nl = text3.indexOf("\n", pos);
    if (nl < 0) nl = text3.length;
    let line = text3.slice(pos, nl);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const start = pos;
    pos = nl + 1;
    if (inDefine) {
      if (/^\s*endef\b/.test(line)) inDefine = false;
      script.pushAt("\n", nl);
      continue;
    }
    if (line.startsWith("	") && inRule && !makeContinues) {
      let i = 1;
      if (!recipeContinues) {
        while (i < line.length && /[@\-+ \t]/.test(line[i])) i++;
      }
      let seg = i;
      for (let j = i; j < line.length; j++) {
        if (line[j] === "$" && line[j + 1] === "$") {
          script.push(line.slice(seg, j + 1), start + seg);
          j++;
          seg = j + 1;
        }
      }
      script.push(line.slice(seg), start + seg);
      recipeContinues = line.endsWith("\\");
      script.pushAt("\n", Math.min(nl, text3.length));
      continue;
    }
    recipeContinues = false;
    const wasContinued = makeContinues;
    makeContinues = line.endsWith("\\");
    script.pushAt("\n", Math.min(nl, text3.length));
    if (wasContinued || line.trim() === "") continue;
    const hash = line.search(/(?<!\\)#/);
    if (hash >= 0)
      makeComments.push({ start: start + hash, end: start + line.length, text: line.slice(hash + 1).trim() });
    if (/^\s*#/.test(line)) continue;
    if (/^\s*define\b/.test(line)) {
      inDefine = true;
      inRule = false;
      continue;
    }
    const code = hash >= 0 ? line.slice(0, hash) : line;
    inRule = /^[^\t=#]*[^:=\s]\s*::?(?![=:])/.test(code) && !/^\s*(?:ifn?eq|ifn?def|else|endif|export|include|-include|override)\b/.test(code);
  }
  return { script, makeComments };
}
function loadMakefile(relPath, text3) {
  const index = new LineIndex(text3);
  const { script, makeComments } = makefileScript(text3);
  const r = scriptUnits(script.text, {
    file: relPath,
    kind: "cli",
    rangeOf: (s, e) => script.rangeOf(index, s, e)
  });
  const comments = [
    ...makeComments.map((c) => ({ text: c.text, range: index.range(c.start, c.end) })),
    ...r.comments
  ];
  comments.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  return {
    kind: "runtime",
    file: relPath,
    text: text3,
    units: r.units,
    problems: r.problems,
    comments,
    stats: { format: "makefile", containers: r.units.length }
  };
}

// src/targets/runtime/kubernetes.ts
var import_yaml3 = __toESM(require_dist(), 1);
var POD_TEMPLATE_PATH = {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
  PodTemplate: ["template"]
};
var WORKLOAD_KINDS = Object.keys(POD_TEMPLATE_PATH);
var LIST_KIND = /^(?:\w*List)$/;
var MAX_LIST_DEPTH = 8;
var PLACEHOLDER = /\{\{|\$\{|\{%/;
function fields(node, ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const e of entries(node, ctx)) if (!out.has(e.key)) out.set(e.key, e);
  return out;
}
function at(node, path7, ctx) {
  let n = node;
  for (const key of path7) {
    n = fields(n, ctx).get(key)?.value ?? null;
    if (n === null) return null;
  }
  return n;
}
var text2 = (t) => ({ value: t });
var quantity = (t) => parseQuantity(t);
var bool2 = (t) => {
  const v = t.trim().toLowerCase();
  if (v === "true") return { value: true };
  if (v === "false") return { value: false };
  return { error: `"${t}" is not true or false` };
};
var integer = (t) => /^[-+]?\d+$/.test(t.trim()) ? { value: Number(t) } : { error: `"${t}" is not an integer` };
function setting(entry, path7, ctx, parse) {
  if (!entry) return void 0;
  const range = rangeOfEntry(entry, ctx);
  return valueSetting(entry.value, entry.written, range, path7, ctx, parse);
}
function valueSetting(value, written, range, path7, ctx, parse) {
  if (value === null || (0, import_yaml3.isScalar)(value) && value.value === null) return void 0;
  const s = scalarString(value);
  const raw = sourceOf(written, ctx) || (s ?? "");
  if (s === void 0) return { raw, range, key: path7, invalid: `${path7} must be a single value` };
  if (PLACEHOLDER.test(s)) return { raw, range, key: path7, opaque: true };
  const r = parse(s);
  return "error" in r ? { raw, range, key: path7, invalid: r.error } : { raw, range, key: path7, value: r.value };
}
function as(s, value) {
  const { value: _old, ...rest } = s;
  void _old;
  return value === void 0 ? rest : { ...rest, value };
}
function lifetimeOf2(kind, restartPolicy) {
  if (kind === "Job" || kind === "CronJob") return "task";
  if (kind === "Pod" || kind === "PodTemplate")
    return restartPolicy === "Never" || restartPolicy === "OnFailure" ? "task" : "service";
  return "service";
}
function podSysctls(securityContext, ctx) {
  const out = [];
  for (const it of items(securityContext.get("sysctls")?.value ?? null, ctx)) {
    const f = fields(it.value, ctx);
    const n = scalarString(f.get("name")?.value ?? null);
    if (n === void 0) continue;
    const v = scalarString(f.get("value")?.value ?? null) ?? "";
    out.push({
      value: `${n}=${v}`,
      raw: n,
      range: firstLine(rangeOfNode(it.written, ctx)),
      key: "securityContext.sysctls",
      ...PLACEHOLDER.test(n) ? { opaque: true } : {}
    });
  }
  return out;
}
function isKubernetesDocument(ctx) {
  const f = fields(ctx.doc.contents, ctx);
  return f.has("apiVersion") && f.has("kind");
}
function kubernetesUnits(ctx, file) {
  const result = { units: [], kinds: [], objects: 0 };
  visitObject(ctx.doc.contents, ctx, file, result, 0);
  return result;
}
function visitObject(node, ctx, file, result, depth) {
  const f = fields(node, ctx);
  const kind = scalarString(f.get("kind")?.value ?? null);
  if (kind === void 0 || !f.has("apiVersion")) return;
  result.objects++;
  if (LIST_KIND.test(kind) && depth < MAX_LIST_DEPTH) {
    for (const it of items(f.get("items")?.value ?? null, ctx))
      visitObject(it.value, ctx, file, result, depth + 1);
    return;
  }
  result.kinds.push(kind);
  const path7 = POD_TEMPLATE_PATH[kind];
  if (!path7) return;
  const meta = fields(f.get("metadata")?.value ?? null, ctx);
  const name = scalarString(meta.get("name")?.value ?? null) ?? scalarString(meta.get("generateName")?.value ?? null) ?? "(unnamed)";
  const template = path7.length === 0 ? node : at(node, path7, ctx);
  if (!(0, import_yaml3.isMap)(template)) return;
  const t = fields(template, ctx);
  const podSpecNode = t.get("spec")?.value ?? null;
  if (!(0, import_yaml3.isMap)(podSpecNode)) return;
  const spec = fields(podSpecNode, ctx);
  const volumes = /* @__PURE__ */ new Map();
  for (const it of items(spec.get("volumes")?.value ?? null, ctx)) {
    const v = fields(it.value, ctx);
    const vName = scalarString(v.get("name")?.value ?? null);
    if (vName === void 0) continue;
    const source = [...v.values()].find((e) => e.key !== "name");
    if (source) volumes.set(vName, { node: it.value, entry: source });
  }
  const securityContext = fields(spec.get("securityContext")?.value ?? null, ctx);
  const pod = {
    ctx,
    file,
    workload: `${kind} "${name}"`,
    label: `${kind} ${name}`,
    spec,
    securityContext,
    sysctls: podSysctls(securityContext, ctx),
    lifetime: lifetimeOf2(kind, scalarString(spec.get("restartPolicy")?.value ?? null)),
    annotations: fields(fields(t.get("metadata")?.value ?? null, ctx).get("annotations")?.value ?? null, ctx),
    volumes
  };
  const lists = [
    ["initContainers", "init"],
    ["containers", void 0],
    ["ephemeralContainers", "ephemeral"]
  ];
  for (const [key, type] of lists) {
    for (const it of items(spec.get(key)?.value ?? null, ctx)) {
      if (!(0, import_yaml3.isMap)(it.value)) continue;
      result.units.push(containerUnit(pod, it.value, it.written, type));
    }
  }
}
var HOST_NAMESPACES = [
  ["hostPID", "pid"],
  ["hostIPC", "ipc"],
  ["hostNetwork", "network"]
];
function containerUnit(pod, node, written, type) {
  const { ctx } = pod;
  const c = fields(node, ctx);
  const nameEntry = c.get("name");
  const name = scalarString(nameEntry?.value ?? null) ?? "(unnamed)";
  const range = nameEntry ? rangeOfEntry(nameEntry, ctx) : firstLine(rangeOfNode(written, ctx));
  const spec = emptySpec(
    {
      file: pod.file,
      kind: "kubernetes",
      syntax: "kubernetes",
      name,
      range,
      workload: pod.workload,
      ...type ? { containerType: type } : {}
    },
    "kubernetes"
  );
  if (pod.lifetime) spec.lifetime = pod.lifetime;
  const image = setting(c.get("image"), "image", ctx, text2);
  if (image) spec.image = image;
  const resources = fields(c.get("resources")?.value ?? null, ctx);
  const limits = fields(resources.get("limits")?.value ?? null, ctx);
  const requests = fields(resources.get("requests")?.value ?? null, ctx);
  spec.memory = setting(limits.get("memory"), "resources.limits.memory", ctx, quantity);
  spec.memoryReservation = setting(requests.get("memory"), "resources.requests.memory", ctx, quantity);
  spec.cpus = setting(limits.get("cpu"), "resources.limits.cpu", ctx, quantity);
  for (const [key, field] of HOST_NAMESPACES) {
    const s = setting(pod.spec.get(key), key, ctx, bool2);
    if (s) spec[field] = as(s, s.value === void 0 ? void 0 : s.value ? "host" : "private");
  }
  const hostUsers = setting(pod.spec.get("hostUsers"), "hostUsers", ctx, bool2);
  if (hostUsers)
    spec.userns = as(hostUsers, hostUsers.value === void 0 ? void 0 : hostUsers.value ? "host" : "pod");
  const sc = fields(c.get("securityContext")?.value ?? null, ctx);
  const psc = pod.securityContext;
  const inherited = (key) => sc.get(key) ?? psc.get(key);
  spec.privileged = setting(sc.get("privileged"), "securityContext.privileged", ctx, bool2);
  const hostProcess = fields(inherited("windowsOptions")?.value ?? null, ctx).get("hostProcess");
  const hp = setting(hostProcess, "securityContext.windowsOptions.hostProcess", ctx, bool2);
  if (hp && (!spec.privileged || spec.privileged.value !== true) && hp.value !== false) spec.privileged = hp;
  spec.readOnly = setting(
    sc.get("readOnlyRootFilesystem"),
    "securityContext.readOnlyRootFilesystem",
    ctx,
    bool2
  );
  const user = setting(inherited("runAsUser"), "securityContext.runAsUser", ctx, integer);
  if (user) spec.user = as(user, user.value === void 0 ? void 0 : String(user.value));
  spec.runAsNonRoot = setting(inherited("runAsNonRoot"), "securityContext.runAsNonRoot", ctx, bool2);
  const caps = fields(sc.get("capabilities")?.value ?? null, ctx);
  spec.capAdd = capabilityList(caps.get("add"), "securityContext.capabilities.add", ctx);
  spec.capDrop = capabilityList(caps.get("drop"), "securityContext.capabilities.drop", ctx);
  const ape = setting(
    sc.get("allowPrivilegeEscalation"),
    "securityContext.allowPrivilegeEscalation",
    ctx,
    bool2
  );
  if (ape)
    spec.securityOpt.push(as(ape, ape.value === void 0 ? void 0 : `no-new-privileges:${!ape.value}`));
  const procMount = setting(sc.get("procMount"), "securityContext.procMount", ctx, text2);
  if (procMount?.value === "Unmasked") spec.securityOpt.push(as(procMount, "systempaths=unconfined"));
  for (const [kind, key] of [
    ["seccomp", "seccompProfile"],
    ["apparmor", "appArmorProfile"]
  ]) {
    const profile = profileSetting(kind, sc.get(key), psc.get(key), pod, name);
    if (profile) spec.securityOpt.push(profile);
  }
  const selinux = inherited("seLinuxOptions");
  for (const [key, e] of fields(selinux?.value ?? null, ctx)) {
    const s = setting(e, `securityContext.seLinuxOptions.${key}`, ctx, text2);
    if (s) spec.securityOpt.push(as(s, s.value === void 0 ? void 0 : `label=${key}:${s.value}`));
  }
  spec.sysctls = pod.sysctls;
  for (const it of items(c.get("ports")?.value ?? null, ctx)) {
    const s = setting(fields(it.value, ctx).get("hostPort"), "hostPort", ctx, integer);
    if (s && s.value !== 0) spec.hostPorts.push(s);
  }
  spec.volumes = mounts(c.get("volumeMounts"), pod);
  for (const k of Object.keys(spec)) if (spec[k] === void 0) delete spec[k];
  const role = type === "init" ? "init container" : type === "ephemeral" ? "ephemeral container" : "container";
  const context = {
    service: `${pod.label}, ${role} ${name}`,
    ...spec.image?.value ? { image: spec.image.value } : {}
  };
  return { model: spec, context };
}
function firstLine(r) {
  return r.endLine === r.line ? r : { line: r.line, column: r.column, endLine: r.line, endColumn: r.column + 1 };
}
function capabilityList(entry, key, ctx) {
  if (!entry) return [];
  const out = [];
  for (const it of items(entry.value, ctx)) {
    const s = valueSetting(it.value, it.written, rangeOfNode(it.written, ctx), key, ctx, text2);
    if (s) out.push(s.value === void 0 ? s : { ...s, value: normaliseCapability(s.value) });
  }
  return out;
}
function profileSetting(kind, containerField, podField, pod, container) {
  const { ctx } = pod;
  const fieldName = kind === "seccomp" ? "seccompProfile" : "appArmorProfile";
  const annotation = (key) => pod.annotations.get(key);
  const containerAnnotation = annotation(
    kind === "seccomp" ? `container.seccomp.security.alpha.kubernetes.io/${container}` : `container.apparmor.security.beta.kubernetes.io/${container}`
  );
  const podAnnotation = kind === "seccomp" ? annotation("seccomp.security.alpha.kubernetes.io/pod") : void 0;
  const fromField = (field) => {
    const own = fields(field?.value ?? null, ctx);
    const s = setting(own.get("type"), `securityContext.${fieldName}.type`, ctx, text2);
    if (!s || s.value === void 0) return s;
    const profile = scalarString(own.get("localhostProfile")?.value ?? null) ?? "";
    const value = s.value === "Unconfined" ? "unconfined" : s.value === "RuntimeDefault" ? "runtime/default" : s.value === "Localhost" ? `localhost/${profile}` : s.value;
    return as(s, `${kind}=${value}`);
  };
  const fromAnnotation = (e) => {
    const s = setting(e, e?.key ?? "", ctx, text2);
    if (!s || s.value === void 0) return s;
    const v = s.value.trim();
    return as(s, `${kind}=${v.toLowerCase() === "unconfined" ? "unconfined" : v}`);
  };
  return fromField(containerField) ?? fromAnnotation(containerAnnotation) ?? fromField(podField) ?? fromAnnotation(podAnnotation);
}
function mounts(entry, pod) {
  const { ctx } = pod;
  const out = [];
  if (!entry) return out;
  for (const it of items(entry.value, ctx)) {
    const m = fields(it.value, ctx);
    const volumeName = scalarString(m.get("name")?.value ?? null);
    const target = scalarString(m.get("mountPath")?.value ?? null);
    const readOnly = scalarString(m.get("readOnly")?.value ?? null) === "true";
    const volume = volumeName === void 0 ? void 0 : pod.volumes.get(volumeName);
    if (!volume) continue;
    const volumeType = volume.entry.key;
    const source = fields(volume.entry.value, ctx);
    let type = "volume";
    let hostPath;
    let range = rangeOfEntry(volume.entry, ctx);
    let raw = volumeType;
    if (volumeType === "hostPath") {
      type = "bind";
      const pathEntry = source.get("path");
      hostPath = scalarString(pathEntry?.value ?? null);
      if (pathEntry) {
        range = rangeOfEntry(pathEntry, ctx);
        raw = sourceOf(pathEntry.written, ctx);
      }
    } else if (volumeType === "emptyDir" && scalarString(source.get("medium")?.value ?? null) === "Memory") {
      type = "tmpfs";
    }
    const opaque = hostPath !== void 0 && PLACEHOLDER.test(hostPath);
    out.push({
      type,
      ...hostPath !== void 0 ? { source: hostPath } : {},
      ...target !== void 0 ? { target } : {},
      readOnly,
      volumeType,
      ...opaque ? { opaque: true } : {},
      raw,
      range,
      key: volumeType === "hostPath" ? "hostPath.path" : `volumes.${volumeType}`
    });
  }
  return out;
}

// src/targets/runtime/workflow.ts
var import_yaml5 = __toESM(require_dist(), 1);
var NON_POSIX_SHELLS = /^(?:python|cmd|powershell|pwsh)\b/;
function mapped(node, ctx) {
  const range = node.range ?? [0, 0, 0];
  return scalarText(ctx.text, range, (0, import_yaml5.isScalar)(node) ? node.type : void 0);
}
function containerUnit2(entry, label, job, file, ctx, out) {
  const spec = emptySpec(
    { file, kind: "workflow", syntax: "cli", name: label, range: rangeOfEntry(entry, ctx), job },
    "docker"
  );
  spec.lifetime = "task";
  const node = entry.value;
  const imageNode = (0, import_yaml5.isMap)(node) ? get(node, "image", ctx)?.value ?? null : node;
  const image = scalarString(imageNode);
  if (image !== void 0 && imageNode) {
    const opaque = image.includes("${{");
    spec.image = {
      raw: sourceOf(imageNode, ctx),
      range: rangeOfNode(imageNode, ctx),
      key: "image",
      ...opaque ? { opaque: true } : { value: image }
    };
  } else if ((0, import_yaml5.isMap)(node) && !get(node, "image", ctx)) {
    return;
  }
  if ((0, import_yaml5.isMap)(node)) {
    const options = get(node, "options", ctx);
    if (options?.value && (0, import_yaml5.isScalar)(options.value) && typeof options.value.value === "string") {
      const text3 = mapped(options.value, ctx);
      const parsed = parseShell(text3.text, { dockerfileContinuations: false });
      const words = parsed.commands.flatMap((c) => [...c.assignments, ...c.words]).sort((a, b) => a.start - b.start).map(cliWord);
      const args = parseRunArgs(words, false);
      const rangeOf = (s, e) => text3.rangeOf(ctx.index, s, e);
      if (args.opaqueFlags.length > 0) {
        spec.incomplete = `flags may come from ${args.opaqueFlags.map((w) => w.raw).join(", ")}`;
      }
      applyFlags(spec, args.flags, rangeOf);
    }
    for (const it of items(get(node, "volumes", ctx)?.value ?? null, ctx)) {
      const v = scalarString(it.value);
      if (v === void 0) continue;
      const opaque = v.includes("${{");
      spec.volumes.push({
        ...parseVolumeSpec(v, opaque),
        raw: sourceOf(it.written, ctx),
        range: rangeOfNode(it.written, ctx),
        key: "volumes"
      });
    }
  }
  out.units.push({
    model: spec,
    context: { service: label, ...spec.image?.value ? { image: spec.image.value } : {} }
  });
}
function shellOf(node, ctx) {
  return scalarString(
    get(get(get(node, "defaults", ctx)?.value ?? null, "run", ctx)?.value ?? null, "shell", ctx)?.value ?? null
  );
}
function workflowUnits(ctx, file) {
  const out = { units: [], comments: [], problems: [] };
  const root = ctx.doc.contents;
  const workflowShell = shellOf(root, ctx);
  for (const job of entries(get(root, "jobs", ctx)?.value ?? null, ctx)) {
    if (!(0, import_yaml5.isMap)(job.value)) continue;
    const id = job.key;
    const container = get(job.value, "container", ctx);
    if (container && container.value !== null)
      containerUnit2(container, `job ${id}: container`, id, file, ctx, out);
    for (const svc of entries(get(job.value, "services", ctx)?.value ?? null, ctx)) {
      if (svc.value !== null) containerUnit2(svc, `job ${id}: service ${svc.key}`, id, file, ctx, out);
    }
    const jobShell = shellOf(job.value, ctx) ?? workflowShell;
    items(get(job.value, "steps", ctx)?.value ?? null, ctx).forEach((step, n) => {
      const run = get(step.value, "run", ctx);
      if (!run?.value || !(0, import_yaml5.isScalar)(run.value) || typeof run.value.value !== "string") return;
      const shell = scalarString(get(step.value, "shell", ctx)?.value ?? null) ?? jobShell;
      if (shell && NON_POSIX_SHELLS.test(shell.trim())) return;
      const name = scalarString(get(step.value, "name", ctx)?.value ?? null) ?? scalarString(get(step.value, "id", ctx)?.value ?? null);
      const label = name !== void 0 ? `step "${name}"` : `step ${n + 1}`;
      const text3 = mapped(run.value, ctx);
      const r = scriptUnits(text3.text, {
        file,
        kind: "workflow",
        rangeOf: (s, e) => text3.rangeOf(ctx.index, s, e),
        job: id,
        contextPrefix: `job ${id}, ${label}`
      });
      for (const u of r.units) out.units.push(u);
      for (const p of r.problems) out.problems.push(p);
      for (const c of r.comments) out.comments.push(c);
    });
  }
  return out;
}

// src/targets/runtime/index.ts
var YAML_EXT = /\.ya?ml$/i;
var COMPOSE_NAME = /^(?:docker-compose.*|compose(?:\..+)?|podman-compose.*)\.ya?ml$/i;
var WORKFLOW_PATH = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
var SHELL_EXT = /\.(?:sh|bash)$/i;
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash"]);
var MAKEFILE_NAME = /^(?:GNUmakefile|[Mm]akefile)$|\.(?:mk|make)$/;
function hasTopLevelServicesMap(head) {
  const m = /^services:[ \t]*(?:#.*)?\r?\n((?:[ \t]*(?:#.*)?\r?\n)*)([ \t]+)([^\s#-][^\n]*)/m.exec(head);
  return !!m && /^["']?[\w.-]+["']?[ \t]*:/.test(m[3]);
}
function isComposeFile(relPath, head) {
  const base = path4.posix.basename(relPath);
  if (WORKFLOW_PATH.test(relPath)) return false;
  if (COMPOSE_NAME.test(base)) return true;
  return YAML_EXT.test(base) && !/\.gitlab-ci\.ya?ml$/i.test(base) && hasTopLevelServicesMap(head);
}
function dedupeComments(comments) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const c of comments) {
    const k = `${c.range.line}:${c.range.column}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}
function looksLikeKubernetes(head) {
  const key = (k) => new RegExp(`^[ \\t{,-]*(?:${k}|"${k}"|'${k}')[ \\t]*:|[{,][ \\t]*"${k}"[ \\t]*:`, "m");
  return key("apiVersion").test(head) && key("kind").test(head);
}
function isKubernetesFile(relPath, head) {
  return YAML_EXT.test(relPath) && !WORKFLOW_PATH.test(relPath) && looksLikeKubernetes(head);
}
var HELM_ACTION = /\{\{-?\s*(?:(?:include|toYaml|tpl|required|template|define)\b|\$?\.(?:Values|Release|Chart|Capabilities|Files)\b)/;
var SUPPRESSION_WORD = /layerguard|hadolint|check\s*=/i;
var TEMPLATE_MARK = /\{\{|\{%/;
function lineOf(text3, re) {
  const m = re.exec(text3);
  return m ? text3.slice(0, m.index).split("\n").length : 1;
}
function loadYamlTarget(relPath, text3, read) {
  const index = new LineIndex(text3);
  if (read === "kubernetes" && HELM_ACTION.test(text3)) return skippedTemplate(relPath, text3, HELM_ACTION);
  const target = emptyTarget(relPath, text3);
  const comments = SUPPRESSION_WORD.test(text3) ? yamlComments(text3, index) : [];
  const parsed = parseYaml(text3, index);
  for (const p of parsed.problems) target.problems.push(p);
  if (read === "kubernetes" && parsed.problems.length > 0 && TEMPLATE_MARK.test(text3)) {
    return skippedTemplate(relPath, text3, TEMPLATE_MARK);
  }
  const units = [];
  const kinds = /* @__PURE__ */ new Set();
  let objects = 0;
  for (const ctx of parsed.docs) {
    try {
      if (read === "kubernetes") {
        if (!isKubernetesDocument(ctx)) continue;
        const r = kubernetesUnits(ctx, relPath);
        objects += r.objects;
        for (const u of r.units) units.push(u);
        for (const k of r.kinds) kinds.add(k);
      } else if (read === "compose") {
        if (isComposeDocument(ctx)) for (const u of composeUnits(ctx, relPath)) units.push(u);
      } else {
        const r = workflowUnits(ctx, relPath);
        for (const u of r.units) units.push(u);
        for (const p of r.problems) target.problems.push(p);
        for (const c of r.comments) comments.push(c);
      }
    } catch (e) {
      if (!(e instanceof AliasBudgetError)) throw e;
      target.problems.push({ message: e.message, range: index.range(0, 0) });
    }
  }
  target.units = units;
  target.comments = dedupeComments(comments);
  target.stats = { format: read, containers: units.length };
  if (read === "kubernetes" && units.length === 0 && target.problems.length === 0) {
    const workloads = [...kinds].filter((k) => WORKLOAD_KINDS.includes(k));
    target.stats.skipped = objects === 0 ? "no Kubernetes object (apiVersion and kind) in the file" : workloads.length > 0 ? `its workloads (${workloads.join(", ")}) have no containers` : `no workload (${WORKLOAD_KINDS.join(", ")}) in the file, only ${[...kinds].slice(0, 10).join(", ")}${kinds.size > 10 ? "\u2026" : ""}`;
    target.stats.quiet = true;
  }
  return target;
}
function emptyTarget(relPath, text3) {
  return { kind: "runtime", file: relPath, text: text3, units: [], problems: [], comments: [] };
}
function skippedTemplate(relPath, text3, mark) {
  const line = lineOf(text3, mark);
  return {
    ...emptyTarget(relPath, text3),
    stats: {
      format: "kubernetes",
      containers: 0,
      skipped: `not checked: it holds template syntax ({{ }} or {% %}, line ${line}), so it is not a manifest until rendered; check the rendered output instead, e.g. \`helm template RELEASE CHART | layerguard check -\``
    }
  };
}
function loadKubernetesFile(relPath, text3) {
  return loadYamlTarget(relPath, text3, "kubernetes");
}
function loadComposeFile(relPath, text3) {
  return loadYamlTarget(relPath, text3, "compose");
}
function loadWorkflowFile(relPath, text3) {
  return loadYamlTarget(relPath, text3, "workflow");
}
var composeTarget = {
  kind: "runtime",
  claims: (relPath, head) => isComposeFile(relPath, head),
  claimsExplicit: (relPath, head) => isComposeFile(relPath, head) || YAML_EXT.test(relPath) && !WORKFLOW_PATH.test(relPath) && /^services:/m.test(head),
  load: (relPath, text3) => loadComposeFile(relPath, text3)
};
var workflowTarget = {
  kind: "runtime",
  claims: (relPath) => WORKFLOW_PATH.test(relPath),
  claimsExplicit: (relPath, head) => WORKFLOW_PATH.test(relPath) || YAML_EXT.test(relPath) && /^jobs:/m.test(head) && /^(?:on|"on"|'on'|true):/m.test(head),
  load: (relPath, text3) => loadWorkflowFile(relPath, text3)
};
var kubernetesTarget = {
  kind: "runtime",
  claims: (relPath, head) => isKubernetesFile(relPath, head),
  // Named explicitly or read from standard input (`helm template … | layerguard check -`), the content decides.
  claimsExplicit: (relPath, head) => !WORKFLOW_PATH.test(relPath) && looksLikeKubernetes(head),
  load: (relPath, text3) => loadKubernetesFile(relPath, text3)
};
function shebangInterpreter(head) {
  if (!head.startsWith("#!")) return void 0;
  const words = head.slice(2, head.indexOf("\n") < 0 ? void 0 : head.indexOf("\n")).trim().split(/[ \t]+/);
  let i = 0;
  const base = (w) => (w ?? "").slice((w ?? "").lastIndexOf("/") + 1);
  if (base(words[0]) === "env") {
    i = 1;
    while (i < words.length && (words[i].startsWith("-") || /^\w+=/.test(words[i]))) i++;
  }
  return base(words[i]) || void 0;
}
function isShellScript(relPath, head) {
  if (SHELL_EXT.test(relPath)) return true;
  const interpreter = shebangInterpreter(head);
  return interpreter !== void 0 && SHELLS.has(interpreter);
}
var shellTarget = {
  kind: "runtime",
  claims: (relPath, head) => isShellScript(relPath, head),
  load: (relPath, text3) => loadShellScript(relPath, text3)
};
var makefileTarget = {
  kind: "runtime",
  claims: (relPath) => MAKEFILE_NAME.test(path4.posix.basename(relPath)),
  load: (relPath, text3) => loadMakefile(relPath, text3)
};
var RUNTIME_TARGETS = [
  workflowTarget,
  composeTarget,
  kubernetesTarget,
  makefileTarget,
  shellTarget
];

// src/targets/index.ts
var FILE_TARGETS = [
  // Kinds that recognise their files by content come before the Dockerfile kind, which takes any
  // file named explicitly.
  ...RUNTIME_TARGETS,
  dockerfileTarget
];

// src/policy/inline.ts
var LAYERGUARD = /^layerguard\b\s*(.*)$/i;
var LAYERGUARD_BODY = /^(ignore|ignore-stage|ignore-file)\s*=\s*(.*)$/i;
var HADOLINT = /^hadolint\s+(?:(global|stage)\s+)?ignore\s*=\s*(.*)$/i;
var TOKEN = /^[A-Za-z0-9_./-]+$/;
function splitReason(rest) {
  const m = /^(.*?)(?:\s+--\s*|\s*#\s*|\s+--$)(.*)$/.exec(rest);
  if (!m) return { list: rest.trim() };
  const reason = m[2].trim();
  return { list: m[1].trim(), ...reason ? { reason } : {} };
}
function splitTokens(list) {
  return list.split(",").map((t) => t.trim()).filter((t) => t !== "");
}
function parseSuppressionComment(text3) {
  const body = text3.replace(/^#\s*/, "").trim();
  const lg = LAYERGUARD.exec(body);
  if (lg) {
    const m = LAYERGUARD_BODY.exec(lg[1]);
    if (!m) {
      return {
        malformed: `"# ${body}" is not a layerguard directive; write # layerguard ignore=<rule>[,<rule>] -- <reason> (or ignore-stage=, ignore-file=)`
      };
    }
    const { list, reason } = splitReason(m[2]);
    const tokens = splitTokens(list);
    const bad = tokens.find((t) => !TOKEN.test(t));
    if (tokens.length === 0 || bad !== void 0) {
      return {
        malformed: `"# ${body}" names ${bad !== void 0 ? `"${bad}", which is not a rule id` : "no rule"}; write # layerguard ${m[1].toLowerCase()}=<rule>[,<rule>] -- <reason>`
      };
    }
    const kw = m[1].toLowerCase();
    return {
      syntax: "layerguard",
      scope: kw === "ignore" ? "next" : kw === "ignore-stage" ? "stage" : "file",
      tokens,
      ...reason ? { reason } : {}
    };
  }
  const hl = HADOLINT.exec(body);
  if (hl) {
    const { list, reason } = splitReason(hl[2]);
    const tokens = splitTokens(list.split(/\s+/)[0] ?? "");
    const scope = hl[1]?.toLowerCase() === "global" ? "file" : hl[1]?.toLowerCase() === "stage" ? "stage" : "next";
    return { syntax: "hadolint", scope, tokens, ...reason ? { reason } : {} };
  }
  return null;
}
function parseCheckDirective(value) {
  for (const part of value.split(";")) {
    const [k, v] = part.split("=", 2).map((s) => s.trim());
    if (k?.toLowerCase() === "skip" && v !== void 0) return splitTokens(v);
  }
  return [];
}
function nextCodeLine(lines, after) {
  for (let i = after; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t === "" || t.startsWith("#")) continue;
    return i + 1;
  }
  return void 0;
}
function coverDockerfile(d, model) {
  const line = d.range.line;
  const next = model.instructions.find((i) => i.range.line > line);
  if (d.scope === "next") {
    d.lines = next ? { from: next.range.line, to: next.range.endLine } : { from: line + 1, to: line };
    return;
  }
  if (d.scope === "stage") {
    let stage = next?.keyword === "FROM" ? model.stages.find((s) => s.from === next) : void 0;
    if (!stage) stage = [...model.stages].reverse().find((s) => s.from.range.line < line) ?? model.stages[0];
    if (!stage) {
      d.invalid = "there is no stage for it to apply to";
      return;
    }
    const following = model.stages[stage.index + 1];
    d.lines = {
      from: stage.from.range.line,
      to: following ? following.from.range.line - 1 : Number.MAX_SAFE_INTEGER
    };
  }
}
function coverText(d, lines) {
  if (d.scope === "stage") {
    d.invalid = "ignore-stage applies only in Dockerfiles; use ignore= for the next line or ignore-file= here";
    return;
  }
  if (d.scope !== "next") return;
  const line = d.range.line;
  if (!lines) {
    d.lines = { from: line + 1, to: line + 1 };
    return;
  }
  const before = (lines[line - 1] ?? "").slice(0, Math.max(0, d.range.column - 1));
  if (before.trim() !== "") {
    d.lines = { from: line, to: line };
    return;
  }
  const from = nextCodeLine(lines, line);
  if (from === void 0) {
    d.lines = { from: line + 1, to: line };
    return;
  }
  let to = from;
  while (to < lines.length && /\\\s*$/.test(lines[to - 1])) to++;
  d.lines = { from, to };
}
function directivesOf(target) {
  const directives = [];
  const malformed = [];
  const model = target.kind === "dockerfile" ? target.units[0]?.model : void 0;
  const lines = target.text?.split(/\r?\n/);
  const comments = [...target.comments ?? []];
  const seenLines = new Set(comments.map((c) => c.range.line));
  for (const dir of model?.directives ?? []) {
    if (["syntax", "escape", "check"].includes(dir.name.toLowerCase()) || seenLines.has(dir.range.line))
      continue;
    const raw = model.lines[dir.range.line - 1] ?? "";
    comments.push({ text: raw.replace(/^\s*#/, "").trim(), range: dir.range });
  }
  for (const c of comments) {
    const parsed = parseSuppressionComment(c.text);
    if (!parsed) continue;
    if ("malformed" in parsed) {
      malformed.push({ range: c.range, message: parsed.malformed });
      continue;
    }
    const d = { ...parsed, range: c.range };
    if (model) coverDockerfile(d, model);
    else coverText(d, lines);
    directives.push(d);
  }
  for (const dir of model?.directives ?? []) {
    if (dir.name.toLowerCase() !== "check") continue;
    const tokens = parseCheckDirective(dir.value);
    if (tokens.length > 0) directives.push({ syntax: "buildkit", scope: "file", tokens, range: dir.range });
  }
  return { directives, malformed };
}
var BUILDKIT_NAME = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/;
function resolveToken(token, syntax, rules, customIds) {
  const all = [...rules];
  const t = token.toLowerCase();
  const sc = /^(?:shellcheck\/)?(sc\d{4})$/.exec(t);
  if (sc && all.some((r) => r.id === "dockerfile/shellcheck")) return [`shellcheck/${sc[1].toUpperCase()}`];
  const byId = all.find((r) => r.id === token) ?? all.find((r) => r.id.toLowerCase() === t);
  if (byId) return [byId.id];
  for (const id of customIds) if (id.toLowerCase() === t) return [id];
  if (syntax === "buildkit" && t === "all")
    return all.filter((r) => r.aliases.some((a) => BUILDKIT_NAME.test(a))).map((r) => r.id);
  return all.filter((r) => r.aliases.some((a) => a.toLowerCase() === t)).map((r) => r.id);
}
function covers(d, line) {
  if (d.invalid) return false;
  if (d.scope === "file") return true;
  return !!d.lines && line >= d.lines.from && line <= d.lines.to;
}

// src/policy/apply.ts
var DAY_MS = 864e5;
function utcDay(d) {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
function dayOf(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}
function daysLeft(expires, now) {
  return Math.round((dayOf(expires) - utcDay(now)) / DAY_MS);
}
function ruleList(ids) {
  return ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}
function policyEmitter(policy, out) {
  return (ruleId, file, range, message) => {
    const rule = RULES_BY_ID.get(ruleId);
    if (!rule) return;
    const setting2 = effectiveRule(policy, rule, file);
    if (setting2.severity === "off") return;
    out.push({
      ruleId,
      severity: setting2.severity,
      message,
      file,
      kind: "policy",
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      ...setting2.mode === "audit" ? { mode: "audit" } : {}
    });
  };
}
var SPECIFICITY = { next: 0, stage: 1, file: 2 };
function namesFinding(ids, ruleId) {
  return ids.includes(ruleId) || ruleId.startsWith("shellcheck/") && ids.includes("dockerfile/shellcheck");
}
function syntaxLabel(d) {
  if (d.syntax === "buildkit") return "# check=skip=";
  if (d.syntax === "hadolint")
    return `# hadolint ${d.scope === "file" ? "global " : d.scope === "stage" ? "stage " : ""}ignore=`;
  return `# layerguard ${d.scope === "next" ? "ignore" : d.scope === "stage" ? "ignore-stage" : "ignore-file"}=`;
}
function describeScope(d) {
  if (d.scope === "file") return "this file";
  if (d.scope === "stage") return "this stage";
  return "the next instruction";
}
var PolicyApplier = class {
  constructor(policy, now = /* @__PURE__ */ new Date()) {
    this.policy = policy;
    this.emit = policyEmitter(policy, this.extra);
    this.settings = policy.suppressions ?? DEFAULT_SUPPRESSIONS;
    this.customIds = (policy.customRules ?? []).map((c) => c.id);
    const emit = policyEmitter(policy, this.exceptionFindings);
    const warnDays = policy.warnBeforeDays ?? DEFAULT_WARN_BEFORE_DAYS;
    for (const ex of policy.exceptions ?? []) {
      const left = daysLeft(ex.expires, now);
      const what = `the exception for ${ruleList(ex.rules)}${ex.files ? ` in ${ex.files.join(", ")}` : ""} ("${ex.reason}")`;
      if (left < 0) {
        emit(
          "policy/exception-expired",
          ex.at.file,
          ex.at,
          `${what} expired on ${ex.expires}, ${-left} day${left === -1 ? "" : "s"} ago, so it no longer applies and the findings it covered are reported again; fix them, or renew it with a later expires and a current reason${ex.ticket ? ` (${ex.ticket})` : ""}`
        );
        continue;
      }
      if (left <= warnDays) {
        emit(
          "policy/exception-expiring",
          ex.at.file,
          ex.at,
          `${what} expires on ${ex.expires}, ${left === 0 ? "today" : `in ${left} day${left === 1 ? "" : "s"}`}; after that its findings count again, so fix them now or renew it with a reason${ex.ticket ? ` (${ex.ticket})` : ""}`
        );
      }
      const m = globMatcher(ex.files);
      this.activeExceptions.push({ ex, matches: m ?? (() => true) });
    }
  }
  policy;
  extra = [];
  emit;
  settings;
  customIds;
  rules = [...RULES_BY_ID.values()];
  byFile = /* @__PURE__ */ new Map();
  indexByFile = /* @__PURE__ */ new Map();
  activeExceptions = [];
  /** Findings about exceptions, after those about the comments of the targets added before them. */
  exceptionFindings = [];
  /**
   * Reads a target's inline suppressions (and reports the malformed, locked and unexplained ones).
   * Whether findings about the target's comments may come (now or from `finish`): the caller then keeps
   * what it needs to fingerprint them.
   */
  addTarget(target) {
    const { policy, emit, settings, rules, customIds } = this;
    if (!settings.inline) return false;
    const reportedBefore = this.extra.length;
    const { directives, malformed } = directivesOf(target);
    for (const m of malformed) emit("policy/invalid-suppression", target.file, m.range, m.message);
    const active = [];
    for (const d of directives) {
      if (d.invalid) {
        emit(
          "policy/invalid-suppression",
          target.file,
          d.range,
          `${syntaxLabel(d)}${d.tokens.join(",")}: ${d.invalid}`
        );
        continue;
      }
      const resolved = /* @__PURE__ */ new Map();
      const lockedHere = [];
      for (const token of d.tokens) {
        const ids = resolveToken(token, d.syntax, rules, customIds);
        if (ids.length === 0) {
          if (d.syntax === "layerguard") {
            const guess = closest(token, [...RULES_BY_ID.keys(), ...customIds]);
            emit(
              "policy/invalid-suppression",
              target.file,
              d.range,
              `"${token}" is not a rule id or alias${guess ? ` (did you mean "${guess}"?)` : ""}, so this comment suppresses nothing for it; \`layerguard rules\` lists the rule ids`
            );
          }
          continue;
        }
        const unlocked = ids.filter((id) => !policy.locked?.[id]);
        lockedHere.push(...ids.filter((id) => policy.locked?.[id]));
        if (unlocked.length > 0) resolved.set(token, unlocked);
      }
      if (lockedHere.length > 0) {
        const sources = [...new Set(lockedHere.map((id) => policy.locked[id].source))].join(", ");
        emit(
          "policy/locked-suppression",
          target.file,
          d.range,
          `${ruleList(lockedHere)} ${lockedHere.length === 1 ? "is" : "are"} locked by ${sources}, so this comment cannot suppress ${lockedHere.length === 1 ? "it" : "them"} and the findings stay; fix them, or ask the owners of that policy for an exception`
        );
      }
      if (settings.requireReason && d.syntax !== "buildkit" && !d.reason && resolved.size > 0) {
        emit(
          "policy/suppression-without-reason",
          target.file,
          d.range,
          `this suppression gives no reason, so the next reader cannot tell whether it still holds; add one after " -- ", e.g. ${syntaxLabel(d)}${d.tokens.join(",")} -- <why this is acceptable>`
        );
      }
      active.push({ ...d, resolved, used: /* @__PURE__ */ new Set() });
    }
    if (active.length > 0) {
      this.byFile.set(target.file, active);
      this.indexByFile.set(target.file, indexDirectives(active));
    }
    return active.length > 0 || this.extra.length > reportedBefore;
  }
  /** The finding, marked `suppressed` when an inline comment of its (added) target or an exception covers it. */
  suppress(f) {
    if (f.suppressed) return f;
    let suppressed;
    const directives = this.indexByFile.get(f.file)?.at(f.line);
    if (directives) {
      const hits = directives.filter(
        (d) => covers(d, f.line) && [...d.resolved.values()].some((ids) => namesFinding(ids, f.ruleId))
      ).sort((a, b) => SPECIFICITY[a.scope] - SPECIFICITY[b.scope]);
      for (const d of hits) {
        for (const [token, ids] of d.resolved) if (namesFinding(ids, f.ruleId)) d.used.add(token);
      }
      if (hits.length > 0) {
        const d = hits[0];
        suppressed = {
          kind: "inline",
          reason: d.reason ?? `${syntaxLabel(d)}${d.tokens.join(",")} (no reason given)`,
          source: `${f.file}:${d.range.line}`
        };
      }
    }
    if (!suppressed && this.activeExceptions.length > 0) {
      const file = normaliseFile(f.file);
      const hit = this.activeExceptions.find(
        ({ ex, matches: matches2 }) => namesFinding(ex.rules, f.ruleId) && matches2(file)
      );
      if (hit) {
        suppressed = {
          kind: "exception",
          reason: `${hit.ex.reason}${hit.ex.ticket ? ` (${hit.ex.ticket})` : ""}; until ${hit.ex.expires}`,
          source: hit.ex.source
        };
      }
    }
    return suppressed ? { ...f, suppressed } : f;
  }
  /** Reports the target's comments that suppressed nothing, then forgets them. */
  finishTarget(file) {
    const directives = this.byFile.get(file);
    this.byFile.delete(file);
    this.indexByFile.delete(file);
    if (!directives || !this.settings.reportUnused) return;
    this.unused.push(
      ...directives.flatMap((d) => {
        const unused = [...d.resolved.keys()].filter((t) => !d.used.has(t));
        if (unused.length === 0) return [];
        return [{ file, d, unused }];
      })
    );
  }
  unused = [];
  /** Every finding about the policy and the comments, once all targets are finished. */
  finish() {
    const unusedFindings = [];
    const emit = policyEmitter(this.policy, unusedFindings);
    for (const { file, d, unused } of this.unused) {
      emit(
        "policy/unused-suppression",
        file,
        d.range,
        `${ruleList(unused)} ${unused.length === 1 ? "reports" : "report"} nothing on ${describeScope(d)}, so this suppression silences nothing and would hide a future finding; remove ${unused.length === d.tokens.length ? "the comment" : unused.join(", ") + " from it"}`
      );
    }
    this.unused.length = 0;
    return [...this.extra, ...this.exceptionFindings, ...unusedFindings, ...this.policy.findings ?? []];
  }
};
var INDEXED_SPAN = 64;
function indexDirectives(active) {
  const wide = [];
  const byLine = /* @__PURE__ */ new Map();
  for (const d of active) {
    if (!d.lines || d.lines.to - d.lines.from > INDEXED_SPAN) {
      wide.push(d);
      continue;
    }
    for (let line = d.lines.from; line <= d.lines.to; line++) {
      const list = byLine.get(line);
      if (list) list.push(d);
      else byLine.set(line, [d]);
    }
  }
  return { at: (line) => byLine.has(line) ? [...wide, ...byLine.get(line)] : wide };
}

// src/engine/image-source.ts
import path5 from "node:path";
function instructionKey(keyword, body) {
  const words = body.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length && words[i].startsWith("--")) i++;
  return `${keyword.toUpperCase()} ${words.slice(i).join(" ")}`;
}
function indexDockerfile(file, model) {
  const last = model.stages[model.stages.length - 1];
  if (!last) return void 0;
  const byText = /* @__PURE__ */ new Map();
  for (const stage of model.stages) {
    for (const ins of stage.instructions) {
      if (ins.keyword === "FROM") continue;
      byText.set(instructionKey(ins.keyword, joinContinuations(ins.argsText, model.escapeChar)), ins.range);
    }
  }
  return { file, byText, finalFrom: last.from.range };
}
function layerKey(createdBy) {
  const ins = parseCreatedBy(createdBy);
  return ins.keyword ? instructionKey(ins.keyword, ins.body) : void 0;
}
function matches(model, index) {
  let n = 0;
  for (const h of model.history) {
    const key = layerKey(h.createdBy);
    if (key && index.byText.has(key)) n++;
  }
  return n;
}
async function locateImageFindings(result, targets, cwd, paired = /* @__PURE__ */ new Map()) {
  const images = targets.filter((t) => t.kind === "image" && t.units.length > 0);
  if (images.length === 0 || !result.findings.some((f) => f.kind === "image")) return result;
  const models = /* @__PURE__ */ new Map();
  for (const t of targets) {
    if (t.kind === "dockerfile" && t.units.length > 0)
      models.set(t.file, t.units[0].model);
  }
  const indexes = /* @__PURE__ */ new Map();
  const indexOf = async (file) => {
    if (!indexes.has(file)) {
      let model = models.get(file);
      if (!model) {
        try {
          model = parseDockerfile(await readTargetFile(path5.resolve(cwd, file), cwd), file);
        } catch {
          model = void 0;
        }
      }
      indexes.set(file, model && indexDockerfile(file, model));
    }
    return indexes.get(file);
  };
  const checkedDockerfiles = [...models.keys()];
  const byImage = /* @__PURE__ */ new Map();
  for (const t of images) {
    const model = t.units[0].model;
    const pairedFile = paired.get(model.ref);
    let index;
    if (pairedFile !== void 0) {
      index = await indexOf(toPosix(path5.relative(cwd, path5.resolve(cwd, pairedFile))));
    } else {
      let best = 0;
      let tie = false;
      for (const file of checkedDockerfiles) {
        const candidate = await indexOf(file);
        const n = candidate ? matches(model, candidate) : 0;
        if (n > best) [best, index, tie] = [n, candidate, false];
        else if (n === best && n > 0) tie = true;
      }
      if (tie) index = void 0;
    }
    byImage.set(t.file, { model, index });
  }
  const findings = result.findings.map((f) => {
    const image = f.kind === "image" ? byImage.get(f.file) : void 0;
    if (!image?.index) return f;
    const layer = f.context?.layer !== void 0 ? image.model.layers[f.context.layer - 1] : void 0;
    const key = layer ? layerKey(layer.createdBy) : void 0;
    const range = key && image.index.byText.get(key) || image.index.finalFrom;
    const source = { file: image.index.file, ...range };
    return { ...f, source };
  });
  return { ...result, findings };
}

// src/engine/check.ts
async function check(opts) {
  const cwd = path6.resolve(opts.cwd);
  const policy = opts.resolvedPolicy ?? await loadPolicy({
    cwd,
    policy: opts.policy,
    rules: RULES_BY_ID,
    githubToken: opts.githubToken,
    hadolintConfig: opts.hadolintConfig
  });
  const discovered = await discover(cwd, opts.paths ?? ["."], FILE_TARGETS);
  const only = opts.onlyFiles ? new Set(opts.onlyFiles) : void 0;
  const files = only ? discovered.files.filter((f) => only.has(f.relPath)) : discovered.files;
  const shellcheckRule = RULES_BY_ID.get("dockerfile/shellcheck");
  const runner = new ShellcheckRunner();
  const ctx = {
    shellcheck: {
      mode: opts.shellcheck ?? "auto",
      enabledFor: (file) => !!shellcheckRule && effectiveRule(policy, shellcheckRule, file).severity !== "off",
      runner
    },
    cwd,
    // Confined to the working directory, as targets are (a `.dockerignore` may be a link): null when
    // there is none, an error saying why when one is there but cannot be read.
    readSibling: (rel) => readIgnoreFile(path6.join(cwd, rel), cwd)
  };
  const siblingsRead = /* @__PURE__ */ new Map();
  const fileCtx = (f) => {
    const read = /* @__PURE__ */ new Map();
    siblingsRead.set(f.relPath, read);
    return {
      ...ctx,
      readSibling: async (rel) => {
        const text3 = await ctx.readSibling(rel);
        read.set(rel, text3);
        return text3;
      }
    };
  };
  const keptForImages = [];
  const keepForImages = (t) => {
    if (opts.images?.length && (t.kind === "dockerfile" || t.kind === "image")) keptForImages.push(t);
  };
  const evaluation = new Evaluation(policy, {
    failOn: opts.failOn,
    missing: discovered.missing,
    now: opts.now,
    keepSources: opts.keepSources !== false || !!opts.base
  });
  try {
    await forEachConcurrent(files, LOAD_WINDOW, async (f, i) => {
      const target = await loadFile(f, () => readTargetFile(f.absPath, cwd), fileCtx(f));
      keepForImages(target);
      evaluation.add(target, i);
    });
    let order = files.length;
    const add = (t) => {
      if (only && t.kind !== "image" && !only.has(t.file)) return;
      keepForImages(t);
      evaluation.add(t, order++);
    };
    for (const p of discovered.problems) {
      add({
        kind: "dockerfile",
        file: p.relPath,
        units: [],
        problems: [{ message: p.message, range: WHOLE_FILE }]
      });
    }
    if (opts.stdin) add(await loadStdinTarget(opts.stdin, FILE_TARGETS, ctx));
    const { loadContainerInspect } = opts.containerInspect?.length ? await import("./chunk-NNNZ5F7F.js") : { loadContainerInspect: void 0 };
    for (const file of opts.containerInspect ?? []) {
      const rel = toPosix(path6.relative(cwd, path6.resolve(cwd, file)));
      if (only && !only.has(rel)) continue;
      try {
        add(await loadContainerInspect(rel, await readTargetFile(path6.resolve(cwd, file), cwd)));
      } catch (e) {
        add(unreadable("runtime", rel, e));
      }
    }
    if (opts.images?.length) {
      const { LAYER_CONTENT_RULES, loadImageTargets } = await import("./chunk-5KDWVBLP.js");
      for (const image of opts.images) {
        const loaded = await loadImageTargets(image, {
          cwd,
          baseline: opts.baseline,
          platform: opts.platform,
          // Registry layer blobs are fetched only when an enabled rule reads layer contents.
          registryLayers: !!opts.baseline || LAYER_CONTENT_RULES.some((id) => {
            const rule = RULES_BY_ID.get(id);
            return !!rule && effectiveRule(policy, rule, image).severity !== "off";
          }),
          // In the Action, the job token reads the repository's packages on ghcr.io.
          registryCredentials: opts.githubToken ? { "ghcr.io": { username: "x-access-token", password: opts.githubToken } } : void 0
        });
        for (const t of loaded) add(t);
      }
    }
    let result = evaluation.result();
    result = await locateImageFindings(result, keptForImages, cwd, opts.imageDockerfiles);
    if (!opts.base && !opts.debtBaseline && opts.failScope !== "new") return result;
    const failScope = opts.failScope ?? "all";
    let base;
    if (opts.base) {
      const withFindings = new Set(result.findings.map((f) => f.file));
      const changed = discovered.files.filter((f) => withFindings.has(f.relPath));
      base = {
        label: opts.base.label,
        fingerprints: await baseFingerprints(opts.base, changed, policy, ctx, opts.now, {
          sources: result.sources,
          findings: result.findings,
          siblingsRead
        })
      };
      if (opts.keepSources === false) result = { ...result, sources: /* @__PURE__ */ new Map() };
    }
    const classified = classify(result.findings, {
      failScope,
      base,
      baseline: opts.debtBaseline,
      checked: new Set(result.targets.map((t) => t.file)),
      notes: opts.comparisonNotes
    });
    return {
      ...result,
      findings: classified.findings,
      verdict: verdictOf(classified.findings, result.failOn, result.maxWarnings, failScope),
      comparison: classified.comparison
    };
  } finally {
    await runner.close();
  }
}
async function loadFile(f, read, ctx) {
  try {
    return await f.handler.load(f.relPath, await read(), ctx);
  } catch (e) {
    return unreadable(f.kind, f.relPath, e);
  }
}
function unreadable(kind, file, e) {
  return {
    kind,
    file,
    units: [],
    problems: [{ message: `cannot read this file: ${e.message}`, range: WHOLE_FILE }]
  };
}
var LOAD_WINDOW = 64;
async function baseFingerprints(base, files, policy, ctx, now, head) {
  const baseCtx = { ...ctx, readSibling: (rel) => base.read(rel) };
  const out = /* @__PURE__ */ new Map();
  const unchanged = (f) => !!base.sameAsWorkingTree?.(f.relPath, true) && [...head.siblingsRead.get(f.relPath) ?? []].every(
    ([rel, t]) => base.sameAsWorkingTree(rel, t !== null)
  );
  const texts = await mapConcurrent(files, BASE_READ_CONCURRENCY, async (f) => {
    if (unchanged(f)) {
      out.set(f.relPath, /* @__PURE__ */ new Set());
      return null;
    }
    const text3 = await base.read(f.relPath);
    if (text3 === null || text3 !== head.sources.get(f.relPath)) return text3;
    for (const [rel, headText] of head.siblingsRead.get(f.relPath) ?? []) {
      if (await base.read(rel) !== headText) return text3;
    }
    out.set(f.relPath, /* @__PURE__ */ new Set());
    return null;
  });
  const changed = files.flatMap((f, i) => texts[i] === null ? [] : [{ f, text: texts[i] }]);
  const loaded = await mapConcurrent(
    changed,
    LOAD_CONCURRENCY,
    ({ f, text: text3 }) => loadFile(f, async () => text3, baseCtx)
  );
  for (const f of head.findings) {
    if (!f.suppressed && f.fingerprint !== void 0) out.get(f.file)?.add(f.fingerprint);
  }
  for (const t of loaded) out.set(t.file, /* @__PURE__ */ new Set());
  for (const f of evaluate(loaded, policy, { now }).findings) {
    if (!f.suppressed && f.fingerprint !== void 0) out.get(f.file)?.add(f.fingerprint);
  }
  return out;
}
var LOAD_CONCURRENCY = 4;
var BASE_READ_CONCURRENCY = 64;
async function mapConcurrent(items2, limit, fn) {
  const results = new Array(items2.length);
  await forEachConcurrent(items2, limit, async (item, i) => {
    results[i] = await fn(item);
  });
  return results;
}
async function forEachConcurrent(items2, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items2.length) {
      const i = next++;
      await fn(items2[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items2.length) }, worker));
}
function evaluate(targets, policy, extra = {}) {
  const evaluation = new Evaluation(policy, extra);
  targets.forEach((t, i) => evaluation.add(t, i));
  return evaluation.result();
}
var Evaluation = class {
  constructor(policy, extra = {}) {
    this.policy = policy;
    this.extra = extra;
    this.applier = new PolicyApplier(policy, extra.now);
    this.settings = new RuleSettings(policy);
    this.now = extra.now ?? /* @__PURE__ */ new Date();
  }
  policy;
  extra;
  raw = [];
  summaries = [];
  texts = /* @__PURE__ */ new Map();
  spans = /* @__PURE__ */ new Map();
  applier;
  settings;
  targetCount = 0;
  /** Date-driven rules (end-of-life tables) read "today" once per run. */
  now;
  /** Checks one target; `order` places its summary (targets are reported in the order given). */
  add(target, order = this.targetCount) {
    this.targetCount++;
    const mayReportLater = this.applier.addTarget(target);
    let count = 0;
    const keep = (f) => {
      this.raw.push(this.applier.suppress(f));
      count++;
    };
    for (const f of runRules(target, this.policy, this.settings, this.now)) keep(f);
    for (const f of customFindings(target, this.policy)) keep(f);
    this.applier.finishTarget(target.file);
    if (count > 0 || mayReportLater) {
      if (target.text !== void 0) this.texts.set(target.file, target.text);
      const model = target.kind === "dockerfile" ? target.units[0]?.model : void 0;
      if (model) this.spans.set(target.file, instructionSpans(model.instructions.map((i) => i.range)));
    }
    this.summaries.push({
      order,
      summary: { file: target.file, kind: target.kind, findings: count, stats: target.stats }
    });
  }
  result() {
    const { policy, extra } = this;
    const raw = this.raw;
    for (const f of this.applier.finish()) raw.push(f);
    raw.sort(compareFindings);
    const findings = withFingerprints(raw, this.texts, this.spans);
    const failOn = extra.failOn ?? policy.failOn;
    const summary = summarise(findings, this.targetCount);
    const withFindings = new Set(findings.map((f) => f.file));
    const sources = /* @__PURE__ */ new Map();
    if (extra.keepSources !== false) {
      for (const [file, text3] of this.texts) if (withFindings.has(file)) sources.set(file, text3);
    }
    return {
      version: 1,
      verdict: verdictOf(findings, failOn, policy.maxWarnings, "all"),
      failOn,
      findings,
      targets: this.summaries.sort((a, b) => a.order - b.order).map((s) => s.summary),
      summary,
      policy: {
        sources: policy.sources,
        ...policy.exceptions?.length ? {
          exceptions: policy.exceptions.map((e) => ({
            rules: e.rules,
            ...e.files ? { files: e.files } : {},
            reason: e.reason,
            expires: e.expires,
            source: e.source
          }))
        } : {},
        ...policy.locked && Object.keys(policy.locked).length ? { locked: Object.keys(policy.locked).sort() } : {}
      },
      ...policy.maxWarnings !== void 0 ? { maxWarnings: policy.maxWarnings } : {},
      missing: extra.missing ?? [],
      sources
    };
  }
};
var RuleSettings = class {
  constructor(policy) {
    this.policy = policy;
    (policy.overrides ?? []).forEach((o, i) => this.overrideIndex.set(o, i));
  }
  policy;
  byOverrides = /* @__PURE__ */ new Map();
  overrideIndex = /* @__PURE__ */ new Map();
  forFile(file) {
    const key = overridesFor(this.policy, file).map((o) => this.overrideIndex.get(o)).join(",");
    let cache = this.byOverrides.get(key);
    if (!cache) this.byOverrides.set(key, cache = /* @__PURE__ */ new Map());
    return (rule) => {
      let s = cache.get(rule.id);
      if (!s) cache.set(rule.id, s = effectiveRule(this.policy, rule, file));
      return s;
    };
  }
};
function runRules(target, policy, settings, now) {
  const out = [];
  const settingOf = settings.forFile(target.file);
  const unparsable = RULES_BY_ID.get("policy/unparsable");
  const unparsableSetting = settingOf(unparsable);
  for (const p of target.problems) {
    if (unparsableSetting.severity === "off") continue;
    out.push({
      ruleId: unparsable.id,
      severity: unparsableSetting.severity,
      message: p.message,
      file: target.file,
      kind: "policy",
      ...p.range
    });
  }
  for (const rule of RULES) {
    const check2 = rule.kind === target.kind ? rule.check : target.kind === "runtime" && rule.checkRuntime ? rule.checkRuntime : void 0;
    if (!check2) continue;
    const setting2 = settingOf(rule);
    if (setting2.severity === "off") continue;
    const seen = /* @__PURE__ */ new Set();
    for (const unit of target.units) {
      const report = (d) => {
        const key = `${d.ruleId ?? ""}\0${d.range.line}:${d.range.column}:${d.range.endLine}:${d.range.endColumn}\0${d.message}`;
        if (seen.has(key)) return;
        seen.add(key);
        const finer = d.ruleId && d.ruleId !== rule.id ? finerSetting(policy, d.ruleId, target.file) : void 0;
        if (finer === "off") return;
        out.push({
          // A rule may report under a finer id (dockerfile/shellcheck reports shellcheck/SC2086…) and at a
          // lower severity than its setting, never a higher one.
          ruleId: d.ruleId ?? rule.id,
          severity: finer ?? (d.severity && SEVERITY_RANK[d.severity] < SEVERITY_RANK[setting2.severity] ? d.severity : setting2.severity),
          message: d.message,
          file: target.file,
          kind: target.kind === "runtime" ? "runtime" : rule.kind,
          ...normaliseRange(d.range),
          ...d.fix ? { fix: d.fix } : {},
          ...d.context || unit.context ? { context: { ...unit.context, ...d.context } } : {},
          ...setting2.mode === "audit" ? { mode: "audit" } : {}
        });
      };
      try {
        check2.call(rule, unit.model, withToday(setting2.options, now), report);
      } catch (e) {
        out.push({
          ruleId: "policy/internal-error",
          severity: "error",
          message: `rule ${rule.id} failed on this file (${e.message}); the other rules still ran. Please report this.`,
          file: target.file,
          kind: "policy",
          ...WHOLE_FILE
        });
      }
    }
  }
  return out;
}
function withToday(options, now) {
  if (!("today" in options) || options.today !== null) return options;
  return { ...options, today: now.toISOString().slice(0, 10) };
}
function finerSetting(policy, id, file) {
  const named = !!policy.rules[id] || !!policy.overrides?.some((o) => o.rules[id]);
  if (!named) return void 0;
  return effectiveRule(policy, { id, severity: "warning", defaultOptions: {} }, file).severity;
}
function customFindings(target, policy) {
  try {
    return runCustomRules(target, policy);
  } catch (e) {
    return [
      {
        ruleId: "policy/internal-error",
        severity: "error",
        message: `the policy's custom rules failed on this file (${e.message}); the other rules still ran. Please report this.`,
        file: target.file,
        kind: "policy",
        ...WHOLE_FILE
      }
    ];
  }
}
function normaliseRange(r) {
  const line = Math.max(1, Math.floor(r.line || 1));
  const column = Math.max(1, Math.floor(r.column || 1));
  let endLine = Math.max(line, Math.floor(r.endLine || line));
  let endColumn = Math.max(1, Math.floor(r.endColumn || column + 1));
  if (endLine === line && endColumn <= column) endColumn = column + 1;
  if (endLine < line) endLine = line;
  return { line, column, endLine, endColumn };
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
function summarise(findings, targets) {
  const s = { targets, errors: 0, warnings: 0, infos: 0, suppressed: 0, audit: 0, byRule: {} };
  for (const f of findings) {
    if (f.suppressed) {
      s.suppressed++;
      continue;
    }
    if (f.mode === "audit") s.audit++;
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
    s.byRule[f.ruleId] = (s.byRule[f.ruleId] ?? 0) + 1;
  }
  return s;
}

export {
  FILE_TARGETS,
  check,
  mapConcurrent,
  forEachConcurrent,
  evaluate,
  Evaluation,
  compareFindings,
  summarise
};
