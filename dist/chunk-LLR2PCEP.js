import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  DEFAULT_SUPPRESSIONS,
  DEFAULT_WARN_BEFORE_DAYS,
  effectiveRule,
  globMatcher,
  loadPolicy,
  normaliseFile,
  overridesFor,
  runCustomRules
} from "./chunk-WTWUADBB.js";
import {
  FILE_TARGETS,
  ShellcheckRunner,
  workerCount
} from "./chunk-3LCV5NUK.js";
import {
  classify,
  verdictOf
} from "./chunk-UG5PZLEB.js";
import {
  anchorsOf,
  fingerprintAnchored,
  instructionSpans
} from "./chunk-VWMQMPCK.js";
import {
  loadStdinTarget
} from "./chunk-IPEZ7FNF.js";
import {
  discover,
  readIgnoreFile,
  readTargetFile,
  toPosix
} from "./chunk-EWPYXFOK.js";
import {
  SEVERITY_RANK,
  WHOLE_FILE
} from "./chunk-I2AWKOE3.js";
import {
  RULES,
  RULES_BY_ID
} from "./chunk-6VALDLUX.js";
import {
  parseCreatedBy
} from "./chunk-7AJUONT3.js";
import {
  joinContinuations,
  parseDockerfile
} from "./chunk-FJVHEQQZ.js";
import {
  closest
} from "./chunk-F357WPAC.js";

// src/engine/check.ts
import path2 from "node:path";

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
function parseSuppressionComment(text) {
  const body = text.replace(/^#\s*/, "").trim();
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
    const setting = effectiveRule(policy, rule, file);
    if (setting.severity === "off") return;
    out.push({
      ruleId,
      severity: setting.severity,
      message,
      file,
      kind: "policy",
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      ...setting.mode === "audit" ? { mode: "audit" } : {}
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
  addTarget(target, parsed) {
    return this.addComments(target.file, parsed ?? directivesOf(target));
  }
  /** `addTarget` with the comments read already (`directivesOf`, on a worker thread). */
  addComments(file, parsed) {
    const target = { file };
    const { policy, emit, settings, rules, customIds } = this;
    if (!settings.inline) return false;
    const reportedBefore = this.extra.length;
    const { directives, malformed } = parsed;
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
import path from "node:path";
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
          model = parseDockerfile(await readTargetFile(path.resolve(cwd, file), cwd), file);
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
      index = await indexOf(toPosix(path.relative(cwd, path.resolve(cwd, pairedFile))));
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
  const cwd = path2.resolve(opts.cwd);
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
  const runner = new ShellcheckRunner();
  const ctx = shellcheckContext(
    policy,
    opts.shellcheck ?? "auto",
    runner,
    cwd,
    (rel) => (
      // Confined to the working directory, as targets are (a `.dockerignore` may be a link): null when
      // there is none, an error saying why when one is there but cannot be read.
      readIgnoreFile(path2.join(cwd, rel), cwd)
    )
  );
  const siblingsRead = /* @__PURE__ */ new Map();
  const fileCtx = (f) => {
    const read = /* @__PURE__ */ new Map();
    siblingsRead.set(f.relPath, read);
    return {
      ...ctx,
      readSibling: async (rel) => {
        const text = await ctx.readSibling(rel);
        read.set(rel, text);
        return text;
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
    const checkHere = async (f, i) => {
      if (opts.threadStats) opts.threadStats.here++;
      const target = await loadFile(f, () => readTargetFile(f.absPath, cwd), fileCtx(f));
      keepForImages(target);
      evaluation.add(target, i);
    };
    const jobs = opts.base || opts.images?.length ? 1 : workerCount(opts.jobs, files.length);
    if (jobs > 1) {
      const { checkOnWorkers } = await import("./chunk-T72SXRGH.js");
      await checkOnWorkers(
        files,
        jobs,
        {
          policy,
          cwd,
          shellcheck: opts.shellcheck ?? "auto",
          now: evaluation.checker.now.getTime(),
          keepSources: opts.keepSources !== false
        },
        runner,
        (checked, i) => {
          if (opts.threadStats) opts.threadStats.onWorkers++;
          evaluation.accept(checked, i);
        },
        checkHere
      );
    } else {
      await forEachConcurrent(files, LOAD_WINDOW, checkHere);
    }
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
    const { loadContainerInspect } = opts.containerInspect?.length ? await import("./chunk-2TKKH2Z3.js") : { loadContainerInspect: void 0 };
    for (const file of opts.containerInspect ?? []) {
      const rel = toPosix(path2.relative(cwd, path2.resolve(cwd, file)));
      if (only && !only.has(rel)) continue;
      try {
        add(await loadContainerInspect(rel, await readTargetFile(path2.resolve(cwd, file), cwd)));
      } catch (e) {
        add(unreadable("runtime", rel, e));
      }
    }
    if (opts.images?.length) {
      const { LAYER_CONTENT_RULES, loadImageTargets } = await import("./chunk-JPEBED6H.js");
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
function shellcheckContext(policy, mode, runner, cwd, readSibling) {
  const shellcheckRule = RULES_BY_ID.get("dockerfile/shellcheck");
  return {
    shellcheck: {
      mode,
      enabledFor: (file) => !!shellcheckRule && effectiveRule(policy, shellcheckRule, file).severity !== "off",
      runner
    },
    cwd,
    readSibling
  };
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
    const text = await base.read(f.relPath);
    if (text === null || text !== head.sources.get(f.relPath)) return text;
    for (const [rel, headText] of head.siblingsRead.get(f.relPath) ?? []) {
      if (await base.read(rel) !== headText) return text;
    }
    out.set(f.relPath, /* @__PURE__ */ new Set());
    return null;
  });
  const changed = files.flatMap((f, i) => texts[i] === null ? [] : [{ f, text: texts[i] }]);
  const loaded = await mapConcurrent(
    changed,
    LOAD_CONCURRENCY,
    ({ f, text }) => loadFile(f, async () => text, baseCtx)
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
async function mapConcurrent(items, limit, fn) {
  const results = new Array(items.length);
  await forEachConcurrent(items, limit, async (item, i) => {
    results[i] = await fn(item);
  });
  return results;
}
async function forEachConcurrent(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
function evaluate(targets, policy, extra = {}) {
  const evaluation = new Evaluation(policy, extra);
  targets.forEach((t, i) => evaluation.add(t, i));
  return evaluation.result();
}
var TargetChecker = class {
  constructor(policy, now) {
    this.policy = policy;
    this.settings = new RuleSettings(policy);
    this.now = now ?? /* @__PURE__ */ new Date();
  }
  policy;
  settings;
  /** Date-driven rules (end-of-life tables) read "today" once per run. */
  now;
  check(target) {
    const found = [];
    for (const f of runRules(target, this.policy, this.settings, this.now)) found.push(f);
    for (const f of customFindings(target, this.policy)) found.push(f);
    const comments = this.policy.suppressions?.inline === false ? { directives: [], malformed: [] } : directivesOf(target);
    const model = target.kind === "dockerfile" ? target.units[0]?.model : void 0;
    const spans = model && (found.length > 0 || comments.directives.length > 0 || comments.malformed.length > 0) ? instructionSpans(model.instructions.map((i) => i.range)) : void 0;
    return {
      file: target.file,
      kind: target.kind,
      ...target.stats ? { stats: target.stats } : {},
      findings: found,
      // Anchors are computed now, while the text is at hand: the run keeps no file's text for them.
      anchors: anchorsOf(found, target.text, spans),
      comments,
      ...target.text !== void 0 ? { text: target.text } : {},
      ...spans ? { spans } : {}
    };
  }
};
var Evaluation = class {
  constructor(policy, extra = {}) {
    this.policy = policy;
    this.extra = extra;
    this.applier = new PolicyApplier(policy, extra.now);
    this.checker = new TargetChecker(policy, extra.now);
  }
  policy;
  extra;
  /** Every finding so far with its anchor (what its fingerprint hashes, see fingerprint.ts). */
  raw = [];
  summaries = [];
  /** Texts kept for the text report (`keepSources`), of files with findings. */
  texts = /* @__PURE__ */ new Map();
  /** Text and spans of files the policy may still report on when the run ends (their suppression comments). */
  pending = /* @__PURE__ */ new Map();
  applier;
  checker;
  targetCount = 0;
  /** Checks one target; `order` places its summary (targets are reported in the order given). */
  add(target, order = this.targetCount) {
    this.accept(this.checker.check(target), order);
  }
  /** Applies the policy to a checked target. */
  accept(checked, order = this.targetCount) {
    this.targetCount++;
    const { file, findings, anchors } = checked;
    const mayReportLater = this.applier.addComments(file, checked.comments);
    for (let i = 0; i < findings.length; i++)
      this.raw.push({ finding: this.applier.suppress(findings[i]), anchor: anchors[i] });
    this.applier.finishTarget(file);
    if (mayReportLater) this.pending.set(file, { text: checked.text, spans: checked.spans });
    if (findings.length > 0 && checked.text !== void 0 && this.extra.keepSources !== false)
      this.texts.set(file, checked.text);
    this.summaries.push({
      order,
      summary: {
        file,
        kind: checked.kind,
        findings: findings.length,
        ...checked.stats ? { stats: checked.stats } : {}
      }
    });
  }
  result() {
    const { policy, extra } = this;
    const raw = this.raw;
    const late = this.applier.finish();
    const byFile = /* @__PURE__ */ new Map();
    for (const f of late) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
    for (const [file, list] of byFile) {
      const kept = this.pending.get(file);
      const anchors = anchorsOf(list, kept?.text, kept?.spans);
      list.forEach((finding, i) => raw.push({ finding, anchor: anchors[i] }));
      if (kept?.text !== void 0 && extra.keepSources !== false) this.texts.set(file, kept.text);
    }
    this.pending.clear();
    raw.sort((a, b) => compareFindings(a.finding, b.finding));
    const findings = fingerprintAnchored(raw);
    raw.length = 0;
    const failOn = extra.failOn ?? policy.failOn;
    const summary = summarise(findings, this.targetCount);
    const sources = /* @__PURE__ */ new Map();
    if (extra.keepSources !== false) for (const [file, text] of this.texts) sources.set(file, text);
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
    const setting = settingOf(rule);
    if (setting.severity === "off") continue;
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
          severity: finer ?? (d.severity && SEVERITY_RANK[d.severity] < SEVERITY_RANK[setting.severity] ? d.severity : setting.severity),
          message: d.message,
          file: target.file,
          kind: target.kind === "runtime" ? "runtime" : rule.kind,
          ...normaliseRange(d.range),
          ...d.fix ? { fix: d.fix } : {},
          ...d.redact ? { redact: d.redact } : {},
          ...d.context || unit.context ? { context: { ...unit.context, ...d.context } } : {},
          ...setting.mode === "audit" ? { mode: "audit" } : {}
        });
      };
      try {
        check2.call(rule, unit.model, withToday(setting.options, now), report);
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
  check,
  shellcheckContext,
  loadFile,
  mapConcurrent,
  forEachConcurrent,
  evaluate,
  TargetChecker,
  Evaluation,
  compareFindings,
  summarise
};
