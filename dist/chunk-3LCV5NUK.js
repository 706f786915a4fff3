import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
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
} from "./chunk-FWAQ3EFQ.js";
import {
  require_dist
} from "./chunk-D2KG54VX.js";
import {
  basename,
  parseDockerfile,
  parseShell
} from "./chunk-FJVHEQQZ.js";
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
  __toESM
} from "./chunk-YJ6SUC6Q.js";

// src/engine/workers.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import os2 from "node:os";
import { deserialize } from "node:v8";
import { Worker } from "node:worker_threads";

// src/targets/dockerfile/index.ts
import path2 from "node:path";

// src/targets/dockerfile/shellcheck-runner.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
var MAX_CACHED_SCRIPTS = 1e4;
var ShellcheckRunner = class {
  stats = { processes: 0, scripts: 0, cacheHits: 0 };
  binary;
  timeoutMs;
  batchSize;
  parallel;
  cache = /* @__PURE__ */ new Map();
  maxCached;
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
    this.maxCached = Math.max(1, options.maxCached ?? MAX_CACHED_SCRIPTS);
  }
  /** ShellCheck's comments on one script; rejects with a readable reason (or ENOENT) when it cannot run. */
  check(job) {
    const flags = `${job.dialect}\0${job.excludes.join(",")}`;
    const key = createHash("sha256").update(flags).update("\0").update(job.script).digest("base64");
    const known = this.cache.get(key);
    if (known) {
      this.stats.cacheHits++;
      this.cache.delete(key);
      this.cache.set(key, known);
      return known;
    }
    const result = new Promise((resolve, reject) => {
      let queue = this.queues.get(flags);
      if (!queue) this.queues.set(flags, queue = []);
      queue.push({ key, job, resolve, reject });
    });
    this.cache.set(key, result);
    if (this.cache.size > this.maxCached) this.cache.delete(this.cache.keys().next().value);
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
var import_yaml3 = __toESM(require_dist(), 1);
import path3 from "node:path";

// src/targets/runtime/env.ts
var import_yaml = __toESM(require_dist(), 1);

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

// src/targets/runtime/env.ts
var composeEnvValue = (text3) => {
  if (!text3.includes("$")) return { source: "literal", value: text3 };
  const interp = interpolateCompose(text3);
  if (interp.opaque) return { source: "reference" };
  return { source: /\$\{/.test(text3) ? "default" : "literal", value: interp.text };
};
var workflowEnvValue = (text3) => text3.includes("${{") || /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(text3.trim()) ? { source: "reference" } : { source: "literal", value: text3 };
var kubernetesEnvValue = (text3) => /\$\([A-Za-z_][A-Za-z0-9_]*\)|\{\{|\$\{|\{%/.test(text3) ? { source: "reference" } : { source: "literal", value: text3 };
function splitAssignment(text3) {
  const eq = text3.indexOf("=");
  return eq < 0 ? { name: text3.trim() } : { name: text3.slice(0, eq).trim(), valueAt: eq + 1 };
}
function yamlEnv(node, key, ctx, read) {
  const out = [];
  if ((0, import_yaml.isMap)(node)) {
    for (const e of entries(node, ctx)) out.push(mapEntry(e, key, ctx, read));
  } else if ((0, import_yaml.isSeq)(node)) {
    for (const it of items(node, ctx)) {
      const item = listItem(it.value, it.written, key, ctx, read);
      if (item) out.push(item);
    }
  }
  return out;
}
function mapEntry(e, key, ctx, read) {
  const nameRange = rangeOfNode(e.keyNode, ctx);
  const text3 = scalarString(e.value);
  if (text3 === void 0) {
    return { name: e.key, source: "passthrough", range: nameRange, nameRange, key };
  }
  const r = read(text3);
  const range = rangeOfNode(e.written ?? e.value, ctx);
  return { name: e.key, ...r, range, nameRange, key };
}
function listItem(value, written, key, ctx, read) {
  if (!(0, import_yaml.isScalar)(value) || typeof value.value !== "string") return void 0;
  const span = value.range;
  const itemRange = rangeOfNode(written, ctx);
  if (!span || written !== value) {
    const split2 = splitAssignment(value.value);
    if (!split2.name) return void 0;
    const r2 = "valueAt" in split2 ? read(value.value.slice(split2.valueAt)) : { source: "passthrough" };
    return { name: split2.name, ...r2, range: itemRange, nameRange: itemRange, key };
  }
  const mapped2 = scalarText(ctx.text, span, value.type);
  const text3 = mapped2.text;
  const split = splitAssignment(text3);
  if (!split.name) return void 0;
  const nameStart = text3.search(/\S/);
  const nameRange = mapped2.rangeOf(ctx.index, nameStart, nameStart + split.name.length);
  if (!("valueAt" in split))
    return { name: split.name, source: "passthrough", range: nameRange, nameRange, key };
  const r = read(text3.slice(split.valueAt));
  const range = split.valueAt < text3.length ? mapped2.rangeOf(ctx.index, split.valueAt, text3.length) : nameRange;
  return { name: split.name, ...r, range, nameRange, key };
}
function cliEnv(value, raw, rawStart, opaque, key, rangeOf) {
  const split = splitAssignment(value);
  if (!split.name) return void 0;
  const lead = raw.search(/[^"'\s]/);
  const nameStart = rawStart + Math.max(0, lead);
  const nameRange = rangeOf(nameStart, nameStart + split.name.length);
  if (!("valueAt" in split))
    return { name: split.name, source: "passthrough", range: nameRange, nameRange, key };
  const rawEq = raw.indexOf("=");
  const valueText = value.slice(split.valueAt);
  let end = raw.length;
  while (end > rawEq + 1 && /["']/.test(raw[end - 1])) end--;
  const range = rawEq >= 0 && end > rawEq + 1 ? rangeOf(rawStart + rawEq + 1, rawStart + end) : nameRange;
  if (opaque && /\$/.test(raw.slice(rawEq + 1)))
    return { name: split.name, source: "reference", range, nameRange, key };
  return { name: split.name, source: "literal", value: valueText, range, nameRange, key };
}

// src/targets/runtime/compose.ts
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
    if (value === null || (0, import_yaml3.isScalar)(value) && value.value === null) return void 0;
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
  if ((0, import_yaml3.isSeq)(entry.value)) {
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
    if (!(0, import_yaml3.isMap)(it.value)) continue;
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
    if ((0, import_yaml3.isMap)(it.value)) {
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
  if (!(0, import_yaml3.isMap)(entry.value)) return listSettings(entry, "sysctls", ctx);
  const out = [];
  for (const e of entries(entry.value, ctx)) {
    const v = scalarString(e.value) ?? "";
    out.push({ value: `${e.key}=${v}`, raw: e.key, range: rangeOfEntry(e, ctx), key: "sysctls" });
  }
  return out;
}
function isComposeDocument(ctx) {
  const services = get(ctx.doc.contents, "services", ctx);
  if (!services || !(0, import_yaml3.isMap)(services.value)) return false;
  return entries(services.value, ctx).every((e) => e.value === null || (0, import_yaml3.isMap)(e.value) || (0, import_yaml3.isScalar)(e.value));
}
function isPodmanCompose(ctx, file) {
  if (/^podman-compose/i.test(path3.posix.basename(file))) return true;
  if (get(ctx.doc.contents, "x-podman", ctx)) return true;
  const services = get(ctx.doc.contents, "services", ctx);
  for (const svc of services ? entries(services.value, ctx) : []) {
    if ((0, import_yaml3.isMap)(svc.value) && get(svc.value, "x-podman", ctx)) return true;
  }
  return /\bpodman[- ]compose\b/i.test(ctx.text);
}
function composeUnits(ctx, file) {
  const units = [];
  const services = get(ctx.doc.contents, "services", ctx);
  if (!services) return units;
  const engine = isPodmanCompose(ctx, file) ? "podman" : "compose";
  for (const svc of entries(services.value, ctx)) {
    if (svc.value !== null && !(0, import_yaml3.isMap)(svc.value)) continue;
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
  spec.env = yamlEnv(e.get("environment")?.value ?? null, "environment", ctx, composeEnvValue);
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
      case "env": {
        if (occ.value === void 0) break;
        const raw = occ.valueRaw ?? occ.value;
        const env = cliEnv(occ.value, raw, occ.end - raw.length, occ.valueOpaque, occ.key, rangeOf);
        if (env) spec.env.push(env);
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
var import_yaml5 = __toESM(require_dist(), 1);
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
function at(node, path5, ctx) {
  let n = node;
  for (const key of path5) {
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
function setting(entry, path5, ctx, parse) {
  if (!entry) return void 0;
  const range = rangeOfEntry(entry, ctx);
  return valueSetting(entry.value, entry.written, range, path5, ctx, parse);
}
function valueSetting(value, written, range, path5, ctx, parse) {
  if (value === null || (0, import_yaml5.isScalar)(value) && value.value === null) return void 0;
  const s = scalarString(value);
  const raw = sourceOf(written, ctx) || (s ?? "");
  if (s === void 0) return { raw, range, key: path5, invalid: `${path5} must be a single value` };
  if (PLACEHOLDER.test(s)) return { raw, range, key: path5, opaque: true };
  const r = parse(s);
  return "error" in r ? { raw, range, key: path5, invalid: r.error } : { raw, range, key: path5, value: r.value };
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
  const path5 = POD_TEMPLATE_PATH[kind];
  if (!path5) return;
  const meta = fields(f.get("metadata")?.value ?? null, ctx);
  const name = scalarString(meta.get("name")?.value ?? null) ?? scalarString(meta.get("generateName")?.value ?? null) ?? "(unnamed)";
  const template = path5.length === 0 ? node : at(node, path5, ctx);
  if (!(0, import_yaml5.isMap)(template)) return;
  const t = fields(template, ctx);
  const podSpecNode = t.get("spec")?.value ?? null;
  if (!(0, import_yaml5.isMap)(podSpecNode)) return;
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
      if (!(0, import_yaml5.isMap)(it.value)) continue;
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
  spec.env = containerEnv(c.get("env"), ctx);
  for (const k of Object.keys(spec)) if (spec[k] === void 0) delete spec[k];
  const role = type === "init" ? "init container" : type === "ephemeral" ? "ephemeral container" : "container";
  const context = {
    service: `${pod.label}, ${role} ${name}`,
    ...spec.image?.value ? { image: spec.image.value } : {}
  };
  return { model: spec, context };
}
function containerEnv(entry, ctx) {
  const out = [];
  for (const it of items(entry?.value ?? null, ctx)) {
    const f = fields(it.value, ctx);
    const nameEntry = f.get("name");
    const name = scalarString(nameEntry?.value ?? null);
    if (name === void 0 || !nameEntry) continue;
    const nameRange = rangeOfNode(nameEntry.written, ctx);
    const valueEntry = f.get("value");
    const text3 = scalarString(valueEntry?.value ?? null);
    if (f.has("valueFrom")) {
      out.push({ name, source: "valueFrom", range: nameRange, nameRange, key: "env" });
    } else if (text3 !== void 0 && valueEntry) {
      const range = rangeOfNode(valueEntry.written, ctx);
      out.push({ name, ...kubernetesEnvValue(text3), range, nameRange, key: "env" });
    }
  }
  return out;
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
var import_yaml7 = __toESM(require_dist(), 1);
var NON_POSIX_SHELLS = /^(?:python|cmd|powershell|pwsh)\b/;
function mapped(node, ctx) {
  const range = node.range ?? [0, 0, 0];
  return scalarText(ctx.text, range, (0, import_yaml7.isScalar)(node) ? node.type : void 0);
}
function containerUnit2(entry, label, job, file, ctx, out) {
  const spec = emptySpec(
    { file, kind: "workflow", syntax: "cli", name: label, range: rangeOfEntry(entry, ctx), job },
    "docker"
  );
  spec.lifetime = "task";
  const node = entry.value;
  const imageNode = (0, import_yaml7.isMap)(node) ? get(node, "image", ctx)?.value ?? null : node;
  const image = scalarString(imageNode);
  if (image !== void 0 && imageNode) {
    const opaque = image.includes("${{");
    spec.image = {
      raw: sourceOf(imageNode, ctx),
      range: rangeOfNode(imageNode, ctx),
      key: "image",
      ...opaque ? { opaque: true } : { value: image }
    };
  } else if ((0, import_yaml7.isMap)(node) && !get(node, "image", ctx)) {
    return;
  }
  if ((0, import_yaml7.isMap)(node)) {
    spec.env = yamlEnv(get(node, "env", ctx)?.value ?? null, "env", ctx, workflowEnvValue);
    const options = get(node, "options", ctx);
    if (options?.value && (0, import_yaml7.isScalar)(options.value) && typeof options.value.value === "string") {
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
function envUnit(entry, label, scope, job, file, ctx, out) {
  if (!entry) return;
  const env = yamlEnv(entry.value, "env", ctx, workflowEnvValue);
  if (env.length === 0) return;
  const spec = emptySpec(
    {
      file,
      kind: "workflow",
      syntax: "cli",
      name: label,
      range: rangeOfNode(entry.keyNode, ctx),
      envScope: scope,
      ...job !== void 0 ? { job } : {}
    },
    "unknown"
  );
  spec.incomplete = `${label} is not a container: only its variables are checked`;
  spec.env = env;
  out.units.push({ model: spec, context: { service: label } });
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
  envUnit(get(root, "env", ctx), "workflow env", "workflow", void 0, file, ctx, out);
  for (const job of entries(get(root, "jobs", ctx)?.value ?? null, ctx)) {
    if (!(0, import_yaml7.isMap)(job.value)) continue;
    const id = job.key;
    envUnit(get(job.value, "env", ctx), `job ${id}: env`, "job", id, file, ctx, out);
    const container = get(job.value, "container", ctx);
    if (container && container.value !== null)
      containerUnit2(container, `job ${id}: container`, id, file, ctx, out);
    for (const svc of entries(get(job.value, "services", ctx)?.value ?? null, ctx)) {
      if (svc.value !== null) containerUnit2(svc, `job ${id}: service ${svc.key}`, id, file, ctx, out);
    }
    const jobShell = shellOf(job.value, ctx) ?? workflowShell;
    items(get(job.value, "steps", ctx)?.value ?? null, ctx).forEach((step, n) => {
      const stepName = scalarString(get(step.value, "name", ctx)?.value ?? null) ?? scalarString(get(step.value, "id", ctx)?.value ?? null);
      const stepLabel = stepName !== void 0 ? `step "${stepName}"` : `step ${n + 1}`;
      envUnit(get(step.value, "env", ctx), `job ${id}, ${stepLabel}: env`, "step", id, file, ctx, out);
      const run = get(step.value, "run", ctx);
      if (!run?.value || !(0, import_yaml7.isScalar)(run.value) || typeof run.value.value !== "string") return;
      const shell = scalarString(get(step.value, "shell", ctx)?.value ?? null) ?? jobShell;
      if (shell && NON_POSIX_SHELLS.test(shell.trim())) return;
      const label = stepLabel;
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
  const containers = units.filter((u) => !u.model.source.envScope).length;
  target.stats = { format: read, containers };
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

// src/engine/workers.ts
var WORKER_MIN_FILES = 200;
var WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
var PER_WORKER_WINDOW = 32;
var WORKER_MIN_CORES = 4;
function workerCount(jobs, files) {
  if (jobs !== void 0) return Math.max(1, Math.floor(jobs));
  const cores = os2.availableParallelism?.() ?? os2.cpus().length;
  return files >= WORKER_MIN_FILES && cores >= WORKER_MIN_CORES ? Math.min(cores, 4) : 1;
}
function workerEntry() {
  const bundled = new URL("./check-worker.js", import.meta.url);
  if (existsSync(bundled)) return { code: bundled, eval: false };
  const source = new URL("./check-worker.ts", import.meta.url);
  if (!existsSync(source)) return void 0;
  let api;
  try {
    api = pathToFileURL(
      createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")
    ).href;
  } catch {
    return void 0;
  }
  const code = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(source.href)}, ${JSON.stringify(source.href)}))`;
  return { code, eval: true };
}
async function checkOnWorkers(files, jobs, init, runner, onChecked, fallback) {
  const entry = workerEntry();
  let next = 0;
  const orphans = [];
  if (!entry) jobs = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, files.length) }, () => {
      return new Promise((resolve) => {
        const inFlight = /* @__PURE__ */ new Set();
        let done = false;
        const worker = new Worker(entry.code, {
          workerData: init,
          eval: entry.eval,
          resourceLimits: WORKER_LIMITS
        });
        const finish = () => {
          if (done) return;
          done = true;
          void worker.terminate();
          resolve();
        };
        const feed = () => {
          while (inFlight.size < PER_WORKER_WINDOW && next < files.length) {
            const index = next++;
            const f = files[index];
            inFlight.add(index);
            const job = {
              type: "file",
              index,
              relPath: f.relPath,
              absPath: f.absPath,
              kind: f.kind,
              handler: FILE_TARGETS.indexOf(f.handler)
            };
            worker.postMessage(job);
          }
          if (inFlight.size === 0) finish();
        };
        worker.on("message", (msg) => {
          if (msg.type === "checked") {
            inFlight.delete(msg.index);
            onChecked(deserialize(msg.data), msg.index);
            feed();
            return;
          }
          runner.check(msg.job).then(
            (comments) => worker.postMessage({ type: "shellcheck", id: msg.id, comments }),
            (e) => worker.postMessage({
              type: "shellcheck",
              id: msg.id,
              error: { message: e.message, code: e.code }
            })
          );
        });
        worker.on("error", () => {
          orphans.push(...inFlight);
          inFlight.clear();
          finish();
        });
        worker.on("exit", () => {
          orphans.push(...inFlight);
          inFlight.clear();
          finish();
        });
        feed();
      });
    })
  );
  while (next < files.length) orphans.push(next++);
  for (const index of orphans.sort((a, b) => a - b)) await fallback(files[index], index);
}

export {
  ShellcheckRunner,
  FILE_TARGETS,
  WORKER_MIN_FILES,
  WORKER_MIN_CORES,
  workerCount,
  workerEntry,
  checkOnWorkers
};
