import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  formatBytes as formatBytes2,
  formatDelta,
  historyToDockerfile,
  parseCreatedBy,
  parseSize
} from "./chunk-7AJUONT3.js";
import {
  compileRegex
} from "./chunk-3MTITDVE.js";
import {
  DOCKER_HUB,
  basename,
  expandVars,
  globMatch,
  imageMatches,
  parseDockerfile,
  parseImageRef,
  referencedVars,
  templatePlaceholders
} from "./chunk-FJVHEQQZ.js";
import {
  formatBytes,
  normaliseHostPath,
  parseMemory
} from "./chunk-LAZJ3NYX.js";
import {
  analyseImage,
  compareImages
} from "./chunk-GBM2JVEN.js";
import {
  require_picomatch
} from "./chunk-VOMKYOLP.js";
import {
  VERSION
} from "./chunk-PE7UAB63.js";
import {
  __toESM
} from "./chunk-YJ6SUC6Q.js";

// src/rules/define.ts
var DOCS_BASE_URL = `https://github.com/layerguard/layerguard/blob/v${VERSION}/`;
function docsPathOf(id) {
  return `docs/rules/${id.replace("/", "-")}.md`;
}
function defineRule(def) {
  const slash = def.id.indexOf("/");
  const kind = def.id.slice(0, slash);
  const name = def.id.slice(slash + 1);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`rule id ${def.id} is not kebab-case`);
  const defaultOptions = {};
  for (const [key, schema] of Object.entries(def.options ?? {})) defaultOptions[key] = schema.default;
  for (const key of Object.keys(def.hadolintOptions ?? {}))
    if (!(key in defaultOptions)) throw new Error(`rule ${def.id}: hadolintOptions names no option ${key}`);
  return { ...def, kind, name, docsPath: docsPathOf(def.id), aliases: def.aliases ?? [], defaultOptions };
}

// src/knowledge/command-line.ts
function parseCli(words, spec) {
  const options = [];
  const operands = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const v = word.value;
    if (v === "--") {
      operands.push(...words.slice(i + 1));
      break;
    }
    if (v.startsWith("--")) {
      const eq = v.indexOf("=");
      if (eq >= 0) options.push({ name: v.slice(0, eq), value: v.slice(eq + 1), word });
      else if (spec.valued.has(v) && i + 1 < words.length) {
        options.push({ name: v, value: words[i + 1].value, word, valueWord: words[i + 1] });
        i++;
      } else options.push({ name: v, word });
      continue;
    }
    if (v.startsWith("-") && v.length > 1 && !word.hasExpansion) {
      for (let j = 1; j < v.length; j++) {
        const name = `-${v[j]}`;
        if (spec.valued.has(name)) {
          let rest = v.slice(j + 1);
          if (rest.startsWith("=")) rest = rest.slice(1);
          if (rest) options.push({ name, value: rest, word });
          else if (i + 1 < words.length) {
            options.push({ name, value: words[i + 1].value, word, valueWord: words[i + 1] });
            i++;
          } else options.push({ name, word });
          break;
        }
        if (v[j] === "=") {
          const prev = options[options.length - 1];
          if (prev) prev.value = v.slice(j + 1);
          break;
        }
        options.push({ name, word });
      }
      continue;
    }
    operands.push(word);
  }
  return { options, operands };
}
function hasOption(args, ...names) {
  return args.options.some((o) => names.includes(o.name));
}

// src/knowledge/package-managers/apk.ts
var APK_VALUE_OPTIONS = [
  "-X",
  "-p",
  "-t",
  "--repository",
  "--root",
  "--arch",
  "--cache-dir",
  "--keys-dir",
  "--repositories-file",
  "--virtual",
  "--progress-fd"
];
var APK_SUBCOMMANDS = {
  add: ["install"],
  update: ["update-index"],
  upgrade: ["upgrade"],
  del: ["remove"],
  fetch: ["download"]
};
var APK_VALUED = /* @__PURE__ */ new Set([
  "-t",
  "-X",
  "-p",
  "--virtual",
  "--repository",
  "--repositories-file",
  "--root",
  "--arch",
  "--keys-dir",
  "--cache-dir",
  "--cache-max-age",
  "--progress-fd",
  "--wait",
  "--timeout"
]);
function apkAdds(invs) {
  const out = [];
  for (const inv of invs) {
    if (inv.name !== "apk") continue;
    const cli = parseCli(inv.args, { valued: APK_VALUED });
    if (cli.operands[0]?.value !== "add") continue;
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}

// src/knowledge/stages.ts
import path from "node:path";
function finalStage(model) {
  return model.stages[model.stages.length - 1];
}
function stageChain(model, stage) {
  const chain = [];
  const seen = /* @__PURE__ */ new Set();
  let s = stage;
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    chain.unshift(s);
    s = s.parent !== void 0 ? model.stages[s.parent] : void 0;
  }
  return chain;
}
function finalStageChain(model) {
  const last = finalStage(model);
  return last ? stageChain(model, last) : [];
}
function rootBase(model, stage) {
  return stageChain(model, stage)[0].base;
}
function chainInstructions(model, stage) {
  return stageChain(model, stage).flatMap((s) => s.instructions);
}
function lastInChain(model, stage, keyword) {
  const all = chainInstructions(model, stage);
  for (let i = all.length - 1; i >= 0; i--) if (all[i].keyword === keyword) return all[i];
  return void 0;
}
function stageByRef(model, ref, beforeInstruction = Infinity) {
  const key = ref.trim().toLowerCase();
  if (!key) return void 0;
  const before = stagesBefore(model, beforeInstruction);
  if (/^\d+$/.test(key)) return Number(key) < before ? model.stages[Number(key)] : void 0;
  const named = stagesByName(model).get(key);
  if (!named) return void 0;
  let found;
  for (let lo = 0, hi = named.length - 1; lo <= hi; ) {
    const mid = lo + hi >> 1;
    if (named[mid].index < before) {
      found = named[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
function stagesBefore(model, beforeInstruction) {
  let lo = 0;
  let hi = model.stages.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (model.stages[mid].from.index < beforeInstruction) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var stageNameIndex = /* @__PURE__ */ new WeakMap();
function stagesByName(model) {
  let index = stageNameIndex.get(model);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const s of model.stages) {
      if (s.name === void 0) continue;
      const list = index.get(s.name);
      if (list) list.push(s);
      else index.set(s.name, [s]);
    }
    stageNameIndex.set(model, index);
  }
  return index;
}
function resolveSource(model, inst, value) {
  const text = value.trim();
  if (referencedVars(text, model.escapeChar).length > 0) return { kind: "unknown", text };
  const stage = stageByRef(model, text, inst.index);
  if (stage) return { kind: "stage", stage, text };
  const parsed = parseImageRef(text, value);
  return { kind: "image", text, image: { ...parsed, unresolved: [], tagFromVariable: false } };
}
function flagOf(inst, name) {
  const n = name.toLowerCase();
  return inst.flags.find((f) => f.name.toLowerCase() === n);
}
function flagsOf(inst, name) {
  const n = name.toLowerCase();
  return inst.flags.filter((f) => f.name.toLowerCase() === n);
}
var MOUNT_KEY_ALIASES = {
  dst: "target",
  destination: "target",
  src: "source",
  ro: "readonly"
};
function mountsOf(inst) {
  return flagsOf(inst, "mount").map(parseMount);
}
function parseMount(flag) {
  const value = flag.value ?? "";
  const vr = flag.valueRange;
  const singleLine = vr !== null && vr.line === vr.endLine && vr.endColumn - vr.column === value.length;
  const fallback = vr ?? flag.range;
  const sub = (start, end) => singleLine ? { line: vr.line, column: vr.column + start, endLine: vr.line, endColumn: vr.column + end } : fallback;
  const options = [];
  let i = 0;
  while (i <= value.length) {
    let j = i;
    let quote = null;
    while (j < value.length && (quote !== null || value[j] !== ",")) {
      if (quote === null && (value[j] === '"' || value[j] === "'")) quote = value[j];
      else if (quote !== null && value[j] === quote) quote = null;
      j++;
    }
    const field = value.slice(i, j);
    if (field.trim()) {
      const eq = field.indexOf("=");
      const rawKey = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
      const key = MOUNT_KEY_ALIASES[rawKey] ?? rawKey;
      const val = eq < 0 ? null : field.slice(eq + 1).replace(/^(["'])(.*)\1$/, "$2");
      const range = sub(i, j);
      options.push({ key, value: val, range, valueRange: eq < 0 ? range : sub(i + eq + 1, j) });
    }
    i = j + 1;
  }
  const byKey = new Map(options.map((o) => [o.key, o]));
  const get = (k) => byKey.get(k)?.value ?? void 0;
  return {
    flag,
    type: (get("type") ?? "bind").toLowerCase(),
    options,
    byKey,
    target: get("target"),
    source: get("source"),
    from: get("from"),
    id: get("id")
  };
}
function workdirAt(model, inst) {
  const stage = model.stages[inst.stage];
  if (!stage) return "/";
  let known = workdirCache.get(model);
  if (!known) workdirCache.set(model, known = /* @__PURE__ */ new Map());
  const cached = known.get(inst);
  if (cached !== void 0) return cached;
  const start = stageStartWorkdir(model, stage, known);
  let dir = start;
  for (const i of stage.instructions) {
    known.set(i, dir);
    dir = applyWorkdir(model, i, dir);
  }
  const at = known.get(inst);
  if (at !== void 0) return at;
  dir = start;
  for (const i of stage.instructions) {
    if (i.index >= inst.index) break;
    dir = applyWorkdir(model, i, dir);
  }
  return dir;
}
var workdirCache = /* @__PURE__ */ new WeakMap();
function applyWorkdir(model, i, dir) {
  if (i.keyword !== "WORKDIR" || i.args.length === 0) return dir;
  const raw = i.args.map((a) => a.value).join(" ");
  const value = expandVars(raw, i.scope, model.escapeChar).value.replace(/^(["'])(.*)\1$/, "$2");
  return path.posix.resolve(dir, value || ".");
}
function stageStartWorkdir(model, stage, known) {
  const chain = stageChain(model, stage);
  let dir = "/";
  let from = 0;
  for (let k = chain.length - 2; k >= 0; k--) {
    const end = known.get(chain[k]);
    if (end !== void 0) {
      dir = end;
      from = k + 1;
      break;
    }
  }
  for (let k = from; k < chain.length - 1; k++) {
    for (const i of chain[k].instructions) dir = applyWorkdir(model, i, dir);
    known.set(chain[k], dir);
  }
  return dir;
}
function resolveImagePath(cwd, p) {
  return path.posix.resolve(cwd, p);
}
function imageArgRange(stage) {
  return stage.from.args[0]?.range ?? stage.from.keywordRange;
}
function literalTagRange(stage) {
  const arg = stage.from.args[0];
  if (!arg || stage.base.tagFromVariable || arg.value.includes("$")) return void 0;
  const r = arg.range;
  if (r.line !== r.endLine || r.endColumn - r.column !== arg.value.length) return void 0;
  const at = arg.value.indexOf("@");
  const head = at >= 0 ? arg.value.slice(0, at) : arg.value;
  const colon = head.lastIndexOf(":");
  if (colon < 0 || colon < head.lastIndexOf("/")) return void 0;
  return { line: r.line, column: r.column + colon + 1, endLine: r.line, endColumn: r.column + head.length };
}
function varOrigins(model, inst, text) {
  const out = [];
  for (const ref of referencedVars(text, model.escapeChar)) {
    const binding = inst.scope.get(ref.name);
    if (!binding || binding.declaredAt < 0) continue;
    const decl = model.instructions[binding.declaredAt];
    const property = decl?.properties.find((p) => p.name === ref.name);
    if (decl && property && !out.some((o) => o.property === property)) {
      out.push({ name: ref.name, value: binding.value, instruction: decl, property });
    }
  }
  return out;
}
function copyPaths(model, inst) {
  if (inst.heredocs.length > 0 || inst.args.length < 2) return null;
  const expand = (a) => {
    const v = a.value.includes("$") ? expandVars(a.value, inst.scope, model.escapeChar).value : a.value;
    return { value: v.replace(/^(["'])(.*)\1$/, "$2"), range: a.range };
  };
  const trimmed = inst.argsText.trim();
  if (trimmed.startsWith("[")) {
    try {
      const list = JSON.parse(trimmed.replace(new RegExp(`\\${model.escapeChar}\\n`, "g"), ""));
      if (Array.isArray(list) && list.length >= 2 && list.every((v) => typeof v === "string")) {
        const range = inst.argsRange ?? inst.range;
        const args2 = list.map((value) => expand({ value, range }));
        return { sources: args2.slice(0, -1), dest: args2[args2.length - 1] };
      }
    } catch {
    }
  }
  const args = inst.args.map(expand);
  return { sources: args.slice(0, -1), dest: args[args.length - 1] };
}
function isWholeContext(src) {
  return /^(?:\.\/?|\.\/\*|\*|\/|\.\/\.)$/.test(src.trim());
}
function isTransportRef(text) {
  return /^(?:oci-archive|docker-archive|oci|dir|containers-storage|docker-daemon):/i.test(text.trim());
}
function externalBase(stage) {
  const base = stage.base;
  if (stage.parent !== void 0 || base.scratch || base.unresolved.length > 0) return void 0;
  if (!base.text.trim() || isTransportRef(base.text)) return void 0;
  return base;
}
var ancestorMemo = /* @__PURE__ */ new WeakMap();
function ancestorsHave(model, stage, keyword) {
  let byKeyword = ancestorMemo.get(model);
  if (!byKeyword) ancestorMemo.set(model, byKeyword = /* @__PURE__ */ new Map());
  let has = byKeyword.get(keyword);
  if (!has) {
    has = [];
    for (const s of model.stages) {
      const p = s.parent !== void 0 && s.parent < s.index ? s.parent : void 0;
      has[s.index] = p !== void 0 && (has[p] || model.stages[p].instructions.some((i) => i.keyword === keyword));
    }
    byKeyword.set(keyword, has);
  }
  return has[stage.index] ?? false;
}
function imageStages(model) {
  const out = /* @__PURE__ */ new Set();
  if (model.stages.length > 0) out.add(model.stages.length - 1);
  for (const s of model.stages) if (s.parent !== void 0) out.add(s.parent);
  return out;
}
function shippedStages(model) {
  return new Set(finalStageChain(model).map((s) => s.index));
}

// src/knowledge/fixes.ts
function editable(inv) {
  return inv.inst.form !== "exec";
}
function insertAfter(model, w, text) {
  const r = model.rangeOf(w.end, w.end);
  return { range: r, text };
}
function editableWord(model, w) {
  return w.end > w.start && model.text.slice(w.start, w.end) === w.raw;
}
function insertAt(model, offset, text) {
  return { range: model.rangeOf(offset, offset), text };
}
function insertAfterWord(model, w, text, description) {
  if (!editableWord(model, w)) return void 0;
  return { description, edits: [insertAt(model, w.end, text)] };
}
function appendCommandFix(model, inst, command, description) {
  if (inst.form !== "shell" || inst.heredocs.length > 0 || !inst.script) return void 0;
  const text = inst.argsText.replace(/\s+$/, "");
  if (!text) return void 0;
  const lastLine = text.slice(text.lastIndexOf("\n") + 1);
  if (/^\s*#/.test(lastLine) || /[;&|\\`]$/.test(text)) return void 0;
  return { description, edits: [insertAt(model, inst.argsOffset + text.length, ` && ${command}`)] };
}

// src/knowledge/instructions.ts
function withTriggers(model) {
  const out = [];
  for (const inst of model.instructions) {
    out.push(inst);
    if (inst.trigger) out.push(inst.trigger);
  }
  return out;
}
function instructionsOf(model, ...keywords) {
  return withTriggers(model).filter((i) => keywords.includes(i.keyword));
}
function runInstructions(model, opts = {}) {
  const shipped = opts.shippedOnly ? shippedStages(model) : void 0;
  const out = [];
  for (const inst of model.instructions) {
    if (inst.keyword === "RUN" && (!shipped || shipped.has(inst.stage))) out.push(inst);
    if (opts.onbuild !== false && inst.trigger?.keyword === "RUN") out.push(inst.trigger);
  }
  return out;
}
function isSelfConsistentCase(s) {
  return s === s.toLowerCase() || s === s.toUpperCase();
}
var lineStartsMemo = /* @__PURE__ */ new WeakMap();
function offsetAt(model, line, column) {
  let starts = lineStartsMemo.get(model);
  if (!starts) {
    starts = [0];
    for (let i = 0; i < model.lines.length; i++) starts.push(starts[i] + model.lines[i].length + 1);
    lineStartsMemo.set(model, starts);
  }
  return starts[Math.max(0, Math.min(line - 1, model.lines.length))] + column - 1;
}
function argsTextBeforeHeredocs(model, inst) {
  if (inst.heredocs.length === 0) return inst.argsText;
  const firstBody = inst.heredocs[0].bodyOffset;
  const lineEnd = model.text.lastIndexOf("\n", firstBody - 1);
  return model.text.slice(inst.argsOffset, Math.max(inst.argsOffset, lineEnd));
}

// src/knowledge/invocations.ts
function basename2(p) {
  const i = p.lastIndexOf("/");
  return i >= 0 ? p.slice(i + 1) : p;
}
var WRAPPERS = {
  sudo: {
    valueOptions: [
      "-u",
      "-g",
      "-h",
      "-p",
      "-C",
      "-D",
      "-r",
      "-t",
      "-U",
      "-T",
      "--user",
      "--group",
      "--host",
      "--prompt"
    ],
    assignments: true
  },
  doas: { valueOptions: ["-u", "-C"] },
  env: { valueOptions: ["-u", "-C", "-S", "--unset", "--chdir", "--split-string"], assignments: true },
  nice: { valueOptions: ["-n", "--adjustment"] },
  ionice: { valueOptions: ["-c", "-n", "-p", "--class", "--classdata"] },
  nohup: { valueOptions: [] },
  time: { valueOptions: ["-f", "-o", "--format", "--output"] },
  exec: { valueOptions: ["-a"] },
  command: { valueOptions: [] },
  builtin: { valueOptions: [] },
  stdbuf: { valueOptions: ["-i", "-o", "-e"] },
  timeout: { valueOptions: ["-k", "-s", "--kill-after", "--signal"], skipOperands: 1 },
  xargs: {
    valueOptions: [
      "-I",
      "-n",
      "-P",
      "-d",
      "-L",
      "-s",
      "-E",
      "-a",
      "--max-args",
      "--max-procs",
      "--delimiter",
      "--arg-file",
      "--replace"
    ]
  },
  chronic: { valueOptions: [] },
  eatmydata: { valueOptions: [] },
  fakeroot: { valueOptions: [] },
  "su-exec": { valueOptions: [], skipOperands: 1 },
  gosu: { valueOptions: [], skipOperands: 1 },
  setuidgid: { valueOptions: [], skipOperands: 1 },
  retry: { valueOptions: ["-t", "-d", "--times", "--delay"] }
};
var PYTHON = /^python(?:\d+(?:\.\d+)?)?$/;
var PYTHON_MODULES = /* @__PURE__ */ new Set(["pip", "pip3", "pipenv", "poetry", "uv", "conda"]);
var invocationCache = /* @__PURE__ */ new WeakMap();
function invocationOf(cmd) {
  if ("command" in cmd) return cmd;
  const cached = invocationCache.get(cmd);
  if (cached) return cached;
  const inv = computeInvocation(cmd);
  invocationCache.set(cmd, inv);
  return inv;
}
function computeInvocation(cmd) {
  let words = cmd.words;
  for (let guard = 0; guard < 8 && words.length > 0; guard++) {
    const prog = basename2(words[0].value);
    const wrapper = WRAPPERS[prog];
    if (wrapper) {
      if ((prog === "command" || prog === "builtin") && words[1]?.value.startsWith("-")) break;
      let i = 1;
      let operands = wrapper.skipOperands ?? 0;
      while (i < words.length) {
        const v = words[i].value;
        if (v === "--") {
          i++;
          break;
        }
        if (v.startsWith("-") && v.length > 1) {
          i += wrapper.valueOptions.includes(v) ? 2 : 1;
          continue;
        }
        if (wrapper.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
          i++;
          continue;
        }
        if (operands > 0) {
          operands--;
          i++;
          continue;
        }
        break;
      }
      if (i >= words.length) break;
      words = words.slice(i);
      continue;
    }
    if (PYTHON.test(prog)) {
      const m = words.findIndex((w, i) => i > 0 && w.value === "-m");
      if (m > 0 && words[m + 1] && PYTHON_MODULES.has(words[m + 1].value) && words.slice(1, m).every((w) => w.value.startsWith("-"))) {
        words = words.slice(m + 1);
        continue;
      }
      break;
    }
    if (prog === "php" && words[1] && /\.phar$/.test(words[1].value)) {
      words = words.slice(1);
      continue;
    }
    break;
  }
  let name = words.length > 0 ? basename2(words[0].value) : "";
  if (name.endsWith(".phar")) name = name.slice(0, -5);
  return { name, words, args: words.slice(1).map((w) => w.value), command: cmd };
}
function scriptOf(source) {
  if (!source) return void 0;
  return "commands" in source ? source : source.script;
}
function findCommands(source, name) {
  const script = scriptOf(source);
  if (!script) return [];
  const out = [];
  for (const cmd of script.commands) {
    if (cmd.words.length === 0) continue;
    const inv = invocationOf(cmd);
    if (!inv.name) continue;
    if (name === void 0 || typeof name === "string" && inv.name === name || typeof name === "function" && name(inv) || Array.isArray(name) && name.includes(inv.name))
      out.push(inv);
  }
  return out;
}
function hasOption2(cmd, ...names) {
  return optionWord(cmd, names) !== void 0;
}
function optionWord(cmd, names) {
  const inv = invocationOf(cmd);
  for (const w of inv.words.slice(1)) {
    const a = w.value;
    if (a === "--") return void 0;
    if (!a.startsWith("-") || a === "-") continue;
    for (const n of names) {
      if (a === n || n.length > 2 && a.startsWith(n + "=")) return w;
      if (/^-[A-Za-z0-9]$/.test(n) && /^-[A-Za-z0-9]{2,}$/.test(a) && a.includes(n[1])) return w;
    }
  }
  return void 0;
}
function optionValue(cmd, ...names) {
  const inv = invocationOf(cmd);
  const words = inv.words;
  for (let i = 1; i < words.length; i++) {
    const a = words[i].value;
    if (a === "--") return void 0;
    for (const n of names) {
      if (a === n && words[i + 1]) return { value: words[i + 1].value, word: words[i + 1] };
      if (a.startsWith(n + "=")) return { value: a.slice(n.length + 1), word: words[i] };
      if (/^-[A-Za-z]$/.test(n) && a.startsWith(n) && a.length > 2 && !a.startsWith("--")) {
        return { value: a.slice(2), word: words[i] };
      }
    }
  }
  return void 0;
}
function rangeOfWords(model, first, last = first) {
  return model.rangeOf(first.start, last.end);
}
function rangeOfInvocation(model, inv) {
  const words = inv.words;
  if (words.length === 0) return model.rangeOf(inv.command.start, inv.command.end);
  return model.rangeOf(words[0].start, words[words.length - 1].end);
}
function runInvocationOf(inst, cmd) {
  if (cmd.words.length === 0) return void 0;
  const inv = invocationOf(cmd);
  if (!inv.name || inv.words.length === 0) return void 0;
  const first = cmd.words.indexOf(inv.words[0]);
  const wrappers = cmd.words.slice(0, Math.max(0, first)).map((w) => basename(w.value)).filter((n) => /^[A-Za-z][\w.-]*$/.test(n) && !n.startsWith("-"));
  return { cmd, inst, name: inv.name, nameWord: inv.words[0], args: inv.words.slice(1), wrappers };
}
var invocationsCache = /* @__PURE__ */ new WeakMap();
function invocations(inst) {
  const cached = invocationsCache.get(inst);
  if (cached) return cached;
  const out = [];
  for (const cmd of inst.script?.commands ?? []) {
    const inv = runInvocationOf(inst, cmd);
    if (inv) out.push(inv);
  }
  invocationsCache.set(inst, out);
  return out;
}
function runInvocations(model, opts = {}) {
  const out = [];
  for (const inst of withTriggers(model)) {
    if (inst.keyword !== "RUN") continue;
    if (inst.onbuild && opts.onbuild === false) continue;
    out.push(...invocations(inst));
  }
  return out;
}
function invocationRange(model, inv) {
  const last = inv.args.length > 0 ? inv.args[inv.args.length - 1] : inv.nameWord;
  return model.rangeOf(inv.nameWord.start, Math.max(last.end, inv.nameWord.end));
}
function inSubshell(model, inv) {
  if (inv.cmd.inSubstitution) return true;
  if (inv.cmd.depth === 0 || inv.inst.form === "exec") return false;
  const pos = inv.cmd.start;
  let start = inv.inst.argsOffset;
  for (const h of inv.inst.heredocs) {
    if (h.isScript && pos >= h.bodyOffset && pos <= h.bodyOffset + h.body.length) start = h.bodyOffset;
  }
  const text = model.text;
  const stack = [];
  let quote = null;
  let atWordStart = true;
  for (let i = start; i < pos; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === "\\") {
      i++;
      atWordStart = false;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      atWordStart = false;
      continue;
    }
    if (c === "#" && atWordStart) {
      while (i < pos && text[i] !== "\n") i++;
      atWordStart = true;
      continue;
    }
    if (c === "(") stack.push(text[i - 1] === "$" ? "subst" : "paren");
    else if (c === ")") stack.pop();
    atWordStart = /\s|[;&|()]/.test(c);
  }
  return stack.length > 0;
}
function spanRange(model, words) {
  const start = Math.min(...words.map((w) => w.start));
  const end = Math.max(...words.map((w) => w.end));
  return model.rangeOf(start, end);
}

// src/knowledge/cache-cleanup.ts
function mountsOver(inst, dir) {
  const norm = (p) => p.replace(/\/+$/, "") || "/";
  const d = norm(dir);
  for (const m of mountsOf(inst)) {
    if (m.type !== "cache" && m.type !== "tmpfs") continue;
    if (!m.target) continue;
    const t = norm(m.target);
    if (d === t || d.startsWith(t === "/" ? "/" : `${t}/`)) return true;
  }
  return false;
}
function stripGlobTail(p) {
  let s = p.replace(/^["']|["']$/g, "");
  for (; ; ) {
    const next = s.replace(/\/\*$|\/\.$|\*$|\/$/, "");
    if (next === s) return s;
    s = next;
  }
}
function removesDir(inst, after, dirs) {
  for (const inv of findCommands(inst, "rm")) {
    if (inv.command.start < after) continue;
    for (const w of inv.words.slice(1)) {
      if (w.value.startsWith("-")) continue;
      const p = stripGlobTail(w.value);
      if (p.length < 2) continue;
      for (const d of dirs) {
        if (d === p || d.startsWith(`${p}/`) || p.startsWith(`${d}/`) || w.value.endsWith("*") && d.startsWith(p))
          return true;
      }
    }
  }
  return false;
}
function mountsCacheOver(inst, dirs) {
  for (const m of mountsOf(inst)) {
    if (m.type !== "cache" && m.type !== "tmpfs" || !m.target) continue;
    const t = stripGlobTail(m.target) || "/";
    for (const d of dirs) {
      const dd = d.replace(/^~/, "/root");
      if (dd === t || dd.startsWith(t === "/" ? "/" : `${t}/`)) return true;
    }
  }
  return false;
}

// src/rules/dockerfile/apk-no-cache.ts
var CACHE = "/var/cache/apk";
function cleansCache(invs) {
  return invs.some(
    (inv) => inv.name === "rm" && inv.args.some((a) => a.value === CACHE || a.value.startsWith(`${CACHE}/`)) || inv.name === "apk" && inv.args.some((a) => a.value === "cache") && inv.args.some((a) => a.value === "clean")
  );
}
var apk_no_cache_default = defineRule({
  id: "dockerfile/apk-no-cache",
  aliases: ["DL3019", "DS025", "AVD-DS-0025"],
  severity: "info",
  summary: "apk add without --no-cache",
  fixable: true,
  check(model, _options, report) {
    const stages = imageStages(model);
    for (const inst of withTriggers(model)) {
      if (inst.keyword !== "RUN") continue;
      if (!inst.onbuild && !stages.has(inst.stage)) continue;
      const invs = invocations(inst);
      const adds = apkAdds(invs);
      if (adds.length === 0 || mountsOver(inst, CACHE) || cleansCache(invs)) continue;
      for (const cmd of adds) {
        if (hasOption(cmd.cli, "--no-cache", "--no-network")) continue;
        report({
          range: invocationRange(model, cmd.inv),
          message: "`apk add` without `--no-cache` keeps the package index in /var/cache/apk in the layer (with `--update`/`-U`, a fresh copy each time). Write `apk add --no-cache`: it fetches the index, installs and leaves nothing behind.",
          fix: editable(cmd.inv) ? { description: "Add --no-cache", edits: [insertAfter(model, cmd.sub, " --no-cache")] } : void 0
        });
      }
    }
  }
});

// src/knowledge/text.ts
function unquote(s) {
  const m = /^(["'])([\s\S]*)\1$/.exec(s);
  return m ? m[2] : s;
}
function listNames(names, max = 4) {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length <= max) return quoted.join(", ");
  return `${quoted.slice(0, max).join(", ")} and ${quoted.length - max} more`;
}

// src/knowledge/variables.ts
var NAME_START = /[A-Za-z_]/;
var NAME_CHAR = /[A-Za-z0-9_]/;
function scanVarRefs(text, escapeChar = "\\", instructionText = false) {
  const refs = [];
  let closeOf;
  let single = false;
  let double = false;
  let lineStart = true;
  let first = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      lineStart = true;
      first = false;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      if (instructionText && !first) {
        const rest = /^[ \t]*#/.exec(text.slice(i, i + 200));
        if (rest) {
          const nl = text.indexOf("\n", i);
          if (nl < 0) break;
          i = nl - 1;
          continue;
        }
      }
    }
    if (single) {
      if (c === "'") single = false;
      continue;
    }
    if (c === escapeChar) {
      if (text[i + 1] !== "\n") i++;
      continue;
    }
    if (c === "'" && !double) {
      single = true;
      continue;
    }
    if (c === '"') {
      double = !double;
      continue;
    }
    if (c !== "$") continue;
    const next = text[i + 1] ?? "";
    if (next === "{") {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      if (j === i + 2) continue;
      closeOf ??= matchingBraces(text);
      const k = closeOf.get(i + 1) ?? text.length;
      refs.push({ name: text.slice(i + 2, j), start: i, end: Math.min(text.length, k + 1) });
      i = j - 1;
      continue;
    }
    if (NAME_START.test(next)) {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      refs.push({ name: text.slice(i + 1, j), start: i, end: j });
      i = j - 1;
    }
  }
  return refs;
}
function matchingBraces(text) {
  const close = /* @__PURE__ */ new Map();
  const open = [];
  for (let k = 0; k < text.length; k++) {
    if (text[k] === "{") open.push(k);
    else if (text[k] === "}" && open.length > 0) close.set(open.pop(), k);
  }
  return close;
}
function hasVariableRef(text, escapeChar = "\\") {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === escapeChar) {
      i++;
      continue;
    }
    if (text[i] === "$" && /[A-Za-z_{]/.test(text[i + 1] ?? "")) return true;
  }
  return false;
}
var ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
function expandWord(inv, word) {
  if (!word.hasExpansion) return [word.value];
  if (/\$\(|`/.test(word.value)) return void 0;
  const scope = new Map(inv.inst.scope);
  for (const c of inv.inst.script?.commands ?? []) {
    if (c.start >= inv.cmd.start) break;
    const assigns = c.words.length === 0 ? c.assignments.map((a) => a.value) : c.name === "export" || c.name === "readonly" || c.name === "local" || c.name === "declare" ? c.args.filter((a) => ASSIGNMENT.test(a)) : [];
    for (const a of assigns) {
      const m = ASSIGNMENT.exec(a);
      const value = expandVars(m[2], scope, "\\");
      const known = value.unresolved.length === 0 && !/\$\(|`/.test(m[2]);
      scope.set(m[1], {
        name: m[1],
        value: known ? value.value : void 0,
        kind: "env",
        declaredAt: inv.inst.index
      });
    }
  }
  const expanded = expandVars(word.value, scope, "\\");
  if (expanded.unresolved.length > 0) return void 0;
  if (word.quoted) return [expanded.value];
  return expanded.value.split(/\s+/).filter((s) => s.length > 0);
}
function resolveWord(model, inst, w) {
  if (!w.hasExpansion) return { value: w.value, unresolved: [] };
  if (/\$\(|`/.test(w.value)) return { value: w.value, unresolved: ["$(\u2026)"] };
  const e = expandVars(w.value, inst.scope, "\\");
  return { value: e.value, unresolved: e.unresolved };
}
function envFlagSet(inst, inv, name) {
  const truthy = (v) => v !== void 0 && !/^(?:|0|false|no|off)$/i.test(v.replace(/^["']|["']$/g, "").trim());
  if (truthy(inst.scope.get(name)?.value)) return true;
  const assigned = (words) => words.some((a) => a.value.startsWith(`${name}=`) && truthy(a.value.slice(name.length + 1)));
  if (assigned(inv.command.assignments)) return true;
  const cmdWords = inv.command.words;
  const progIndex = cmdWords.indexOf(inv.words[0]);
  if (progIndex > 0 && assigned(cmdWords.slice(0, progIndex))) return true;
  for (const c of inst.script?.commands ?? []) {
    if (c.start >= inv.command.start) break;
    if (c.words.length === 0 && assigned(c.assignments)) return true;
    if (c.name === "export" && assigned(c.words.slice(1))) return true;
  }
  return false;
}

// src/knowledge/package-managers/pinning.ts
function unpinnedPackages(cmd, pinned7, words = cmd.packages) {
  const out = [];
  for (const w of words) {
    if (pinned7(w.value)) continue;
    const values = w.hasExpansion ? expandWord(cmd.inv, w) : [w.value];
    if (values === void 0) continue;
    const bad = values.filter((v) => !pinned7(v));
    if (bad.length > 0) out.push({ word: w, names: bad });
  }
  return out;
}

// src/rules/dockerfile/apk-pin-versions.ts
function pinned(spec) {
  return /[=~<>]/.test(spec) || /\.apk$/i.test(spec) || /^(\/|\.\.?\/)/.test(spec);
}
var apk_pin_versions_default = defineRule({
  id: "dockerfile/apk-pin-versions",
  aliases: ["DL3018"],
  severity: "warning",
  summary: "apk add without pinned package versions",
  check(model, _options, report) {
    for (const cmd of apkAdds(runInvocations(model))) {
      const bad = unpinnedPackages(cmd, pinned);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word)
        ),
        message: `apk add of ${listNames(names)} without a version: each build installs whatever the repository has that day, so rebuilds are not reproducible. Pin it: \`${names[0]}=<version>\` (or \`${names[0]}~<major.minor>\` to follow patch releases; a version from an ARG counts).`
      });
    }
  }
});

// src/knowledge/package-managers/apt.ts
var APT_VALUE_OPTIONS = [
  "-o",
  "-c",
  "-t",
  "-a",
  "--option",
  "--config-file",
  "--target-release",
  "--default-release",
  "--host-architecture"
];
var APT_VALUED = new Set(APT_VALUE_OPTIONS);
var APT_SUBCOMMANDS = {
  install: ["install"],
  reinstall: ["install"],
  "build-dep": ["install"],
  satisfy: ["install"],
  update: ["update-index"],
  upgrade: ["upgrade"],
  "dist-upgrade": ["upgrade"],
  "full-upgrade": ["upgrade"],
  remove: ["remove"],
  purge: ["remove"],
  autoremove: ["remove"],
  clean: ["clean"],
  autoclean: ["clean"],
  download: ["download"],
  source: ["download"]
};
function aptCommands(invs, names = ["apt-get"]) {
  const out = [];
  for (const inv of invs) {
    if (!names.includes(inv.name)) continue;
    const cli = parseCli(inv.args, { valued: APT_VALUED });
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}
function aptSettings(cli) {
  const out = /* @__PURE__ */ new Map();
  for (const o of cli.options) {
    if ((o.name === "-o" || o.name === "--option") && o.value) {
      const eq = o.value.indexOf("=");
      if (eq > 0) out.set(o.value.slice(0, eq).toLowerCase(), o.value.slice(eq + 1).toLowerCase());
    }
  }
  return out;
}
function isFalse(v) {
  return v !== void 0 && /^(false|0|no|off)$/i.test(v);
}
function isTrue(v) {
  return v !== void 0 && /^(true|1|yes|on)$/i.test(v);
}

// src/rules/dockerfile/apt-lists-cleanup.ts
var LISTS = "/var/lib/apt/lists";
function removesLists(value) {
  if (value === LISTS || value.startsWith(`${LISTS}/`)) return true;
  const glob = value.search(/[*?[]/);
  const literal = (glob >= 0 ? value.slice(0, glob) : value).replace(/\/+$/, "");
  if (literal.length < "/var".length) return false;
  if (LISTS.startsWith(`${literal}/`)) return true;
  return glob >= 0 && LISTS.startsWith(value.slice(0, glob));
}
function cleansLists(invs) {
  for (const inv of invs) {
    if (inv.name === "rm" && inv.args.some((a) => removesLists(a.value))) return true;
    if (inv.name === "find" && inv.args.some((a) => a.value.startsWith(LISTS)) && inv.args.some((a) => a.value === "-delete"))
      return true;
    if ((inv.name === "apt-get" || inv.name === "apt") && inv.args.some((a) => a.value === "distclean" || a.value === "dist-clean"))
      return true;
  }
  return false;
}
var apt_lists_cleanup_default = defineRule({
  id: "dockerfile/apt-lists-cleanup",
  aliases: ["DL3009"],
  severity: "info",
  summary: "apt-get update without deleting /var/lib/apt/lists in the same RUN",
  fixable: true,
  check(model, _options, report) {
    const stages = imageStages(model);
    for (const inst of withTriggers(model)) {
      if (inst.keyword !== "RUN") continue;
      if (!inst.onbuild && !stages.has(inst.stage)) continue;
      const invs = invocations(inst);
      const update = aptCommands(invs, ["apt-get", "apt", "aptitude"]).find((c) => c.sub?.value === "update");
      if (!update) continue;
      if (mountsOver(inst, LISTS) || cleansLists(invs)) continue;
      report({
        range: invocationRange(model, update.inv),
        message: `\`${update.inv.name} update\` leaves the package lists in ${LISTS} (tens of MB) in this layer. Delete them in the same RUN: \`&& rm -rf ${LISTS}/*\`, or mount a cache there: \`RUN --mount=type=cache,target=${LISTS} \u2026\`.`,
        fix: cleanupFix(model, inst, update.inv)
      });
    }
  }
});
function cleanupFix(model, inst, inv) {
  if (!editable(inv) || inst.heredocs.length > 0) return void 0;
  const cmds = inst.script?.commands ?? [];
  const last = cmds[cmds.length - 1];
  if (!last || last.depth !== 0 || last.next !== null || last.inSubstitution) return void 0;
  const tail = model.text.slice(last.end, inst.argsOffset + inst.argsText.length);
  if (tail.trim() !== "") return void 0;
  return {
    description: `Delete ${LISTS} at the end of the RUN`,
    edits: [{ range: model.rangeOf(last.end, last.end), text: ` && rm -rf ${LISTS}/*` }]
  };
}

// src/rules/dockerfile/apt-no-install-recommends.ts
var RECOMMENDS_OFF = /APT::Install-Recommends\s*\\?["']?\s*\\?["']?(false|0)\b/i;
function configuringRuns(model) {
  return model.instructions.filter(
    (i) => i.keyword === "RUN" && [i.argsText, ...i.heredocs.map((h) => h.body)].some((t) => RECOMMENDS_OFF.test(t))
  );
}
function configuredOff(model, inst, configuring) {
  if (configuring.length === 0) return false;
  const stage = model.stages[inst.stage];
  if (!stage) return false;
  const chain = new Set(stageChain(model, stage).map((s) => s.index));
  return configuring.some((c) => chain.has(c.stage) && (c.stage !== inst.stage || c.index < inst.index));
}
var apt_no_install_recommends_default = defineRule({
  id: "dockerfile/apt-no-install-recommends",
  aliases: ["DL3015", "DS029", "AVD-DS-0029"],
  severity: "info",
  summary: "apt-get install without --no-install-recommends",
  fixable: true,
  check(model, _options, report) {
    const configuring = configuringRuns(model);
    for (const cmd of aptCommands(runInvocations(model), ["apt-get", "apt"])) {
      const sub = cmd.sub;
      if (sub?.value !== "install") continue;
      if (cmd.cli.options.some((o) => o.name === "--no-install-recommends")) continue;
      if (cmd.cli.options.some((o) => o.name === "--install-recommends" && isFalse(o.value))) continue;
      if (isFalse(aptSettings(cmd.cli).get("apt::install-recommends"))) continue;
      if (configuredOff(model, cmd.inv.inst, configuring)) continue;
      report({
        range: invocationRange(model, cmd.inv),
        message: `\`${cmd.inv.name} install\` also installs every "recommended" package, which often adds tens of MB and packages nobody asked for. Write \`${cmd.inv.name} install --no-install-recommends\` and list what you need.`,
        fix: editable(cmd.inv) ? {
          description: "Add --no-install-recommends",
          edits: [insertAfter(model, sub, " --no-install-recommends")]
        } : void 0
      });
    }
  }
});

// src/rules/dockerfile/apt-pin-versions.ts
function pinned2(spec) {
  return spec.includes("=") || /\.deb$/i.test(spec) || /^(\/|\.\.?\/)/.test(spec);
}
var apt_pin_versions_default = defineRule({
  id: "dockerfile/apt-pin-versions",
  aliases: ["DL3008"],
  severity: "warning",
  summary: "apt-get install without pinned package versions",
  check(model, _options, report) {
    for (const cmd of aptCommands(runInvocations(model), ["apt-get", "apt"])) {
      if (cmd.sub?.value !== "install") continue;
      const bad = unpinnedPackages(cmd, pinned2);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word)
        ),
        message: `${cmd.inv.name} install of ${listNames(names)} without a version: each build installs whatever the mirror has that day, so rebuilds are not reproducible. Pin it: \`${names[0]}=<version>\` (a version from an ARG, \`foo=\${FOO_VERSION}\`, counts).`
      });
    }
  }
});

// src/rules/dockerfile/apt-yes.ts
var PROMPTING = /* @__PURE__ */ new Set([
  "install",
  "reinstall",
  "remove",
  "purge",
  "autoremove",
  "upgrade",
  "dist-upgrade",
  "full-upgrade",
  "build-dep"
]);
function assumesYes(cmd) {
  let quiet = 0;
  for (const o of cmd.cli.options) {
    if (o.name === "-y" || o.name === "--yes" || o.name === "--assume-yes" || o.name === "--force-yes") {
      if (o.value === void 0 || isTrue(o.value)) return true;
    }
    if (o.name === "-q" || o.name === "--quiet")
      quiet = o.value !== void 0 ? Number(o.value) || 0 : quiet + 1;
  }
  if (quiet >= 2) return true;
  return isTrue(aptSettings(cmd.cli).get("apt::get::assume-yes"));
}
var apt_yes_default = defineRule({
  id: "dockerfile/apt-yes",
  aliases: ["DL3014", "DS021", "AVD-DS-0021"],
  severity: "warning",
  summary: "apt-get install without -y",
  fixable: true,
  check(model, _options, report) {
    for (const cmd of aptCommands(runInvocations(model), ["apt-get", "apt"])) {
      const sub = cmd.sub;
      if (!sub || !PROMPTING.has(sub.value) || assumesYes(cmd)) continue;
      report({
        range: invocationRange(model, cmd.inv),
        message: `\`${cmd.inv.name} ${sub.value}\` without \`-y\` asks for confirmation, and a build has no terminal to answer it, so apt aborts. Write \`${cmd.inv.name} ${sub.value} -y\`.`,
        fix: editable(cmd.inv) ? { description: "Add -y", edits: [insertAfter(model, sub, " -y")] } : void 0
      });
    }
  }
});

// src/knowledge/runtime-util.ts
function howToWrite(spec, cli, compose, kubernetes) {
  switch (spec.source.syntax) {
    case "compose":
      return `\`${compose}\``;
    case "kubernetes":
      return `\`${kubernetes ?? compose}\``;
    case "inspect":
      return `\`${cli}\` when the container is created`;
    default:
      return spec.source.kind === "workflow" && !spec.command ? `\`${cli}\` in \`options:\`` : `\`${cli}\``;
  }
}
function describe(spec) {
  switch (spec.source.kind) {
    case "compose":
      return `Service "${spec.source.name}"`;
    case "inspect":
      return `Container "${spec.source.name}"`;
    case "kubernetes": {
      const type = spec.source.containerType;
      const what = type === "init" ? "Init container" : type === "ephemeral" ? "Ephemeral container" : "Container";
      return `${what} "${spec.source.name}" of ${spec.source.workload ?? "the pod"}`;
    }
    default: {
      if (spec.command) return `This ${spec.engine} ${spec.command} command`;
      const service = /^job (.+): service (.+)$/.exec(spec.source.name);
      if (service) return `Service container "${service[2]}" of job "${service[1]}"`;
      return `The container of job "${spec.source.job ?? spec.source.name}"`;
    }
  }
}
function written(s) {
  if (s.text) return s.text;
  if (s.key.startsWith("-")) return s.raw && s.raw !== s.key ? `${s.key} ${s.raw}` : s.key;
  return `${s.key}: ${s.raw}`;
}
function missingRange(spec) {
  return spec.source.range;
}
function sizeOption(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value !== "string" || value.trim() === "") return void 0;
  const r = parseMemory(value);
  return "bytes" in r ? r.bytes : void 0;
}
function numberOption(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\d+(?:\.\d+)?$/.test(value.trim())) return Number(value);
  return void 0;
}
function capabilityList(value) {
  if (!Array.isArray(value)) return [];
  return value.filter((v) => typeof v === "string").map((v) => {
    const t = v.trim().toUpperCase();
    return t.startsWith("CAP_") ? t.slice(4) : t;
  });
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function isDockerLike(spec) {
  return spec.engine !== "podman" && spec.engine !== "kubernetes";
}
var ENGINE_SOCKETS = [
  "docker.sock",
  "podman.sock",
  "containerd.sock",
  "crio.sock",
  "cri-dockerd.sock",
  "dockershim.sock",
  "buildkitd.sock"
];
var basename3 = (p) => p.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "";
function mountedSocket(m, sockets) {
  if (m.type !== "bind" && m.type !== "unknown") return void 0;
  if (m.source !== void 0 && sockets.has(basename3(m.source))) return m.source;
  if ((m.source === void 0 || m.opaque) && m.target !== void 0 && sockets.has(basename3(m.target)))
    return m.target;
  return void 0;
}

// src/knowledge/run-image.ts
function runImage(spec) {
  const s = spec.image;
  if (!s || s.opaque || s.value === void 0 || spec.imageBuilt) return void 0;
  const text = s.value.trim();
  if (!text || text.includes("$") || templatePlaceholders(text).length > 0 || isTransportRef(text))
    return void 0;
  const ref = { ...parseImageRef(text), unresolved: [], tagFromVariable: false };
  if (ref.scratch) return void 0;
  return { ref, range: s.range, subject: `${describe(spec)} runs ${ref.text}` };
}

// src/rules/dockerfile/base-image-digest.ts
function needsDigest(base, ignore) {
  return !base.digest?.startsWith("sha256:") && !ignore.some((p) => imageMatches(base, p));
}
function ignoreList(options) {
  return Array.isArray(options.ignore) ? options.ignore.filter((p) => typeof p === "string") : [];
}
var base_image_digest_default = defineRule({
  id: "dockerfile/base-image-digest",
  severity: "warning",
  summary: "FROM is not pinned by digest",
  options: {
    ignore: {
      type: "array",
      items: { type: "string" },
      description: "Image patterns that need no digest (`*` matches any run of characters; no registry means Docker Hub).",
      default: []
    }
  },
  check(model, options, report) {
    const ignore = ignoreList(options);
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const base = externalBase(stage);
      if (!base || !needsDigest(base, ignore)) continue;
      const shown = base.tag ? `${base.name}:${base.tag}` : base.name;
      report({
        range: imageArgRange(stage),
        message: `FROM ${base.text} is not pinned by digest: a tag can be re-pushed, so the same Dockerfile can build on a different (or tampered) base. Append the digest, e.g. ${shown}@sha256:<digest> (\`docker buildx imagetools inspect ${shown}\` prints it), and let Renovate or Dependabot keep it current.`,
        context: stage.name ? { stage: stage.name } : void 0
      });
    }
  },
  checkRuntime(spec, options, report) {
    const run = runImage(spec);
    if (!run || !needsDigest(run.ref, ignoreList(options))) return;
    const shown = run.ref.tag ? `${run.ref.name}:${run.ref.tag}` : run.ref.name;
    report({
      range: run.range,
      message: `${run.subject}, which is not pinned by digest: a tag can be re-pushed, so the same configuration can run a different (or tampered) image. Append the digest, e.g. ${shown}@sha256:<digest>.`
    });
  }
});

// src/knowledge/end-of-life.ts
var EOL_FAMILIES = [
  {
    images: ["python", "pypy"],
    product: "Python",
    source: "https://devguide.python.org/versions/",
    versions: {
      "2": "2020-01-01",
      "3.5": "2020-09-30",
      "3.6": "2021-12-23",
      "3.7": "2023-06-27",
      "3.8": "2024-10-07",
      "3.9": "2025-10-31",
      "3.10": "2026-10-31",
      "3.11": "2027-10-31",
      "3.12": "2028-10-31",
      "3.13": "2029-10-31"
    }
  },
  {
    images: ["node"],
    product: "Node.js",
    source: "https://github.com/nodejs/release#release-schedule",
    versions: {
      "4": "2018-04-30",
      "6": "2019-04-30",
      "8": "2019-12-31",
      "10": "2021-04-30",
      "12": "2022-04-30",
      "14": "2023-04-30",
      "15": "2021-06-01",
      "16": "2023-09-11",
      "17": "2022-06-01",
      "18": "2025-04-30",
      "19": "2023-06-01",
      "20": "2026-04-30",
      "21": "2024-06-01",
      "22": "2027-04-30",
      "23": "2025-06-01"
    }
  },
  {
    images: ["ubuntu"],
    product: "Ubuntu (standard support)",
    source: "https://ubuntu.com/about/release-cycle",
    suffix: { prefix: "" },
    versions: {
      "14.04": "2019-04-30",
      trusty: "2019-04-30",
      "16.04": "2021-04-30",
      xenial: "2021-04-30",
      "18.04": "2023-05-31",
      bionic: "2023-05-31",
      "20.04": "2025-05-31",
      focal: "2025-05-31",
      "22.04": "2027-06-30",
      jammy: "2027-06-30",
      "24.04": "2029-05-31",
      noble: "2029-05-31"
    }
  },
  {
    images: ["debian"],
    product: "Debian (including LTS)",
    source: "https://wiki.debian.org/LTS",
    suffix: { prefix: "" },
    versions: {
      "8": "2020-06-30",
      jessie: "2020-06-30",
      "9": "2022-06-30",
      stretch: "2022-06-30",
      "10": "2024-06-30",
      buster: "2024-06-30",
      "11": "2026-08-31",
      bullseye: "2026-08-31",
      "12": "2028-06-30",
      bookworm: "2028-06-30"
    }
  },
  {
    images: ["alpine"],
    product: "Alpine Linux",
    source: "https://alpinelinux.org/releases/",
    suffix: { prefix: "alpine" },
    versions: {
      "3.12": "2022-05-01",
      "3.13": "2022-11-01",
      "3.14": "2023-05-01",
      "3.15": "2023-11-01",
      "3.16": "2024-05-23",
      "3.17": "2024-11-22",
      "3.18": "2025-05-09",
      "3.19": "2025-11-01",
      "3.20": "2026-04-01",
      "3.21": "2026-11-01",
      "3.22": "2027-05-01"
    }
  },
  {
    images: ["centos"],
    product: "CentOS Linux",
    source: "https://www.centos.org/centos-linux-eol/",
    versions: { "6": "2020-11-30", "7": "2024-06-30", "8": "2021-12-31", "": "2024-06-30" }
  },
  {
    images: ["golang"],
    product: "Go",
    source: "https://go.dev/doc/devel/release (each release is supported until two newer ones are out)",
    versions: {
      "1.19": "2023-08-08",
      "1.20": "2024-02-06",
      "1.21": "2024-08-13",
      "1.22": "2025-02-11",
      "1.23": "2025-08-12"
    }
  },
  {
    images: ["php"],
    product: "PHP",
    source: "https://www.php.net/supported-versions.php",
    versions: {
      "5": "2018-12-31",
      "7.0": "2019-01-10",
      "7.1": "2019-12-01",
      "7.2": "2020-11-30",
      "7.3": "2021-12-06",
      "7.4": "2022-11-28",
      "8.0": "2023-11-26",
      "8.1": "2025-12-31",
      "8.2": "2026-12-31",
      "8.3": "2027-12-31"
    }
  },
  {
    images: ["ruby"],
    product: "Ruby",
    source: "https://www.ruby-lang.org/en/downloads/branches/",
    versions: {
      "2.6": "2022-04-12",
      "2.7": "2023-03-31",
      "3.0": "2024-04-23",
      "3.1": "2025-03-26",
      "3.2": "2026-03-31"
    }
  }
];

// src/rules/dockerfile/base-image-eol.ts
function startsWithRelease(tag, release) {
  if (!tag.startsWith(release)) return false;
  const next = tag[release.length];
  return next === void 0 || !/[0-9]/.test(next) || !/[0-9]$/.test(release);
}
function eolReleases(ref) {
  if (ref.registry !== DOCKER_HUB) return [];
  const name = ref.name.toLowerCase();
  const tag = (ref.tag ?? "").toLowerCase();
  const hits2 = [];
  for (const family of EOL_FAMILIES) {
    if (family.images.includes(name)) {
      const own = tag === "" || tag === "latest" ? "" : tag;
      let best;
      for (const release of Object.keys(family.versions)) {
        const hit = release === "" ? own === "" : own !== "" && startsWithRelease(own, release);
        if (hit && (best === void 0 || release.length > best.length)) best = release;
      }
      if (best !== void 0) hits2.push({ family, release: best, date: family.versions[best] });
      continue;
    }
    if (!family.suffix || !tag.includes("-")) continue;
    for (const part of tag.split("-").slice(1)) {
      const release = part.slice(family.suffix.prefix.length);
      if (!part.startsWith(family.suffix.prefix) || !family.versions[release]) continue;
      if (family.suffix.prefix === "" && /^[0-9.]+$/.test(release)) continue;
      hits2.push({ family, release, date: family.versions[release] });
    }
  }
  return hits2;
}
var DAY = 24 * 60 * 60 * 1e3;
function judge(ref, subject, range, options, report, context) {
  if (!options.today) return;
  const today = Date.parse(options.today);
  const warnDays = typeof options.warnDays === "number" && options.warnDays >= 0 ? options.warnDays : 0;
  for (const hit of eolReleases(ref)) {
    const what = `${hit.family.product}${hit.release ? ` ${hit.release}` : ""}`;
    const days = Math.round((Date.parse(hit.date) - today) / DAY);
    if (days <= 0) {
      report({
        range,
        message: `${subject} is end-of-life: ${what} has had no security fixes since ${hit.date} (${hit.family.source}). Move to a supported release.`,
        context
      });
    } else if (days <= warnDays) {
      report({
        range,
        severity: "info",
        message: `${subject} reaches end of life in ${days} day${days === 1 ? "" : "s"}: ${what} gets no security fixes after ${hit.date} (${hit.family.source}). Plan the move to a supported release.`,
        context
      });
    }
  }
}
var base_image_eol_default = defineRule({
  id: "dockerfile/base-image-eol",
  aliases: [],
  severity: "warning",
  summary: "An image is an end-of-life release (Python 3.8, Node.js 16, Debian buster, Alpine 3.16\u2026)",
  options: {
    warnDays: {
      type: "integer",
      minimum: 0,
      description: "Also report (as info) a release that reaches end of life within this many days; 0: only past ones.",
      default: 90
    },
    today: {
      type: ["string", "null"],
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      description: "The date to judge against (YYYY-MM-DD); null: the day of the run.",
      default: null
    }
  },
  check(model, options, report) {
    for (const stage of model.stages) {
      const base = externalBase(stage);
      if (!base) continue;
      judge(
        base,
        `FROM ${base.text}`,
        imageArgRange(stage),
        options,
        report,
        stage.name ? { stage: stage.name } : void 0
      );
    }
  },
  checkRuntime(spec, options, report) {
    const run = runImage(spec);
    if (run) judge(run.ref, `${run.subject}, which`, run.range, options, report);
  }
});

// src/rules/dockerfile/base-image-latest.ts
function latestProblem(base) {
  if (base.tag !== "latest" || base.digest) return void 0;
  return {
    fix: `Pin a version tag (${base.name}:<version>) or a digest (${base.name}@sha256:\u2026).`,
    why: "the image behind it changes without notice, so builds are not reproducible and a new major version can break them."
  };
}
var base_image_latest_default = defineRule({
  id: "dockerfile/base-image-latest",
  aliases: ["DL3007", "DS001", "AVD-DS-0001", "CKV_DOCKER_7"],
  severity: "warning",
  summary: 'FROM uses the mutable "latest" tag',
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const base = externalBase(stage);
      const problem3 = base && latestProblem(base);
      if (!base || !problem3) continue;
      const { why, fix } = problem3;
      const context = stage.name ? { stage: stage.name } : void 0;
      const tagRange = literalTagRange(stage);
      if (tagRange) {
        report({
          range: tagRange,
          message: `FROM ${base.text} uses the mutable "latest" tag: ${why} ${fix}`,
          context
        });
        continue;
      }
      const origin = varOrigins(model, stage.from, base.raw).reverse().find((o) => o.value !== void 0 && /(?:^|:)latest$/.test(o.value.split("@")[0]));
      if (origin) {
        report({
          range: origin.property.valueRange ?? origin.property.range,
          message: `ARG ${origin.name} defaults to "${origin.value}", so FROM at line ${stage.from.range.line} uses the mutable "latest" tag: ${why} ${fix}`,
          context
        });
      } else {
        report({
          range: imageArgRange(stage),
          message: `FROM ${base.text} uses the mutable "latest" tag: ${why} ${fix}`,
          context
        });
      }
    }
  },
  checkRuntime(spec, _options, report) {
    const run = runImage(spec);
    const problem3 = run && latestProblem(run.ref);
    if (!run || !problem3) return;
    report({
      range: run.range,
      message: `${run.subject}, which uses the mutable "latest" tag: ${problem3.why.replace("builds are", "runs are")} ${problem3.fix}`
    });
  }
});

// src/rules/dockerfile/base-image-untagged.ts
var base_image_untagged_default = defineRule({
  id: "dockerfile/base-image-untagged",
  aliases: ["DL3006", "DS001", "AVD-DS-0001", "CKV_DOCKER_7"],
  severity: "warning",
  summary: "FROM names an image without a tag or digest",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const base = externalBase(stage);
      if (!base || base.tag || base.digest) continue;
      const origin = base.raw.includes("$") ? varOrigins(model, stage.from, base.raw)[0] : void 0;
      const where = origin ? ` (from the default of ARG ${origin.name} at line ${origin.instruction.range.line})` : "";
      report({
        range: imageArgRange(stage),
        message: `FROM ${base.text}${where} has neither a tag nor a digest, so the build pulls whatever "latest" is that day: builds are not reproducible and can break without any change here. Pin a version tag (${base.name}:<version>) or a digest (${base.name}@sha256:\u2026).`,
        context: stage.name ? { stage: stage.name } : void 0
      });
    }
  },
  checkRuntime(spec, _options, report) {
    const run = runImage(spec);
    if (!run || run.ref.tag || run.ref.digest) return;
    report({
      range: run.range,
      message: `${run.subject}, which has neither a tag nor a digest, so it runs whatever "latest" is on the day the image is pulled. Pin a version tag (${run.ref.name}:<version>) or a digest (${run.ref.name}@sha256:\u2026).`
    });
  }
});

// src/knowledge/package-managers/dotnet.ts
var DOTNET_VALUE_OPTIONS = [
  "-c",
  "--configuration",
  "-o",
  "--output",
  "-r",
  "--runtime",
  "-f",
  "--framework",
  "-s",
  "--source",
  "-p",
  "--property",
  "-v",
  "--verbosity",
  "-a",
  "--arch",
  "--os",
  "--packages",
  "--configfile",
  "--version-suffix",
  "--lockfile-path"
];
var DOTNET_SUBCOMMANDS = { restore: ["download"] };

// src/knowledge/package-managers/go.ts
var GO_VALUE_OPTIONS = [
  "-C",
  "-o",
  "-ldflags",
  "-gcflags",
  "-asmflags",
  "-tags",
  "-mod",
  "-p",
  "-buildmode",
  "-pkgdir",
  "-modfile",
  "-overlay",
  "-exec",
  "-run",
  "-bench",
  "-timeout",
  "-count",
  "-coverprofile"
];

// src/knowledge/package-managers/jvm.ts
var MAVEN_VALUE_OPTIONS = [
  "-f",
  "--file",
  "-s",
  "--settings",
  "-gs",
  "--global-settings",
  "-P",
  "--activate-profiles",
  "-pl",
  "--projects",
  "-T",
  "--threads",
  "-t",
  "--toolchains",
  "-l",
  "--log-file",
  "-rf",
  "--resume-from",
  "-D",
  "--define",
  "-b",
  "--builder"
];
var GRADLE_VALUE_OPTIONS = [
  "-p",
  "--project-dir",
  "-b",
  "--build-file",
  "-c",
  "--settings-file",
  "-x",
  "--exclude-task",
  "-g",
  "--gradle-user-home",
  "--console",
  "-D",
  "--system-prop",
  "-P",
  "--project-prop",
  "--init-script",
  "-I",
  "--max-workers",
  "--warning-mode",
  "--priority"
];

// src/knowledge/package-managers/node.ts
var NPM_VALUE_OPTIONS = [
  "--prefix",
  "-w",
  "--workspace",
  "--registry",
  "--loglevel",
  "--cache",
  "--omit",
  "--include",
  "--only",
  "--userconfig",
  "--tag",
  "--install-strategy"
];
var NPM_SUBCOMMANDS = {
  install: ["install"],
  i: ["install"],
  in: ["install"],
  ins: ["install"],
  isntall: ["install"],
  add: ["install"],
  ci: ["install"],
  "clean-install": ["install"],
  "install-clean": ["install"],
  ic: ["install"],
  "install-ci-test": ["install"],
  cit: ["install"],
  update: ["upgrade"],
  up: ["upgrade"],
  upgrade: ["upgrade"],
  uninstall: ["remove"],
  remove: ["remove"],
  rm: ["remove"],
  un: ["remove"]
};
var YARN_VALUE_OPTIONS = [
  "--cwd",
  "--modules-folder",
  "--network-timeout",
  "--mutex",
  "--cache-folder",
  "--registry",
  "--network-concurrency"
];
var YARN_SUBCOMMANDS = {
  install: ["install"],
  add: ["install"],
  upgrade: ["upgrade"],
  up: ["upgrade"],
  remove: ["remove"]
};
var PNPM_VALUE_OPTIONS = [
  "-C",
  "--dir",
  "-F",
  "--filter",
  "--store-dir",
  "--reporter",
  "--registry",
  "--network-concurrency"
];
var PNPM_SUBCOMMANDS = {
  install: ["install"],
  i: ["install"],
  add: ["install"],
  fetch: ["download"],
  update: ["upgrade"],
  up: ["upgrade"],
  remove: ["remove"],
  rm: ["remove"]
};
var BUN_VALUE_OPTIONS = [
  "--cwd",
  "--registry",
  "--cache-dir",
  "-c",
  "--config",
  "--backend"
];
var BUN_SUBCOMMANDS = {
  install: ["install"],
  i: ["install"],
  add: ["install"],
  update: ["upgrade"],
  remove: ["remove"],
  rm: ["remove"]
};

// src/knowledge/package-managers/pacman.ts
var PACMAN_VALUE_OPTIONS = [
  "-b",
  "-r",
  "--root",
  "--dbpath",
  "--config",
  "--cachedir",
  "--ignore",
  "--ignoregroup",
  "--arch",
  "--gpgdir",
  "--hookdir",
  "--logfile",
  "--overwrite",
  "--assume-installed"
];

// src/knowledge/package-managers/php.ts
var COMPOSER_VALUE_OPTIONS = ["-d", "--working-dir"];
var COMPOSER_SUBCOMMANDS = {
  install: ["install"],
  require: ["install"],
  update: ["upgrade"],
  remove: ["remove"],
  "clear-cache": ["clean"],
  clearcache: ["clean"]
};

// src/knowledge/package-managers/python.ts
var PIP_VALUE_OPTIONS = [
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-e",
  "--editable",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "-t",
  "--target",
  "--prefix",
  "--root",
  "--src",
  "--cache-dir",
  "--trusted-host",
  "--platform",
  "--python-version",
  "--only-binary",
  "--no-binary",
  "--progress-bar",
  "--log",
  "--timeout",
  "--retries",
  "--upgrade-strategy",
  "--proxy",
  "--cert",
  "--client-cert",
  "--global-option",
  "-C",
  "--config-settings",
  "--python",
  "--report",
  "--implementation",
  "--abi",
  "--root-user-action",
  "-d",
  "--dest"
];
var PIP_SUBCOMMANDS = {
  install: ["install"],
  download: ["download"],
  uninstall: ["remove"]
};
var POETRY_VALUE_OPTIONS = [
  "--only",
  "--with",
  "--without",
  "-E",
  "--extras",
  "-C",
  "--directory",
  "-P",
  "--project",
  "--group",
  "-G"
];
var POETRY_SUBCOMMANDS = {
  install: ["install"],
  add: ["install"],
  update: ["upgrade"],
  remove: ["remove"]
};
var PIPENV_VALUE_OPTIONS = ["--python", "--pypi-mirror", "--categories"];
var PIPENV_SUBCOMMANDS = {
  install: ["install"],
  sync: ["install"],
  update: ["upgrade"],
  uninstall: ["remove"]
};
var UV_VALUE_OPTIONS = [
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "--project",
  "--directory",
  "-p",
  "--python",
  "--extra",
  "--group",
  "--index-url",
  "--extra-index-url",
  "--index",
  "--package",
  "--cache-dir",
  "--only-group",
  "--no-group",
  "--target",
  "--prefix"
];
var UV_SUBCOMMANDS = {
  sync: ["install"],
  add: ["install"],
  remove: ["remove"]
};
var CONDA_VALUE_OPTIONS = [
  "-n",
  "--name",
  "-c",
  "--channel",
  "-p",
  "--prefix",
  "-f",
  "--file",
  "--override-channels"
];
var CONDA_SUBCOMMANDS = {
  install: ["install"],
  create: ["install"],
  update: ["upgrade"],
  upgrade: ["upgrade"],
  remove: ["remove"],
  uninstall: ["remove"],
  clean: ["clean"]
};
var PIP_VALUED = /* @__PURE__ */ new Set([
  "-r",
  "-c",
  "-e",
  "-i",
  "-f",
  "-t",
  "-b",
  "-C",
  "--requirement",
  "--constraint",
  "--editable",
  "--index-url",
  "--extra-index-url",
  "--find-links",
  "--target",
  "--prefix",
  "--root",
  "--src",
  "--upgrade-strategy",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--no-binary",
  "--only-binary",
  "--progress-bar",
  "--trusted-host",
  "--cache-dir",
  "--log",
  "--proxy",
  "--retries",
  "--timeout",
  "--exists-action",
  "--cert",
  "--client-cert",
  "--global-option",
  "--install-option",
  "--config-settings",
  "--report",
  "--python",
  "--root-user-action",
  "--use-feature",
  "--use-deprecated",
  "--keyring-provider",
  "--build"
]);
function pipInstalls(invs) {
  const out = [];
  for (const inv of invs) {
    if (!/^pip[0-9.]*$/.test(inv.name)) continue;
    const cli = parseCli(inv.args, { valued: PIP_VALUED });
    if (cli.operands[0]?.value !== "install") continue;
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}

// src/knowledge/package-managers/ruby.ts
var BUNDLER_VALUE_OPTIONS = [
  "--jobs",
  "-j",
  "--path",
  "--without",
  "--with",
  "--gemfile",
  "--retry",
  "--binstubs",
  "--standalone",
  "--target-rbconfig"
];
var BUNDLER_SUBCOMMANDS = {
  install: ["install"],
  update: ["upgrade"],
  clean: ["clean"]
};
var GEM_VALUE_OPTIONS = [
  "-v",
  "--version",
  "-i",
  "--install-dir",
  "-n",
  "--bindir",
  "--source",
  "-s",
  "--platform",
  "--document"
];
var GEM_SUBCOMMANDS = {
  install: ["install"],
  update: ["upgrade"],
  uninstall: ["remove"],
  cleanup: ["clean"]
};

// src/knowledge/package-managers/rust.ts
var CARGO_VALUE_OPTIONS = [
  "--manifest-path",
  "-p",
  "--package",
  "--target",
  "-F",
  "--features",
  "-j",
  "--jobs",
  "--profile",
  "--bin",
  "--example",
  "--target-dir",
  "--root",
  "--version",
  "--vers",
  "-Z",
  "--config",
  "--color",
  "--git",
  "--branch",
  "--tag",
  "--rev",
  "--path",
  "--registry",
  "--index"
];
var CARGO_SUBCOMMANDS = {
  fetch: ["download"],
  vendor: ["download"],
  install: ["install"],
  update: ["upgrade"]
};

// src/knowledge/package-managers/zypper.ts
var ZYPPER_VALUE_OPTIONS = [
  "-R",
  "-r",
  "-t",
  "--root",
  "--repo",
  "--type",
  "--from",
  "--config",
  "-c",
  "--installroot"
];
var ZYPPER_SUBCOMMANDS = {
  install: ["install"],
  in: ["install"],
  "source-install": ["install"],
  si: ["install"],
  refresh: ["update-index"],
  ref: ["update-index"],
  update: ["upgrade"],
  up: ["upgrade"],
  "dist-upgrade": ["upgrade"],
  dup: ["upgrade"],
  patch: ["upgrade"],
  remove: ["remove"],
  rm: ["remove"],
  clean: ["clean"],
  download: ["download"]
};

// src/knowledge/package-managers/rpm.ts
var DNF_NAMES = ["dnf", "dnf5", "dnf-3", "microdnf", "tdnf"];
var RPM_CACHE_DIRS = [
  "/var/cache/yum",
  "/var/cache/dnf",
  "/var/cache/libdnf5",
  "/var/cache/tdnf"
];
function rpmCacheDir(tool) {
  if (tool === "yum") return "/var/cache/yum";
  if (tool === "tdnf") return "/var/cache/tdnf";
  return tool === "dnf5" ? "/var/cache/libdnf5" : "/var/cache/dnf";
}
var RPM_VALUE_OPTIONS = [
  "-c",
  "--config",
  "--installroot",
  "--releasever",
  "--enablerepo",
  "--disablerepo",
  "--repo",
  "--repoid",
  "-x",
  "--exclude",
  "--setopt",
  "--forcearch",
  "--downloaddir",
  "--destdir",
  "-d",
  "--debuglevel",
  "-e",
  "--errorlevel",
  "--rpmverbosity",
  "--color",
  "--comment"
];
var RPM_SUBCOMMANDS = {
  install: ["install"],
  localinstall: ["install"],
  groupinstall: ["install"],
  reinstall: ["install"],
  builddep: ["install"],
  makecache: ["update-index"],
  "check-update": ["update-index"],
  "check-upgrade": ["update-index"],
  update: ["upgrade"],
  upgrade: ["upgrade"],
  "update-minimal": ["upgrade"],
  "upgrade-minimal": ["upgrade"],
  "distro-sync": ["upgrade"],
  distrosync: ["upgrade"],
  remove: ["remove"],
  erase: ["remove"],
  autoremove: ["remove"],
  groupremove: ["remove"],
  clean: ["clean"],
  download: ["download"]
};
function rpmSpecPinned(spec) {
  if (/\.rpm$/i.test(spec) || spec.includes("/")) return true;
  return /-(?:\d+:)?\d[\w.+~^]*(?:-\d[\w.+~^]*)?$/.test(spec);
}

// src/knowledge/package-managers/commands.ts
var MANAGERS = {};
function manager(id, family, system, names) {
  for (const n of names) MANAGERS[n] = { id, family, system };
}
manager("apt", "deb", true, ["apt-get", "apt", "aptitude", "xx-apt-get", "xx-apt"]);
manager("apk", "apk", true, ["apk", "xx-apk"]);
manager("dnf", "rpm", true, ["dnf", "dnf5", "dnf-3"]);
manager("yum", "rpm", true, ["yum"]);
manager("microdnf", "rpm", true, ["microdnf"]);
manager("tdnf", "rpm", true, ["tdnf"]);
manager("zypper", "zypper", true, ["zypper"]);
manager("pacman", "pacman", true, ["pacman"]);
manager("npm", "node", false, ["npm"]);
manager("yarn", "node", false, ["yarn", "yarnpkg"]);
manager("pnpm", "node", false, ["pnpm"]);
manager("bun", "node", false, ["bun"]);
manager("pip", "python", false, ["pip", "pip2", "pip3"]);
manager("poetry", "python", false, ["poetry"]);
manager("pipenv", "python", false, ["pipenv"]);
manager("uv", "python", false, ["uv"]);
manager("conda", "conda", false, ["conda", "mamba", "micromamba"]);
manager("go", "go", false, ["go"]);
manager("bundler", "ruby", false, ["bundle", "bundler"]);
manager("gem", "ruby", false, ["gem"]);
manager("composer", "php", false, ["composer"]);
manager("cargo", "rust", false, ["cargo"]);
manager("maven", "maven", false, ["mvn", "mvnw"]);
manager("gradle", "gradle", false, ["gradle", "gradlew"]);
manager("dotnet", "dotnet", false, ["dotnet"]);
function packageManagerOf(cmd) {
  const inv = invocationOf(cmd);
  if (MANAGERS[inv.name]) return MANAGERS[inv.name];
  if (/^pip\d(?:\.\d+)?$/.test(inv.name)) return MANAGERS.pip;
  return null;
}
var VALUE_OPTIONS = {
  apt: APT_VALUE_OPTIONS,
  apk: APK_VALUE_OPTIONS,
  dnf: RPM_VALUE_OPTIONS,
  yum: RPM_VALUE_OPTIONS,
  microdnf: RPM_VALUE_OPTIONS,
  tdnf: RPM_VALUE_OPTIONS,
  zypper: ZYPPER_VALUE_OPTIONS,
  pacman: PACMAN_VALUE_OPTIONS,
  npm: NPM_VALUE_OPTIONS,
  yarn: YARN_VALUE_OPTIONS,
  pnpm: PNPM_VALUE_OPTIONS,
  bun: BUN_VALUE_OPTIONS,
  pip: PIP_VALUE_OPTIONS,
  poetry: POETRY_VALUE_OPTIONS,
  pipenv: PIPENV_VALUE_OPTIONS,
  uv: UV_VALUE_OPTIONS,
  conda: CONDA_VALUE_OPTIONS,
  go: GO_VALUE_OPTIONS,
  bundler: BUNDLER_VALUE_OPTIONS,
  gem: GEM_VALUE_OPTIONS,
  composer: COMPOSER_VALUE_OPTIONS,
  cargo: CARGO_VALUE_OPTIONS,
  maven: MAVEN_VALUE_OPTIONS,
  gradle: GRADLE_VALUE_OPTIONS,
  dotnet: DOTNET_VALUE_OPTIONS
};
function operandsOf(cmd) {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  const valueOptions = pm ? VALUE_OPTIONS[pm.id] : [];
  const out = [];
  let afterDashes = false;
  for (let i = 1; i < inv.words.length; i++) {
    const w = inv.words[i];
    const a = w.value;
    if (afterDashes) {
      out.push(w);
      continue;
    }
    if (a === "--") {
      afterDashes = true;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      if (valueOptions.includes(a)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
function subcommandOf(cmd) {
  return operandsOf(cmd)[0];
}
var SUB_ACTIONS = {
  apt: APT_SUBCOMMANDS,
  apk: APK_SUBCOMMANDS,
  zypper: ZYPPER_SUBCOMMANDS,
  npm: NPM_SUBCOMMANDS,
  yarn: YARN_SUBCOMMANDS,
  pnpm: PNPM_SUBCOMMANDS,
  bun: BUN_SUBCOMMANDS,
  pip: PIP_SUBCOMMANDS,
  poetry: POETRY_SUBCOMMANDS,
  pipenv: PIPENV_SUBCOMMANDS,
  uv: UV_SUBCOMMANDS,
  conda: CONDA_SUBCOMMANDS,
  bundler: BUNDLER_SUBCOMMANDS,
  gem: GEM_SUBCOMMANDS,
  composer: COMPOSER_SUBCOMMANDS,
  cargo: CARGO_SUBCOMMANDS,
  dotnet: DOTNET_SUBCOMMANDS
};
function actionsOf(cmd) {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  const out = /* @__PURE__ */ new Set();
  if (!pm) return out;
  const ops = operandsOf(inv).map((w) => w.value);
  const sub = ops[0];
  const add = (list) => list?.forEach((a) => out.add(a));
  switch (pm.id) {
    case "pacman": {
      for (const a of inv.args) {
        if (a === "--") break;
        const m = /^-([A-Za-z]+)$/.exec(a);
        const letters = m ? m[1] : a === "--sync" ? "S" : a === "--remove" ? "R" : a === "--upgrade" ? "U" : "";
        if (letters.includes("S")) {
          if (letters.includes("y")) out.add("update-index");
          if (letters.includes("u")) out.add("upgrade");
          if (letters.includes("c")) out.add("clean");
          if (letters.includes("w")) out.add("download");
          if (ops.length > 0 && !letters.includes("c")) out.add("install");
        } else if (letters.startsWith("U")) out.add("install");
        else if (letters.startsWith("R")) out.add("remove");
      }
      return out;
    }
    case "apk":
      add(sub ? SUB_ACTIONS.apk[sub] : void 0);
      if (sub === "cache" && ops[1] === "clean") out.add("clean");
      if (sub === "add" && hasOption2(inv, "--update", "-U", "--update-cache")) out.add("update-index");
      return out;
    case "dnf":
    case "yum":
    case "microdnf":
    case "tdnf":
      if (sub === "group" || sub === "groups" || sub === "module") add(RPM_SUBCOMMANDS[ops[1] ?? ""]);
      else add(sub ? RPM_SUBCOMMANDS[sub] : void 0);
      return out;
    case "yarn":
      if (sub === void 0) out.add("install");
      else if (sub === "workspaces" && ops[1] === "focus") out.add("install");
      else if (sub === "cache" && ops[1] === "clean") out.add("clean");
      else add(SUB_ACTIONS.yarn[sub]);
      return out;
    case "npm":
    case "pnpm":
      if (sub === "cache" && (ops[1] === "clean" || ops[1] === "clear")) out.add("clean");
      else if (pm.id === "pnpm" && sub === "store" && ops[1] === "prune") out.add("clean");
      else add(sub ? SUB_ACTIONS[pm.id][sub] : void 0);
      return out;
    case "pip":
      if (sub === "cache" && (ops[1] === "purge" || ops[1] === "remove")) out.add("clean");
      else add(sub ? SUB_ACTIONS.pip[sub] : void 0);
      return out;
    case "uv":
      if (sub === "pip") {
        if (ops[1] === "install" || ops[1] === "sync") out.add("install");
        if (ops[1] === "uninstall") out.add("remove");
      } else if (sub === "cache" && (ops[1] === "clean" || ops[1] === "prune")) out.add("clean");
      else add(sub ? SUB_ACTIONS.uv[sub] : void 0);
      return out;
    case "conda":
      if (sub === "env" && (ops[1] === "create" || ops[1] === "update")) out.add("install");
      else add(sub ? SUB_ACTIONS.conda[sub] : void 0);
      return out;
    case "go":
      if (sub === "mod" && (ops[1] === "download" || ops[1] === "vendor" || ops[1] === "tidy"))
        out.add("download");
      else if (sub === "get" || sub === "install") out.add("install");
      else if (sub === "clean" && hasOption2(inv, "-modcache", "-cache")) out.add("clean");
      return out;
    case "maven":
      if (ops.some(
        (g) => /^(?:[\w.-]+:)?maven-dependency-plugin(?::[\w.-]+)?:(?:go-offline|resolve|resolve-plugins)$|^dependency:(?:go-offline|resolve|resolve-plugins)$/.test(
          g
        )
      ))
        out.add("download");
      return out;
    case "gradle":
      if (ops.some((t) => t === "dependencies" || t.endsWith(":dependencies"))) out.add("download");
      return out;
    default:
      add(sub ? SUB_ACTIONS[pm.id]?.[sub] : void 0);
      return out;
  }
}
function isInstall(cmd) {
  return actionsOf(cmd).has("install");
}
function installedPackages(cmd) {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  if (!pm || !isInstall(inv)) return [];
  const ops = operandsOf(inv);
  if (pm.id === "pacman") return ops;
  if (pm.id === "yarn" && ops.length === 0) return [];
  let skip = 1;
  const sub = ops[0]?.value;
  if ((pm.id === "dnf" || pm.id === "yum" || pm.id === "microdnf" || pm.id === "tdnf") && (sub === "group" || sub === "groups" || sub === "module"))
    skip = 2;
  if (pm.id === "uv" && sub === "pip") skip = 2;
  if (pm.id === "conda" && sub === "env") skip = 2;
  if (pm.id === "yarn" && sub === "workspaces") skip = 2;
  return ops.slice(skip);
}

// src/knowledge/package-managers/manifests.ts
var MAVEN_PHASES = /* @__PURE__ */ new Set(["compile", "test-compile", "test", "package", "verify", "install", "deploy"]);
var GRADLE_TASKS = /^(?:build|assemble|jar|bootJar|shadowJar|installDist|distTar|distZip|compileJava|compileKotlin|classes|test|check|war|bootWar|nativeCompile)$/;
function dependencyStep(cmd) {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  if (!pm || pm.system) return null;
  const ops = operandsOf(inv).map((w) => w.value);
  const sub = ops[0];
  const actions = actionsOf(inv);
  const step = (manifests, implicit = false) => ({
    manager: pm,
    manifests,
    implicit
  });
  const installOrDownload = actions.has("install") || actions.has("download");
  switch (pm.id) {
    case "npm":
      if (!installOrDownload || hasOption2(inv, "-g", "--global")) return null;
      if (ops.length > 1) return null;
      return step(["package.json", "package-lock.json"]);
    case "yarn":
      if (!actions.has("install") || sub !== void 0 && sub !== "install" && sub !== "workspaces")
        return null;
      return step(["package.json", "yarn.lock"]);
    case "pnpm":
      if (!installOrDownload || sub !== "install" && sub !== "i" && sub !== "fetch" || hasOption2(inv, "-g", "--global"))
        return null;
      return step(sub === "fetch" ? ["pnpm-lock.yaml"] : ["package.json", "pnpm-lock.yaml"]);
    case "bun":
      if (sub !== "install" && sub !== "i" || ops.length > 1 || hasOption2(inv, "-g", "--global"))
        return null;
      return step(["package.json", "bun.lock"]);
    case "pip": {
      if (sub !== "install" && sub !== "download") return null;
      const files = requirementFiles(inv);
      return files.length > 0 ? step(files) : null;
    }
    case "uv": {
      if (sub === "sync") return step(["pyproject.toml", "uv.lock"]);
      if (sub === "pip" && (ops[1] === "install" || ops[1] === "sync")) {
        const files = ops[1] === "sync" ? ops.slice(2) : requirementFiles(inv);
        return files.length > 0 ? step(files) : null;
      }
      return null;
    }
    case "poetry":
      return sub === "install" ? step(["pyproject.toml", "poetry.lock"]) : null;
    case "pipenv":
      if (sub === "sync" || sub === "install" && ops.length === 1) return step(["Pipfile", "Pipfile.lock"]);
      return null;
    case "conda": {
      if (!actions.has("install")) return null;
      const file = optionValue(inv, "-f", "--file");
      return file ? step([file.value]) : null;
    }
    case "go": {
      if (sub === "mod" && ops[1] === "download") return step(["go.mod", "go.sum"]);
      if (sub === "get" && ops.length === 1) return step(["go.mod", "go.sum"]);
      if ((sub === "build" || sub === "test" || sub === "vet" || sub === "install" && !ops.slice(1).some((o) => o.includes("@"))) && !vendored(inv))
        return step(["go.mod", "go.sum"], true);
      return null;
    }
    case "bundler":
      return sub === "install" ? step(["Gemfile", "Gemfile.lock"]) : null;
    case "composer":
      return sub === "install" || sub === "update" && ops.length === 1 ? step(["composer.json", "composer.lock"]) : null;
    case "cargo":
      if (sub === "fetch" || sub === "vendor") return step(["Cargo.toml", "Cargo.lock"]);
      if (sub === "build" || sub === "test" || sub === "check" || sub === "run" || sub === "install" && hasOption2(inv, "--path"))
        return step(["Cargo.toml", "Cargo.lock"], true);
      return null;
    case "maven":
      if (actions.has("download")) return step(["pom.xml"]);
      if (ops.some((g) => MAVEN_PHASES.has(g) || /^spring-boot:(?:run|repackage|build-image)$/.test(g)) && !hasOption2(inv, "-o", "--offline"))
        return step(["pom.xml"], true);
      return null;
    case "gradle":
      if (actions.has("download")) return step(["build.gradle", "settings.gradle"]);
      if (ops.some((t) => GRADLE_TASKS.test(t.replace(/^.*:/, ""))) && !hasOption2(inv, "--offline"))
        return step(["build.gradle", "settings.gradle"], true);
      return null;
    case "dotnet":
      if (sub === "restore") return step(["*.csproj", "*.sln"]);
      if ((sub === "build" || sub === "publish" || sub === "test" || sub === "pack") && !hasOption2(inv, "--no-restore"))
        return step(["*.csproj", "*.sln"], true);
      return null;
    default:
      return null;
  }
}
function requirementFiles(inv) {
  const out = [];
  const words = inv.words;
  for (let i = 1; i < words.length; i++) {
    const a = words[i].value;
    if (a === "-r" || a === "--requirement" || a === "-c" || a === "--constraint") {
      if (words[i + 1]) out.push(words[++i].value);
    } else if (a.startsWith("--requirement=") || a.startsWith("--constraint="))
      out.push(a.slice(a.indexOf("=") + 1));
    else if (/^-[rc]\S/.test(a)) out.push(a.slice(2));
  }
  return out;
}
function vendored(inv) {
  const mod = optionValue(inv, "-mod");
  return mod?.value === "vendor";
}
var MANIFEST_FILE = /^(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|\.yarnrc(?:\.yml)?|\.npmrc|pnpm-lock\.yaml|pnpm-workspace\.yaml|bun\.lockb?|requirements[\w.-]*\.(?:txt|in)|constraints[\w.-]*\.txt|pyproject\.toml|poetry\.lock|Pipfile(?:\.lock)?|uv\.lock|setup\.(?:py|cfg)|environment[\w.-]*\.ya?ml|go\.(?:mod|sum|work|work\.sum)|Gemfile(?:\.lock)?|[\w.-]+\.gemspec|composer\.(?:json|lock)|Cargo\.(?:toml|lock)|pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|gradle\.properties|gradlew|[\w.-]+\.(?:csproj|fsproj|vbproj|sln|props|targets)|NuGet\.config|packages\.lock\.json|global\.json)$/i;
function isManifestSource(src) {
  const base = basename2(src.replace(/\/+$/, ""));
  if (!base || src.endsWith("/")) return false;
  if (MANIFEST_FILE.test(base)) return true;
  if (!/[*?[]/.test(base)) return false;
  const re = globToRegExp(base);
  const samples = [
    "package.json",
    "package-lock.json",
    "yarn.lock",
    "pnpm-lock.yaml",
    "requirements.txt",
    "requirements-dev.txt",
    "go.mod",
    "go.sum",
    "Gemfile",
    "Gemfile.lock",
    "composer.json",
    "composer.lock",
    "Cargo.toml",
    "Cargo.lock",
    "pom.xml",
    "build.gradle",
    "app.csproj",
    "app.sln",
    "Pipfile",
    "Pipfile.lock",
    "pyproject.toml",
    "poetry.lock",
    "uv.lock"
  ];
  const nonManifest = [
    "main.go",
    "index.js",
    "app.py",
    "README.md",
    "src",
    "Dockerfile",
    "main.rs",
    "Program.cs",
    "x"
  ];
  return samples.some((s) => re.test(s)) && !nonManifest.some((s) => re.test(s));
}
function globToRegExp(glob) {
  let re = "^";
  for (const c of glob) {
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(re + "$");
}

// src/rules/dockerfile/cache-order.ts
var EXTENSIONLESS_FILES = /^(?:Makefile|GNUmakefile|LICEN[CS]E|COPYING|NOTICE|README|CHANGELOG|AUTHORS|VERSION|Procfile|Dockerfile|Containerfile|Jenkinsfile|Vagrantfile|Rakefile|Gemfile|Pipfile|Brewfile|Justfile|Taskfile|gradlew|mvnw)$/i;
function looksLikeDirectory(src) {
  if (src.endsWith("/")) return true;
  const base = src.split("/").pop() ?? "";
  if (!base || /[*?[$]/.test(base) || base.startsWith("http")) return false;
  return !base.includes(".", 1) && !EXTENSIONLESS_FILES.test(base) && !/^[A-Z0-9_-]+$/.test(base);
}
function broadCopies(model, inst) {
  if (inst.keyword !== "COPY" && inst.keyword !== "ADD" || flagOf(inst, "from")) return [];
  const paths = copyPaths(model, inst);
  if (!paths) return [];
  const out = [];
  for (const src of paths.sources) {
    if (/^[a-z]+:\/\//i.test(src.value) || src.value.startsWith("git@")) continue;
    if (isWholeContext(src.value)) out.push({ inst, src });
    else if (!isManifestSource(src.value) && looksLikeDirectory(src.value)) {
      out.push({ inst, src, destDir: resolveImagePath(workdirAt(model, inst), paths.dest.value) });
    }
  }
  return out;
}
function directoryOf(model, inst, target) {
  let dir = workdirAt(model, inst);
  for (const cmd of inst.script?.commands ?? []) {
    if (cmd === target.command) break;
    if (cmd.depth > 0 || cmd.inSubstitution) continue;
    const inv = invocationOf(cmd);
    if (inv.name === "cd" && inv.args[0] && !inv.args[0].includes("$"))
      dir = resolveImagePath(dir, inv.args[0]);
  }
  const opt = optionValue(
    target,
    "--prefix",
    "--cwd",
    "--dir",
    "--directory",
    "--working-dir",
    "--project-dir"
  );
  if (opt && !opt.value.includes("$")) dir = resolveImagePath(dir, opt.value);
  return dir;
}
function shorten(text) {
  if (text.length <= 60) return text;
  const cut = text.lastIndexOf(" ", 60);
  return `${text.slice(0, cut > 20 ? cut : 60)} \u2026`;
}
var DEDICATED_STEP = {
  go: "go mod download",
  rust: "cargo fetch",
  maven: "mvn dependency:go-offline",
  gradle: "gradle dependencies",
  dotnet: "dotnet restore"
};
function manifestList(step) {
  if (step.manager.family === "dotnet") return "the project files (*.csproj, *.sln, NuGet.config)";
  if (step.manager.family === "gradle")
    return "build.gradle and settings.gradle (or their .kts forms) and the gradle/ wrapper";
  const m = step.manifests;
  return m.length === 1 ? m[0] : `${m.slice(0, -1).join(", ")} and ${m[m.length - 1]}`;
}
var cache_order_default = defineRule({
  id: "dockerfile/cache-order",
  severity: "warning",
  summary: "Source is copied before the dependency install, so every edit re-installs",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const copies = [];
      const explicitSeen = /* @__PURE__ */ new Set();
      const reported = /* @__PURE__ */ new Set();
      for (const inst of stage.instructions) {
        copies.push(...broadCopies(model, inst));
        if (inst.keyword !== "RUN" || !inst.script) continue;
        const hasCacheMount = mountsOf(inst).some((m) => m.type === "cache");
        for (const inv of findCommands(inst)) {
          const step = dependencyStep(inv);
          if (!step) continue;
          const family = step.manager.family;
          if (step.implicit && (explicitSeen.has(family) || hasCacheMount)) continue;
          if (!step.implicit) explicitSeen.add(family);
          if (copies.length === 0) continue;
          const dir = directoryOf(model, inst, inv);
          const copy = copies.find((c) => c.destDir === void 0 || c.destDir === dir);
          if (!copy) continue;
          const key = `${copy.inst.index}:${copy.src.value}:${family}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const shown = shorten(inv.words.map((w) => w.value).join(" "));
          const what = copy.destDir === void 0 ? `${copy.inst.keyword} ${copy.src.value} copies the whole build context` : `${copy.inst.keyword} ${copy.src.value} copies the directory holding the dependency manifest into ${copy.destDir}`;
          const manifests = manifestList(step);
          const install = step.implicit ? DEDICATED_STEP[family] ?? shown : shown;
          const effect = step.implicit ? `\`${shown}\` (line ${inst.range.line}) downloads the dependencies it needs, so every source edit downloads them all again` : `\`${shown}\` (line ${inst.range.line}), so every source edit invalidates that layer and re-installs every dependency`;
          report({
            range: copy.src.range,
            message: `${what} before ${effect}. Copy ${manifests} first, run \`${install}\`, and copy the rest of the sources after it.`,
            context: stage.name ? { stage: stage.name } : void 0
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/chpasswd.ts
var chpasswd_default = defineRule({
  id: "dockerfile/chpasswd",
  aliases: ["CKV2_DOCKER_17"],
  severity: "warning",
  summary: "RUN sets a password with chpasswd",
  securitySeverity: 7,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "RUN") continue;
        for (const inv of findCommands(inst, "chpasswd")) {
          report({
            range: rangeOfWords(model, inv.words[0]),
            message: "chpasswd sets a password inside the image: the password (or its hash) stays in a layer and in the build history for anyone who pulls the image, and every container shares it. Do not give image users passwords; run as a non-root USER, and pass credentials at run time (secrets, env) if a service needs them."
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/consecutive-run.ts
var DELIBERATE_CHAIN = 2;
function flagKey(inst) {
  return inst.flags.map((f) => `${f.name.toLowerCase()}=${f.value ?? ""}`).sort().join(" ");
}
function commandCount(inst) {
  if (inst.form === "exec") return 1;
  return inst.script ? inst.script.commands.filter((c) => c.words.length > 0 || c.assignments.length > 0).length : 1;
}
var SHELL_STATE = /* @__PURE__ */ new Set([
  "cd",
  "pushd",
  "popd",
  "export",
  "unset",
  "set",
  "shopt",
  "umask",
  "ulimit",
  "source",
  ".",
  "alias",
  "trap",
  "exit",
  "exec",
  "return",
  "shift",
  "read",
  "readonly",
  "local",
  "declare",
  "typeset",
  "eval"
]);
function mergeFix(model, a, b) {
  if (a.form !== "shell" || b.form !== "shell" || !a.posixShell || !b.posixShell) return void 0;
  if (a.heredocs.length > 0 || b.heredocs.length > 0 || !a.argsRange || !b.argsRange) return void 0;
  if (a.script?.commands.some(
    (c) => c.words.length === 0 && c.assignments.length > 0 || SHELL_STATE.has(c.name)
  )) {
    return void 0;
  }
  const first = a.argsText.replace(/\s+$/, "");
  if (first.includes("#") || /(?:&&|\|\||[|;&\\`])$/.test(first)) return void 0;
  const end = a.argsOffset + first.length;
  const between = model.text.slice(end, b.argsOffset);
  if (!/^\s*RUN\s+(?:--\S+\s+)*$/i.test(between)) return void 0;
  const multiLine = first.includes("\n");
  return {
    description: "Join the two RUN instructions with &&",
    edits: [
      {
        range: model.rangeOf(end, b.argsOffset),
        text: multiLine ? ` ${model.escapeChar}
    && ` : " && "
      }
    ]
  };
}
var consecutive_run_default = defineRule({
  id: "dockerfile/consecutive-run",
  aliases: ["DL3059"],
  severity: "info",
  summary: "Consecutive RUN instructions could be one",
  fixable: true,
  check(model, _options, report) {
    for (const stage of model.stages) {
      const list = stage.instructions;
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1];
        const cur = list[i];
        if (prev.keyword !== "RUN" || cur.keyword !== "RUN") continue;
        if (flagKey(prev) !== flagKey(cur)) continue;
        if (commandCount(prev) >= DELIBERATE_CHAIN || commandCount(cur) >= DELIBERATE_CHAIN) continue;
        const fix = mergeFix(model, prev, cur);
        report({
          range: cur.keywordRange,
          message: `This RUN directly follows the RUN at line ${prev.range.line}: each RUN adds a layer, and files deleted by the second still weigh in the first. Join them into one RUN with &&.`,
          ...fix ? { fix } : {},
          context: stage.name ? { stage: stage.name } : void 0
        });
      }
    }
  }
});

// src/rules/dockerfile/consistent-instruction-casing.ts
var consistent_instruction_casing_default = defineRule({
  id: "dockerfile/consistent-instruction-casing",
  aliases: ["ConsistentInstructionCasing", "FileConsistentCommandCasing", "SelfConsistentCommandCasing"],
  severity: "info",
  summary: "Instruction keywords mix upper and lower case",
  fixable: true,
  check(model, _options, report) {
    const counted = model.instructions.filter((i) => i.stage >= 0);
    let lower = 0;
    let upper = 0;
    for (const inst of counted) {
      const k = inst.keywordRaw;
      if (!isSelfConsistentCase(k)) continue;
      if (k === k.toLowerCase()) lower++;
      else upper++;
    }
    const majorityLower = lower > upper;
    const casing = majorityLower ? "lowercase" : "uppercase";
    for (const inst of counted) {
      const k = inst.keywordRaw;
      const want = majorityLower ? k.toLowerCase() : k.toUpperCase();
      if (k === want) continue;
      report({
        range: inst.keywordRange,
        message: `Command '${k}' should match the case of the command majority (${casing}); one casing for every instruction keeps the file easy to scan. Write \`${want}\`.`,
        fix: { description: `Write ${want}`, edits: [{ range: inst.keywordRange, text: want }] }
      });
    }
  }
});

// src/knowledge/copy-args.ts
function copyParts(model, inst) {
  const trimmed = inst.argsText.trim();
  if (trimmed.startsWith("[")) {
    try {
      const arr = JSON.parse(trimmed.replace(new RegExp(`\\${model.escapeChar}\\n`, "g"), ""));
      if (Array.isArray(arr) && arr.every((x) => typeof x === "string") && arr.length > 0) {
        const range = inst.argsRange ?? inst.range;
        const parts2 = arr.map((value) => ({ value, range }));
        return { sources: parts2.slice(0, -1), dest: parts2[parts2.length - 1], json: true, heredocSources: 0 };
      }
    } catch {
    }
  }
  let args = inst.args.filter((a) => !a.value.startsWith("--"));
  if (inst.heredocs.length > 0) {
    const lastLine = inst.heredocs[0].range.endLine;
    args = args.filter((a) => a.range.line <= lastLine);
  }
  const parts = args.map((a) => ({ value: a.value, range: a.range }));
  const heredocSources = parts.filter((p) => /^<<-?/.test(p.value)).length;
  return {
    sources: parts.slice(0, -1),
    dest: parts.length > 0 ? parts[parts.length - 1] : void 0,
    json: false,
    heredocSources
  };
}
function copyArgs(model, inst) {
  const joined = inst.argsText.split(`${model.escapeChar}
`).join("").trim();
  if (joined.startsWith("[")) {
    try {
      const arr = JSON.parse(joined);
      if (Array.isArray(arr) && arr.length > 0 && arr.every((x) => typeof x === "string")) {
        const range = inst.argsRange ?? inst.range;
        const parts2 = arr.map((value) => ({ value, range }));
        return { sources: parts2.slice(0, -1), dest: parts2[parts2.length - 1] };
      }
    } catch {
    }
  }
  let args = inst.args;
  const body = inst.heredocs[0]?.bodyRange;
  if (body) args = args.filter((a) => a.range.line < body.line);
  const parts = args.map((a) => ({ value: a.value, range: a.range }));
  return { sources: parts.slice(0, -1), dest: parts[parts.length - 1] };
}

// src/rules/dockerfile/copy-dest-slash.ts
function isDir(dest) {
  return /[/\\]$/.test(dest) || dest === "." || dest === "..";
}
var copy_dest_slash_default = defineRule({
  id: "dockerfile/copy-dest-slash",
  aliases: ["DL3021", "DS011", "AVD-DS-0011"],
  severity: "error",
  summary: "COPY with several sources to a destination that does not end with /",
  fixable: true,
  check(model, _options, report) {
    for (const inst of instructionsOf(model, "COPY", "ADD")) {
      const parts = copyParts(model, inst);
      const dest = parts.dest;
      if (!dest || parts.sources.length < 2) continue;
      const raw = unquote(dest.value);
      if (isDir(raw)) continue;
      const expanded = expandVars(raw, inst.scope, model.escapeChar);
      if (expanded.unresolved.length > 0 || isDir(expanded.value)) continue;
      const quoted = dest.value !== raw;
      report({
        range: dest.range,
        message: `${inst.keyword} copies ${parts.sources.length} sources to "${raw}", which does not end with "/": the builder only accepts several sources into a directory. Write "${raw}/".`,
        fix: parts.json ? void 0 : {
          description: "Add a trailing slash to the destination",
          edits: [
            {
              range: {
                line: dest.range.endLine,
                column: dest.range.endColumn - (quoted ? 1 : 0),
                endLine: dest.range.endLine,
                endColumn: dest.range.endColumn - (quoted ? 1 : 0)
              },
              text: "/"
            }
          ]
        }
      });
    }
  }
});

// src/rules/dockerfile/copy-from-own-stage.ts
var copy_from_own_stage_default = defineRule({
  id: "dockerfile/copy-from-own-stage",
  aliases: ["DL3023", "DS006", "AVD-DS-0006"],
  severity: "error",
  summary: "COPY --from names the stage it is in",
  check(model, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD") continue;
      const from = flagOf(inst, "from");
      if (!from?.value) continue;
      const src = resolveSource(model, inst, unquote(from.value));
      if (src.kind !== "stage" || src.stage.index !== inst.stage) continue;
      report({
        range: from.valueRange ?? from.range,
        message: `${inst.keyword} --from=${from.value} names the stage it is part of; a stage cannot copy from itself (the builder fails with a dependency cycle). Copy from an earlier stage, or use the path directly.`
      });
    }
  }
});

// src/rules/dockerfile/copy-from-root.ts
var ROOT = /* @__PURE__ */ new Set(["/", "/.", "/*", "/./"]);
function scratchRooted(model, stage, seen) {
  if (seen.has(stage.index)) return false;
  seen.add(stage.index);
  const base = rootBase(model, stage);
  if (base.scratch) return true;
  if (base.unresolved.length === 0 || stage.parent !== void 0) return false;
  const pattern = base.raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "*").toLowerCase();
  const candidates = model.stages.filter(
    (s) => s.index < stage.index && s.name && globMatch(pattern, s.name)
  );
  return candidates.length > 0 && candidates.every((s) => scratchRooted(model, s, new Set(seen)));
}
var copy_from_root_default = defineRule({
  id: "dockerfile/copy-from-root",
  aliases: ["DL3067"],
  severity: "warning",
  hadolintOptions: { allow: [], rootTargetOnly: true },
  summary: "COPY --from copies the whole filesystem of another stage or image",
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Images (patterns as in trusted-registries, e.g. `tonistiigi/xx`) made to be copied whole into another image, such as the binary-only images Docker publishes.",
      default: [
        "tonistiigi/xx",
        "moby/moby-bin",
        "dockereng/cli-bin",
        "docker/buildx-bin",
        "docker/compose-bin"
      ]
    },
    rootTargetOnly: {
      type: "boolean",
      description: "Report only copies of a whole filesystem onto `/` (`COPY --from=x / /`), as hadolint does; by default a copy into any folder is reported.",
      default: false
    }
  },
  check(model, options, report) {
    const isRoot3 = (value) => ROOT.has(value.replace(/^(["'])(.*)\1$/, "$2"));
    for (const inst of model.instructions) {
      if (inst.keyword !== "COPY") continue;
      const from = flagOf(inst, "from");
      if (!from?.value) continue;
      const { sources, dest } = copyArgs(model, inst);
      const root = sources.find((s) => isRoot3(s.value));
      if (!root) continue;
      if (options.rootTargetOnly && !(dest && isRoot3(dest.value))) continue;
      const src = resolveSource(model, inst, from.value);
      if (src.kind === "stage" && scratchRooted(model, src.stage, /* @__PURE__ */ new Set())) continue;
      const image = src.kind === "image" ? src.image : src.kind === "stage" ? rootBase(model, src.stage) : void 0;
      if (image && options.allow.some((p) => imageMatches(image, p))) continue;
      report({
        range: root.range,
        message: `\`COPY --from=${from.value} /\` copies that ${src.kind === "stage" ? "stage" : "image"}'s entire filesystem (compilers, package caches, any secrets used while building) into this image; copy only the paths you need, e.g. \`COPY --from=build /app/bin/ /usr/local/bin/\`.`
      });
    }
  }
});

// src/knowledge/suggestions.ts
function levenshtein(a, b) {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array(b.length + 1);
  let cur = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
var SuggestionBudget = class {
  constructor(limit = 2e6) {
    this.limit = limit;
  }
  limit;
  /** Units spent so far (candidates looked at plus edit-distance cells). */
  spent = 0;
  get exhausted() {
    return this.spent >= this.limit;
  }
};
var MAX_SUGGESTED_NAME_LENGTH = 64;
function suggestNameWithin(value, candidates, budget, options = {}) {
  const { caseSensitive = true, maxDistance = 3 } = options;
  if (budget.exhausted || value.length > MAX_SUGGESTED_NAME_LENGTH) return void 0;
  const v = caseSensitive ? value : value.toLowerCase();
  let best;
  let bestDist = maxDistance;
  for (const c of candidates) {
    budget.spent++;
    if (budget.exhausted) break;
    const o = caseSensitive ? c : c.toLowerCase();
    if (o === v) return void 0;
    if (Math.abs(o.length - v.length) >= bestDist || o.length > MAX_SUGGESTED_NAME_LENGTH) continue;
    budget.spent += o.length * v.length;
    const d = levenshtein(v, o);
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return best;
}
function didYouMean(suggestion, prefix = "") {
  return suggestion ? ` (did you mean ${prefix}${suggestion}?)` : "";
}

// src/rules/dockerfile/copy-from-unknown-stage.ts
var copy_from_unknown_stage_default = defineRule({
  id: "dockerfile/copy-from-unknown-stage",
  aliases: ["DL3022", "DS018", "AVD-DS-0018"],
  severity: "warning",
  summary: "COPY --from names no earlier stage",
  check(model, _options, report) {
    const budget = new SuggestionBudget();
    for (const inst of model.instructions) {
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD") continue;
      const from = flagOf(inst, "from");
      if (!from?.value) continue;
      const src = resolveSource(model, inst, unquote(from.value));
      if (src.kind !== "image") continue;
      const ref = src.text;
      const range = from.valueRange ?? from.range;
      const earlier = stagesBefore(model, inst.index);
      if (/^\d+$/.test(ref)) {
        report({
          range,
          message: `${inst.keyword} --from=${ref} refers to stage #${ref}, but only ${earlier} stage(s) start before this line (counting from 0). Name the stage (\`FROM \u2026 AS build\`) and copy with --from=build.`
        });
        continue;
      }
      const key = ref.toLowerCase();
      const later = stagesByName(model).get(key)?.find((s) => s.from.index > inst.index);
      if (later) {
        report({
          range,
          message: `Stage "${ref}" is defined after this ${inst.keyword} (line ${later.from.range.line}), so the builder looks for an image called "${ref}" instead. Move the stage above this line.`
        });
        continue;
      }
      if (/[:@/.]/.test(ref)) continue;
      function* names() {
        for (let i = 0; i < earlier; i++) {
          const name = model.stages[i].nameRaw;
          if (name) yield name;
        }
      }
      const near = suggestNameWithin(key, names(), budget, {
        caseSensitive: false,
        maxDistance: Math.max(1, Math.floor(key.length / 3)) + 1
      });
      report({
        range,
        message: `${inst.keyword} --from=${ref} matches no earlier stage${near ? ` (did you mean "${near}"?)` : ""}, so unless the build passes a named context (\`--build-context ${ref}=\u2026\`) the builder pulls an image called "${ref}" from Docker Hub. Reference a stage defined above, or, for an image, write it with a tag (${ref}:<tag>) or declare it as a stage: \`FROM ${ref}:<tag> AS ${ref}\`.`
      });
    }
  }
});

// src/knowledge/dockerignore-match.ts
import path2 from "node:path";
function cleanPath(p) {
  if (p === "") return ".";
  const abs = p.startsWith("/");
  const out = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!abs) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (abs) return "/" + joined;
  return joined === "" ? "." : joined;
}
function compileIgnore(lines) {
  const out = [];
  for (const line of lines) {
    let p = line.trim();
    if (p === "" || p.startsWith("#")) continue;
    let exclusion = false;
    if (p.startsWith("!")) {
      exclusion = true;
      p = p.slice(1).trim();
    }
    p = cleanPath(p);
    if (p.length > 1 && p.startsWith("/")) p = p.slice(1);
    if (p === "") continue;
    out.push({ pattern: p, exclusion, source: line });
  }
  return out;
}
function globMatches(pattern, file) {
  const memo = /* @__PURE__ */ new Map();
  const width = file.length + 1;
  const go = (pi, fi) => {
    const key = pi * width + fi;
    const cached = memo.get(key);
    if (cached !== void 0) return cached;
    let result;
    if (pi === pattern.length) result = fi === file.length;
    else {
      const c = pattern[pi];
      if (c === "*" && pattern[pi + 1] === "*") {
        const next = pi + 2;
        if (pattern[next] === "/" && go(next + 1, fi)) result = true;
        else {
          result = false;
          for (let k = fi; k <= file.length && !result; k++) result = go(next, k);
        }
      } else if (c === "*") {
        result = false;
        for (let k = fi; k <= file.length; k++) {
          if (go(pi + 1, k)) {
            result = true;
            break;
          }
          if (k < file.length && file[k] === "/") break;
        }
      } else if (fi === file.length) result = false;
      else if (c === "?") result = file[fi] !== "/" && go(pi + 1, fi + 1);
      else if (c === "[") {
        const cls = matchClass(pattern, pi, file[fi]);
        if (cls === null) result = file[fi] === "[" && go(pi + 1, fi + 1);
        else result = cls.matched && file[fi] !== "/" && go(cls.end, fi + 1);
      } else if (c === "\\" && pi + 1 < pattern.length)
        result = file[fi] === pattern[pi + 1] && go(pi + 2, fi + 1);
      else result = file[fi] === c && go(pi + 1, fi + 1);
    }
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}
function matchClass(pattern, pi, ch) {
  let i = pi + 1;
  let negate = false;
  if (pattern[i] === "^" || pattern[i] === "!") {
    negate = true;
    i++;
  }
  let matched = false;
  let firstItem = true;
  while (i < pattern.length && (pattern[i] !== "]" || firstItem)) {
    firstItem = false;
    let lo = pattern[i];
    if (lo === "\\" && i + 1 < pattern.length) lo = pattern[++i];
    let hi = lo;
    if (pattern[i + 1] === "-" && pattern[i + 2] !== void 0 && pattern[i + 2] !== "]") {
      hi = pattern[i + 2];
      if (hi === "\\" && i + 3 < pattern.length) {
        hi = pattern[i + 3];
        i++;
      }
      i += 2;
    }
    if (ch >= lo && ch <= hi) matched = true;
    i++;
  }
  if (i >= pattern.length) return null;
  return { matched: matched !== negate, end: i + 1 };
}
function ignoredBy(patterns, file) {
  const parent = path2.posix.dirname(file);
  const dirs = parent === "." ? [] : parent.split("/");
  let matched;
  for (const p of patterns) {
    if (p.exclusion !== (matched !== void 0)) continue;
    let hit = globMatches(p.pattern, file);
    for (let i = 0; !hit && i < dirs.length; i++)
      hit = globMatches(p.pattern, dirs.slice(0, i + 1).join("/"));
    if (hit) matched = p.exclusion ? void 0 : p;
  }
  return matched;
}

// src/rules/dockerfile/copy-ignored-file.ts
function remote(src) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(src) || /^git@/.test(src) || /\.git(?:#.*)?$/.test(src);
}
var copy_ignored_file_default = defineRule({
  id: "dockerfile/copy-ignored-file",
  aliases: ["CopyIgnoredFile"],
  severity: "warning",
  summary: "COPY or ADD names a file that .dockerignore excludes from the build context",
  check(model, _options, report) {
    const ignore = model.dockerignore;
    if (!ignore || ignore.patterns.length === 0) return;
    const patterns = compileIgnore(ignore.patterns);
    for (const inst of model.instructions) {
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD") continue;
      if (flagOf(inst, "from")) continue;
      const paths = copyPaths(model, inst);
      if (!paths) continue;
      for (const src of paths.sources) {
        const value = src.value;
        if (value === "" || remote(value) || isWholeContext(value)) continue;
        const cleaned = cleanPath(value).replace(/^\/+/, "");
        const hit = ignoredBy(patterns, value) ?? (cleaned === "." ? void 0 : ignoredBy(patterns, cleaned));
        if (!hit) continue;
        const verb = inst.keyword === "ADD" ? "Add" : "Copy";
        report({
          range: src.range,
          message: `Attempting to ${verb} file "${value}" that is excluded by ${ignore.path} (pattern "${hit.source.trim()}"): excluded files are not sent to the builder, so this fails with "not found" (or silently copies less). Remove the pattern, add an exception (!${cleaned}) after it, or stop copying the file.`
        });
      }
    }
  }
});

// src/knowledge/urls-and-archives.ts
var TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz|tbz2|tb2|tar\.xz|txz|tar\.lz|tlz|tar\.lzma|tar\.z|taz|tz|tpz|tar\.zst|tzst)$/i;
var MAYBE_ARCHIVE = /\.(gz|bz2|xz|lz|lzma|z|zst)$/i;
function isUrl(s) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^git@[^:]+:/.test(s);
}

// src/rules/dockerfile/copy-instead-of-add.ts
var ADD_ONLY_FLAGS = /* @__PURE__ */ new Set(["checksum", "keep-git-dir", "unpack"]);
var copy_instead_of_add_default = defineRule({
  id: "dockerfile/copy-instead-of-add",
  aliases: ["DL3020", "DS005", "AVD-DS-0005", "CKV_DOCKER_4"],
  severity: "error",
  summary: "ADD used for local files and folders instead of COPY",
  fixable: true,
  check(model, _options, report) {
    for (const inst of instructionsOf(model, "ADD")) {
      if (inst.flags.some((f) => ADD_ONLY_FLAGS.has(f.name.toLowerCase()))) continue;
      const parts = copyParts(model, inst);
      if (parts.sources.length === 0 || parts.heredocSources > 0) continue;
      let plain = true;
      for (const src of parts.sources) {
        const expanded = expandVars(unquote(src.value), inst.scope, model.escapeChar);
        const value = expanded.value;
        if (expanded.unresolved.length > 0 || isUrl(value) || TAR_ARCHIVE.test(value) || MAYBE_ARCHIVE.test(value)) {
          plain = false;
          break;
        }
      }
      if (!plain) continue;
      const kw = inst.keywordRaw;
      const copy = kw === kw.toLowerCase() ? "copy" : kw === kw.toUpperCase() ? "COPY" : "Copy";
      report({
        range: inst.keywordRange,
        message: "ADD of local files does what COPY does, plus URL downloads and archive extraction nobody asked for, so a renamed file can change what the build does. Use COPY for files and folders.",
        fix: { description: "Replace ADD with COPY", edits: [{ range: inst.keywordRange, text: copy }] }
      });
    }
  }
});

// src/rules/dockerfile/copy-relative-without-workdir.ts
var copy_relative_without_workdir_default = defineRule({
  id: "dockerfile/copy-relative-without-workdir",
  aliases: ["DL3045"],
  severity: "warning",
  summary: "COPY to a relative destination before any WORKDIR",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (!stage.from.posixShell) continue;
      if (stage.implicit) continue;
      const inherited = ancestorsHave(model, stage, "WORKDIR");
      let workdirSet = inherited;
      for (const inst of stage.instructions) {
        if (inst.keyword === "WORKDIR") workdirSet = true;
        if (inst.keyword !== "COPY") continue;
        const dest = copyArgs(model, inst).dest;
        if (!dest) continue;
        const value = expandVars(dest.value, inst.scope, model.escapeChar);
        if (value.unresolved.length > 0) continue;
        const d = value.value.replace(/^(["'])(.*)\1$/, "$2");
        if (d.startsWith("/") || /^[A-Za-z]:[\\/]/.test(d) || d.startsWith("\\")) continue;
        if (workdirSet) continue;
        report({
          range: dest.range,
          message: `COPY to the relative path "${dest.value}" with no WORKDIR set in this stage lands wherever the base image's WORKDIR points (often /), which can change with the base image; set \`WORKDIR\` first or copy to an absolute path.`
        });
      }
    }
  }
});

// src/rules/dockerfile/denied-base-images.ts
function entriesOf(options) {
  return (Array.isArray(options.images) ? options.images : []).map((e) => typeof e === "string" ? { pattern: e } : e).filter((e) => !!e && typeof e.pattern === "string" && e.pattern.trim() !== "");
}
function reasonOf(hit) {
  return hit.reason?.trim() ? `: "${hit.reason.trim()}"` : "";
}
var denied_base_images_default = defineRule({
  id: "dockerfile/denied-base-images",
  severity: "error",
  summary: "FROM uses a base image the policy denies",
  securitySeverity: 6,
  options: {
    images: {
      type: "array",
      items: {
        anyOf: [
          { type: "string" },
          {
            type: "object",
            properties: { pattern: { type: "string" }, reason: { type: "string" } },
            required: ["pattern"],
            additionalProperties: false
          }
        ]
      },
      description: "Denied images: `pattern` (`centos`, `node:14*`, `python:2*`, `debian:stretch*`: `*` matches any text; no registry means Docker Hub; a tag in the pattern must match too) and the `reason` quoted in the message.",
      default: []
    }
  },
  check(model, options, report) {
    const entries = entriesOf(options);
    if (entries.length === 0) return;
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const base = externalBase(stage);
      if (!base) continue;
      const hit = entries.find((e) => imageMatches(base, e.pattern));
      if (!hit) continue;
      const reason = reasonOf(hit);
      report({
        range: imageArgRange(stage),
        message: `FROM ${base.text} is denied by the policy (pattern ${hit.pattern})${reason}. Base the image on an allowed, supported image instead.`,
        context: stage.name ? { stage: stage.name } : void 0
      });
    }
  },
  checkRuntime(spec, options, report) {
    const run = runImage(spec);
    const hit = run && entriesOf(options).find((e) => imageMatches(run.ref, e.pattern));
    if (!run || !hit) return;
    report({
      range: run.range,
      message: `${run.subject}, which is denied by the policy (pattern ${hit.pattern})${reasonOf(hit)}. Run an allowed, supported image instead.`
    });
  }
});

// src/knowledge/package-managers/rpm-rules.ts
var RPM_ALL = ["yum", ...DNF_NAMES];
function rpmActionWord(inv) {
  const ops = operandsOf(inv);
  const sub = ops[0]?.value;
  if (sub === "group" || sub === "groups" || sub === "module") return ops[1] ?? ops[0];
  return ops[0];
}
function checkAssumeYes(model, names, report) {
  for (const inst of runInstructions(model)) {
    for (const inv of findCommands(inst, names)) {
      if (inv.name === "microdnf") continue;
      const actions = actionsOf(inv);
      if (!actions.has("install") && !actions.has("upgrade") && !actions.has("remove")) continue;
      if (hasOption2(inv, "-y", "--assumeyes", "--assumeno")) continue;
      const action = rpmActionWord(inv) ?? inv.words[0];
      const sub = action.value;
      report({
        range: model.rangeOf(inv.words[0].start, action.end),
        message: `\`${inv.name} ${sub}\` without \`-y\` waits for a confirmation that a build cannot give, so the step fails; write \`${inv.name} ${sub} -y \u2026\` (or \`--assumeyes\`).`,
        fix: insertAfterWord(model, action, " -y", `Add -y to ${inv.name} ${sub}`)
      });
    }
  }
}
function checkRpmClean(model, names, shippedOnly, report) {
  for (const inst of runInstructions(model, { shippedOnly })) {
    const changes = findCommands(inst, names).filter((inv) => {
      const a = actionsOf(inv);
      return a.has("install") || a.has("upgrade");
    });
    if (changes.length === 0) continue;
    const last = changes[changes.length - 1];
    const cleaned = findCommands(inst, RPM_ALL).some((inv) => {
      const ops = operandsOf(inv).map((w) => w.value);
      return inv.command.start > last.command.start && ops[0] === "clean" && ops.includes("all");
    });
    if (cleaned || removesDir(inst, last.command.start, RPM_CACHE_DIRS) || mountsCacheOver(inst, RPM_CACHE_DIRS))
      continue;
    const first = changes[0];
    const action = rpmActionWord(first) ?? first.words[0];
    const tool = last.name;
    report({
      range: model.rangeOf(first.words[0].start, action.end),
      message: `\`${first.name} ${action.value}\` leaves the package and metadata caches in the layer (often tens of MB); end the same RUN with \`${tool} clean all\`, or mount the cache with \`--mount=type=cache,target=${rpmCacheDir(tool)}\`.`,
      fix: appendCommandFix(model, inst, `${tool} clean all`, `Append ${tool} clean all`)
    });
  }
}
function assignedIn(inst, name) {
  const n = name.replace(/[^A-Za-z0-9_]/g, "\\$&");
  const text = inst.argsText + inst.heredocs.map((h) => "\n" + h.body).join("");
  return new RegExp(`(?:^|[^\\w$])${n}=|\\b(?:read|for)\\b[^;&|\\n]*\\b${n}\\b`).test(text);
}
function checkRpmPins(model, names, report) {
  const declared = /* @__PURE__ */ new Set();
  for (const i of model.instructions)
    if (i.keyword === "ARG" || i.keyword === "ENV") for (const p of i.properties) declared.add(p.name);
  for (const inst of runInstructions(model)) {
    for (const inv of findCommands(inst, names)) {
      if (!actionsOf(inv).has("install")) continue;
      const ops = operandsOf(inv);
      const sub = ops[0]?.value;
      if (sub === "group" || sub === "groups" || sub === "groupinstall") continue;
      if (sub === "builddep" || sub === "localinstall") continue;
      const module = sub === "module";
      for (const w of installedPackages(inv)) {
        if (w.value.startsWith("@") && !w.value.includes(":")) continue;
        const { value, unresolved } = resolveWord(model, inst, w);
        const elsewhere = unresolved.filter(
          (n) => declared.has(n) && !inst.scope.has(n) && !assignedIn(inst, n)
        );
        if (unresolved.length > elsewhere.length) continue;
        const bad = value.split(/\s+/).filter((s) => s.length > 0).filter((s) => module || s.startsWith("@") ? !/:[^:]+/.test(s) : !rpmSpecPinned(s));
        if (bad.length === 0) continue;
        const example2 = module ? `${bad[0].replace(/^@/, "")}:<stream>` : `${bad[0]}-<version>`;
        report({
          range: model.rangeOf(w.start, w.end),
          message: `\`${inv.name} ${module ? "module install" : "install"} ${bad[0]}\` installs whatever version the repository has at build time, so rebuilds differ; pin it: \`${example2}\` (a version from an ARG counts).` + (elsewhere.length > 0 ? ` \`$${elsewhere[0]}\` is set in another stage only, and ARG/ENV values do not cross FROM, so it is empty here.` : "")
        });
      }
    }
  }
}

// src/rules/dockerfile/dnf-assume-yes.ts
var dnf_assume_yes_default = defineRule({
  id: "dockerfile/dnf-assume-yes",
  aliases: ["DL3038"],
  severity: "warning",
  summary: "dnf install/upgrade/remove without -y",
  fixable: true,
  check(model, _options, report) {
    checkAssumeYes(model, DNF_NAMES, report);
  }
});

// src/rules/dockerfile/dnf-clean-all.ts
var dnf_clean_all_default = defineRule({
  id: "dockerfile/dnf-clean-all",
  aliases: ["DL3040", "DS019", "AVD-DS-0019"],
  severity: "warning",
  hadolintOptions: { onlyShippedStages: false },
  summary: "dnf/microdnf install or upgrade without dnf clean all in the same RUN",
  fixable: true,
  options: {
    onlyShippedStages: {
      type: "boolean",
      description: "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.",
      default: true
    }
  },
  check(model, options, report) {
    checkRpmClean(model, DNF_NAMES, options.onlyShippedStages, report);
  }
});

// src/rules/dockerfile/dnf-version-pin.ts
var dnf_version_pin_default = defineRule({
  id: "dockerfile/dnf-version-pin",
  aliases: ["DL3041"],
  severity: "warning",
  summary: "dnf/microdnf install without package versions",
  check(model, _options, report) {
    checkRpmPins(model, DNF_NAMES, report);
  }
});

// src/rules/dockerfile/dockerignore.ts
var dockerignore_default = defineRule({
  id: "dockerfile/dockerignore",
  severity: "warning",
  summary: "The whole build context is copied and there is no .dockerignore",
  check(model, _options, report) {
    if (model.dockerignore) return;
    const base = model.path.split("/").pop() || "Dockerfile";
    for (const inst of model.instructions) {
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD" || flagOf(inst, "from")) continue;
      const paths = copyPaths(model, inst);
      const src = paths?.sources.find((s) => isWholeContext(s.value));
      if (!src) continue;
      const stage = model.stages[inst.stage];
      report({
        range: src.range,
        message: `${inst.keyword} ${src.value} copies the whole build context, and there is no .dockerignore (nor ${base}.dockerignore) beside the Dockerfile: .git, node_modules, local .env files and build output go into the image, and any change to them invalidates the cache. Add a .dockerignore that excludes them.`,
        context: stage?.name ? { stage: stage.name } : void 0
      });
      return;
    }
  }
});

// src/rules/dockerfile/duplicate-stage-name.ts
var duplicate_stage_name_default = defineRule({
  id: "dockerfile/duplicate-stage-name",
  aliases: ["DL3024", "DuplicateStageName", "DS012", "AVD-DS-0012", "CKV_DOCKER_11"],
  severity: "error",
  summary: "Two FROM instructions use the same stage name",
  check(model, _options, report) {
    const seen = /* @__PURE__ */ new Map();
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange) continue;
      const first = seen.get(stage.name);
      if (first === void 0) {
        seen.set(stage.name, stage.from.range.line);
        continue;
      }
      report({
        range: stage.nameRange,
        message: `Stage name "${stage.nameRaw}" is already used by the stage on line ${first} (names are case-insensitive). The builder rejects duplicate names; give this stage a name of its own.`
      });
    }
  }
});

// src/rules/dockerfile/env-self-reference.ts
function references(raw, escapeChar) {
  const out = [];
  let single = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (single) {
      if (c === "'") single = false;
      continue;
    }
    if (c === escapeChar) {
      i++;
      continue;
    }
    if (c === "'") {
      single = true;
      continue;
    }
    if (c !== "$") continue;
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(raw.slice(i));
    if (m) {
      out.push({ name: m[1] ?? m[2], start: i, end: i + m[0].length });
      i += m[0].length - 1;
    }
  }
  return out;
}
function promotesItself(name, value) {
  const v = (value ?? "").trim();
  return v === `$${name}` || v === `\${${name}}`;
}
var env_self_reference_default = defineRule({
  id: "dockerfile/env-self-reference",
  aliases: ["DL3044"],
  severity: "error",
  summary: "ENV refers to a variable defined earlier in the same ENV",
  check(model, _options, report) {
    let lineStarts;
    const offsetOf = (line, column) => {
      if (!lineStarts) {
        lineStarts = [0];
        for (const l of model.lines) lineStarts.push(lineStarts[lineStarts.length - 1] + l.length + 1);
      }
      return lineStarts[line - 1] + column - 1;
    };
    for (const inst of model.instructions) {
      if (inst.keyword !== "ENV" || inst.properties.length < 2) continue;
      inst.properties.forEach((prop, i) => {
        if (i === 0 || !prop.valueRange) return;
        const from = offsetOf(prop.valueRange.line, prop.valueRange.column);
        const to = offsetOf(prop.valueRange.endLine, prop.valueRange.endColumn);
        const raw = model.text.slice(from, to);
        const earlier = new Set(
          inst.properties.slice(0, i).filter((p) => !promotesItself(p.name, p.value)).map((p) => p.name)
        );
        for (const ref of references(raw, model.escapeChar)) {
          if (!earlier.has(ref.name)) continue;
          report({
            range: model.rangeOf(from + ref.start, from + ref.end),
            message: `\`${ref.name}\` is set earlier in this same ENV, but an ENV expands its values before setting any of them, so \`${prop.name}\` gets the previous value of ${ref.name} (or nothing). Set ${ref.name} in an ENV of its own before this one.`
          });
        }
      });
    }
  }
});

// src/knowledge/exec-form.ts
var SHELL_BUILTINS = /* @__PURE__ */ new Set([
  "cd",
  "source",
  ".",
  "export",
  "set",
  "unset",
  "eval",
  "alias",
  "ulimit",
  "umask",
  "trap",
  "wait",
  "read",
  ":",
  "test",
  "[",
  "exit",
  "return"
]);
function jsonArgsFor(inst) {
  const script = inst.script;
  if (!script || script.errors.length > 0 || script.commands.length !== 1) return void 0;
  const cmd = script.commands[0];
  if (cmd.assignments.length > 0 || cmd.redirects.length > 0 || cmd.negated || cmd.depth !== 0 || cmd.next)
    return void 0;
  let words = cmd.words;
  if (words[0]?.value === "exec") words = words.slice(1);
  if (words.length === 0 || SHELL_BUILTINS.has(words[0].value)) return void 0;
  for (const w of words) {
    if (w.hasExpansion) return void 0;
    if (!w.quoted && /[*?[~{}]/.test(w.value)) return void 0;
  }
  const tail = inst.argsText.slice(words[words.length - 1].end - inst.argsOffset);
  if (tail.trim() !== "") return void 0;
  return `[${words.map((w) => JSON.stringify(w.value)).join(", ")}]`;
}

// src/rules/dockerfile/exec-form-cmd.ts
var exec_form_cmd_default = defineRule({
  id: "dockerfile/exec-form-cmd",
  aliases: ["DL3025"],
  severity: "warning",
  summary: "CMD or ENTRYPOINT in shell form instead of JSON (exec) form",
  fixable: true,
  check(model, _options, report) {
    for (const inst of instructionsOf(model, "CMD", "ENTRYPOINT")) {
      if (inst.form === "exec" || !inst.argsRange) continue;
      const json = inst.posixShell ? jsonArgsFor(inst) : void 0;
      const why = inst.keyword === "ENTRYPOINT" ? "runs under `/bin/sh -c`, so the program is not PID 1, does not receive SIGTERM on `docker stop`, and ignores CMD and `docker run` arguments" : "runs under `/bin/sh -c`, so the program is not PID 1 and does not receive SIGTERM on `docker stop`";
      report({
        range: inst.argsRange,
        message: `${inst.keyword} in shell form ${why}. Write it as a JSON array: ${inst.keyword} ${json ?? '["executable", "arg"]'}.`,
        fix: json ? { description: "Use the JSON (exec) form", edits: [{ range: inst.argsRange, text: json }] } : void 0
      });
    }
  }
});

// src/knowledge/expose.ts
function splitPortSpec(spec) {
  const parts = spec.split(":");
  let ip = "";
  let hostPort = "";
  let rest;
  if (parts.length === 1) rest = parts[0];
  else if (parts.length === 2) [hostPort, rest] = parts;
  else {
    ip = parts.slice(0, -2).join(":");
    hostPort = parts[parts.length - 2];
    rest = parts[parts.length - 1];
  }
  const slash = rest.indexOf("/");
  return {
    ip,
    hostPort,
    containerPort: slash < 0 ? rest : rest.slice(0, slash),
    proto: slash < 0 ? "" : rest.slice(slash + 1)
  };
}
function exposeSpecs(model, inst, expand) {
  const out = [];
  for (const arg of inst.args) {
    const literal = !/[$"'\\]/.test(arg.value);
    let text = arg.value;
    if (!literal) {
      const e = expand(arg.value);
      if (e.unresolved.length > 0) continue;
      text = e.value.replace(/^(["'])(.*)\1$/, "$2");
    }
    for (const spec of text.split(/\s+/).filter(Boolean))
      out.push({ spec, arg, literal, ...splitPortSpec(spec) });
  }
  return out;
}

// src/rules/dockerfile/expose-invalid-format.ts
var expose_invalid_format_default = defineRule({
  id: "dockerfile/expose-invalid-format",
  aliases: ["ExposeInvalidFormat"],
  severity: "warning",
  summary: "EXPOSE names an IP address or a host-port mapping",
  fixable: true,
  check(model, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== "EXPOSE") continue;
      for (const s of exposeSpecs(model, inst, (t) => expandVars(t, inst.scope, model.escapeChar))) {
        if (s.ip === "" && s.hostPort === "") continue;
        const fixed = s.containerPort + (s.proto ? `/${s.proto}` : "");
        report({
          range: s.arg.range,
          message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${s.spec}': EXPOSE only documents the port the container listens on, and which host port or address publishes it is decided at run time (docker run -p). This will become an error in a future release; write EXPOSE ${fixed}.`,
          fix: s.literal && s.arg.value === s.spec && fixed ? { description: `Write ${fixed}`, edits: [{ range: s.arg.range, text: fixed }] } : void 0
        });
      }
    }
  }
});

// src/rules/dockerfile/expose-proto-casing.ts
var expose_proto_casing_default = defineRule({
  id: "dockerfile/expose-proto-casing",
  aliases: ["ExposeProtoCasing"],
  severity: "info",
  summary: "The protocol of an EXPOSE port is not lower-case",
  fixable: true,
  check(model, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== "EXPOSE") continue;
      for (const s of exposeSpecs(model, inst, (t) => expandVars(t, inst.scope, model.escapeChar))) {
        if (s.proto === s.proto.toLowerCase()) continue;
        const fixed = s.spec.slice(0, s.spec.length - s.proto.length) + s.proto.toLowerCase();
        report({
          range: s.arg.range,
          message: `Defined protocol '${s.spec}' in EXPOSE instruction should be lowercase: tools that read the image config compare protocols as written. Write ${fixed}.`,
          fix: s.literal && s.arg.value === s.spec ? { description: `Write ${fixed}`, edits: [{ range: s.arg.range, text: fixed }] } : void 0
        });
      }
    }
  }
});

// src/rules/dockerfile/expose-ssh-port.ts
var expose_ssh_port_default = defineRule({
  id: "dockerfile/expose-ssh-port",
  aliases: ["DS004", "AVD-DS-0004", "CKV_DOCKER_1"],
  severity: "warning",
  summary: "EXPOSE opens port 22 (SSH)",
  securitySeverity: 5,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "EXPOSE") continue;
        for (const s of exposeSpecs(model, inst, (t) => expandVars(t, inst.scope, model.escapeChar))) {
          const m = /^(\d+)(?:-(\d+))?$/.exec(s.containerPort);
          if (!m) continue;
          const lo = Number(m[1]);
          const hi = m[2] === void 0 ? lo : Number(m[2]);
          if (lo > 22 || hi < 22) continue;
          report({
            range: s.arg.range,
            message: `EXPOSE ${s.spec} opens the SSH port: an SSH server in a container is one more service to patch and attack, and it bypasses the runtime's access control. Remove it and use \`docker exec\` (or \`kubectl exec\`) to get a shell.`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/expose-valid-port.ts
var MAX_PORT = 65535;
function problem(spec) {
  const slash = spec.indexOf("/");
  const ports = slash < 0 ? spec : spec.slice(0, slash);
  const proto = slash < 0 ? void 0 : spec.slice(slash + 1);
  if (proto !== void 0 && !/^(tcp|udp|sctp)$/i.test(proto))
    return `"${proto}" is not a protocol (tcp, udp or sctp)`;
  const m = /^(\d+)(?:-(\d+))?$/.exec(ports);
  if (!m) return `"${ports}" is not a port number`;
  const lo = Number(m[1]);
  const hi = m[2] === void 0 ? lo : Number(m[2]);
  if (lo > MAX_PORT || hi > MAX_PORT) return `ports range from 0 to ${MAX_PORT}`;
  if (hi < lo) return `the range ${ports} ends before it starts`;
  return void 0;
}
var expose_valid_port_default = defineRule({
  id: "dockerfile/expose-valid-port",
  aliases: ["DL3011", "DS008", "AVD-DS-0008"],
  severity: "error",
  summary: "EXPOSE names a port outside 0\u201365535",
  check(model, _options, report) {
    for (const inst of instructionsOf(model, "EXPOSE")) {
      for (const arg of inst.args) {
        const expanded = expandVars(arg.value, inst.scope, model.escapeChar);
        if (expanded.unresolved.length > 0) continue;
        for (const spec of expanded.value.split(/\s+/).filter(Boolean)) {
          const why = problem(spec.replace(/^(["'])(.*)\1$/, "$2"));
          if (!why) continue;
          report({
            range: arg.range,
            message: `EXPOSE ${spec} is not a valid port: ${why}. The builder rejects it; write a port or range such as \`8080\`, \`8080/tcp\` or \`8000-8010/udp\`.`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/from-as-casing.ts
var from_as_casing_default = defineRule({
  id: "dockerfile/from-as-casing",
  aliases: ["FromAsCasing"],
  severity: "info",
  summary: "The 'AS' keyword does not match the casing of 'FROM'",
  fixable: true,
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const from = stage.from;
      const as = from.args[1];
      if (from.args.length < 3 || !as || as.value.toLowerCase() !== "as") continue;
      if (!isSelfConsistentCase(from.keywordRaw)) continue;
      const lower = from.keywordRaw === from.keywordRaw.toLowerCase();
      const want = lower ? "as" : "AS";
      if (as.value === want) continue;
      report({
        range: as.range,
        message: `'${as.value}' and '${from.keywordRaw}' keywords' casing do not match; mixing cases makes the line harder to read. Write \`${from.keywordRaw} \u2026 ${want} ${stage.nameRaw ?? "name"}\`.`,
        fix: { description: `Write ${want}`, edits: [{ range: as.range, text: want }] }
      });
    }
  }
});

// src/rules/dockerfile/from-first.ts
var from_first_default = defineRule({
  id: "dockerfile/from-first",
  aliases: ["DL3061"],
  severity: "error",
  summary: "An instruction other than ARG comes before the first FROM",
  check(model, _options, report) {
    const first = model.instructions.find((i) => i.keyword !== "ARG");
    if (!first || first.keyword === "FROM") return;
    const hasFrom = model.stages.some((s) => !s.implicit);
    report({
      range: first.keywordRange,
      message: `\`${first.keywordRaw}\` comes ${hasFrom ? "before the first FROM" : "in a Dockerfile without FROM"}; a Dockerfile must start with FROM (only ARG, comments and parser directives may precede it), so the builder rejects it. Move the ${first.keyword} after a FROM.`
    });
  }
});

// src/knowledge/platform.ts
var KNOWN_OS = /* @__PURE__ */ new Set([
  "aix",
  "android",
  "darwin",
  "dragonfly",
  "freebsd",
  "illumos",
  "ios",
  "js",
  "linux",
  "netbsd",
  "openbsd",
  "plan9",
  "solaris",
  "wasip1",
  "windows"
]);
var ARCH_ALIASES = {
  i386: "386",
  "386": "386",
  x86_64: "amd64",
  "x86-64": "amd64",
  amd64: "amd64",
  aarch64: "arm64",
  arm64: "arm64",
  armhf: ["arm", "v7"],
  armel: ["arm", "v6"],
  arm: "arm",
  ppc64le: "ppc64le",
  ppc64: "ppc64",
  s390x: "s390x",
  riscv64: "riscv64",
  mips64le: "mips64le",
  mips64: "mips64",
  mipsle: "mipsle",
  mips: "mips",
  loong64: "loong64",
  wasm: "wasm"
};
var PLATFORM_PART = /^[A-Za-z0-9_.-]+$/;
function parsePlatform(value) {
  const parts = value.trim().split("/");
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !PLATFORM_PART.test(p))) return void 0;
  const norm = (os2) => os2.toLowerCase() === "macos" ? "darwin" : os2.toLowerCase();
  const arch = (a2) => {
    const m = ARCH_ALIASES[a2.toLowerCase()];
    if (m === void 0) return void 0;
    return Array.isArray(m) ? { os: "", arch: m[0], variant: m[1] } : { os: "", arch: m };
  };
  if (parts.length === 1) {
    const p = parts[0];
    if (KNOWN_OS.has(norm(p))) return { os: norm(p), arch: "amd64" };
    const a2 = arch(p);
    return a2 ? { ...a2, os: "linux" } : void 0;
  }
  const os = norm(parts[0]);
  const a = arch(parts[1]);
  if (!a) return { os, arch: parts[1].toLowerCase(), variant: parts[2] };
  return { os, arch: a.arch, variant: parts[2] ?? a.variant };
}
var PLATFORM_ARG_DEFAULTS = {
  TARGETPLATFORM: "linux/amd64",
  TARGETOS: "linux",
  TARGETARCH: "amd64",
  TARGETVARIANT: "",
  BUILDPLATFORM: "linux/amd64",
  BUILDOS: "linux",
  BUILDARCH: "amd64",
  BUILDVARIANT: ""
};

// src/rules/dockerfile/from-platform-flag-const.ts
var from_platform_flag_const_default = defineRule({
  id: "dockerfile/from-platform-flag-const",
  aliases: ["FromPlatformFlagConstDisallowed"],
  severity: "warning",
  summary: "FROM --platform uses a constant value in a stage not named after that platform",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const flag = flagOf(stage.from, "platform");
      if (!flag || flag.value === null) continue;
      const value = flag.value.replace(/^(["'])(.*)\1$/, "$2");
      if (scanVarRefs(value, model.escapeChar).length > 0 || value.includes("$")) continue;
      const p = parsePlatform(value);
      if (!p) continue;
      const name = stage.name ?? "";
      if (name.includes(p.os) || name.includes(p.arch)) continue;
      report({
        range: flag.range,
        message: `FROM --platform flag should not use constant value "${value}": the stage is always built for ${value}, so a multi-platform build gets the wrong image and other builders emulate it. Drop the flag, use a variable such as $BUILDPLATFORM, or name the stage after the platform (e.g. AS build_${p.arch}) when it is platform-specific on purpose.`
      });
    }
  }
});

// src/rules/dockerfile/from-platform-flag.ts
var PLATFORM_ARGS = /^(BUILD|TARGET)(PLATFORM|OS|ARCH|VARIANT)$/;
var from_platform_flag_default = defineRule({
  id: "dockerfile/from-platform-flag",
  aliases: ["DL3029"],
  severity: "warning",
  summary: "FROM pins a platform with --platform",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const flag = flagOf(stage.from, "platform");
      if (!flag) continue;
      const value = flag.value ?? "";
      if (referencedVars(value, model.escapeChar).some((v) => PLATFORM_ARGS.test(v.name))) continue;
      report({
        range: flag.range,
        message: `FROM --platform=${value} fixes the platform, so the image is built for ${value || "it"} whatever the builder is asked for, and multi-platform builds produce the wrong image. Drop the flag, or use \`--platform=$BUILDPLATFORM\` for a cross-compiling build stage.`
      });
    }
  }
});

// src/rules/dockerfile/gem-pin-versions.ts
var GEM_VALUED = /* @__PURE__ */ new Set([
  "-v",
  "-i",
  "-n",
  "-s",
  "-P",
  "-g",
  "--version",
  "--install-dir",
  "--bindir",
  "--platform",
  "--source",
  "--trust-policy",
  "--file",
  "--build-root",
  "--document",
  "--target-rbconfig"
]);
function pinned3(spec) {
  return spec.includes(":") || /\.gem$/i.test(spec) || /^(\/|\.\.?\/)/.test(spec);
}
var gem_pin_versions_default = defineRule({
  id: "dockerfile/gem-pin-versions",
  aliases: ["DL3028"],
  severity: "warning",
  summary: "gem install without pinned versions",
  check(model, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== "gem") continue;
      const cli = parseCli(inv.args, { valued: GEM_VALUED });
      const sub = cli.operands[0];
      if (sub?.value !== "install" && sub?.value !== "i") continue;
      if (hasOption(cli, "-v", "--version", "-g", "--file")) continue;
      const cmd = { inv, cli, sub, packages: cli.operands.slice(1) };
      const bad = unpinnedPackages(cmd, pinned3);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word)
        ),
        message: `gem install of ${listNames(names)} without a version: every build fetches the newest release, so rebuilds are not reproducible. Pin it: \`gem install ${names[0]}:<version>\` or \`gem install ${names[0]} -v <version>\` (a version from an ARG counts).`
      });
    }
  }
});

// src/rules/dockerfile/go-version-pin.ts
var MOVING = /* @__PURE__ */ new Set(["latest", "master", "main", "head", "upgrade", "patch"]);
function remotePath(p) {
  if (/^[./~]/.test(p) || p.endsWith(".go")) return false;
  const first = p.split("/")[0];
  return first.includes(".");
}
var go_version_pin_default = defineRule({
  id: "dockerfile/go-version-pin",
  aliases: ["DL3062"],
  severity: "warning",
  summary: "go install/get/run of a remote package without @version",
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "go")) {
        const ops = operandsOf(inv);
        const sub = ops[0]?.value;
        if (sub !== "install" && sub !== "get" && sub !== "run") continue;
        const pkgs = sub === "run" ? ops.slice(1, 2) : ops.slice(1);
        for (const w of pkgs) {
          const { value, unresolved } = resolveWord(model, inst, w);
          if (unresolved.length > 0 && !value.includes("@") && !w.value.includes("@")) continue;
          const text = unresolved.length > 0 ? w.value : value;
          const at = text.lastIndexOf("@");
          const path3 = at >= 0 ? text.slice(0, at) : text;
          if (!remotePath(path3)) continue;
          const version = at >= 0 ? text.slice(at + 1) : "";
          if (at >= 0 && !MOVING.has(version.toLowerCase())) continue;
          report({
            range: model.rangeOf(w.start, w.end),
            message: (at >= 0 ? `\`go ${sub} ${text}\` asks for "${version}", which moves with every release, ` : `\`go ${sub} ${text}\` without a version takes whatever is newest at build time, `) + `so rebuilds differ; pin a release: \`go ${sub} ${path3}@v1.2.3\` (a version from an ARG counts).`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/healthcheck.ts
var healthcheck_default = defineRule({
  id: "dockerfile/healthcheck",
  aliases: ["DL3057", "DS026", "AVD-DS-0026", "CKV_DOCKER_2"],
  severity: "info",
  summary: "The final image has no HEALTHCHECK",
  check(model, _options, report) {
    const stage = finalStage(model);
    if (!stage) return;
    if (lastInChain(model, stage, "HEALTHCHECK")) return;
    report({
      range: imageArgRange(stage),
      message: `The final image${stage.nameRaw ? ` (stage ${stage.nameRaw})` : ""} has no HEALTHCHECK, so Docker and Compose cannot tell a hung container from a healthy one (no restart, no \`service_healthy\`). Add HEALTHCHECK CMD <probe> for the service, or HEALTHCHECK NONE to state that none applies.`,
      context: stage.name ? { stage: stage.name } : void 0
    });
  }
});

// src/knowledge/image-references.ts
var DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
function validDomain(d) {
  let host = d;
  const portMatch = /:(\d+)$/.exec(d);
  if (portMatch && !d.startsWith("[")) host = d.slice(0, -portMatch[0].length);
  if (host.startsWith("[")) return /^\[[0-9A-Fa-f:.]+\](?::\d+)?$/.test(d);
  return host.split(".").every((c) => DOMAIN_COMPONENT.test(c));
}
function imageReferenceProblem(ref) {
  if (ref === "") return "it is empty";
  if (/\s/.test(ref)) return "it contains white space";
  if (/^[a-f0-9]{64}$/.test(ref)) return "a 64-character hexadecimal string is an image ID, not a reference";
  let rest = ref;
  const at = rest.indexOf("@");
  if (at >= 0) {
    if (!DIGEST.test(rest.slice(at + 1))) return `"${rest.slice(at + 1)}" is not a valid digest`;
    rest = rest.slice(0, at);
  }
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    const tag = rest.slice(colon + 1);
    if (!TAG.test(tag)) return tag === "" ? 'the tag after ":" is empty' : `"${tag}" is not a valid tag`;
    rest = rest.slice(0, colon);
  }
  if (rest === "") return "the repository name is empty";
  let path3 = rest;
  const slash = rest.indexOf("/");
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase()) {
      if (!validDomain(first)) return `"${first}" is not a valid registry host`;
      path3 = rest.slice(slash + 1);
    }
  }
  if (path3.length > 255) return "the repository name is longer than 255 characters";
  for (const comp of path3.split("/")) {
    if (!PATH_COMPONENT.test(comp)) {
      if (comp !== comp.toLowerCase()) return "repository names must be lower-case";
      return comp === "" ? "the repository name has an empty path component" : `"${comp}" is not a valid repository name component`;
    }
  }
  return void 0;
}

// src/rules/dockerfile/invalid-default-arg-in-from.ts
var invalid_default_arg_in_from_default = defineRule({
  id: "dockerfile/invalid-default-arg-in-from",
  aliases: ["InvalidDefaultArgInFrom"],
  severity: "warning",
  summary: "With the ARG defaults alone, FROM names an empty or invalid image",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const arg = stage.from.args[0];
      if (!arg || !arg.value.includes("$")) continue;
      const scope = new Map(stage.from.scope);
      for (const [name, value] of Object.entries(PLATFORM_ARG_DEFAULTS)) {
        const b = scope.get(name);
        if (!b || b.value === void 0)
          scope.set(name, { name, value, kind: "arg", declaredAt: b?.declaredAt ?? -1 });
      }
      const expanded = expandVars(arg.value, scope, model.escapeChar).value;
      const problem3 = imageReferenceProblem(expanded);
      if (!problem3) continue;
      report({
        range: arg.range,
        message: `Default value for ARG ${arg.value} results in empty or invalid base image name ("${expanded}": ${problem3}), so the build only works when --build-arg supplies a value. Give the ARG a default that makes a valid image (ARG NAME=<default>), or a fallback in place (\${NAME:-<default>}).`
      });
    }
  }
});

// src/rules/dockerfile/json-args-recommended.ts
function shellDeclared(model, inst) {
  const stage = model.stages[inst.stage];
  if (!stage) return false;
  for (const s of stageChain(model, stage)) {
    for (const i of s.instructions) {
      if (i === inst || s === stage && i.index > inst.index) break;
      if (i.keyword === "SHELL") return true;
    }
  }
  return false;
}
var json_args_recommended_default = defineRule({
  id: "dockerfile/json-args-recommended",
  aliases: ["JSONArgsRecommended"],
  severity: "warning",
  summary: "CMD or ENTRYPOINT in shell form while no SHELL is declared",
  fixable: true,
  check(model, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== "CMD" && inst.keyword !== "ENTRYPOINT") continue;
      if (inst.form === "exec" || !inst.argsRange) continue;
      if (shellDeclared(model, inst)) continue;
      const json = inst.posixShell ? jsonArgsFor(inst) : void 0;
      report({
        range: inst.argsRange,
        message: `JSON arguments recommended for ${inst.keyword} to prevent unintended behavior related to OS signals: in shell form the program runs under \`/bin/sh -c\`, which does not pass SIGTERM on, so \`docker stop\` waits and then kills it. Write ${inst.keyword} ${json ?? '["executable", "arg"]'}, or declare the shell you want with SHELL.`,
        fix: json ? { description: "Use the JSON (exec) form", edits: [{ range: inst.argsRange, text: json }] } : void 0
      });
    }
  }
});

// src/knowledge/labels.ts
function labelPairs(model, stages) {
  const out = [];
  for (const inst of model.instructions) {
    if (inst.keyword !== "LABEL" || stages && !stages.has(inst.stage)) continue;
    for (const prop of inst.properties) {
      const value = prop.value ?? "";
      out.push({
        inst,
        prop,
        key: prop.name,
        value,
        hasVariable: hasVariableRef(value, model.escapeChar),
        valueRange: prop.valueRange ?? prop.range
      });
    }
  }
  return out;
}
function finalLabels(model) {
  const out = /* @__PURE__ */ new Map();
  for (const pair of labelPairs(model, shippedStages(model))) out.set(pair.key, pair);
  return out;
}
function keyMatches(pattern, key) {
  if (!pattern.includes("*")) return pattern === key;
  const parts = pattern.split("*");
  if (!key.startsWith(parts[0]) || !key.endsWith(parts[parts.length - 1])) return false;
  let pos = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const at = key.indexOf(parts[i], pos);
    if (at < 0) return false;
    pos = at + parts[i].length;
  }
  return pos <= key.length - parts[parts.length - 1].length;
}
function checkLabelFormat(model, labels, valid, message, report) {
  if (labels.length === 0) return;
  for (const pair of labelPairs(model)) {
    if (!labels.some((p) => keyMatches(p, pair.key))) continue;
    if (pair.hasVariable || pair.value.trim() === "") continue;
    if (!valid(pair.value.trim())) report({ range: pair.valueRange, message: message(pair.key, pair.value) });
  }
}

// src/rules/dockerfile/label-email.ts
var ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
var LOCAL = `(?:${ATOM}(?:\\.${ATOM})*|"(?:[^"\\\\\\r\\n]|\\\\.)*")`;
var LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
var DOMAIN = `(?:${LABEL}(?:\\.${LABEL})+|\\[[^\\][\\\\\\s]+\\])`;
var ADDR = `${LOCAL}@${DOMAIN}`;
var EMAIL = new RegExp(`^(?:${ADDR}|[^<>]*<${ADDR}>)$`);
var label_email_default = defineRule({
  id: "dockerfile/label-email",
  aliases: ["DL3058"],
  severity: "warning",
  summary: "An e-mail label does not hold a valid address",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be an e-mail address (RFC 5322), e.g. `maintainer`. Empty: none is checked.",
      default: []
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      (v) => EMAIL.test(v),
      (key, value) => `Label "${key}" should hold an e-mail address, but "${value}" is not one, so nobody can be reached through it; write \`team@example.com\` or \`Team Name <team@example.com>\`.`,
      report
    );
  }
});

// src/rules/dockerfile/label-empty.ts
var label_empty_default = defineRule({
  id: "dockerfile/label-empty",
  aliases: ["DL3051"],
  severity: "warning",
  summary: "A label the policy lists is set to an empty value",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) that must not be empty. Empty list: none is checked (an empty value is also how a Dockerfile clears a label inherited from its base image).",
      default: []
    }
  },
  check(model, options, report) {
    if (options.labels.length === 0) return;
    for (const pair of labelPairs(model)) {
      if (!options.labels.some((p) => keyMatches(p, pair.key))) continue;
      if (pair.value.trim() !== "") continue;
      report({
        range: pair.prop.range,
        message: `Label "${pair.key}" is set to an empty value, so tools reading it get nothing; give it a value (from an ARG if it is only known at build time).`
      });
    }
  }
});

// src/rules/dockerfile/label-git-hash.ts
var GIT_HASH = /^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$/i;
var label_git_hash_default = defineRule({
  id: "dockerfile/label-git-hash",
  aliases: ["DL3055"],
  severity: "warning",
  summary: "A commit label does not hold a git commit hash",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be a git commit hash, e.g. `org.opencontainers.image.revision`. Empty: none is checked.",
      default: []
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      (v) => GIT_HASH.test(v),
      (key, value) => `Label "${key}" should hold a git commit hash, but "${value}" is not one, so the image cannot be traced back to its commit; pass the hash at build time (\`--build-arg REVISION=$(git rev-parse HEAD)\`).`,
      report
    );
  }
});

// src/rules/dockerfile/label-key-format.ts
var RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];
function problem2(key, strict) {
  const lower = key.toLowerCase();
  const reserved = RESERVED.find((r) => lower.startsWith(r));
  if (reserved) return `uses the namespace "${reserved}" that Docker reserves for its own labels`;
  const allowed = strict ? /^[a-z0-9.-]+$/ : /^[a-z0-9._/-]+$/;
  if (/[A-Z]/.test(key)) return "contains upper-case letters";
  if (!allowed.test(key))
    return `contains characters other than lower-case letters, digits, "." and "-"${strict ? "" : ' (and "_", "/")'}`;
  if (!/^[a-z0-9]/.test(key) || !/[a-z0-9]$/.test(key))
    return "does not begin and end with a letter or digit";
  if (/[.-]{2}/.test(key)) return 'has consecutive separators (".." or "--")';
  return null;
}
var label_key_format_default = defineRule({
  id: "dockerfile/label-key-format",
  aliases: ["DL3048"],
  severity: "info",
  summary: "LABEL key does not follow Docker\u2019s key format",
  options: {
    strict: {
      type: "boolean",
      description: 'Also reject "_" and "/" in keys, as the Docker key-format recommendation (and hadolint) do; by default they are accepted, since Docker documents them as valid key characters.',
      default: false
    },
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Keys (or `*` patterns) accepted as they are, e.g. keys another tool requires.",
      default: []
    }
  },
  check(model, options, report) {
    for (const pair of labelPairs(model)) {
      if (hasVariableRef(pair.key, model.escapeChar)) continue;
      if (options.allow.some((p) => keyMatches(p, pair.key))) continue;
      const why = problem2(pair.key, options.strict);
      if (!why) continue;
      report({
        range: pair.prop.nameRange,
        message: `Label key "${pair.key}" ${why}; tools that read labels expect reverse-DNS, lower-case keys such as \`org.opencontainers.image.title\` or \`com.example.team\`.`
      });
    }
  }
});

// src/rules/dockerfile/label-required.ts
var label_required_default = defineRule({
  id: "dockerfile/label-required",
  aliases: ["DL3049"],
  severity: "info",
  summary: "The built image lacks a label the policy requires",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys the final image must set (hadolint's label-schema keys), e.g. `org.opencontainers.image.source`. Empty: nothing is required.",
      default: []
    }
  },
  check(model, options, report) {
    const last = finalStage(model);
    if (!last || options.labels.length === 0) return;
    const present = finalLabels(model);
    for (const key of options.labels) {
      if (present.has(key)) continue;
      report({
        range: last.from.range,
        message: `The image built from this stage has no "${key}" label, which the policy requires (registries, scanners and deploy tooling read it); add \`LABEL ${key}="\u2026"\` to the final stage.`
      });
    }
  }
});

// src/rules/dockerfile/label-rfc3339.ts
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
function validTime(v) {
  const m = RFC3339.exec(v);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31
  ];
  const oh = m[7] === void 0 ? 0 : Number(m[7]);
  const om = m[8] === void 0 ? 0 : Number(m[8]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1] && h <= 23 && mi <= 59 && s <= 60 && oh <= 23 && om <= 59;
}
var label_rfc3339_default = defineRule({
  id: "dockerfile/label-rfc3339",
  aliases: ["DL3053"],
  severity: "warning",
  hadolintOptions: { labels: [] },
  summary: "A date label is not an RFC 3339 timestamp",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be an RFC 3339 date-time.",
      default: ["org.opencontainers.image.created", "org.label-schema.build-date"]
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      validTime,
      (key, value) => `Label "${key}" should hold an RFC 3339 date-time, but "${value}" is not one, so tools cannot sort or compare it; write e.g. \`2024-05-01T12:00:00Z\` (usually from an ARG set at build time).`,
      report
    );
  }
});

// src/rules/dockerfile/label-semver.ts
var NUM = "(?:0|[1-9]\\d*)";
var PRE_ID = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
var BUILD_ID = "[0-9A-Za-z-]+";
var SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+${BUILD_ID}(?:\\.${BUILD_ID})*)?$`
);
var label_semver_default = defineRule({
  id: "dockerfile/label-semver",
  aliases: ["DL3056"],
  severity: "warning",
  summary: "A version label is not a semantic version",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be a semantic version, e.g. `org.opencontainers.image.version`. Empty: none is checked.",
      default: []
    },
    allowPrefixV: {
      type: "boolean",
      description: 'Accept a leading "v" (`v1.2.3`), as git tags often have.',
      default: false
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      (v) => SEMVER.test(options.allowPrefixV ? v.replace(/^v/, "") : v),
      (key, value) => `Label "${key}" should hold a semantic version, but "${value}" is not one, so tools cannot order releases by it; write MAJOR.MINOR.PATCH, e.g. \`1.4.2\` or \`2.0.0-rc.1\`.`,
      report
    );
  }
});

// src/rules/dockerfile/label-spdx.ts
var ids;
var exceptions;
function validSpdx(text) {
  ids ??= new Set(LICENSE_IDS.trim().toLowerCase().split(/\s+/));
  exceptions ??= new Set(EXCEPTION_IDS.trim().toLowerCase().split(/\s+/));
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const op = (name) => {
    const t = tokens[i];
    if (t === name || t === name.toLowerCase()) {
      i++;
      return true;
    }
    return false;
  };
  const simple = () => {
    const t = tokens[i];
    if (t === void 0) return false;
    if (t === "(") {
      i++;
      if (!expr() || tokens[i] !== ")") return false;
      i++;
      return true;
    }
    i++;
    if (/^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(t)) return true;
    return ids.has(t.replace(/\+$/, "").toLowerCase());
  };
  const withExpr = () => {
    if (!simple()) return false;
    if (op("WITH")) {
      const e = tokens[i++];
      return e !== void 0 && (exceptions.has(e.toLowerCase()) || /^AdditionRef-[A-Za-z0-9.-]+$/.test(e));
    }
    return true;
  };
  const andExpr = () => {
    if (!withExpr()) return false;
    while (op("AND")) if (!withExpr()) return false;
    return true;
  };
  const expr = () => {
    if (!andExpr()) return false;
    while (op("OR")) if (!andExpr()) return false;
    return true;
  };
  return tokens.length > 0 && expr() && i === tokens.length;
}
var label_spdx_default = defineRule({
  id: "dockerfile/label-spdx",
  aliases: ["DL3054"],
  severity: "warning",
  hadolintOptions: { labels: [] },
  summary: "A license label is not an SPDX license expression",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be an SPDX license identifier or expression.",
      default: ["org.opencontainers.image.licenses", "org.label-schema.license"]
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      validSpdx,
      (key, value) => `Label "${key}" should hold an SPDX license expression, but "${value}" is not one, so license scanners cannot read it; write an identifier from spdx.org/licenses such as \`Apache-2.0\` or \`MIT OR GPL-2.0-only\`.`,
      report
    );
  }
});
var LICENSE_IDS = "0BSD 3D-Slicer-1.0 AAL ADSL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0 AGPL-1.0-only AGPL-1.0-or-later AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later ALGLIB-Documentation AMD-newlib AMDPLPA AML AML-glslang AMPAS ANTLR-PD ANTLR-PD-fallback APAFML APL-1.0 APSL-1.0 APSL-1.1 APSL-1.2 APSL-2.0 ASWF-Digital-Assets-1.0 ASWF-Digital-Assets-1.1 Abstyles AdaCore-doc Adobe-2006 Adobe-Display-PostScript Adobe-Glyph Adobe-Utopia Advanced-Cryptics-Dictionary Afmparse Aladdin Apache-1.0 Apache-1.1 Apache-2.0 App-s2p Arphic-1999 Artistic-1.0 Artistic-1.0-Perl Artistic-1.0-cl8 Artistic-2.0 Artistic-dist Aspell-RU BOLA-1.1 BSD-1-Clause BSD-2-Clause BSD-2-Clause-Darwin BSD-2-Clause-FreeBSD BSD-2-Clause-NetBSD BSD-2-Clause-Patent BSD-2-Clause-Views BSD-2-Clause-first-lines BSD-2-Clause-pkgconf-disclaimer BSD-3-Clause BSD-3-Clause-Attribution BSD-3-Clause-Clear BSD-3-Clause-HP BSD-3-Clause-LBNL BSD-3-Clause-Modification BSD-3-Clause-No-Military-License BSD-3-Clause-No-Nuclear-License BSD-3-Clause-No-Nuclear-License-2014 BSD-3-Clause-No-Nuclear-Warranty BSD-3-Clause-Open-MPI BSD-3-Clause-Sun BSD-3-Clause-Tso BSD-3-Clause-acpica BSD-3-Clause-flex BSD-4-Clause BSD-4-Clause-Shortened BSD-4-Clause-UC BSD-4.3RENO BSD-4.3TAHOE BSD-Advertising-Acknowledgement BSD-Attribution-HPND-disclaimer BSD-Inferno-Nettverk BSD-Mark-Modifications BSD-Protection BSD-Source-Code BSD-Source-beginning-file BSD-Systemics BSD-Systemics-W3Works BSL-1.0 BUSL-1.1 Baekmuk Bahyph Barr Beerware BitTorrent-1.0 BitTorrent-1.1 Bitstream-Charter Bitstream-Vera BlueOak-1.0.0 Boehm-GC Boehm-GC-without-fee Borceux Brian-Gladman-2-Clause Brian-Gladman-3-Clause Buddy C-UDA-1.0 CAL-1.0 CAL-1.0-Combined-Work-Exception CAPEC-tou CATOSL-1.1 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-2.5-AU CC-BY-3.0 CC-BY-3.0-AT CC-BY-3.0-AU CC-BY-3.0-DE CC-BY-3.0-IGO CC-BY-3.0-NL CC-BY-3.0-US CC-BY-4.0 CC-BY-NC-1.0 CC-BY-NC-2.0 CC-BY-NC-2.5 CC-BY-NC-3.0 CC-BY-NC-3.0-DE CC-BY-NC-4.0 CC-BY-NC-ND-1.0 CC-BY-NC-ND-2.0 CC-BY-NC-ND-2.5 CC-BY-NC-ND-3.0 CC-BY-NC-ND-3.0-DE CC-BY-NC-ND-3.0-IGO CC-BY-NC-ND-4.0 CC-BY-NC-SA-1.0 CC-BY-NC-SA-2.0 CC-BY-NC-SA-2.0-DE CC-BY-NC-SA-2.0-FR CC-BY-NC-SA-2.0-UK CC-BY-NC-SA-2.5 CC-BY-NC-SA-3.0 CC-BY-NC-SA-3.0-DE CC-BY-NC-SA-3.0-IGO CC-BY-NC-SA-4.0 CC-BY-ND-1.0 CC-BY-ND-2.0 CC-BY-ND-2.5 CC-BY-ND-3.0 CC-BY-ND-3.0-DE CC-BY-ND-4.0 CC-BY-SA-1.0 CC-BY-SA-2.0 CC-BY-SA-2.0-UK CC-BY-SA-2.1-JP CC-BY-SA-2.5 CC-BY-SA-3.0 CC-BY-SA-3.0-AT CC-BY-SA-3.0-DE CC-BY-SA-3.0-IGO CC-BY-SA-4.0 CC-PDDC CC-PDM-1.0 CC-SA-1.0 CC0-1.0 CDDL-1.0 CDDL-1.1 CDL-1.0 CDLA-Permissive-1.0 CDLA-Permissive-2.0 CDLA-Sharing-1.0 CECILL-1.0 CECILL-1.1 CECILL-2.0 CECILL-2.1 CECILL-B CECILL-C CERN-OHL-1.1 CERN-OHL-1.2 CERN-OHL-P-2.0 CERN-OHL-S-2.0 CERN-OHL-W-2.0 CFITSIO CMU-Mach CMU-Mach-nodoc CNRI-Jython CNRI-Python CNRI-Python-GPL-Compatible COIL-1.0 CPAL-1.0 CPL-1.0 CPOL-1.02 CUA-OPL-1.0 Caldera Caldera-no-preamble Catharon ClArtistic Clips Community-Spec-1.0 Condor-1.1 Cornell-Lossless-JPEG Cronyx Crossword CryptoSwift CrystalStacker Cube D-FSL-1.0 DEC-3-Clause DL-DE-BY-2.0 DL-DE-ZERO-2.0 DOC DRL-1.0 DRL-1.1 DSDP DocBook-DTD DocBook-Schema DocBook-Stylesheet DocBook-XML Dotseqn ECL-1.0 ECL-2.0 EFL-1.0 EFL-2.0 EPICS EPL-1.0 EPL-2.0 ESA-PL-permissive-2.4 ESA-PL-strong-copyleft-2.4 ESA-PL-weak-copyleft-2.4 EUDatagrid EUPL-1.0 EUPL-1.1 EUPL-1.2 Elastic-2.0 Entessa ErlPL-1.1 Eurosym FBM FDK-AAC FSFAP FSFAP-no-warranty-disclaimer FSFUL FSFULLR FSFULLRSD FSFULLRWD FSL-1.1-ALv2 FSL-1.1-MIT FTL Fair Ferguson-Twofish Frameworx-1.0 FreeBSD-DOC FreeImage Furuseth GCR-docs GD GFDL-1.1 GFDL-1.1-invariants-only GFDL-1.1-invariants-or-later GFDL-1.1-no-invariants-only GFDL-1.1-no-invariants-or-later GFDL-1.1-only GFDL-1.1-or-later GFDL-1.2 GFDL-1.2-invariants-only GFDL-1.2-invariants-or-later GFDL-1.2-no-invariants-only GFDL-1.2-no-invariants-or-later GFDL-1.2-only GFDL-1.2-or-later GFDL-1.3 GFDL-1.3-invariants-only GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only GFDL-1.3-no-invariants-or-later GFDL-1.3-only GFDL-1.3-or-later GL2PS GLWTPL GPL-1.0 GPL-1.0-only GPL-1.0-or-later GPL-2.0 GPL-2.0-only GPL-2.0-or-later GPL-2.0-with-GCC-exception GPL-2.0-with-autoconf-exception GPL-2.0-with-bison-exception GPL-2.0-with-classpath-exception GPL-2.0-with-font-exception GPL-3.0 GPL-3.0-only GPL-3.0-or-later GPL-3.0-with-GCC-exception GPL-3.0-with-autoconf-exception Game-Programming-Gems Giftware Glide Glulxe Graphics-Gems Gutmann HDF5 HIDAPI HP-1986 HP-1989 HPND HPND-DEC HPND-Fenneberg-Livingston HPND-INRIA-IMAG HPND-Intel HPND-Kevlin-Henney HPND-MIT-disclaimer HPND-Markus-Kuhn HPND-Netrek HPND-Pbmplus HPND-SMC HPND-UC HPND-UC-export-US HPND-doc HPND-doc-sell HPND-export-US HPND-export-US-acknowledgement HPND-export-US-modify HPND-export2-US HPND-merchantability-variant HPND-sell-MIT-disclaimer-xserver HPND-sell-regexpr HPND-sell-variant HPND-sell-variant-MIT-disclaimer HPND-sell-variant-MIT-disclaimer-rev HPND-sell-variant-critical-systems HTMLTIDY HaskellReport Hippocratic-2.1 IBM-pibs ICU IEC-Code-Components-EULA IJG IJG-short IPA IPL-1.0 ISC ISC-Veillard ISO-permission ImageMagick Imlib2 Info-ZIP Inner-Net-2.0 InnoSetup Intel Intel-ACPI Interbase-1.0 JPL-image JPNIC JSON Jam JasPer-2.0 Kastrup Kazlib Knuth-CTAN LAL-1.2 LAL-1.3 LGPL-2.0 LGPL-2.0-only LGPL-2.0-or-later LGPL-2.1 LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0 LGPL-3.0-only LGPL-3.0-or-later LGPLLR LOOP LPD-document LPL-1.0 LPL-1.02 LPPL-1.0 LPPL-1.1 LPPL-1.2 LPPL-1.3a LPPL-1.3c LZMA-SDK-9.11-to-9.20 LZMA-SDK-9.22 Latex2e Latex2e-translated-notice Leptonica LiLiQ-P-1.1 LiLiQ-R-1.1 LiLiQ-Rplus-1.1 Libpng Linux-OpenIB Linux-man-pages-1-para Linux-man-pages-copyleft Linux-man-pages-copyleft-2-para Linux-man-pages-copyleft-var Lucida-Bitmap-Fonts MIPS MIT MIT-0 MIT-CMU MIT-Click MIT-Festival MIT-Khronos-old MIT-Modern-Variant MIT-STK MIT-Wu MIT-advertising MIT-enna MIT-feh MIT-open-group MIT-testregex MITNFA MMIXware MMPL-1.0.1 MPEG-SSG MPL-1.0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception MS-LPL MS-PL MS-RL MTLL Mackerras-3-Clause Mackerras-3-Clause-acknowledgment MakeIndex Martin-Birgmeier McPhee-slideshow Minpack MirOS Motosoto MulanPSL-1.0 MulanPSL-2.0 Multics Mup NAIST-2003 NASA-1.3 NBPL-1.0 NCBI-PD NCGL-UK-2.0 NCL NCSA NGPL NICTA-1.0 NIST-PD NIST-PD-TNT NIST-PD-fallback NIST-Software NLOD-1.0 NLOD-2.0 NLPL NOSL NPL-1.0 NPL-1.1 NPOSL-3.0 NRL NTIA-PD NTP NTP-0 Naumen Net-SNMP NetCDF Newsletr Nokia Noweb Nunit O-UDA-1.0 OAR OCCT-PL OCLC-2.0 ODC-By-1.0 ODbL-1.0 OFFIS OFL-1.0 OFL-1.0-RFN OFL-1.0-no-RFN OFL-1.1 OFL-1.1-RFN OFL-1.1-no-RFN OGC-1.0 OGDL-Taiwan-1.0 OGL-Canada-2.0 OGL-UK-1.0 OGL-UK-2.0 OGL-UK-3.0 OGTSL OLDAP-1.1 OLDAP-1.2 OLDAP-1.3 OLDAP-1.4 OLDAP-2.0 OLDAP-2.0.1 OLDAP-2.1 OLDAP-2.2 OLDAP-2.2.1 OLDAP-2.2.2 OLDAP-2.3 OLDAP-2.4 OLDAP-2.5 OLDAP-2.6 OLDAP-2.7 OLDAP-2.8 OLFL-1.3 OML OPL-1.0 OPL-UK-3.0 OPUBL-1.0 OSC-1.0 OSET-PL-2.1 OSL-1.0 OSL-1.1 OSL-2.0 OSL-2.1 OSL-3.0 OSSP OpenMDW-1.0 OpenPBS-2.3 OpenSSL OpenSSL-standalone OpenVision PADL PDDL-1.0 PHP-3.0 PHP-3.01 PPL PSF-2.0 ParaType-Free-Font-1.3 Parity-6.0.0 Parity-7.0.0 Pixar Plexus PolyForm-Noncommercial-1.0.0 PolyForm-Small-Business-1.0.0 PostgreSQL Python-2.0 Python-2.0.1 QPL-1.0 QPL-1.0-INRIA-2004 Qhull RHeCos-1.1 RPL-1.1 RPL-1.5 RPSL-1.0 RSA-MD RSCPL Rdisc Ruby Ruby-pty SAX-PD SAX-PD-2.0 SCEA SGI-B-1.0 SGI-B-1.1 SGI-B-2.0 SGI-OpenGL SGMLUG-PM SGP4 SHL-0.5 SHL-0.51 SISSL SISSL-1.2 SL SMAIL-GPL SMLNJ SMPPL SNIA SOFA SPL-1.0 SSH-OpenSSH SSH-short SSLeay-standalone SSPL-1.0 SUL-1.0 SWL Saxpath SchemeReport Sendmail Sendmail-8.23 Sendmail-Open-Source-1.1 SimPL-2.0 Sleepycat Soundex Spencer-86 Spencer-94 Spencer-99 StandardML-NJ SugarCRM-1.1.3 Sun-PPP Sun-PPP-2000 SunPro Symlinks TAPR-OHL-1.0 TCL TCP-wrappers TGPPL-1.0 TMate TORQUE-1.1 TOSL TPDL TPL-1.0 TTWL TTYP0 TU-Berlin-1.0 TU-Berlin-2.0 TekHVC TermReadKey ThirdEye TrustedQSL UCAR UCL-1.0 UMich-Merit UPL-1.0 URT-RLE Ubuntu-font-1.0 UnRAR Unicode-3.0 Unicode-DFS-2015 Unicode-DFS-2016 Unicode-TOU UnixCrypt Unlicense Unlicense-libtelnet Unlicense-libwhirlpool VOSTROM VSL-1.0 Vim Vixie-Cron W3C W3C-19980720 W3C-20150513 WTFNMFPL WTFPL Watcom-1.0 Widget-Workshop WordNet Wsuipa X11 X11-distribute-modifications-variant X11-no-permit-persons X11-swapped XFree86-1.1 XSkat Xdebug-1.03 Xerox Xfig Xnet YPL-1.0 YPL-1.1 ZPL-1.1 ZPL-2.0 ZPL-2.1 Zed Zeeff Zend-2.0 Zimbra-1.3 Zimbra-1.4 Zlib any-OSI any-OSI-perl-modules bcrypt-Solar-Designer blessing bzip2-1.0.5 bzip2-1.0.6 check-cvs checkmk copyleft-next-0.3.0 copyleft-next-0.3.1 curl cve-tou diffmark dtoa dvipdfm eCos-2.0 eGenix etalab-2.0 fwlw gSOAP-1.3b generic-xts gnuplot gtkbook hdparm hyphen-bulgarian iMatix jove libpng-1.6.35 libpng-2.0 libselinux-1.0 libtiff libutil-David-Nugent lsof magaz mailprio man2html metamail mpi-permissive mpich2 mplus ngrep pkgconf pnmstitch psfrag psutils python-ldap radvd snprintf softSurfer ssh-keyscan swrule threeparttable ulem w3m wwl wxWindows xinetd xkeyboard-config-Zinoviev xlock xpp xzoom zlib-acknowledgement ";
var EXCEPTION_IDS = "389-exception Asterisk-exception Autoconf-exception-2.0 Autoconf-exception-3.0 Autoconf-exception-generic Autoconf-exception-generic-3.0 Autoconf-exception-macro Bison-exception-1.24 Bison-exception-2.2 Bootloader-exception CLISP-exception-2.0 Classpath-exception-2.0 DigiRule-FOSS-exception FLTK-exception Fawkes-Runtime-exception Font-exception-2.0 GCC-exception-2.0 GCC-exception-2.0-note GCC-exception-3.1 GNAT-exception GNOME-examples-exception GNU-compiler-exception GPL-3.0-interface-exception GPL-3.0-linking-exception GPL-3.0-linking-source-exception GPL-CC-1.0 GStreamer-exception-2005 GStreamer-exception-2008 Gmsh-exception KiCad-libraries-exception LGPL-3.0-linking-exception LLGPL LLVM-exception LZMA-exception Libtool-exception Linux-syscall-note OCCT-exception-1.0 OCaml-LGPL-linking-exception OpenJDK-assembly-exception-1.0 PS-or-PDF-font-exception-20170817 QPL-1.0-INRIA-2004-exception Qt-GPL-exception-1.0 Qt-LGPL-exception-1.1 Qwt-exception-1.0 SANE-exception SHL-2.0 SHL-2.1 SWI-exception Swift-exception Texinfo-exception UBDL-exception Universal-FOSS-exception-1.0 WxWindows-exception-3.1 cryptsetup-OpenSSL-exception eCos-exception-2.0 fmt-exception freertos-exception-2.0 gnu-javamail-exception i2p-gpl-java-exception libpri-OpenH323-exception mif-exception openvpn-openssl-exception stunnel-exception u-boot-exception-2.0 vsftpd-openssl-exception x11vnc-openssl-exception ";

// src/rules/dockerfile/label-superfluous.ts
var label_superfluous_default = defineRule({
  id: "dockerfile/label-superfluous",
  aliases: ["DL3050"],
  severity: "info",
  summary: "LABEL key outside the policy\u2019s list of allowed labels",
  options: {
    allowed: {
      type: "array",
      items: { type: "string" },
      description: "The only label keys (or `*` patterns such as `org.opencontainers.image.*`) a Dockerfile may set, like hadolint's strict-labels with a label-schema. Empty: every key is allowed.",
      default: []
    }
  },
  check(model, options, report) {
    if (options.allowed.length === 0) return;
    for (const pair of labelPairs(model)) {
      if (hasVariableRef(pair.key, model.escapeChar)) continue;
      if (options.allowed.some((p) => keyMatches(p, pair.key))) continue;
      report({
        range: pair.prop.nameRange,
        message: `Label "${pair.key}" is not in the policy's list of allowed labels, so tools that rely on the agreed label set will not understand it; rename it to an allowed key or add it to the list.`
      });
    }
  }
});

// src/rules/dockerfile/label-url.ts
function validUrl(v) {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}
var label_url_default = defineRule({
  id: "dockerfile/label-url",
  aliases: ["DL3052"],
  severity: "warning",
  hadolintOptions: { labels: [] },
  summary: "A URL label does not hold a valid absolute URL",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be an absolute URL.",
      default: [
        "org.opencontainers.image.url",
        "org.opencontainers.image.source",
        "org.opencontainers.image.documentation"
      ]
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      validUrl,
      (key, value) => `Label "${key}" should hold an absolute URL, but "${value}" is not one, so tools that link to it break; write the full URL with its scheme, e.g. \`https://github.com/org/repo\`.`,
      report
    );
  }
});

// src/rules/dockerfile/legacy-key-value-format.ts
function fixFor(model, inst, p) {
  if (!p.valueRange || model.escapeChar !== "\\") return void 0;
  const r = p.range;
  const vr = p.valueRange;
  if (r.line !== r.endLine || vr.line !== vr.endLine) return void 0;
  const line = model.lines[r.line - 1] ?? "";
  const name = line.slice(p.nameRange.column - 1, p.nameRange.endColumn - 1);
  const raw = line.slice(vr.column - 1, vr.endColumn - 1).trim();
  if (name !== p.name || raw === "") return void 0;
  let value;
  if (!/\s/.test(raw))
    value = raw;
  else if (/^"[^"\\]*"$/.test(raw) || /^'[^']*'$/.test(raw))
    value = raw;
  else if (!/["'\\`]/.test(raw))
    value = `"${raw}"`;
  else return void 0;
  return {
    description: `Write ${inst.keyword} ${name}=${value}`,
    edits: [
      {
        range: { line: r.line, column: p.nameRange.column, endLine: vr.endLine, endColumn: vr.endColumn },
        text: `${name}=${value}`
      }
    ]
  };
}
var legacy_key_value_format_default = defineRule({
  id: "dockerfile/legacy-key-value-format",
  aliases: ["LegacyKeyValueFormat"],
  severity: "warning",
  summary: 'ENV or LABEL uses the legacy "key value" form instead of key=value',
  fixable: true,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword === "ENV" || inst.keyword === "LABEL") {
          for (const p of inst.properties) {
            if (!p.legacyForm) continue;
            report({
              range: p.range,
              message: `"${inst.keyword} key=value" should be used instead of legacy "${inst.keyword} key value" format: the legacy form sets one variable to the whole rest of the line and is deprecated. Write ${inst.keyword} ${p.name}=${/\s/.test(p.value ?? "") ? `"${p.value}"` : p.value ?? ""}.`,
              fix: fixFor(model, inst, p)
            });
          }
        } else if (inst.keyword === "ARG" && inst.args.length === 2 && inst.args.every((a) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(a.value))) {
          const [name, value] = inst.args;
          report({
            range: {
              line: name.range.line,
              column: name.range.column,
              endLine: value.range.endLine,
              endColumn: value.range.endColumn
            },
            message: `"ARG ${name.value} ${value.value}" declares two build arguments without defaults, not ${name.value} with the default "${value.value}" as the legacy "key value" form would suggest. Write ARG ${name.value}=${value.value} for a default, or ARG ${name.value}=\u2026 ${value.value}=\u2026 to declare both.`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/maintainer-deprecated.ts
var maintainer_deprecated_default = defineRule({
  id: "dockerfile/maintainer-deprecated",
  aliases: ["DL4000", "MaintainerDeprecated", "DS022", "AVD-DS-0022", "CKV_DOCKER_6"],
  severity: "error",
  summary: "MAINTAINER is deprecated",
  fixable: true,
  check(model, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== "MAINTAINER") continue;
      const who = inst.argsText.trim();
      const oneLine = !inst.argsText.includes("\n") && who.length > 0 && model.escapeChar === "\\";
      const quoted = who.replace(/[\\"$]/g, (c) => `\\${c}`);
      report({
        range: inst.keywordRange,
        message: `MAINTAINER is deprecated and its value is not a label tools can read; write \`LABEL org.opencontainers.image.authors="${who || "\u2026"}"\` instead.`,
        fix: oneLine ? {
          description: "Replace MAINTAINER with an org.opencontainers.image.authors label",
          edits: [{ range: inst.range, text: `LABEL org.opencontainers.image.authors="${quoted}"` }]
        } : void 0
      });
    }
  }
});

// src/rules/dockerfile/max-layers.ts
var LAYER_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD"]);
var max_layers_default = defineRule({
  id: "dockerfile/max-layers",
  severity: "warning",
  summary: "The final image adds too many layers",
  options: {
    max: {
      type: "integer",
      minimum: 1,
      description: "Most RUN, COPY and ADD instructions the final image may add on top of its base image.",
      default: 20
    }
  },
  check(model, options, report) {
    const max = Number.isFinite(options.max) && options.max >= 1 ? Math.floor(options.max) : 20;
    const chain = finalStageChain(model);
    if (chain.length === 0) return;
    const layers = chain.flatMap((s) => s.instructions).filter((i) => LAYER_KEYWORDS.has(i.keyword));
    if (layers.length <= max) return;
    const first = layers[max];
    const final = chain[chain.length - 1];
    const names = chain.map((s) => s.nameRaw ?? `#${s.index}`);
    const via = chain.length > 1 ? ` (built through stages ${names.join(" \u2192 ")})` : "";
    report({
      range: first.keywordRange,
      message: `The final image${via} adds ${layers.length} layers with RUN, COPY and ADD, more than the maximum of ${max}; this is the ${ordinal(max + 1)}. Every layer costs pull time and storage, and files changed in a later layer stay in the earlier ones. Join related RUN steps with &&, copy files together, or move build-only steps into a separate stage and COPY --from it.`,
      context: final.name ? { stage: final.name } : void 0
    });
  }
});
function ordinal(n) {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${s}`;
}

// src/rules/dockerfile/multiple-cmd.ts
var multiple_cmd_default = defineRule({
  id: "dockerfile/multiple-cmd",
  aliases: ["DL4003", "DS016", "AVD-DS-0016"],
  severity: "warning",
  summary: "A stage has more than one CMD",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const all = stage.instructions.filter((i) => i.keyword === "CMD");
      for (let k = 1; k < all.length; k++) {
        report({
          range: all[k].keywordRange,
          message: `This stage already has a CMD (line ${all[k - 1].range.line}); only the last CMD takes effect, so the earlier one is dead code that misleads readers. Keep a single CMD.`
        });
      }
    }
  }
});

// src/rules/dockerfile/multiple-entrypoint.ts
var multiple_entrypoint_default = defineRule({
  id: "dockerfile/multiple-entrypoint",
  aliases: ["DL4004", "DS007", "AVD-DS-0007"],
  severity: "error",
  summary: "A stage has more than one ENTRYPOINT",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const all = stage.instructions.filter((i) => i.keyword === "ENTRYPOINT");
      for (let k = 1; k < all.length; k++) {
        report({
          range: all[k].keywordRange,
          message: `This stage already has an ENTRYPOINT (line ${all[k - 1].range.line}); only the last one takes effect, so the earlier one never runs. Keep a single ENTRYPOINT.`
        });
      }
    }
  }
});

// src/rules/dockerfile/multiple-instructions.ts
var ONCE = ["CMD", "ENTRYPOINT", "HEALTHCHECK"];
var multiple_instructions_default = defineRule({
  id: "dockerfile/multiple-instructions",
  aliases: ["MultipleInstructionsDisallowed"],
  severity: "warning",
  summary: "A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; the earlier ones are ignored",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const last = /* @__PURE__ */ new Map();
      for (const inst of stage.instructions) {
        if (!ONCE.includes(inst.keyword)) continue;
        const previous = last.get(inst.keyword);
        last.set(inst.keyword, inst);
        if (!previous) continue;
        report({
          range: previous.keywordRange,
          message: `Multiple ${inst.keyword} instructions should not be used in the same stage because only the last one will be used: this one is overridden by the ${inst.keyword} on line ${inst.range.line}. Remove it, or merge what it does into that one.`
        });
      }
    }
  }
});

// src/rules/dockerfile/no-apt.ts
var SAME_IN_APT_GET = /* @__PURE__ */ new Set([
  "install",
  "update",
  "remove",
  "purge",
  "autoremove",
  "clean",
  "autoclean",
  "build-dep",
  "source"
]);
var APT_CACHE = /* @__PURE__ */ new Set(["search", "show", "policy", "depends", "rdepends", "showsrc"]);
var no_apt_default = defineRule({
  id: "dockerfile/no-apt",
  aliases: ["DL3027", "CKV_DOCKER_9"],
  severity: "warning",
  summary: "RUN uses apt instead of apt-get or apt-cache",
  fixable: true,
  check(model, _options, report) {
    for (const cmd of aptCommands(runInvocations(model), ["apt"])) {
      const sub = cmd.sub?.value ?? "";
      const instead2 = APT_CACHE.has(sub) ? "apt-cache" : "apt-get";
      const word = cmd.inv.nameWord;
      const safe = SAME_IN_APT_GET.has(sub) && word.value === "apt" && word.raw === "apt" && editable(cmd.inv);
      report({
        range: model.rangeOf(word.start, word.end),
        message: `\`apt\` is meant for people at a terminal: its output and options are not a stable interface and it warns when scripted. Use \`${instead2}${sub ? ` ${sub}` : ""}\` in a Dockerfile.`,
        fix: safe ? {
          description: "Use apt-get",
          edits: [{ range: model.rangeOf(word.start, word.end), text: "apt-get" }]
        } : void 0
      });
    }
  }
});

// src/rules/dockerfile/no-empty-continuation.ts
function emptyContinuationLines(model, inst) {
  const esc = model.escapeChar;
  const ends = (line) => {
    return line.replace(/[ \t]+$/, "").endsWith(esc);
  };
  const empty = [];
  let n = inst.range.line;
  let lastLine = n;
  if (!ends(model.lines[n - 1] ?? "")) return { empty, lastLine };
  while (n < model.lines.length) {
    n++;
    const line = model.lines[n - 1];
    lastLine = n;
    if (/^[ \t]*#/.test(line)) continue;
    if (line.trim() === "") {
      empty.push(n);
      continue;
    }
    if (!ends(line)) break;
  }
  return { empty, lastLine };
}
var no_empty_continuation_default = defineRule({
  id: "dockerfile/no-empty-continuation",
  aliases: ["NoEmptyContinuation", "NoEmptyContinuations"],
  severity: "warning",
  summary: "An empty line inside a continued instruction",
  fixable: true,
  check(model, _options, report) {
    for (const inst of model.instructions) {
      const { empty, lastLine } = emptyContinuationLines(model, inst);
      if (empty.length === 0) continue;
      const lines = empty.length === 1 ? `line ${empty[0]} is` : `lines ${empty.join(", ")} are`;
      report({
        range: {
          line: lastLine,
          column: 1,
          endLine: lastLine,
          endColumn: (model.lines[lastLine - 1] ?? "").length + 1
        },
        message: `Empty continuation line found in this ${inst.keyword}: ${lines} empty after a line continuation. The builder still joins across them today, but empty continuation lines will become errors in a future release; remove them (a comment line is fine).`,
        fix: {
          description: `Remove the empty ${empty.length === 1 ? "line" : "lines"}`,
          edits: empty.map((l) => ({
            range: { line: l, column: 1, endLine: l + 1, endColumn: 1 },
            text: ""
          }))
        }
      });
    }
  }
});

// src/rules/dockerfile/no-sudo.ts
var no_sudo_default = defineRule({
  id: "dockerfile/no-sudo",
  aliases: ["DL3004", "DS010", "AVD-DS-0010", "CKV2_DOCKER_1"],
  severity: "error",
  summary: "RUN uses sudo",
  check(model, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== "sudo" && !inv.wrappers.includes("sudo")) continue;
      const word = inv.cmd.words.find((w) => basename(w.value) === "sudo") ?? inv.nameWord;
      report({
        range: model.rangeOf(word.start, word.end),
        message: "Do not use `sudo` in RUN: it needs a TTY or a sudoers entry, behaves differently across images, and keeps a privilege-escalation tool in the image. Switch with `USER root` around the step, or use `gosu`/`su-exec` in the entrypoint to drop privileges."
      });
    }
  }
});

// src/knowledge/image-users.ts
var KNOWN_NON_ROOT_IMAGES = [
  {
    // Chainguard images run as `nonroot` (65532); wolfi-base and chainguard-base are the root exceptions.
    name: /^cgr\.dev\/chainguard\//,
    except: /\/(wolfi-base|chainguard-base)$/,
    user: "nonroot (65532)",
    source: "https://edu.chainguard.dev/chainguard/chainguard-images/overview/"
  },
  {
    // distroless `:nonroot` and `:debug-nonroot` tags (and any image tagged or named non-root).
    name: /./,
    tag: /non-?root/i,
    user: "nonroot (65532)",
    source: "https://github.com/GoogleContainerTools/distroless#non-root-images"
  },
  {
    name: /non-?root|rootless|unprivileged/i,
    user: "an unprivileged user",
    source: "the image name (e.g. nginxinc/nginx-unprivileged runs as 101)"
  },
  {
    // docker:dind-rootless and other `-rootless` variants.
    name: /./,
    tag: /rootless/i,
    user: "rootless (1000)",
    source: "https://docs.docker.com/engine/security/rootless/"
  },
  {
    // .NET "chiseled" images (Ubuntu chiselled) set USER app (1654).
    name: /^mcr\.microsoft\.com\/dotnet\//,
    tag: /chiseled|distroless/i,
    user: "app (1654)",
    source: "https://github.com/dotnet/dotnet-docker/blob/main/documentation/ubuntu-chiseled.md"
  },
  {
    // Bitnami's application images are "non-root container images" (1001); minideb is their root base.
    name: /^(docker\.io\/)?bitnami\//,
    except: /\/minideb$/,
    user: "1001",
    source: "https://docs.bitnami.com/tutorials/work-with-non-root-containers/"
  }
];
function knownNonRootImage(ref) {
  const name = ref.name.toLowerCase();
  return KNOWN_NON_ROOT_IMAGES.find(
    (e) => e.name.test(name) && (e.tag === void 0 || e.tag.test(ref.tag ?? "")) && (e.except === void 0 || !e.except.test(name))
  );
}
function isWindowsImage(ref) {
  return /windows|nanoserver|servercore/i.test(ref.text);
}
function windowsDefaultUser(ref) {
  return /nanoserver/i.test(ref.text) ? "ContainerUser" : "ContainerAdministrator";
}
var ROOT_BY_DEFAULT = /* @__PURE__ */ new Set([
  "alpine",
  "busybox",
  "debian",
  "ubuntu",
  "centos",
  "fedora",
  "rockylinux",
  "almalinux",
  "amazonlinux",
  "oraclelinux",
  "archlinux",
  "python",
  "node",
  "golang",
  "ruby",
  "php",
  "openjdk",
  "eclipse-temurin",
  "amazoncorretto",
  "maven",
  "gradle",
  "rust",
  "perl",
  "buildpack-deps"
]);
function knownRootImage(ref) {
  return ref.registry === "docker.io" && ROOT_BY_DEFAULT.has(ref.name.toLowerCase());
}

// src/rules/dockerfile/non-root-user.ts
var DROPS_PRIVILEGES = /\b(gosu|su-exec|setpriv|s6-setuidgid|chpst|setuidgid)\b/;
var non_root_user_default = defineRule({
  id: "dockerfile/non-root-user",
  aliases: ["DL3002", "DS002", "AVD-DS-0002", "CKV_DOCKER_3", "CKV_DOCKER_8"],
  severity: "warning",
  hadolintOptions: { requireUser: false },
  summary: "The final image runs as root",
  securitySeverity: 6,
  options: {
    requireUser: {
      type: "boolean",
      description: "Also report a final image that never sets a non-root USER (itself or through the stages it is built on).",
      default: true
    }
  },
  check(model, options, report) {
    const stage = finalStage(model);
    if (!stage) return;
    const context = stage.name ? { stage: stage.name } : void 0;
    const root = stageChain(model, stage)[0];
    const windows = isWindowsImage(root.base) || !root.from.posixShell;
    const user = lastInChain(model, stage, "USER");
    if (user) {
      const arg = user.args[0];
      if (!arg) return;
      const expanded = expandVars(arg.value, user.scope, model.escapeChar);
      if (expanded.unresolved.length > 0) return;
      const name = expanded.value.split(":")[0].trim();
      const inherited = user.stage !== stage.index ? ` (inherited from stage ${model.stages[user.stage]?.nameRaw ?? user.stage})` : "";
      if (windows) {
        if (name.toLowerCase() !== "containeradministrator") return;
        report({
          range: arg.range,
          message: `The final image runs as ContainerAdministrator: USER ${arg.value} at line ${user.range.line}${inherited} is its last USER. Switch to USER ContainerUser after the steps that need administrator rights.`,
          context
        });
        return;
      }
      if (name !== "root" && !/^0+$/.test(name)) return;
      report({
        range: arg.range,
        message: `The final image runs as root: USER ${arg.value} at line ${user.range.line}${inherited} is its last USER. A process that breaks out of the application then has root in the container, and on the host too without user namespaces. Switch to an unprivileged user after the steps that need root, e.g. USER 10001.`,
        context
      });
      return;
    }
    if (options.requireUser === false) return;
    if (stage.implicit) return;
    const base = root.base;
    if (knownNonRootImage(base) || base.templatePlaceholders) return;
    if (chainInstructions(model, stage).some((i) => DROPS_PRIVILEGES.test(i.argsText))) return;
    if (windows) {
      if (windowsDefaultUser(base) === "ContainerUser") return;
      report({
        range: imageArgRange(stage),
        message: `The final image never sets a USER, so its processes run as ContainerAdministrator, the default of ${base.text || "its Windows base"}. Add USER ContainerUser after the steps that need administrator rights.`,
        context
      });
      return;
    }
    report({
      range: imageArgRange(stage),
      message: `The final image never sets a USER, so its processes run as root unless the base image ${base.text || "scratch"} chose otherwise. Create an unprivileged user and add USER <name or uid> after the steps that need root.`,
      context
    });
  }
});

// src/rules/dockerfile/npm-pin-versions.ts
var NPM_VALUED = /* @__PURE__ */ new Set([
  "-w",
  "--workspace",
  "--registry",
  "--prefix",
  "--tag",
  "--loglevel",
  "--cache",
  "--userconfig",
  "--globalconfig",
  "--omit",
  "--include",
  "--install-strategy",
  "--before",
  "--otp",
  "--scope",
  "--location"
]);
var INSTALL = /* @__PURE__ */ new Set([
  "install",
  "i",
  "in",
  "ins",
  "inst",
  "insta",
  "instal",
  "isnt",
  "isnta",
  "isntal",
  "isntall",
  "add"
]);
var MOVING_TAGS = /* @__PURE__ */ new Set(["", "latest", "next", "*", "x"]);
function pinned4(spec) {
  if (/^(\.{1,2}(\/|$)|\/|~\/|file:)/.test(spec)) return true;
  if (/\.(tgz|tar\.gz|tar)$/i.test(spec)) return true;
  const git = /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[^@/.][^@/]*\/[^/]+$/.test(spec) && !spec.includes("@");
  if (git) return spec.includes("#");
  if (isUrl(spec)) return true;
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  if (at < 0) return false;
  const version = spec.slice(at + 1);
  if (version.startsWith("npm:")) return pinned4(version.slice(4));
  return !MOVING_TAGS.has(version.toLowerCase());
}
function bareName(spec) {
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  return at < 0 ? spec : spec.slice(0, at);
}
var npm_pin_versions_default = defineRule({
  id: "dockerfile/npm-pin-versions",
  aliases: ["DL3016"],
  severity: "warning",
  summary: "npm install of named packages without pinned versions",
  check(model, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== "npm") continue;
      const cli = parseCli(inv.args, { valued: NPM_VALUED });
      const sub = cli.operands[0];
      if (!sub || !INSTALL.has(sub.value)) continue;
      const cmd = { inv, cli, sub, packages: cli.operands.slice(1) };
      const bad = unpinnedPackages(cmd, pinned4);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word)
        ),
        message: `npm install of ${listNames(names)} without a version: every build fetches the newest release, so rebuilds are not reproducible. Pin it: \`${bareName(names[0])}@<version>\`, or install from a package.json with a lock file (\`npm ci\`).`
      });
    }
  }
});

// src/rules/dockerfile/onbuild-invalid-trigger.ts
var INVALID = /* @__PURE__ */ new Set(["ONBUILD", "FROM", "MAINTAINER"]);
var onbuild_invalid_trigger_default = defineRule({
  id: "dockerfile/onbuild-invalid-trigger",
  aliases: ["DL3043"],
  severity: "error",
  summary: "ONBUILD triggers ONBUILD, FROM or MAINTAINER",
  check(model, _options, report) {
    for (const inst of model.instructions) {
      const t = inst.trigger;
      if (inst.keyword !== "ONBUILD" || !t || !INVALID.has(t.keyword)) continue;
      report({
        range: t.keywordRange,
        message: `\`ONBUILD ${t.keyword}\` is not allowed: the builder rejects ONBUILD, FROM and MAINTAINER as triggers (the child image builds fail). Move the instruction out of ONBUILD` + (t.keyword === "MAINTAINER" ? " (as `LABEL org.opencontainers.image.authors=\u2026`)." : ".")
      });
    }
  }
});

// src/rules/dockerfile/package-signature-disabled.ts
var APT = /* @__PURE__ */ new Set(["apt-get", "apt", "aptitude"]);
var RPM_MANAGERS = /* @__PURE__ */ new Set(["dnf", "dnf5", "yum", "microdnf", "tdnf", "rpm"]);
function hits(inv) {
  const out = [];
  const add = (w, what, instead2) => {
    if (w) out.push({ word: w, what, instead: instead2 });
  };
  const args = inv.words.slice(1);
  const name = inv.name;
  if (name === "apk") {
    add(
      optionWord(inv, ["--allow-untrusted"]),
      "apk --allow-untrusted installs packages whose signature is missing or unknown",
      "add the signing key to /etc/apk/keys"
    );
  } else if (APT.has(name)) {
    for (const opt of ["--allow-unauthenticated", "--force-yes", "--allow-insecure-repositories"]) {
      add(
        optionWord(inv, [opt]),
        `${name} ${opt} installs packages whose signature cannot be verified`,
        "add the repository key (signed-by=) instead"
      );
    }
    for (let i = 0; i < args.length; i++) {
      const a = args[i].value;
      const w = a === "-o" ? args[i + 1] : a.startsWith("-o") ? args[i] : void 0;
      const v = w ? w.value.replace(/^-o/, "") : "";
      if (w && /^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories)=(?:true|1|yes)$/i.test(v)) {
        add(
          w,
          `${name} -o ${v} accepts unsigned packages or repositories`,
          "add the repository key (signed-by=) instead"
        );
      }
    }
  } else if (RPM_MANAGERS.has(name)) {
    add(
      optionWord(inv, ["--nogpgcheck"]),
      `${name} --nogpgcheck installs packages without checking their GPG signature`,
      "import the repository key (rpm --import) instead"
    );
    if (name === "rpm") {
      for (const opt of ["--nosignature", "--nodigest", "--noverify", "--nofiledigest"]) {
        add(
          optionWord(inv, [opt]),
          `rpm ${opt} skips the package's signature or digest checks`,
          "import the signing key (rpm --import) instead"
        );
      }
    }
    for (const w of args) {
      if (/^--setopt=["']?(?:[^=\s]+\.)?(?:repo_)?gpgcheck["']?=["']?(?:0|false|no)["']?$/i.test(w.value)) {
        add(
          w,
          `${name} ${w.value} turns signature checks off`,
          "import the repository key (rpm --import) instead"
        );
      }
    }
  } else if (name === "zypper") {
    add(
      optionWord(inv, ["--no-gpg-checks"]),
      "zypper --no-gpg-checks installs packages without checking their signatures",
      "import the repository key (rpm --import) instead"
    );
  }
  for (const w of args) {
    if (/\[(?:[^\]]*\s)?trusted=yes(?:\s[^\]]*)?\]/.test(w.value)) {
      add(
        w,
        "an APT source marked [trusted=yes] is used without any signature check",
        "give it the repository key with [signed-by=/path/key.gpg]"
      );
    }
  }
  return out;
}
var package_signature_disabled_default = defineRule({
  id: "dockerfile/package-signature-disabled",
  aliases: ["CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11"],
  severity: "error",
  summary: "A package manager is told to install packages without checking their signatures",
  securitySeverity: 7.5,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "RUN") continue;
        for (const inv of findCommands(inst)) {
          for (const h of hits(inv)) {
            report({
              range: rangeOfWords(model, h.word),
              message: `${h.what}. Signatures are what tell a genuine package from one swapped in by a compromised mirror or proxy; remove the option and ${h.instead}.`
            });
          }
        }
      }
    }
  }
});

// src/rules/dockerfile/pip-no-cache-dir.ts
var CACHE_DIRS = ["/root/.cache/pip"];
var pip_no_cache_dir_default = defineRule({
  id: "dockerfile/pip-no-cache-dir",
  aliases: ["DL3042"],
  severity: "warning",
  hadolintOptions: { onlyShippedStages: false },
  summary: "pip install without --no-cache-dir",
  fixable: true,
  options: {
    onlyShippedStages: {
      type: "boolean",
      description: "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); a cache left in another build stage never ships.",
      default: true
    }
  },
  check(model, options, report) {
    for (const inst of runInstructions(model, { shippedOnly: options.onlyShippedStages })) {
      const mounted = mountsOf(inst).some(
        (m) => (m.type === "cache" || m.type === "tmpfs") && !!m.target && /(?:^|\/)\.cache(?:\/pip)?\/?$/.test(m.target)
      );
      if (mounted) continue;
      for (const inv of findCommands(inst, (i) => packageManagerOf(i)?.id === "pip")) {
        if (!actionsOf(inv).has("install")) continue;
        if (hasOption2(inv, "--no-cache-dir")) continue;
        if (envFlagSet(inst, inv, "PIP_NO_CACHE_DIR")) continue;
        const purged = findCommands(inst, (i) => packageManagerOf(i)?.id === "pip").some(
          (p) => p.command.start > inv.command.start && actionsOf(p).has("clean")
        );
        if (purged || removesDir(inst, inv.command.start, CACHE_DIRS)) continue;
        const sub = subcommandOf(inv);
        report({
          range: model.rangeOf(inv.words[0].start, sub.end),
          message: `\`${inv.name} install\` keeps every downloaded wheel in pip's cache (~/.cache/pip) in the layer; write \`${inv.name} install --no-cache-dir \u2026\`, set \`ENV PIP_NO_CACHE_DIR=1\`, or mount the cache with \`--mount=type=cache,target=/root/.cache/pip\`.`,
          fix: insertAfterWord(model, sub, " --no-cache-dir", "Add --no-cache-dir")
        });
      }
    }
  }
});

// src/rules/dockerfile/pip-pin-versions.ts
function pinned5(spec) {
  if (/(===?|~=|!=|<=?|>=?|@)/.test(spec)) return true;
  if (isUrl(spec) || /^(git|hg|svn|bzr)\+/.test(spec)) return true;
  if (spec === "." || spec === ".." || /^(\/|\.\.?\/|~\/)/.test(spec) || spec.includes("/")) return true;
  return /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(spec);
}
var pip_pin_versions_default = defineRule({
  id: "dockerfile/pip-pin-versions",
  aliases: ["DL3013"],
  severity: "warning",
  summary: "pip install without pinned package versions",
  check(model, _options, report) {
    for (const cmd of pipInstalls(runInvocations(model))) {
      if (hasOption(cmd.cli, "-r", "--requirement", "-c", "--constraint")) continue;
      const bad = unpinnedPackages(cmd, pinned5);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word)
        ),
        message: `pip install of ${listNames(names)} without a version: every build resolves the newest release, so rebuilds are not reproducible and may break. Pin it (\`${names[0]}==<version>\`, a version from an ARG counts) or install from a requirements file: \`pip install -r requirements.txt\`.`
      });
    }
  }
});

// src/rules/dockerfile/pipe-to-shell.ts
var DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget", "fetch", "http", "https"]);
var SHELLS = /* @__PURE__ */ new Set([
  "sh",
  "bash",
  "ash",
  "dash",
  "zsh",
  "ksh",
  "mksh",
  "busybox",
  "python",
  "python3",
  "perl",
  "ruby",
  "node",
  "php"
]);
var DOWNLOAD_IN_WORD = /(?:\$\(|`|<\()\s*(?:sudo\s+)?(?:curl|wget)\b/;
function isShell(name) {
  return SHELLS.has(name) || /^python\d(?:\.\d+)?$/.test(name);
}
function pipedDownloads(inst) {
  const out = [];
  const cmds = inst.script?.commands ?? [];
  for (let i = 0; i < cmds.length; i++) {
    const inv = invocationOf(cmds[i]);
    if (!isShell(inv.name)) continue;
    if (cmds[i].prev === "|" || cmds[i].prev === "|&") {
      for (let j = i - 1; j >= 0 && cmds[j].pipeline === cmds[i].pipeline; j--) {
        const d = invocationOf(cmds[j]).name;
        if (DOWNLOADERS.has(d)) {
          out.push({ shell: cmds[i], source: d });
          break;
        }
      }
    }
    const w = inv.words.slice(1).find((x) => DOWNLOAD_IN_WORD.test(x.raw));
    if (w && !out.some((o) => o.shell === cmds[i]))
      out.push({ shell: cmds[i], source: /wget/.test(w.raw) ? "wget" : "curl" });
  }
  return out;
}
var pipe_to_shell_default = defineRule({
  id: "dockerfile/pipe-to-shell",
  aliases: [],
  severity: "warning",
  summary: "RUN pipes a download straight into a shell or interpreter",
  securitySeverity: 6.5,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "RUN") continue;
        for (const { shell, source } of pipedDownloads(inst)) {
          const inv = invocationOf(shell);
          report({
            range: rangeOfWords(model, inv.words[0], inv.words[inv.words.length - 1]),
            message: `The output of ${source} is run by ${inv.name} as it arrives: whatever the server (or anyone between) returns at build time runs unchecked, and a cut-off download runs half a script. Download to a file, check it (sha256sum -c or a signature), then run it.`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/pipefail.ts
function optionsSetPipefail(args) {
  let on = false;
  for (let i = 0; i < args.length - 1; i++) {
    if (args[i + 1] !== "pipefail") continue;
    if (/^-[A-Za-z]*o$/.test(args[i])) on = true;
    else if (/^\+[A-Za-z]*o$/.test(args[i])) on = false;
  }
  return on;
}
function heredocShell(model, inst) {
  const h = inst.heredocs.find((d) => d.isScript);
  if (!h) return void 0;
  const head = model.text.slice(inst.argsOffset, model.text.lastIndexOf("\n", h.bodyOffset - 1));
  const words = head.split(/\s+/).filter((w) => w && !w.startsWith("<<"));
  return words.length > 0 ? words : void 0;
}
var pipefail_default = defineRule({
  id: "dockerfile/pipefail",
  aliases: ["DL4006", "DS032", "AVD-DS-0032"],
  severity: "warning",
  hadolintOptions: { ignoreEchoPipes: false },
  summary: "RUN with a pipe and no pipefail",
  options: {
    ignoreEchoPipes: {
      type: "boolean",
      description: 'Accept pipelines in which only `echo`/`printf` feed the pipe (`echo "$SUM  f" | sha256sum -c`): they cannot fail, so pipefail changes nothing. hadolint reports them.',
      default: true
    }
  },
  check(model, options, report) {
    const cannotFail = (m) => options.ignoreEchoPipes && (m.name === "echo" || m.name === "printf");
    for (const inst of model.instructions) {
      if (inst.keyword !== "RUN" || !inst.script) continue;
      const cmds = inst.script.commands;
      const members = (c) => cmds.filter((m) => m.pipeline === c.pipeline && m.depth === c.depth);
      const piped = cmds.find((c) => {
        if (c.next !== "|" && c.next !== "|&") return false;
        const pipeline2 = members(c);
        return pipeline2.slice(0, -1).some((m) => !cannotFail(m));
      });
      if (!piped) continue;
      const inBody = inst.heredocs.find(
        (h) => h.isScript && piped.start >= h.bodyOffset && piped.start <= h.bodyOffset + h.body.length
      );
      let fromShell;
      if (inst.form === "exec") fromShell = false;
      else if (inBody && /^#!/.test(inBody.body)) fromShell = false;
      else if (inBody && heredocShell(model, inst))
        fromShell = optionsSetPipefail(heredocShell(model, inst));
      else fromShell = optionsSetPipefail(inst.shell.slice(1));
      if (fromShell) continue;
      const setBefore = cmds.some(
        (c) => c.start < piped.start && !c.inSubstitution && c.words[0]?.value === "set" && optionsSetPipefail(c.args)
      );
      if (setBefore) continue;
      const pipeline = members(piped);
      const start = Math.min(...pipeline.map((c) => c.start));
      const end = Math.max(...pipeline.map((c) => c.end));
      const names = pipeline.map((c) => c.name || "\u2026").join(" | ");
      const failing = pipeline.find((m) => !cannotFail(m)) ?? piped;
      report({
        range: model.rangeOf(start, end),
        message: `\`${names}\` runs without pipefail, so the RUN succeeds even when \`${failing.name}\` fails (a pipeline returns its last command's status). Put \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` before this RUN, or start the script with \`set -o pipefail\` where the shell supports it.`
      });
    }
  }
});

// src/rules/dockerfile/pointless-command.ts
var WHY = {
  ssh: "a build has no interactive session and should not reach other hosts with credentials",
  vim: "a build has no terminal to edit in; write the file with COPY or a heredoc instead",
  shutdown: "a build container cannot shut a machine down",
  service: "services started during a build do not survive into the container; start them from the ENTRYPOINT",
  ps: "the process list of a build step says nothing about the running container",
  free: "memory figures of the build host say nothing about the running container",
  top: "an interactive monitor never ends in a build",
  kill: "processes of a build step end with it anyway; start long-running processes from the ENTRYPOINT",
  mount: "mounts made in a build step do not persist; use RUN --mount or a volume at run time",
  ifconfig: "the network of a build step is not the network of the running container"
};
var pointless_command_default = defineRule({
  id: "dockerfile/pointless-command",
  aliases: ["DL3001"],
  severity: "info",
  summary: "RUN uses a command that makes no sense while building an image (ssh, vim, service, ps\u2026)",
  options: {
    commands: {
      type: "array",
      items: { type: "string" },
      description: "Command names to report when a RUN executes them.",
      default: ["free", "ifconfig", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"]
    }
  },
  check(model, options, report) {
    const names = new Set(options.commands);
    for (const inv of runInvocations(model)) {
      if (!names.has(inv.name)) continue;
      const why = WHY[inv.name] ?? "it has no useful effect while building an image";
      report({
        range: model.rangeOf(inv.nameWord.start, inv.nameWord.end),
        message: `RUN executes \`${inv.name}\`, but ${why}. Remove it from the build.`
      });
    }
  }
});

// src/rules/dockerfile/redundant-target-platform.ts
var redundant_target_platform_default = defineRule({
  id: "dockerfile/redundant-target-platform",
  aliases: ["DL3065", "RedundantTargetPlatform"],
  severity: "warning",
  summary: "FROM --platform=$TARGETPLATFORM is the default",
  fixable: true,
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const flag = flagOf(stage.from, "platform");
      if (!flag || !/^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/.test((flag.value ?? "").trim())) continue;
      const line = model.lines[flag.range.line - 1] ?? "";
      let endColumn = flag.range.endColumn;
      while (flag.range.endLine === flag.range.line && line[endColumn - 1] === " ") endColumn++;
      report({
        range: flag.range,
        message: "`--platform=$TARGETPLATFORM` is what FROM does without the flag, so it only adds noise; remove it (keep `--platform` for other values, e.g. `$BUILDPLATFORM` for cross-compiling stages).",
        fix: {
          description: "Remove --platform=$TARGETPLATFORM",
          edits: [{ range: { ...flag.range, endLine: flag.range.line, endColumn }, text: "" }]
        }
      });
    }
  }
});

// src/knowledge/secrets.ts
var VALUE_PATTERNS = [
  { re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/, what: "a PEM private key" },
  { re: /(?:^|[^A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{30,}/, what: "a GitHub token" },
  {
    re: /(?:^|[^A-Za-z0-9])github_pat_[A-Za-z0-9_]{30,}/,
    what: "a GitHub fine-grained personal access token"
  },
  { re: /(?:^|[^A-Za-z0-9])glpat-[A-Za-z0-9_-]{20,}/, what: "a GitLab personal access token" },
  {
    re: /(?:^|[^A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
    what: "an AWS access key ID"
  },
  { re: /(?:^|[^A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/, what: "a Slack token" },
  { re: /(?:^|[^A-Za-z0-9])xapp-\d-[A-Za-z0-9-]{10,}/, what: "a Slack app token" },
  { re: /(?:^|[^A-Za-z0-9])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/, what: "a Stripe secret key" },
  { re: /(?:^|[^A-Za-z0-9])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/, what: "an npm access token" },
  { re: /(?:^|[^A-Za-z0-9])pypi-[A-Za-z0-9_-]{50,}/, what: "a PyPI API token" },
  { re: /(?:^|[^A-Za-z0-9])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/, what: "a Google API key" },
  { re: /(?:^|[^A-Za-z0-9])sk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}/, what: "an OpenAI/Anthropic API key" },
  { re: /(?:^|[^A-Za-z0-9])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/, what: "a SendGrid API key" },
  {
    re: /(?:^|[^A-Za-z0-9.])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/,
    what: "a JSON Web Token"
  }
];
var STRONG_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pword",
  "passphrase",
  "secret",
  "secrets",
  "token",
  "tokens",
  "apikey",
  "credential",
  "credentials",
  "privatekey",
  "secretkey",
  "accesskey",
  "authtoken",
  "accesstoken",
  "apitoken",
  "clientsecret",
  "sessionkey"
]);
var KNOWN_SECRET_NAMES = /* @__PURE__ */ new Set(["AWS_ACCESS_KEY_ID", "AWS_SESSION_TOKEN"]);
var GLUED_SUFFIX = /^[a-z0-9]{2,}(password|passwd|secret|token)$/;
var WEAK_WORDS = /* @__PURE__ */ new Set(["auth", "pass", "pwd", "creds", "key", "keys"]);
var DESCRIPTORS = /* @__PURE__ */ new Set([
  "file",
  "files",
  "path",
  "paths",
  "url",
  "urls",
  "uri",
  "dir",
  "directory",
  "folder",
  "location",
  "loc",
  "version",
  "ver",
  "id",
  "ids",
  "name",
  "names",
  "alias",
  "arn",
  "ref",
  "len",
  "length",
  "min",
  "max",
  "size",
  "bits",
  "type",
  "types",
  "kind",
  "mode",
  "method",
  "algorithm",
  "algo",
  "alg",
  "format",
  "encoding",
  "ttl",
  "timeout",
  "expiry",
  "expires",
  "expiration",
  "lifetime",
  "duration",
  "interval",
  "rotation",
  "header",
  "field",
  "param",
  "var",
  "env",
  "enabled",
  "enable",
  "disabled",
  "disable",
  "required",
  "optional",
  "policy",
  "rules",
  "complexity",
  "strength",
  "count",
  "attempts",
  "retries",
  "host",
  "hostname",
  "port",
  "endpoint",
  "server",
  "provider",
  "domain",
  "realm",
  "scope",
  "scopes",
  "issuer",
  "audience",
  "fingerprint",
  "prefix",
  "suffix",
  "hash",
  "ring",
  "servers",
  "store",
  "mount",
  "dst",
  "src",
  "config",
  "conf",
  "cfg",
  "helper",
  "sha",
  "sha1",
  "sha256",
  "sha512",
  "md5",
  "checksum",
  "digest",
  "source",
  "target",
  "class",
  "classname",
  "providers"
]);
var NON_CREDENTIAL_KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "gpg",
  "gnupg",
  "pgp",
  "apt",
  "repo",
  "pub",
  "public",
  "cache",
  "sort",
  "partition",
  "primary",
  "foreign",
  "hash",
  "routing",
  "idempotency",
  "lookup",
  "map",
  "keyboard",
  "hot"
]);
var PUBLIC_KEY_HINTS = /* @__PURE__ */ new Set([
  "gpg",
  "gnupg",
  "pgp",
  "signing",
  "release",
  "verification",
  "verify",
  "trusted"
]);
var STRONG_PLACEHOLDER = /^(?:x+|\*+|\*+\w+\*+|\.+|-+|_+|[0-]+|changeme|change[-_ ]?me|change[-_ ]?it|placeholder|dummy|example|sample|redacted|none|null|nil|undefined|todo|tbd|fixme|fake\w*|\{\}|\[\]|<[^>]*>|\{\{[^}]*\}\}|%[^%]*%|your[-_ ].*)$/i;
var BOOLEAN_VALUE = /^(?:true|false|yes|no|on|off|enabled?|disabled?|0|1)$/i;
var FINGERPRINTS = /^(?:(?:0x)?(?:[0-9A-F]{16}|[0-9A-F]{40})(?:[\s,;]+|$))+$/i;
var PLACEHOLDER = /^(?:|x+|\*+|\.+|-+|_+|changeme|change[-_ ]?me|placeholder|dummy|example|sample|test|testing|todo|tbd|fixme|none|null|nil|undefined|empty|secret|password|token|key|redacted|hidden|default|true|false|yes|no|on|off|enabled|disabled|\d+|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|%[^%]*%|your[-_ ].*|my[-_ ].*)$/i;
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
}
function isReference(value) {
  return /^\$\{?[A-Za-z_][A-Za-z0-9_]*(?:[:?+-][^}]*)?\}?$/.test(value.trim()) || /^\$\(.*\)$/.test(value.trim());
}
function isPlaceholderValue(value) {
  if (value === void 0) return true;
  const v = value.trim();
  return PLACEHOLDER.test(v) || isReference(v);
}
function isStrongPlaceholder(value) {
  return STRONG_PLACEHOLDER.test(value.trim());
}
var PLACEHOLDER_TEXT = /change[-_ ]?(?:me|it|this)|replace[-_ ]?(?:me|this|with)|your[-_ ]?own|(?:enter|insert|put|add)[-_ ]?your|your[-_ ]?(?:password|passwd|token|key|secret|api)|placeholder|example|dummy|fixme|(?:random|generated)[-_ ](?:alphanumeric|string|value|key|password|secret|token)|alphanumeric[-_ ]string/i;
function isPlaceholderText(value) {
  const v = value.trim();
  return isStrongPlaceholder(v) || PLACEHOLDER_TEXT.test(v) || /^[A-Z]+(?:[_ ][A-Z0-9]+)*$/.test(v) && secretValueKind(v) === null || /^_[A-Za-z0-9_]*_$/.test(v);
}
var BASE64_PEM = /(?:^|[^A-Za-z0-9+/])(LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,120})/;
function base64PemKind(value) {
  const m = BASE64_PEM.exec(value);
  if (!m) return null;
  const head = m[1].slice(0, m[1].length - m[1].length % 4);
  const text = Buffer.from(head, "base64").toString("latin1");
  return /^-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/.test(text) ? "a PEM private key (base64-encoded)" : null;
}
function urlPassword(value) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/\s:@]+):([^/\s@]+)@[^\s/]/i.exec(value);
  return m ? m[2] : void 0;
}
function secretValueKind(value) {
  if (!value || value.length < 12) return null;
  for (const { re, what } of VALUE_PATTERNS) if (re.test(value)) return what;
  const pem = base64PemKind(value);
  if (pem) return pem;
  const password = urlPassword(value);
  if (password !== void 0 && !isPlaceholderValue(password) && !password.includes("$"))
    return "a URL with an embedded password";
  return null;
}
function looksGenerated(value) {
  const v = value.trim();
  if (v.length < 16 || /\s/.test(v)) return false;
  if (/^[0-9a-f]{24,}$/i.test(v)) return true;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  return classes >= 3;
}
function judgeName(name) {
  if (KNOWN_SECRET_NAMES.has(name.toUpperCase())) return { strength: "strong", word: "credential" };
  const words = nameWords(name).map((w) => GLUED_SUFFIX.exec(w)?.[1] ?? w);
  if (words.length === 0) return null;
  if (words.includes("public") || words.includes("pub")) return null;
  const joined = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (next && (w === "api" && next === "key" || w === "private" && next === "key" || w === "secret" && next === "key" || w === "access" && next === "token" || w === "auth" && next === "token" || w === "pass" && next === "phrase" || w === "client" && next === "secret")) {
      joined.push(w + next);
      i++;
    } else joined.push(w);
  }
  let verdict = null;
  for (let i = 0; i < joined.length; i++) {
    const w = joined[i];
    const strong = STRONG_WORDS.has(w);
    if (!strong && !WEAK_WORDS.has(w)) continue;
    if (joined.slice(i + 1).some((d) => DESCRIPTORS.has(d) || /(?:file|path|dir|url|uri)$/.test(d)))
      return null;
    const qualifier = joined[i - 1];
    if ((w === "key" || w === "keys") && qualifier && NON_CREDENTIAL_KEY_QUALIFIERS.has(qualifier)) continue;
    if ((w === "key" || w === "keys") && joined.slice(0, i).some((q) => PUBLIC_KEY_HINTS.has(q))) continue;
    if ((w === "secret" || w === "secrets") && qualifier === "pull") continue;
    const conclusive = strong || w !== "keys" && qualifier !== void 0 && !/^\d+$/.test(qualifier) && i === joined.length - 1;
    const candidate = { strength: conclusive ? "strong" : "weak", word: w };
    if (!verdict || verdict.strength === "weak" && candidate.strength === "strong") verdict = candidate;
  }
  return verdict;
}
var WORD_LABEL = {
  password: "a password",
  passwd: "a password",
  pword: "a password",
  pass: "a password",
  pwd: "a password",
  passphrase: "a passphrase",
  secret: "a secret",
  secrets: "secrets",
  token: "a token",
  tokens: "tokens",
  apikey: "an API key",
  credential: "a credential",
  credentials: "credentials",
  creds: "credentials",
  privatekey: "a private key",
  secretkey: "a secret key",
  accesskey: "an access key",
  authtoken: "an auth token",
  accesstoken: "an access token",
  apitoken: "an API token",
  clientsecret: "a client secret",
  sessionkey: "a session key",
  auth: "authentication data",
  key: "a key",
  keys: "keys"
};
function secretLike(name, value) {
  if (value !== void 0 && value !== "") {
    const kind = secretValueKind(value);
    if (kind) return { reason: `its value looks like ${kind}` };
  }
  const verdict = judgeName(name);
  if (!verdict) return null;
  const label = WORD_LABEL[verdict.word] ?? "a credential";
  if (value !== void 0) {
    const v2 = value.trim();
    if (v2 === "" || BOOLEAN_VALUE.test(v2) || /^(?:\/|~\/|\.\.?\/)\S*$/.test(v2)) return null;
    if ((verdict.word === "key" || verdict.word === "keys") && FINGERPRINTS.test(v2)) return null;
    if (verdict.word === "auth" && /^[a-z][a-z0-9_-]{0,15}$/.test(v2)) return null;
    if (verdict.strength === "strong" && STRONG_PLACEHOLDER.test(v2)) return null;
  }
  if (verdict.strength === "strong") return { reason: `the name "${name}" says it holds ${label}` };
  if (value === void 0 || isPlaceholderValue(value)) return null;
  const v = value.trim();
  if (v.length < 12 || !(/[0-9]/.test(v) && /[A-Za-z]/.test(v)) || /\s/.test(v) || v.startsWith("/") || /^[a-z][a-z0-9+.-]*:\/\//i.test(v) || v.includes("$"))
    return null;
  return { reason: `the name "${name}" and its value suggest it holds ${label}` };
}

// src/rules/dockerfile/secrets-in-arg-env.ts
var secrets_in_arg_env_default = defineRule({
  id: "dockerfile/secrets-in-arg-env",
  aliases: ["DL3064", "SecretsUsedInArgOrEnv"],
  severity: "error",
  summary: "ARG or ENV holds what looks like a credential",
  securitySeverity: 8,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "ARG" && inst.keyword !== "ENV") continue;
        for (const p of inst.properties) {
          const placeholder = p.value !== void 0 && (isStrongPlaceholder(p.value) || inst.keyword === "ARG" && isPlaceholderValue(p.value));
          const hit = secretLike(p.name, placeholder ? void 0 : p.value);
          if (!hit) continue;
          const byValue = p.value !== void 0 && p.valueRange !== null && secretValueKind(p.value) !== null;
          const where = inst.keyword === "ENV" ? "ENV values are stored in the image config, visible to `docker inspect` and to every process in the container" : "build arguments are recorded in the image history (`docker history`) and build provenance";
          const id = p.name.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
          const stage = model.stages[inst.stage];
          report({
            range: byValue ? p.valueRange : p.nameRange,
            // The text report's source line must not show the value, whatever the finding points at.
            redact: !placeholder && p.valueRange ? p.valueRange : void 0,
            message: `${inst.keyword} ${p.name}: ${hit.reason}. ${where[0].toUpperCase()}${where.slice(1)}. Pass it as a build secret instead: RUN --mount=type=secret,id=${id},env=${p.name} \u2026 with \`docker build --secret id=${id}\`${inst.keyword === "ENV" ? ", or give it to the container at run time" : ""}.`,
            context: stage?.name ? { stage: stage.name } : void 0
          });
        }
      }
    }
  }
});

// src/knowledge/image-util.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var IMAGE_RANGE = { line: 1, column: 1, endLine: 1, endColumn: 2 };
function layerContext(layerIndex) {
  return layerIndex === void 0 || layerIndex < 0 ? void 0 : { layer: layerIndex + 1 };
}
function describeStep(createdBy, max = 60) {
  const ins = parseCreatedBy(createdBy);
  if (!ins.keyword) return createdBy.trim() ? createdBy.trim().slice(0, max) : "no created_by";
  let body = ins.body.replace(/\s+/g, " ").trim();
  if (ins.keyword === "ENV" || ins.keyword === "ARG" || ins.keyword === "LABEL") {
    const names = [...body.matchAll(/(?:^|\s)([A-Za-z_][\w.-]*)=/g)].map((m) => m[1]);
    body = names.length > 0 ? names.map((n) => `${n}=\u2026`).join(" ") : body.split(/\s/)[0] ?? "";
  }
  body = body.replace(/\b((?:file|dir|multi):[0-9a-f]{12})[0-9a-f]{52}\b/g, "$1\u2026");
  const text = `${ins.keyword} ${body}`.trim();
  return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
}
function layerLabel(model, layerIndex) {
  const l = model.layers[layerIndex];
  const step = l && l.createdBy ? describeStep(l.createdBy, 50) : "";
  return step ? `layer ${layerIndex + 1} (${step})` : `layer ${layerIndex + 1}`;
}
function sizeOption2(value, name) {
  if (value === null || value === void 0 || value === "") return null;
  const n = parseSize(value);
  if (n === null)
    throw new Error(
      `option ${name} must be a size such as 500MB or a number of bytes (got ${JSON.stringify(value)})`
    );
  return n;
}
function globMatcher(patterns) {
  const list = Array.isArray(patterns) ? patterns.filter((p) => typeof p === "string" && p !== "") : [];
  if (list.length === 0) return () => false;
  const isMatch = (0, import_picomatch.default)(
    list.map((p) => p.replace(/^\/+/, "")),
    { dot: true }
  );
  return (path3) => isMatch(path3.replace(/^\/+/, ""));
}
function listSome(items, max = 5) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

// src/rules/image/secret-files.ts
function secretFileKind(path3) {
  const base = path3.slice(path3.lastIndexOf("/") + 1);
  const lower = base.toLowerCase();
  if (/^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(base)) return "an SSH private key";
  if (/^ssh_host_[a-z0-9]+_key$/.test(base))
    return "an SSH host private key (every container of the image shares it)";
  if (lower === ".env" || lower.startsWith(".env.") && !/\.(example|sample|template|dist|defaults?|schema)$/.test(lower)) {
    return "a .env file (application secrets)";
  }
  if (/\.(p12|pfx|jks|keystore)$/.test(lower)) return "a key store";
  if (/(^|\/)\.aws\/credentials$/.test(path3)) return "AWS credentials";
  if (/(^|\/)\.docker\/config\.json$/.test(path3)) return "Docker registry credentials";
  if (/(^|\/)\.kube\/config$/.test(path3)) return "a Kubernetes config with cluster credentials";
  if (/(^|\/)\.config\/gcloud\/(credentials\.db|access_tokens\.db|application_default_credentials\.json|legacy_credentials\/.+)$/.test(
    path3
  )) {
    return "Google Cloud credentials";
  }
  if (/(^|\/)\.azure\/(accessTokens\.json|msal_token_cache\.(json|bin))$/.test(path3))
    return "Azure credentials";
  if (lower === ".git-credentials") return "git credentials";
  if (lower === ".netrc" || lower === "_netrc") return "a .netrc with login passwords";
  if (lower === ".npmrc") return "an .npmrc (often holds a registry token)";
  if (lower === ".pypirc") return "a .pypirc (often holds a PyPI token)";
  if (lower === ".pgpass") return "PostgreSQL passwords";
  if (lower === ".vault-token") return "a Vault token";
  if (lower === "terraform.tfstate") return "Terraform state (holds resource secrets)";
  return null;
}
function gitDirOf(path3) {
  const m = /^(.*?(?:^|\/)\.git)(?:\/|$)/.exec(path3);
  return m ? m[1] : null;
}
var MAX_FINDINGS = 25;
var secret_files_default = defineRule({
  id: "image/secret-files",
  severity: "error",
  summary: "A layer of the built image holds a private key, a .env file, credentials or a .git folder",
  securitySeverity: 8,
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Glob patterns of image paths not to report (test fixtures, public keys shipped on purpose).",
      default: ["**/{test,tests,testdata,fixtures,__tests__}/**"]
    }
  },
  check(model, options, report) {
    const allowed = globMatcher(options.allow);
    const visible = model.layers.some((l) => l.files) ? analyseImage(model).visible : /* @__PURE__ */ new Map();
    const hits2 = [];
    const gitDirs = /* @__PURE__ */ new Set();
    model.layers.forEach((layer, li) => {
      const files = layer.files;
      if (!files) return;
      for (let i = 0; i < files.length; i++) {
        if (files.whiteoutAt(i)) continue;
        const path3 = files.pathAt(i);
        const kind = kindOf(files, i, path3);
        if (kind) {
          if (!allowed(path3)) hits2.push({ layer: li, path: path3, kind });
          continue;
        }
        const git = gitDirOf(path3);
        if (git && !gitDirs.has(`${li}:${git}`) && !allowed(git)) {
          gitDirs.add(`${li}:${git}`);
          hits2.push({
            layer: li,
            path: git,
            kind: "a .git folder (the whole history of the source, remotes and sometimes tokens)"
          });
        }
      }
    });
    for (const h of hits2.slice(0, MAX_FINDINGS)) {
      const v = visible.get(h.path);
      const gone = !v || v.layer !== h.layer;
      report({
        range: IMAGE_RANGE,
        message: `/${h.path} in ${layerLabel(model, h.layer)} looks like ${h.kind}${gone ? "; a later layer hides it, but it is still in this layer for anyone who pulls the image" : ""}. Anything in a layer can be extracted by whoever can pull the image: keep it out of the build context (.dockerignore), or use a build secret (RUN --mount=type=secret) and rotate this one.`,
        context: layerContext(h.layer)
      });
    }
    if (hits2.length > MAX_FINDINGS) {
      report({
        range: IMAGE_RANGE,
        message: `${hits2.length - MAX_FINDINGS} more files in the image look like secrets (only the first ${MAX_FINDINGS} are listed). Check the build context and .dockerignore.`
      });
    }
  }
});
function kindOf(files, i, path3) {
  const key = files.keyHeaderAt(i);
  if (key) return `a private key (${key})`;
  return files.typeAt(i) === "file" ? secretFileKind(path3) : null;
}

// src/rules/dockerfile/secrets-in-instructions.ts
var AUTH_HEADER = /^\s*(authorization|proxy-authorization|private-token|job-token|x-api-key|api-key|x-auth-token|x-access-token)\s*:\s*(?:(?:token|bearer|basic)\s+)?(\S{1,4096})\s*$/i;
function masked(value) {
  const v = value.trim();
  return v.length <= 8 ? "****" : `${v.slice(0, 4)}\u2026(${v.length} characters)`;
}
function wordProblem(word) {
  if (word.hasExpansion && /\$\{?[A-Za-z_]/.test(word.value)) {
    return null;
  }
  const header = AUTH_HEADER.exec(word.value);
  if (header && !isPlaceholderValue(header[2]) && header[2].length >= 8) {
    return `the ${header[1]} header holds a credential written out (${masked(header[2])})`;
  }
  const kind = secretValueKind(word.value);
  return kind ? `an argument looks like ${kind} (${masked(word.value)})` : null;
}
var secrets_in_instructions_default = defineRule({
  id: "dockerfile/secrets-in-instructions",
  aliases: [],
  severity: "error",
  summary: "A credential is written into a RUN command, a LABEL, or COPY/ADD copies a secret file",
  check(model, _options, report) {
    const stageOf = (inst) => model.stages[inst.stage]?.name;
    const context = (inst) => stageOf(inst) ? { stage: stageOf(inst) } : void 0;
    const tail = "It stays readable in the image history and in the build cache. Pass it at build time with `RUN --mount=type=secret,id=\u2026` (or `--secret` for docker build) instead.";
    for (const inst of model.instructions) {
      if (inst.keyword === "RUN" && inst.script) {
        for (const cmd of inst.script.commands) {
          const assignments = [
            ...cmd.assignments,
            ...cmd.name === "export" || cmd.name === "declare" ? cmd.words.slice(1) : []
          ];
          for (const a of assignments) {
            const eq = a.value.indexOf("=");
            if (eq <= 0 || a.hasExpansion) continue;
            const name = a.value.slice(0, eq);
            const value = a.value.slice(eq + 1);
            if (isPlaceholderValue(value) || value.length < 8) continue;
            const hit = secretLike(name, value);
            if (!hit) continue;
            report({
              range: model.rangeOf(a.start, a.end),
              redact: model.rangeOf(a.start, a.end),
              message: `RUN sets ${name} to a credential written out (${masked(value)}): ${hit.reason}. ${tail}`,
              context: context(inst)
            });
          }
          if (cmd.name === "export" || cmd.name === "declare") continue;
          for (const w of cmd.words.slice(1)) {
            const problem3 = wordProblem(w);
            if (!problem3) continue;
            report({
              range: model.rangeOf(w.start, w.end),
              redact: model.rangeOf(w.start, w.end),
              message: `In this RUN ${problem3}. ${tail}`,
              context: context(inst)
            });
          }
        }
      } else if (inst.keyword === "LABEL") {
        for (const p of inst.properties) {
          if (p.value === void 0 || p.value.includes("$")) continue;
          const kind = secretValueKind(p.value);
          const hit = kind ? { reason: `its value looks like ${kind}` } : secretLike(p.name, p.value);
          if (!hit || !kind && (isPlaceholderValue(p.value) || p.value.length < 8)) continue;
          report({
            range: p.valueRange ?? p.range,
            redact: p.valueRange ?? p.range,
            message: `LABEL ${p.name} holds a credential (${masked(p.value)}): ${hit.reason}. Labels are public metadata of the image; remove it.`,
            context: context(inst)
          });
        }
      } else if ((inst.keyword === "COPY" || inst.keyword === "ADD") && !flagOf(inst, "from")) {
        const paths = copyPaths(model, inst);
        for (const src of paths?.sources ?? []) {
          const kind = secretFileKind(src.value.replace(/\/+$/, ""));
          if (!kind) continue;
          report({
            range: src.range,
            message: `${inst.keyword} ${src.value} copies ${kind} into the image, where every layer keeps it even if a later step deletes it. Mount it for the step that needs it (\`RUN --mount=type=secret,id=\u2026\`) and list it in .dockerignore.`,
            context: context(inst)
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/shell-via-symlink.ts
var SH = /* @__PURE__ */ new Set(["/bin/sh", "/usr/bin/sh"]);
var shell_via_symlink_default = defineRule({
  id: "dockerfile/shell-via-symlink",
  aliases: ["DL4005"],
  severity: "warning",
  summary: "RUN replaces /bin/sh with a symlink instead of using SHELL",
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "ln")) {
        const operands = inv.words.slice(1).filter((w) => !w.value.startsWith("-"));
        const target = operands[operands.length - 1];
        if (operands.length < 2 || !SH.has(target.value)) continue;
        report({
          range: model.rangeOf(inv.words[0].start, target.end),
          message: 'Linking another shell over /bin/sh changes the shell of every program in the image, not just of RUN; use the SHELL instruction instead, e.g. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.'
        });
      }
    }
  }
});

// src/rules/dockerfile/shellcheck.ts
var LEVEL_RANK = { style: 0, info: 1, warning: 2, error: 3 };
var SEVERITY = {
  style: "info",
  info: "info",
  warning: "warning",
  error: "error"
};
var shellcheck_default = defineRule({
  id: "dockerfile/shellcheck",
  aliases: [],
  severity: "warning",
  summary: "ShellCheck finds a problem in a RUN script (reported as shellcheck/SCxxxx)",
  options: {
    exclude: {
      type: "array",
      items: { type: "string", pattern: "^(SC)?\\d{4}$" },
      description: 'ShellCheck codes not to report, e.g. ["SC2086"] (SC1090, SC1091 and SC2187 are never reported).',
      default: []
    },
    minimumLevel: {
      type: "string",
      enum: ["style", "info", "warning", "error"],
      description: "The lowest ShellCheck level reported.",
      default: "style"
    }
  },
  fixable: true,
  check(model, options, report) {
    const result = model.shellcheck;
    if (!result) return;
    if (result.status === "failed" && result.mode === "auto") {
      report({
        range: { line: 1, column: 1, endLine: 1, endColumn: 2 },
        message: `ShellCheck did not check this file's RUN scripts (${result.detail ?? "it failed"}), so shell problems may go unreported. Check that \`shellcheck --version\` works, or run with --shellcheck off.`
      });
      return;
    }
    const excluded = new Set(options.exclude.map((c) => c.toUpperCase().replace(/^(?!SC)/, "SC")));
    for (const c of result.comments) {
      const code = `SC${c.code}`;
      if (excluded.has(code) || LEVEL_RANK[c.level] < LEVEL_RANK[options.minimumLevel]) continue;
      report({
        ruleId: `shellcheck/${code}`,
        severity: SEVERITY[c.level],
        range: c.range,
        message: `${code} (${c.level}): ${c.message} See https://www.shellcheck.net/wiki/${code}.`,
        fix: c.fix ? { description: `Apply ShellCheck's fix for ${code}`, edits: c.fix } : void 0
      });
    }
  }
});

// src/rules/dockerfile/single-healthcheck.ts
var single_healthcheck_default = defineRule({
  id: "dockerfile/single-healthcheck",
  aliases: ["DL3012", "DS023", "AVD-DS-0023"],
  severity: "error",
  summary: "A stage has more than one HEALTHCHECK",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const checks = stage.instructions.filter((i) => i.keyword === "HEALTHCHECK");
      if (checks.length < 2) continue;
      const last = checks[checks.length - 1];
      for (const inst of checks.slice(0, -1)) {
        report({
          range: inst.range,
          message: `This HEALTHCHECK has no effect: only the last one of a stage counts (line ${last.range.line}). Keep a single HEALTHCHECK per stage.`
        });
      }
    }
  }
});

// src/rules/dockerfile/stage-name-casing.ts
var stage_name_casing_default = defineRule({
  id: "dockerfile/stage-name-casing",
  aliases: ["StageNameCasing"],
  severity: "info",
  summary: "A stage name is not lower-case",
  fixable: true,
  check(model, _options, report) {
    for (const stage of model.stages) {
      const raw = stage.nameRaw;
      if (!raw || !stage.nameRange || raw === raw.toLowerCase()) continue;
      const lower = raw.toLowerCase();
      report({
        range: stage.nameRange,
        message: `Stage name '${raw}' should be lowercase: the builder lower-cases stage names anyway, and lower-case names tell stages apart from instruction keywords. Write \`AS ${lower}\`.`,
        fix: {
          description: `Rename the stage to ${lower}`,
          edits: [{ range: stage.nameRange, text: lower }]
        }
      });
    }
  }
});

// src/rules/dockerfile/stage-name-reserved.ts
var RESERVED2 = /* @__PURE__ */ new Set(["scratch", "context"]);
var stage_name_reserved_default = defineRule({
  id: "dockerfile/stage-name-reserved",
  aliases: ["DL3063", "ReservedStageName"],
  severity: "warning",
  summary: "A stage is named with a reserved word (scratch, context)",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange || !RESERVED2.has(stage.name)) continue;
      report({
        range: stage.nameRange,
        message: `"${stage.nameRaw}" is a reserved word (\`scratch\` is the empty image, \`context\` the build context), so \`FROM\`/\`COPY --from\` with this name does not mean this stage; choose another stage name.`
      });
    }
  }
});

// src/rules/dockerfile/syntax.ts
var syntax_default = defineRule({
  id: "dockerfile/syntax",
  severity: "error",
  summary: "The Dockerfile has a syntax error the builder rejects",
  check(model, _options, report) {
    for (const e of model.errors) report({ range: e.range, message: e.message });
    if (model.instructions.length === 0) {
      const empty = model.text.trim() === "";
      report({
        range: { line: 1, column: 1, endLine: 1, endColumn: (model.lines[0]?.length ?? 0) + 1 },
        message: empty ? 'The Dockerfile is empty; the builder rejects it ("the Dockerfile cannot be empty"). Start it with FROM <image>.' : "The Dockerfile has no instructions, only comments; the builder has nothing to build. Add FROM <image>."
      });
    } else if (!model.stages.some((s) => !s.implicit)) {
      const first = model.instructions[0];
      report({
        range: first.keywordRange,
        message: "The Dockerfile has no FROM, so it contains no stage to build and the builder rejects it. Add FROM <image> after the global ARGs."
      });
    }
  }
});

// src/rules/dockerfile/tls-verification-disabled.ts
var ENV_SWITCHES = [
  {
    name: /^PYTHONHTTPSVERIFY$/,
    off: (v) => v === "0",
    what: "Python's HTTPS client stops verifying certificates",
    instead: "install the CA certificate (update-ca-certificates) or point SSL_CERT_FILE/REQUESTS_CA_BUNDLE at it"
  },
  {
    name: /^NODE_TLS_REJECT_UNAUTHORIZED$/,
    off: (v) => v === "0",
    what: "Node.js accepts any TLS certificate",
    instead: "give Node.js the CA with NODE_EXTRA_CA_CERTS=/path/ca.pem"
  },
  {
    name: /^npm_config_strict_ssl$/i,
    off: (v) => v.toLowerCase() === "false",
    what: "npm accepts any registry certificate",
    instead: "set npm_config_cafile (or NODE_EXTRA_CA_CERTS) to the CA instead"
  },
  {
    name: /^GIT_SSL_NO_VERIFY$/,
    off: (v) => v !== "",
    what: "git skips certificate checks (any value disables them)",
    instead: "install the CA certificate, or set GIT_SSL_CAINFO to it"
  },
  {
    name: /^PIP_TRUSTED_HOST$/,
    off: (v) => v !== "",
    what: "pip trusts these hosts without a valid certificate",
    instead: "give pip the CA with PIP_CERT=/path/ca.pem"
  },
  {
    name: /^GOINSECURE$/,
    off: (v) => v !== "",
    what: "the go command fetches these modules without certificate checks (and over plain HTTP)",
    instead: "install the CA certificate, or serve the modules over valid HTTPS"
  }
];
function envWordHit(model, w) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w.value);
  if (!m) return void 0;
  const sw = ENV_SWITCHES.find((s) => s.name.test(m[1]));
  if (!sw || !sw.off(unquote(m[2]))) return void 0;
  return { range: rangeOfWords(model, w), what: `${m[1]}=${m[2]}: ${sw.what}`, instead: sw.instead };
}
var STRICT_SSL = /^(?:strict-ssl|enableStrictSsl)$/;
function commandHits(model, inv) {
  const out = [];
  const word = (w, what, instead2) => {
    if (w) out.push({ range: rangeOfWords(model, w), what, instead: instead2 });
  };
  const args = inv.words.slice(1);
  const vals = args.map((w) => w.value);
  const name = inv.name;
  if (name === "curl") {
    const w = optionWord(inv, ["-k", "--insecure", "--proxy-insecure"]);
    word(
      w,
      `curl ${w?.value} accepts any server certificate`,
      "install the CA certificate or pass it with --cacert"
    );
  } else if (name === "wget") {
    word(
      optionWord(inv, ["--no-check-certificate"]),
      "wget --no-check-certificate accepts any server certificate",
      "install the CA certificate or pass it with --ca-certificate"
    );
  } else if (name === "pip" || /^pip\d/.test(name)) {
    word(
      optionWord(inv, ["--trusted-host"]),
      `${name} --trusted-host accepts that host without a valid certificate`,
      "pass the CA with --cert /path/ca.pem"
    );
    const i = vals.findIndex((v) => /(?:^|\.)trusted-host$/.test(v));
    if (vals[0] === "config" && vals.includes("set") && i >= 0) {
      word(
        args[i],
        `${name} config sets trusted-host, so pip accepts that host without a valid certificate`,
        "configure cert= with the CA instead"
      );
    }
  } else if (name === "npm" || name === "yarn" || name === "pnpm") {
    const flag = args.find((w) => /^--strict-ssl=false$/i.test(w.value) || w.value === "--no-strict-ssl");
    word(
      flag,
      `${name} ${flag?.value} accepts any registry certificate`,
      "configure cafile with the CA instead"
    );
    const i = vals.findIndex((v) => STRICT_SSL.test(v.split("=")[0]));
    if (i >= 0 && (vals.includes("set") || vals.includes("config") || vals.includes("c"))) {
      const value = vals[i].includes("=") ? vals[i].split("=")[1] : vals[i + 1];
      if (value !== void 0 && unquote(value).toLowerCase() === "false") {
        word(
          args[i],
          `${name} config sets ${vals[i].split("=")[0]} to false, so every later install accepts any certificate`,
          "configure cafile with the CA instead"
        );
      }
    }
  } else if (name === "git") {
    for (let i = 0; i < args.length; i++) {
      const v = vals[i];
      const key = (v.includes("=") ? v.slice(0, v.indexOf("=")) : v).toLowerCase();
      if (!/^http\.(?:.+\.)?sslverify$/.test(key)) continue;
      const value = v.includes("=") ? v.slice(v.indexOf("=") + 1) : vals[i + 1];
      if (value !== void 0 && /^(?:false|0|no|off)$/i.test(unquote(value))) {
        word(
          args[i],
          `git ${v.includes("=") ? v : `${v} ${value}`} turns certificate checks off`,
          "install the CA certificate, or set http.sslCAInfo to it"
        );
      }
    }
  } else if (name === "yum-config-manager" || (name === "dnf" || name === "yum" || name === "microdnf") && args.length > 0) {
    for (const w of args) {
      const m = /^--setopt=["']?(?:[^=\s]+\.)?sslverify["']?=["']?(0|false|no)["']?$/i.exec(w.value);
      if (m)
        word(
          w,
          `${name} ${w.value} turns certificate checks off for the repositories`,
          "install the repository CA (sslcacert=) instead"
        );
    }
  } else if (name === "conda") {
    const i = vals.indexOf("ssl_verify");
    if (vals.includes("--set") && i >= 0 && /^(?:false|no|0)$/i.test(vals[i + 1] ?? "")) {
      word(
        args[i],
        "conda config --set ssl_verify false accepts any certificate",
        "set ssl_verify to the CA bundle path instead"
      );
    }
  } else if (name === "composer") {
    const i = vals.findIndex((v) => v === "disable-tls" || v === "secure-http");
    const value = vals[i + 1];
    if (vals[0] === "config" && i >= 0 && (vals[i] === "disable-tls" && value === "true" || vals[i] === "secure-http" && value === "false")) {
      word(
        args[i],
        `composer config ${vals[i]} ${value} lets composer download without TLS verification`,
        "keep TLS on and configure cafile"
      );
    }
  } else if (name === "go" && (vals[0] === "get" || vals[0] === "install")) {
    word(
      optionWord(inv, ["-insecure"]),
      "go get -insecure fetches without certificate checks",
      "install the CA certificate instead"
    );
  }
  return out;
}
function runHits(model, inst) {
  const out = [];
  if (!inst.script) return out;
  for (const cmd of inst.script.commands) {
    for (const a of cmd.assignments) {
      const h = envWordHit(model, a);
      if (h) out.push(h);
    }
    if (cmd.name === "export" || cmd.name === "env") {
      for (const w of cmd.words.slice(1)) {
        const h = envWordHit(model, w);
        if (h) out.push(h);
      }
    }
  }
  for (const inv of findCommands(inst)) out.push(...commandHits(model, inv));
  return out;
}
var tls_verification_disabled_default = defineRule({
  id: "dockerfile/tls-verification-disabled",
  aliases: [
    "CKV2_DOCKER_2",
    "CKV2_DOCKER_3",
    "CKV2_DOCKER_4",
    "CKV2_DOCKER_5",
    "CKV2_DOCKER_6",
    "CKV2_DOCKER_12",
    "CKV2_DOCKER_13",
    "CKV2_DOCKER_14",
    "CKV2_DOCKER_15",
    "CKV2_DOCKER_16",
    "CKV2_DOCKER_18"
  ],
  severity: "error",
  summary: "A download or package tool is told to skip TLS certificate verification",
  securitySeverity: 7.5,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        const hits2 = [];
        if (inst.keyword === "ENV" || inst.keyword === "ARG") {
          for (const p of inst.properties) {
            const sw = ENV_SWITCHES.find((s) => s.name.test(p.name));
            if (!sw || p.value === void 0 || !sw.off(p.value)) continue;
            hits2.push({
              range: p.range,
              what: `${inst.keyword} ${p.name}=${p.value}: ${sw.what}`,
              instead: sw.instead
            });
          }
        } else if (inst.keyword === "RUN") hits2.push(...runHits(model, inst));
        for (const h of hits2) {
          report({
            range: h.range,
            message: `${h.what}. Without certificate checks anyone on the network path (proxy, mirror, DNS) can swap what the build downloads for their own code. Remove it and ${h.instead}.`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/trusted-registries.ts
function patternsOf(options) {
  return Array.isArray(options.registries) ? options.registries.filter((p) => typeof p === "string") : [];
}
function untrustedReason(image, patterns) {
  return `comes from ${describe2(image)}, which is not a trusted registry (${patterns.join(", ")}): images from elsewhere have not been vetted or mirrored by your organisation. Use an image from a trusted registry, or add the registry to the rule's \`registries\` option.`;
}
var HUB_ALIASES = /* @__PURE__ */ new Set([
  "docker.io",
  "index.docker.io",
  "registry-1.docker.io",
  "hub.docker.com",
  "registry.hub.docker.com"
]);
function normalisePattern(pattern) {
  const p = pattern.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/+$/, "");
  const slash = p.indexOf("/");
  const host = slash < 0 ? p : p.slice(0, slash);
  return HUB_ALIASES.has(host) ? DOCKER_HUB + (slash < 0 ? "" : p.slice(slash)) : p;
}
function trusted(image, patterns) {
  const registry = image.registry.toLowerCase();
  const repo = image.repository.toLowerCase();
  const full = [`${registry}/${repo}`];
  if (registry === DOCKER_HUB && !repo.includes("/")) full.push(`${registry}/library/${repo}`);
  return patterns.some((raw) => {
    const p = normalisePattern(raw);
    if (!p) return false;
    if (p === "*") return true;
    if (!p.includes("/")) return globMatch(p, registry);
    return full.some((f) => globMatch(p, f) || globMatch(`${p}/*`, f));
  });
}
function describe2(image) {
  return image.registry === DOCKER_HUB ? "Docker Hub (docker.io)" : image.registry;
}
var trusted_registries_default = defineRule({
  id: "dockerfile/trusted-registries",
  aliases: ["DL3026"],
  severity: "error",
  summary: "An image comes from a registry that is not trusted",
  securitySeverity: 6.5,
  options: {
    registries: {
      type: "array",
      items: { type: "string" },
      description: "Trusted registries: a host (`ghcr.io`), `*`, `*.suffix`, `prefix*`, or host/path (`ghcr.io/acme/*`). Unqualified image names are Docker Hub (`docker.io`). The rule is silent while the list is empty.",
      default: []
    }
  },
  check(model, options, report) {
    const patterns = patternsOf(options);
    if (patterns.length === 0) return;
    const check = (image, range, what, inst) => {
      if (image.scratch || !image.text.trim() || isTransportRef(image.text) || trusted(image, patterns))
        return;
      const stage = model.stages[inst.stage];
      report({
        range,
        message: `${what}${image.text} ${untrustedReason(image, patterns)}`,
        context: stage?.name ? { stage: stage.name } : void 0
      });
    };
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const base = externalBase(stage);
      if (base) check(base, imageArgRange(stage), "FROM ", stage.from);
    }
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword === "COPY" || inst.keyword === "ADD") {
          const from = flagOf(inst, "from");
          if (from?.value) {
            const src = resolveSource(model, inst, from.value);
            if (src.kind === "image")
              check(src.image, from.valueRange ?? from.range, `${inst.keyword} --from=`, inst);
          }
        } else if (inst.keyword === "RUN") {
          for (const mount of mountsOf(inst)) {
            const opt = mount.byKey.get("from");
            if (!opt?.value) continue;
            const src = resolveSource(model, inst, opt.value);
            if (src.kind === "image") check(src.image, opt.valueRange, "RUN --mount=from=", inst);
          }
        }
      }
    }
  },
  checkRuntime(spec, options, report) {
    const patterns = patternsOf(options);
    const run = runImage(spec);
    if (patterns.length === 0 || !run || trusted(run.ref, patterns)) return;
    report({ range: run.range, message: `${run.subject}, which ${untrustedReason(run.ref, patterns)}` });
  }
});

// src/rules/dockerfile/undefined-arg-in-from.ts
function refRange(arg, start, end) {
  const r = arg.range;
  if (r.line !== r.endLine || r.endColumn - r.column !== arg.value.length) return r;
  return { line: r.line, column: r.column + start, endLine: r.line, endColumn: r.column + end };
}
var undefined_arg_in_from_default = defineRule({
  id: "dockerfile/undefined-arg-in-from",
  aliases: ["UndefinedArgInFrom", "UndeclaredArgInFrom"],
  severity: "warning",
  summary: "FROM uses a variable that no ARG before the first FROM declares",
  check(model, _options, report) {
    const declared = new Set(Object.keys(PLATFORM_ARG_DEFAULTS));
    const budget = new SuggestionBudget();
    for (const inst of model.globalArgs) for (const p of inst.properties) declared.add(p.name);
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const from = stage.from;
      const places = [];
      if (from.args[0]) places.push(from.args[0]);
      for (const f of from.flags) {
        if (f.name.toLowerCase() === "platform" && f.value !== null && f.valueRange)
          places.push({ value: f.value, range: f.valueRange });
      }
      const seen = /* @__PURE__ */ new Set();
      for (const place of places) {
        for (const ref of scanVarRefs(place.value, model.escapeChar)) {
          if (declared.has(ref.name) || seen.has(ref.name)) continue;
          seen.add(ref.name);
          const hint = suggestNameWithin(ref.name, declared, budget);
          report({
            range: refRange(place, ref.start, ref.end),
            message: `FROM argument '${ref.name}' is not declared${didYouMean(hint)}: only ARGs declared before the first FROM (and the automatic platform ARGs) can be used in FROM, so it expands to an empty string. ` + (hint ? `Write $${hint}, or declare` : "Declare") + ` it with ARG ${ref.name}=<default> at the top of the file.`
          });
        }
      }
    }
  }
});

// src/knowledge/base-image-env.ts
var JAVA = ["JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL"];
var PHP = [
  "PHPIZE_DEPS",
  "PHP_INI_DIR",
  "APACHE_CONFDIR",
  "APACHE_ENVVARS",
  "PHP_CFLAGS",
  "PHP_CPPFLAGS",
  "PHP_LDFLAGS",
  "GPG_KEYS",
  "PHP_VERSION",
  "PHP_URL",
  "PHP_ASC_URL",
  "PHP_SHA256"
];
var DOTNET = [
  "APP_UID",
  "ASPNETCORE_HTTP_PORTS",
  "ASPNETCORE_URLS",
  "DOTNET_RUNNING_IN_CONTAINER",
  "DOTNET_VERSION",
  "ASPNET_VERSION",
  "DOTNET_SDK_VERSION",
  "DOTNET_GENERATE_ASPNET_CERTIFICATE",
  "DOTNET_NOLOGO",
  "DOTNET_USE_POLLING_FILE_WATCHER",
  "NUGET_XMLDOC_MODE",
  "POWERSHELL_DISTRIBUTION_CHANNEL"
];
var BASE_IMAGE_ENV = {
  scratch: [],
  alpine: [],
  busybox: [],
  debian: [],
  ubuntu: [],
  centos: [],
  rockylinux: [],
  almalinux: [],
  amazonlinux: [],
  oraclelinux: [],
  archlinux: ["LANG"],
  fedora: ["DISTTAG", "FGC", "FBR"],
  "opensuse/leap": ["LANG"],
  "opensuse/tumbleweed": ["LANG"],
  "buildpack-deps": [],
  "registry.access.redhat.com/ubi8/ubi": ["container"],
  "registry.access.redhat.com/ubi9/ubi": ["container"],
  "registry.access.redhat.com/ubi8/ubi-minimal": ["container"],
  "registry.access.redhat.com/ubi9/ubi-minimal": ["container"],
  "gcr.io/distroless/static": ["SSL_CERT_FILE"],
  "gcr.io/distroless/static-debian12": ["SSL_CERT_FILE"],
  "gcr.io/distroless/base": ["SSL_CERT_FILE"],
  "gcr.io/distroless/base-debian12": ["SSL_CERT_FILE"],
  "gcr.io/distroless/cc": ["SSL_CERT_FILE"],
  "gcr.io/distroless/cc-debian12": ["SSL_CERT_FILE"],
  python: [
    "LANG",
    "GPG_KEY",
    "PYTHON_VERSION",
    "PYTHON_SHA256",
    "PYTHON_PIP_VERSION",
    "PYTHON_SETUPTOOLS_VERSION",
    "PYTHON_GET_PIP_URL",
    "PYTHON_GET_PIP_SHA256"
  ],
  pypy: ["LANG", "PYPY_VERSION"],
  node: ["NODE_VERSION", "YARN_VERSION"],
  golang: ["GOLANG_VERSION", "GOPATH", "GOTOOLCHAIN"],
  rust: ["RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION"],
  openjdk: JAVA,
  "eclipse-temurin": JAVA,
  amazoncorretto: ["LANG", "JAVA_HOME"],
  "ibm-semeru-runtimes": JAVA,
  maven: [...JAVA, "MAVEN_HOME", "MAVEN_CONFIG"],
  gradle: [...JAVA, "GRADLE_HOME", "GRADLE_VERSION"],
  tomcat: [
    ...JAVA,
    "CATALINA_HOME",
    "TOMCAT_NATIVE_LIBDIR",
    "LD_LIBRARY_PATH",
    "GPG_KEYS",
    "TOMCAT_MAJOR",
    "TOMCAT_VERSION",
    "TOMCAT_SHA512"
  ],
  ruby: [
    "LANG",
    "RUBY_MAJOR",
    "RUBY_VERSION",
    "RUBY_DOWNLOAD_URL",
    "RUBY_DOWNLOAD_SHA256",
    "GEM_HOME",
    "BUNDLE_SILENCE_ROOT_WARNING",
    "BUNDLE_APP_CONFIG"
  ],
  php: PHP,
  composer: [...PHP, "COMPOSER_ALLOW_SUPERUSER", "COMPOSER_HOME", "COMPOSER_VERSION"],
  nginx: ["NGINX_VERSION", "NJS_VERSION", "NJS_RELEASE", "PKG_RELEASE", "DYNPKG_RELEASE"],
  httpd: ["HTTPD_PREFIX", "HTTPD_VERSION", "HTTPD_SHA256", "HTTPD_PATCHES"],
  haproxy: ["HAPROXY_VERSION", "HAPROXY_URL", "HAPROXY_SHA256"],
  caddy: ["CADDY_VERSION", "XDG_CONFIG_HOME", "XDG_DATA_HOME"],
  postgres: ["GOSU_VERSION", "LANG", "PG_MAJOR", "PG_VERSION", "PGDATA"],
  mysql: ["GOSU_VERSION", "MYSQL_MAJOR", "MYSQL_VERSION", "MYSQL_SHELL_VERSION"],
  mariadb: ["GOSU_VERSION", "LANG", "MARIADB_VERSION"],
  redis: ["REDIS_VERSION", "REDIS_DOWNLOAD_URL", "REDIS_DOWNLOAD_SHA"],
  mongo: [
    "GOSU_VERSION",
    "JSYAML_VERSION",
    "MONGO_PACKAGE",
    "MONGO_REPO",
    "MONGO_MAJOR",
    "MONGO_VERSION",
    "HOME"
  ],
  elixir: ["ELIXIR_VERSION", "LANG", "OTP_VERSION", "REBAR3_VERSION"],
  erlang: ["OTP_VERSION", "REBAR3_VERSION"],
  julia: ["JULIA_PATH", "JULIA_GPG", "JULIA_VERSION", "LANG"],
  docker: ["DOCKER_VERSION", "DOCKER_BUILDX_VERSION", "DOCKER_COMPOSE_VERSION", "DOCKER_TLS_CERTDIR"],
  "mcr.microsoft.com/dotnet/sdk": DOTNET,
  "mcr.microsoft.com/dotnet/aspnet": DOTNET,
  "mcr.microsoft.com/dotnet/runtime": DOTNET,
  "mcr.microsoft.com/dotnet/runtime-deps": DOTNET,
  "oven/bun": ["BUN_RUNTIME_TRANSPILER_CACHE_PATH", "BUN_INSTALL_BIN"]
};
var ALWAYS_DEFINED = ["PATH"];
function baseImageEnv(ref, extra = {}) {
  if (ref.scratch) return [];
  const name = ref.name.toLowerCase();
  const own = extra[name] ?? extra[ref.name];
  const known = BASE_IMAGE_ENV[name];
  if (own === void 0 && known === void 0) return void 0;
  return [...known ?? [], ...own ?? []];
}

// src/rules/dockerfile/undefined-var.ts
var NON_ENV_ARGS = /* @__PURE__ */ new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);
var COMMON_IMAGE_ENV = /* @__PURE__ */ new Set([
  "HOME",
  "USER",
  "HOSTNAME",
  "LANG",
  "LC_ALL",
  "TZ",
  "SHELL",
  "LD_LIBRARY_PATH",
  "JAVA_HOME",
  "GOPATH",
  "CARGO_HOME",
  "NODE_PATH",
  "PYTHONPATH"
]);
function nameFromVariable(ref) {
  return ref.raw !== ref.text && parseImageRef(ref.raw).name.includes("$");
}
function handlesUnset(text, start, name) {
  if (text[start + 1] !== "{") return false;
  let i = start + 2 + name.length;
  if (text[i] === ":") i++;
  return text[i] === "-" || text[i] === "+";
}
var EXPANDED = /* @__PURE__ */ new Set(["ADD", "COPY", "ENV", "LABEL", "USER", "VOLUME", "WORKDIR", "STOPSIGNAL"]);
function pieces(model, inst) {
  const out = [];
  if (inst.keyword === "COPY" || inst.keyword === "ADD") {
    for (const f of inst.flags) {
      const n = f.name.toLowerCase();
      if ((n === "chown" || n === "chmod") && f.value !== null && f.valueRange) {
        out.push({ text: f.value, offset: offsetAt(model, f.valueRange.line, f.valueRange.column) });
      }
    }
  }
  out.push({ text: argsTextBeforeHeredocs(model, inst), offset: inst.argsOffset });
  return out;
}
var undefined_var_default = defineRule({
  id: "dockerfile/undefined-var",
  aliases: ["UndefinedVar", "UndefinedArg"],
  severity: "warning",
  summary: "An instruction uses a variable that is not defined at that point",
  options: {
    baseImageEnv: {
      type: "object",
      description: 'ENV names your own base images define, by image name (`registry/repo` without tag), e.g. `{"ghcr.io/acme/base": ["APP_HOME"]}`. Official images such as python, node and golang are known.',
      additionalProperties: { type: "array", items: { type: "string" } },
      default: {}
    },
    unknownBaseImages: {
      type: "string",
      enum: ["lenient", "strict"],
      description: "For stages built on an image whose ENV is not known: `lenient` assumes it may define any UPPER_CASE variable (and still reports likely typos of known names), `strict` reports every name not defined in the file.",
      default: "lenient"
    }
  },
  check(model, options, report) {
    const stageNames = [];
    for (const stage of model.stages) {
      const parent = stage.parent !== void 0 && stage.parent < stage.index ? stage.parent : void 0;
      if (parent === void 0) {
        const root = rootBase(model, stage);
        const base = nameFromVariable(root) ? void 0 : baseImageEnv(root, options.baseImageEnv);
        stageNames[stage.index] = {
          names: /* @__PURE__ */ new Set([...ALWAYS_DEFINED, ...base ?? []]),
          knownBase: base !== void 0
        };
        continue;
      }
      const names = new Set(stageNames[parent].names);
      for (const i of model.stages[parent].instructions) {
        if (i.keyword === "ARG" || i.keyword === "ENV") for (const p of i.properties) names.add(p.name);
      }
      stageNames[stage.index] = { names, knownBase: stageNames[parent].knownBase };
    }
    const namesOfStage = (stage) => stageNames[stage.index];
    const budget = new SuggestionBudget();
    for (const inst of model.instructions) {
      const stage = model.stages[inst.stage];
      if (!stage || !EXPANDED.has(inst.keyword) && inst.keyword !== "ARG") continue;
      const { names: inherited, knownBase } = namesOfStage(stage);
      const declaredHere = /* @__PURE__ */ new Set();
      const isKnown = (name) => inherited.has(name) || inst.scope.has(name) || declaredHere.has(name);
      function* known() {
        yield* inherited;
        yield* inst.scope.keys();
        yield* declaredHere;
      }
      const check = (piece) => {
        const seen = /* @__PURE__ */ new Set();
        const guards = [];
        for (const ref of scanVarRefs(piece.text, model.escapeChar, true)) {
          if (isKnown(ref.name) || NON_ENV_ARGS.has(ref.name) || seen.has(ref.name)) continue;
          if (guards.some((g) => g.name === ref.name && ref.start < g.end)) continue;
          if (handlesUnset(piece.text, ref.start, ref.name)) {
            guards.push({ name: ref.name, end: ref.end });
            continue;
          }
          seen.add(ref.name);
          const lenient = !knownBase && options.unknownBaseImages !== "strict";
          if (lenient && COMMON_IMAGE_ENV.has(ref.name)) continue;
          const hint = suggestNameWithin(ref.name, known(), budget);
          if (lenient && !hint && /^[A-Z][A-Z0-9_]*$/.test(ref.name)) continue;
          const range = model.rangeOf(piece.offset + ref.start, piece.offset + ref.end);
          report({
            range,
            message: `Usage of undefined variable '$${ref.name}'${didYouMean(hint, "$")}: nothing declares it before this ${inst.keyword}, so it expands to an empty string. ` + (hint ? `Write $${hint}, or declare` : "Declare") + ` it first with ARG ${ref.name} (or ENV ${ref.name}=\u2026).`
          });
        }
      };
      if (inst.keyword === "ARG") {
        for (const p of inst.properties) {
          if (p.value !== void 0 && p.valueRange) {
            const start = offsetAt(model, p.valueRange.line, p.valueRange.column);
            const end = offsetAt(model, p.valueRange.endLine, p.valueRange.endColumn);
            check({ text: model.text.slice(start, end), offset: start });
          }
          declaredHere.add(p.name);
        }
        continue;
      }
      for (const piece of pieces(model, inst)) check(piece);
    }
  }
});

// src/rules/dockerfile/update-without-install.ts
var INDEX_DIRS = {
  deb: /^\/var\/(?:lib|cache)\/apt(?:\/|$)/,
  apk: /^\/(?:var\/cache\/apk|etc\/apk\/cache)(?:\/|$)/,
  rpm: /^\/var\/cache\/(?:dnf|yum|libdnf5)(?:\/|$)/,
  zypper: /^\/var\/cache\/zypp(?:\/|$)/,
  pacman: /^\/var\/(?:lib|cache)\/pacman(?:\/|$)/
};
function opaque(inv) {
  const n = inv.name;
  if (/\.sh$/.test(n) || inv.words[0].value.startsWith("./")) return true;
  if (["sh", "bash", "dash", "ash", "zsh", "source", ".", "make", "eval"].includes(n)) return true;
  const installer = n !== "install" && /install/i.test(n) || /(?:^|[-_])pkgs?$|^pkg[-_]?(?:add|install)$/.test(n);
  return installer && !packageManagerOf(inv);
}
function usesIndex(inv, family) {
  if (packageManagerOf(inv)?.family !== family) return false;
  const actions = actionsOf(inv);
  return actions.has("install") || actions.has("upgrade") || actions.has("download");
}
function joinFix(model, inst, family) {
  const stage = model.stages[inst.stage];
  const next = stage?.instructions[stage.instructions.indexOf(inst) + 1];
  if (!next || next.keyword !== "RUN") return void 0;
  for (const i of [inst, next]) {
    if (i.form !== "shell" || i.heredocs.length > 0 || i.flags.length > 0 || !i.script || !i.argsRange)
      return void 0;
  }
  const all = inst.script.commands.filter((c) => c.words.length > 0);
  if (!all.every((c) => actionsOf(c).has("update-index") && c.depth === 0)) return void 0;
  const firstNext = findCommands(next)[0];
  if (!firstNext || !usesIndex(firstNext, family)) return void 0;
  const text = inst.argsText.replace(/\s+$/, "");
  if (text.includes("#") || /(?:&&|\|\||[|;&\\`])$/.test(text)) return void 0;
  const end = inst.argsOffset + text.length;
  if (!/^\s*RUN\s+$/i.test(model.text.slice(end, next.argsOffset))) return void 0;
  return {
    description: "Run the index update and the install in one RUN",
    edits: [
      {
        range: model.rangeOf(end, next.argsOffset),
        text: text.includes("\n") ? ` ${model.escapeChar}
    && ` : " && "
      }
    ]
  };
}
var update_without_install_default = defineRule({
  id: "dockerfile/update-without-install",
  aliases: ["DS017", "AVD-DS-0017", "CKV_DOCKER_5"],
  severity: "warning",
  summary: "A RUN updates the package index but installs nothing",
  fixable: true,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "RUN" || !inst.script) continue;
        const invs = findCommands(inst);
        if (invs.some(opaque)) continue;
        const cacheTargets = mountsOf(inst).filter((m) => m.type === "cache" && m.target).map((m) => m.target);
        const reported = /* @__PURE__ */ new Set();
        for (const inv of invs) {
          const pm = packageManagerOf(inv);
          if (!pm || !actionsOf(inv).has("update-index")) continue;
          const family = pm.family;
          if (reported.has(family) || invs.some((other) => usesIndex(other, family))) continue;
          const dir = INDEX_DIRS[family];
          if (dir && cacheTargets.some((t) => dir.test(t))) continue;
          reported.add(family);
          const fix = inst === top ? joinFix(model, inst, family) : void 0;
          const stage = model.stages[inst.stage];
          const shown = inv.words.map((w) => w.value).join(" ");
          report({
            range: rangeOfInvocation(model, inv),
            message: `\`${shown}\` runs in a RUN that installs nothing: the index is cached with this layer and goes stale, so a later install in another RUN gets outdated versions or 404 errors when only that RUN is rebuilt. Update and install in the same RUN (${example(pm.family)}).`,
            ...fix ? { fix } : {},
            context: stage?.name ? { stage: stage.name } : void 0
          });
        }
      }
    }
  }
});
function example(family) {
  switch (family) {
    case "deb":
      return "apt-get update && apt-get install -y \u2026";
    case "apk":
      return "apk add --no-cache \u2026, which needs no separate update";
    case "rpm":
      return "dnf install -y \u2026 refreshes the metadata itself";
    case "zypper":
      return "zypper refresh && zypper install -y \u2026";
    case "pacman":
      return "pacman -Syu --noconfirm \u2026";
    default:
      return "update && install";
  }
}

// src/rules/dockerfile/use-add-for-archives.ts
var TAR_VALUED = /* @__PURE__ */ new Set([
  "-f",
  "-C",
  "-T",
  "-X",
  "-b",
  "-H",
  "-I",
  "--file",
  "--directory",
  "--files-from",
  "--exclude-from"
]);
function extracted(inst) {
  const out = /* @__PURE__ */ new Set();
  for (const inv of invocations(inst)) {
    if (inv.name !== "tar") continue;
    const words = [...inv.args];
    if (words[0] && /^[A-Za-z]+$/.test(words[0].value) && words[0].value.includes("x") && words[0].value.includes("f")) {
      const file = words[1]?.value;
      if (file) out.add(basename(file));
      continue;
    }
    const cli = parseCli(words, { valued: TAR_VALUED });
    const extract = cli.options.some((o) => o.name === "-x" || o.name === "--extract" || o.name === "--get");
    if (!extract) continue;
    for (const o of cli.options)
      if ((o.name === "-f" || o.name === "--file") && o.value) out.add(basename(o.value));
  }
  return out;
}
var use_add_for_archives_default = defineRule({
  id: "dockerfile/use-add-for-archives",
  aliases: ["DL3010"],
  severity: "info",
  summary: "A tar archive is COPYed and then extracted in RUN",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const insts = stage.instructions;
      for (let i = 0; i < insts.length; i++) {
        const copy = insts[i];
        if (copy.keyword !== "COPY" || flagOf(copy, "from")) continue;
        const parts = copyParts(model, copy);
        const dest = parts.dest ? unquote(parts.dest.value) : "";
        const archives = /* @__PURE__ */ new Map();
        for (const src of parts.sources) {
          const value = expandVars(unquote(src.value), copy.scope, model.escapeChar).value;
          if (TAR_ARCHIVE.test(value)) archives.set(basename(value), src);
        }
        if (archives.size === 1 && dest && !/[/\\]$/.test(dest) && TAR_ARCHIVE.test(dest)) {
          const [src] = archives.values();
          archives.clear();
          archives.set(basename(dest), src);
        }
        if (archives.size === 0) continue;
        for (const run of insts.slice(i + 1)) {
          if (run.keyword !== "RUN") continue;
          const names = extracted(run);
          for (const [name, src] of archives) {
            if (!names.has(name)) continue;
            archives.delete(name);
            report({
              range: src.range,
              message: `${name} is copied and then unpacked with tar (line ${run.range.line}), which keeps the archive in a layer. \`ADD ${name} <dir>/\` extracts a local tar archive in one step.`
            });
          }
        }
      }
    }
  }
});

// src/rules/dockerfile/use-workdir.ts
var use_workdir_default = defineRule({
  id: "dockerfile/use-workdir",
  aliases: ["DL3003", "DS013", "AVD-DS-0013"],
  severity: "warning",
  summary: "RUN changes directory with cd instead of WORKDIR",
  check(model, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== "cd" || inv.wrappers.length > 0) continue;
      if (inSubshell(model, inv)) continue;
      const dir = inv.args[0]?.value;
      report({
        range: invocationRange(model, inv),
        message: `\`cd${dir ? ` ${dir}` : ""}\` in RUN hides the directory the following commands run in and lasts only for this RUN. Use WORKDIR${dir && dir.startsWith("/") ? ` ${dir}` : ""}, pass the directory to the tool (\`make -C dir\`, \`git -C dir\`), or scope it in a subshell: \`(cd dir && make)\`.`
      });
    }
  }
});

// src/rules/dockerfile/user-numeric.ts
var user_numeric_default = defineRule({
  id: "dockerfile/user-numeric",
  aliases: ["DL3066"],
  severity: "info",
  hadolintOptions: { everyUser: true },
  summary: "The image\u2019s final USER is a name, not a numeric UID",
  options: {
    everyUser: {
      type: "boolean",
      description: "Report every USER of every stage whose user is not numeric (root included), as hadolint does, instead of only the USER the final image keeps.",
      default: false
    }
  },
  check(model, options, report) {
    const last = finalStage(model);
    if (!last) return;
    const users = [];
    if (options.everyUser) {
      for (const top of model.instructions)
        for (const i of top.trigger ? [top, top.trigger] : [top]) if (i.keyword === "USER") users.push(i);
    } else {
      const user = lastInChain(model, last, "USER");
      if (user) users.push(user);
    }
    for (const user of users) {
      if (user.args.length === 0 || !user.argsRange) continue;
      const raw = user.args.map((a) => a.value).join(" ");
      const expanded = expandVars(raw, user.scope, model.escapeChar);
      if (expanded.unresolved.length > 0) continue;
      const name = expanded.value.split(":")[0].trim();
      if (!name || /^\d+$/.test(name)) continue;
      if (name === "root" && !options.everyUser) continue;
      report({
        range: user.argsRange,
        message: `\`USER ${raw}\` names the user, so the runtime (Kubernetes \`runAsNonRoot\`, a host mapping user ids) cannot tell from the image config that it is not root; write its numeric UID, e.g. \`USER 10001\` (\`USER <uid>:<gid>\`), keeping the account in /etc/passwd.`
      });
    }
  }
});

// src/rules/dockerfile/useradd-no-log-init.ts
var LASTLOG_RECORD = 292;
var useradd_no_log_init_default = defineRule({
  id: "dockerfile/useradd-no-log-init",
  aliases: ["DL3046"],
  severity: "warning",
  summary: "useradd with a high or variable UID without -l",
  fixable: true,
  options: {
    maxDigits: {
      type: "integer",
      description: "UIDs with more digits than this are reported (hadolint: 5, i.e. UIDs from 100000).",
      default: 5,
      minimum: 1
    }
  },
  check(model, options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "useradd")) {
        if (hasOption2(inv, "-l", "--no-log-init")) continue;
        const uid = optionValue(inv, "-u", "--uid");
        if (!uid) continue;
        let why;
        if (uid.word.hasExpansion) {
          const { value, unresolved } = resolveWord(model, inst, uid.word);
          const fromArg = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(uid.value);
          const binding = fromArg ? inst.scope.get(fromArg[1]) : void 0;
          if (unresolved.length === 0 && binding) {
            if (!/^\d+$/.test(value) || value.length <= options.maxDigits) continue;
            why = `UID ${value}`;
          } else {
            why = `a UID from a variable (${uid.value})`;
          }
        } else {
          const v = uid.value.replace(/^-u/, "");
          if (!/^\d+$/.test(v) || v.length <= options.maxDigits) continue;
          const mb = Math.round(Number(v) * LASTLOG_RECORD / 1e6);
          why = `UID ${v} (a lastlog of about ${mb.toLocaleString("en-US")} MB)`;
        }
        report({
          range: model.rangeOf(inv.words[0].start, uid.word.end),
          message: `\`useradd\` with ${why} and without \`-l\` writes sparse /var/log/lastlog and faillog files whose size grows with the UID, and image layers store them in full; add \`-l\` (\`--no-log-init\`).`,
          fix: insertAfterWord(model, inv.words[0], " -l", "Add -l to useradd")
        });
      }
    }
  }
});

// src/rules/dockerfile/volatile-arg-early.ts
var DEFAULT_VOLATILE_NAMES = [
  "*BUILD_DATE*",
  "*BUILDDATE*",
  "*BUILD_TIME*",
  "*BUILDTIME*",
  "*TIMESTAMP*",
  "*COMMIT*",
  "*GIT_SHA",
  "*GIT_HASH",
  "*GIT_REF*",
  "*GIT_TAG*",
  "*GIT_BRANCH*",
  "*GIT_DESCRIBE*",
  "*REVISION*",
  "VCS_REF",
  "*_VCS_REF",
  "GITHUB_SHA",
  "GITHUB_REF*",
  "CI_*",
  "*BUILD_NUMBER*",
  "*BUILD_ID*",
  "*RUN_NUMBER*",
  "*RUN_ID*",
  "*PIPELINE_ID*",
  "VERSION",
  "APP_VERSION",
  "BUILD_VERSION",
  "RELEASE_VERSION",
  "IMAGE_VERSION",
  "IMAGE_TAG",
  "RELEASE",
  "*SEMVER*"
];
var UNPINNED_DEFAULT = /^(?:|unknown|unset|undefined|none|null|n\/?a|-|dev|devel|development|local|snapshot|latest|head|main|master|nightly|edge|dirty|manual|unreleased|v?0(?:\.0)*(?:[-+].*)?)$/i;
function volatileValue(value) {
  return value === void 0 || value.includes("$") || UNPINNED_DEFAULT.test(value.trim());
}
function uses(inst, name, escapeChar) {
  const texts = [inst.argsText, ...inst.flags.map((f) => f.value ?? ""), ...inst.heredocs.map((h) => h.body)];
  return texts.some((t) => t.includes(name) && referencedVars(t, escapeChar).some((r) => r.name === name));
}
var volatile_arg_early_default = defineRule({
  id: "dockerfile/volatile-arg-early",
  severity: "warning",
  summary: "A build argument that changes every build is declared before expensive steps",
  options: {
    names: {
      type: "array",
      items: { type: "string" },
      description: "Patterns (case-insensitive, `*` matches any text) of ARG names whose value changes on every build: build date, commit, CI run number, application version\u2026",
      default: DEFAULT_VOLATILE_NAMES
    }
  },
  check(model, options, report) {
    const patterns = (Array.isArray(options.names) ? options.names : []).filter((p) => typeof p === "string" && p.trim()).map((p) => p.trim().toUpperCase());
    if (patterns.length === 0) return;
    for (const stage of model.stages) {
      const list = stage.instructions;
      for (let i = 0; i < list.length; i++) {
        const arg = list[i];
        if (arg.keyword !== "ARG") continue;
        for (const p of arg.properties) {
          if (!patterns.some((pat) => globMatch(pat, p.name.toUpperCase()))) continue;
          if (!volatileValue(p.value)) continue;
          const wasted = [];
          let firstUse;
          for (const next of list.slice(i + 1)) {
            if (uses(next, p.name, model.escapeChar)) {
              firstUse = next;
              break;
            }
            if (next.keyword === "ARG" && next.properties.some((q) => q.name === p.name)) break;
            if (next.keyword === "RUN") wasted.push(next);
          }
          if (wasted.length === 0) continue;
          const runs = wasted.length === 1 ? "1 RUN instruction that does not" : `${wasted.length} RUN instructions that do not`;
          const advice = firstUse ? `Declare it just before its first use (${firstUse.keyword} at line ${firstUse.range.line}), after the expensive steps.` : "No later instruction of the stage uses it: declare it after the last RUN, or remove it.";
          report({
            range: p.nameRange,
            message: `ARG ${p.name} changes on every build and is declared before ${runs} use it (the first at line ${wasted[0].range.line}): every RUN after an ARG gets it in its environment, so each of them misses the cache. ${advice}`,
            context: stage.name ? { stage: stage.name } : void 0
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/volume-sensitive-path.ts
var SENSITIVE = [
  "/",
  "/bin",
  "/boot",
  "/dev",
  "/etc",
  "/lib",
  "/lib64",
  "/proc",
  "/root",
  "/run",
  "/sbin",
  "/sys",
  "/usr",
  "/var/run",
  "/var/lib/docker",
  "/var/run/docker.sock",
  "/run/docker.sock"
];
function normalise(p) {
  const out = ("/" + p).replace(/\/+/g, "/").replace(/\/\.(?=\/|$)/g, "");
  return out.length > 1 ? out.replace(/\/$/, "") : out;
}
function volumePaths(argsText, args) {
  const t = argsText.trim();
  if (t.startsWith("[")) {
    try {
      const v = JSON.parse(t);
      if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
    } catch {
    }
  }
  return args.map((a) => a.value);
}
var volume_sensitive_path_default = defineRule({
  id: "dockerfile/volume-sensitive-path",
  aliases: [],
  severity: "warning",
  summary: "VOLUME covers a system directory or the Docker socket",
  securitySeverity: 6,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "VOLUME" || !inst.argsRange) continue;
        for (const raw of volumePaths(inst.argsText, inst.args)) {
          const value = normalise(
            expandVars(raw, inst.scope, model.escapeChar).value.replace(/^(["'])(.*)\1$/, "$2")
          );
          if (!SENSITIVE.includes(value)) continue;
          const socket = value.endsWith("docker.sock") || value === "/var/run" || value === "/run";
          const arg = inst.args.find((a) => a.value === raw);
          report({
            range: arg?.range ?? inst.argsRange,
            message: `VOLUME ${value} makes a system path a volume: ` + (socket ? "it invites mounting the Docker socket, which gives the container root on the host. " : "whatever the image put there is copied into every anonymous volume, later changes to it in the build are discarded, and it invites bind-mounting the host directory. ") + "Declare volumes only for application data (e.g. VOLUME /data)."
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/wget-and-curl.ts
var wget_and_curl_default = defineRule({
  id: "dockerfile/wget-and-curl",
  aliases: ["DL4001", "DS014", "AVD-DS-0014"],
  severity: "warning",
  summary: "A stage uses both wget and curl",
  check(model, _options, report) {
    const byStage = /* @__PURE__ */ new Map();
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, ["wget", "curl"])) {
        const entry = byStage.get(inst.stage);
        const line = model.rangeOf(inv.words[0].start, inv.words[0].end).line;
        if (!entry) byStage.set(inst.stage, { first: inv.name, line, other: [] });
        else if (entry.first !== inv.name) entry.other.push(inv);
      }
    }
    for (const { first, line, other } of byStage.values()) {
      for (const inv of other) {
        report({
          range: model.rangeOf(inv.words[0].start, inv.words[0].end),
          message: `This stage already downloads with \`${first}\` (line ${line}); using \`${inv.name}\` too means two download tools (and their libraries) to install and patch. Use \`${first}\` here as well.`
        });
      }
    }
  }
});

// src/rules/dockerfile/wget-progress.ts
var QUIET_LONG = ["--progress", "--quiet", "--no-verbose", "--output-file", "--append-output"];
var VALUED = /* @__PURE__ */ new Set(["O", "P", "e", "t", "T", "w", "U", "i", "B", "Q", "l", "A", "R", "D", "I", "X", "Y"]);
function quietToken(t) {
  if (QUIET_LONG.some((o) => t === o || t.startsWith(`${o}=`))) return true;
  if (t === "-nv") return true;
  if (!/^-[A-Za-z]/.test(t) || t.startsWith("-n")) return false;
  for (const c of t.slice(1)) {
    if (c === "q" || c === "o" || c === "a") return true;
    if (VALUED.has(c)) return false;
  }
  return false;
}
var wget_progress_default = defineRule({
  id: "dockerfile/wget-progress",
  aliases: ["DL3047"],
  severity: "info",
  summary: "wget without --progress bloats the build log",
  fixable: true,
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "wget")) {
        let quiet = false;
        for (const w of inv.words.slice(1)) {
          if (w.value === "--") break;
          const { value, unresolved } = resolveWord(model, inst, w);
          if (unresolved.length > 0) {
            if (!w.quoted && unresolved.some((n) => /ARG|OPT|FLAG|PARAM/i.test(n))) quiet = true;
            continue;
          }
          const tokens = w.hasExpansion && !w.quoted ? value.split(/\s+/) : [value];
          if (tokens.some(quietToken)) quiet = true;
        }
        if (quiet) continue;
        const stage = model.stages[inst.stage];
        const base = stage && !inst.onbuild ? rootBase(model, stage).name : "unknown";
        const busybox = /alpine|busybox|unknown/i.test(base);
        report({
          range: model.rangeOf(inv.words[0].start, inv.words[0].end),
          message: "`wget` without `--progress` prints a progress line for every few kilobytes, which floods the build log on large downloads; write `wget --progress=dot:giga \u2026`, or `-nv`/`-q` (BusyBox wget: `-q`).",
          fix: busybox ? void 0 : insertAfterWord(model, inv.words[0], " --progress=dot:giga", "Add --progress=dot:giga to wget")
        });
      }
    }
  }
});

// src/rules/dockerfile/workdir-absolute.ts
function isAbsolute(p) {
  return p.startsWith("/") || p.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(p);
}
var workdir_absolute_default = defineRule({
  id: "dockerfile/workdir-absolute",
  aliases: ["DL3000", "DS009", "AVD-DS-0009", "CKV_DOCKER_10"],
  severity: "error",
  summary: "WORKDIR uses a relative path",
  check(model, _options, report) {
    for (const inst of instructionsOf(model, "WORKDIR")) {
      if (inst.args.length === 0 || !inst.argsRange) continue;
      const raw = unquote(inst.argsText.trim());
      if (isAbsolute(raw)) continue;
      const expanded = expandVars(raw, inst.scope, model.escapeChar);
      if (expanded.unresolved.length > 0 && raw.startsWith("$")) continue;
      const value = unquote(expanded.value.trim());
      if (isAbsolute(value)) continue;
      const resolved = value.includes("\\") ? `\\${value}` : resolveImagePath(workdirAt(model, inst), value);
      report({
        range: inst.argsRange,
        message: `WORKDIR "${raw}" is relative, so it lands under whatever WORKDIR the base image or an earlier instruction set, which can change without notice. Write an absolute path, e.g. WORKDIR ${resolved}.`
      });
    }
  }
});

// src/rules/dockerfile/workdir-relative-path.ts
function isAbsolute2(p) {
  return p.startsWith("/") || p.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(p);
}
var workdir_relative_path_default = defineRule({
  id: "dockerfile/workdir-relative-path",
  aliases: ["WorkdirRelativePath"],
  severity: "warning",
  summary: "The first WORKDIR of a build is a relative path",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (ancestorsHave(model, stage, "WORKDIR")) continue;
      const first = stage.instructions.find((i) => i.keyword === "WORKDIR");
      if (!first || !first.argsRange) continue;
      const raw = first.argsText.trim().replace(/^(["'])(.*)\1$/, "$2");
      const expanded = expandVars(raw, first.scope, model.escapeChar);
      if (expanded.unresolved.length > 0 && raw.startsWith("$")) continue;
      const value = expanded.value.trim().replace(/^(["'])(.*)\1$/, "$2");
      if (isAbsolute2(value)) continue;
      report({
        range: first.argsRange,
        message: `Relative workdir "${raw}" can have unexpected results if the base image changes: it resolves against the base image's WORKDIR, which is not declared in this build. Set an absolute WORKDIR first, e.g. WORKDIR /${value.replace(/^\.\/?/, "")}.`
      });
    }
  }
});

// src/rules/dockerfile/workdir-system-dir.ts
var SYSTEM_DIRS = ["/proc", "/sys", "/dev", "/boot", "/initrd", "/lost+found"];
var workdir_system_dir_default = defineRule({
  id: "dockerfile/workdir-system-dir",
  aliases: ["DS030", "AVD-DS-0030"],
  severity: "error",
  summary: "WORKDIR points into a system directory (/proc, /sys, /dev, /boot\u2026)",
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "WORKDIR" || !inst.argsRange) continue;
        const raw = inst.argsText.trim();
        const value = expandVars(raw, inst.scope, model.escapeChar).value.trim().replace(/^(["'])(.*)\1$/, "$2");
        const dir = SYSTEM_DIRS.find((d) => value === d || value.startsWith(d + "/"));
        if (!dir) continue;
        report({
          range: inst.argsRange,
          message: `WORKDIR path '${raw}' should not mount system directories: ${dir} is provided by the kernel or the runtime at run time, so files written there are lost or hidden, and commands run from it can touch the host. Use an application directory such as /app.`
        });
      }
    }
  }
});

// src/rules/dockerfile/yarn-cache-clean.ts
var CACHE_DIRS2 = ["/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn/berry/cache"];
var yarn_cache_clean_default = defineRule({
  id: "dockerfile/yarn-cache-clean",
  aliases: ["DL3060"],
  severity: "info",
  hadolintOptions: { onlyShippedStages: false },
  summary: "yarn install without yarn cache clean in the same RUN",
  fixable: true,
  options: {
    onlyShippedStages: {
      type: "boolean",
      description: "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); a cache left in another build stage never ships.",
      default: true
    }
  },
  check(model, options, report) {
    for (const inst of runInstructions(model, { shippedOnly: options.onlyShippedStages })) {
      const invs = findCommands(inst, ["yarn", "yarnpkg"]);
      const installs = invs.filter(
        (inv) => actionsOf(inv).has("install") && !(subcommandOf(inv) === void 0 && inv.args.some((a) => /^(?:--version|-v|--help|-h)$/.test(a)))
      );
      if (installs.length === 0) continue;
      const last = installs[installs.length - 1];
      const cleaned = invs.some(
        (inv) => inv.command.start > last.command.start && actionsOf(inv).has("clean")
      );
      const folders = installs.map((inv) => optionValue(inv, "--cache-folder")?.value).filter((v) => !!v);
      const dirs = [...CACHE_DIRS2, ...folders];
      if (cleaned || removesDir(inst, last.command.start, dirs) || mountsCacheOver(inst, dirs)) continue;
      const first = installs[0];
      const sub = subcommandOf(first);
      report({
        range: model.rangeOf(first.words[0].start, (sub ?? first.words[0]).end),
        message: `\`${first.words.map((w) => w.value).slice(0, sub ? 2 : 1).join(" ")}\` fills yarn's global cache, which stays in the layer next to node_modules; end the same RUN with \`yarn cache clean\`, or mount the cache with \`--mount=type=cache,target=/usr/local/share/.cache/yarn\`.`,
        fix: appendCommandFix(model, inst, "yarn cache clean", "Append yarn cache clean")
      });
    }
  }
});

// src/rules/dockerfile/yum-assume-yes.ts
var yum_assume_yes_default = defineRule({
  id: "dockerfile/yum-assume-yes",
  aliases: ["DL3030"],
  severity: "warning",
  summary: "yum install/update/remove without -y",
  fixable: true,
  check(model, _options, report) {
    checkAssumeYes(model, ["yum"], report);
  }
});

// src/rules/dockerfile/yum-clean-all.ts
var yum_clean_all_default = defineRule({
  id: "dockerfile/yum-clean-all",
  aliases: ["DL3032", "DS015", "AVD-DS-0015"],
  severity: "warning",
  hadolintOptions: { onlyShippedStages: false },
  summary: "yum install without yum clean all in the same RUN",
  fixable: true,
  options: {
    onlyShippedStages: {
      type: "boolean",
      description: "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.",
      default: true
    }
  },
  check(model, options, report) {
    checkRpmClean(model, ["yum"], options.onlyShippedStages, report);
  }
});

// src/rules/dockerfile/yum-version-pin.ts
var yum_version_pin_default = defineRule({
  id: "dockerfile/yum-version-pin",
  aliases: ["DL3033"],
  severity: "warning",
  summary: "yum install without package versions",
  check(model, _options, report) {
    checkRpmPins(model, ["yum"], report);
  }
});

// src/rules/dockerfile/zypper-clean.ts
var CACHE_DIRS3 = ["/var/cache/zypp"];
var zypper_clean_default = defineRule({
  id: "dockerfile/zypper-clean",
  aliases: ["DL3036", "DS020", "AVD-DS-0020"],
  severity: "warning",
  hadolintOptions: { onlyShippedStages: false },
  summary: "zypper install without zypper clean in the same RUN",
  fixable: true,
  options: {
    onlyShippedStages: {
      type: "boolean",
      description: "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.",
      default: true
    }
  },
  check(model, options, report) {
    for (const inst of runInstructions(model, { shippedOnly: options.onlyShippedStages })) {
      const invs = findCommands(inst, "zypper");
      const changes = invs.filter((inv) => {
        const a = actionsOf(inv);
        return a.has("install") || a.has("upgrade");
      });
      if (changes.length === 0) continue;
      const last = changes[changes.length - 1];
      const cleaned = invs.some((inv) => {
        const sub2 = subcommandOf(inv)?.value;
        return inv.command.start > last.command.start && (sub2 === "clean" || sub2 === "cc");
      });
      if (cleaned || removesDir(inst, last.command.start, CACHE_DIRS3) || mountsCacheOver(inst, CACHE_DIRS3))
        continue;
      const first = changes[0];
      const sub = subcommandOf(first);
      report({
        range: model.rangeOf(first.words[0].start, sub.end),
        message: `\`zypper ${sub.value}\` leaves downloaded packages and repository metadata in /var/cache/zypp in the layer; end the same RUN with \`zypper clean --all\`, or mount the cache with \`--mount=type=cache,target=/var/cache/zypp\`.`,
        fix: appendCommandFix(model, inst, "zypper clean --all", "Append zypper clean --all")
      });
    }
  }
});

// src/rules/dockerfile/zypper-dist-upgrade.ts
var zypper_dist_upgrade_default = defineRule({
  id: "dockerfile/zypper-dist-upgrade",
  aliases: ["DL3035"],
  severity: "warning",
  summary: "zypper dist-upgrade in a Dockerfile",
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "zypper")) {
        const sub = subcommandOf(inv);
        if (!sub || sub.value !== "dist-upgrade" && sub.value !== "dup") continue;
        report({
          range: model.rangeOf(inv.words[0].start, sub.end),
          message: `\`zypper ${sub.value}\` upgrades the whole distribution inside the image, which makes the build unpredictable and the image drift from its base; use a newer base image tag instead, or \`zypper patch\`/\`zypper update <package>\` for specific fixes.`
        });
      }
    }
  }
});

// src/rules/dockerfile/zypper-non-interactive.ts
var ASKING = /* @__PURE__ */ new Set(["verify", "ve", "install-new-recommends", "inr"]);
var zypper_non_interactive_default = defineRule({
  id: "dockerfile/zypper-non-interactive",
  aliases: ["DL3034"],
  severity: "warning",
  summary: "zypper install/remove/update without --non-interactive or -y",
  fixable: true,
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "zypper")) {
        const sub = subcommandOf(inv);
        if (!sub) continue;
        const a = actionsOf(inv);
        if (!a.has("install") && !a.has("upgrade") && !a.has("remove") && !ASKING.has(sub.value)) continue;
        if (hasOption2(inv, "-n", "--non-interactive", "-y", "--no-confirm")) continue;
        report({
          range: model.rangeOf(inv.words[0].start, sub.end),
          message: `\`zypper ${sub.value}\` without \`--non-interactive\` asks for a confirmation that a build cannot give, so the step fails; write \`zypper --non-interactive ${sub.value} \u2026\` (or \`zypper ${sub.value} -y \u2026\`).`,
          fix: insertAfterWord(model, inv.words[0], " --non-interactive", "Add --non-interactive to zypper")
        });
      }
    }
  }
});

// src/rules/dockerfile/zypper-version-pin.ts
function pinned6(spec) {
  return /[=<>]/.test(spec.slice(1)) || /\.rpm$/i.test(spec) || spec.includes("/");
}
var zypper_version_pin_default = defineRule({
  id: "dockerfile/zypper-version-pin",
  aliases: ["DL3037"],
  severity: "warning",
  summary: "zypper install without package versions",
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "zypper")) {
        if (!actionsOf(inv).has("install")) continue;
        const type = optionValue(inv, "-t", "--type")?.value;
        if (type && type !== "package") continue;
        for (const w of installedPackages(inv)) {
          const { value, unresolved } = resolveWord(model, inst, w);
          if (unresolved.length > 0) continue;
          const bad = value.split(/\s+/).filter((s) => s.length > 0 && !pinned6(s));
          if (bad.length === 0) continue;
          report({
            range: model.rangeOf(w.start, w.end),
            message: `\`zypper install ${bad[0]}\` installs whatever version the repository has at build time, so rebuilds differ; pin it: \`${bad[0]}=<version>\` (or \`>=\`; a version from an ARG counts).`
          });
        }
      }
    }
  }
});

// src/rules/runtime/capabilities.ts
var WHY2 = {
  ALL: "is every capability, as good as --privileged",
  SYS_ADMIN: "allows mounts, namespace changes and many other ways out of the container",
  NET_ADMIN: "allows changing the host's network configuration when the network is shared, and firewall rules",
  SYS_PTRACE: "allows reading and changing the memory of other processes",
  SYS_MODULE: "allows loading kernel modules, that is running code in the host kernel",
  DAC_READ_SEARCH: "allows reading any file by handle, a known container escape (shocker)",
  SYS_RAWIO: "allows raw access to devices and I/O ports",
  SYS_BOOT: "allows rebooting the host",
  BPF: "allows loading eBPF programs into the host kernel",
  PERFMON: "allows observing the whole host"
};
var capabilities_default = defineRule({
  id: "runtime/capabilities",
  aliases: ["CKV_K8S_25", "CKV_K8S_37", "CKV_K8S_39"],
  severity: "error",
  summary: "The container adds a dangerous Linux capability, or does not drop all capabilities",
  securitySeverity: 7.5,
  options: {
    forbid: {
      type: "array",
      items: { type: "string" },
      description: "Capabilities that must not be added (with or without the CAP_ prefix; ALL is --cap-add=ALL).",
      default: ["ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH"]
    },
    allow: {
      type: ["array", "null"],
      items: { type: "string" },
      description: "When set, the only capabilities that may be added (the Pod Security Standards allow AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT at baseline, only NET_BIND_SERVICE at restricted); null for no list.",
      default: null
    },
    requireDropAll: {
      type: "boolean",
      description: "Also require every container to drop all capabilities (cap_drop: [ALL]) and add back only what it needs.",
      default: false
    }
  },
  check(spec, options, report) {
    const forbid = new Set(capabilityList(options.forbid));
    const allow = Array.isArray(options.allow) ? new Set(capabilityList(options.allow)) : void 0;
    for (const cap of spec.capAdd) {
      if (cap.value === void 0) continue;
      if (!forbid.has(cap.value)) {
        if (allow && !allow.has(cap.value)) {
          report({
            range: cap.range,
            message: `Adding the capability ${cap.value} goes beyond the policy's list of capabilities a container may add (${[...allow].join(", ") || "none"}); remove it${WHY2[cap.value] ? ` (it ${WHY2[cap.value]})` : ""}.`
          });
        }
        continue;
      }
      const why = WHY2[cap.value] ?? "is forbidden by the policy";
      report({
        range: cap.range,
        message: `Adding the capability ${cap.value} ${why}; remove it${cap.value === "ALL" ? " and add only the capabilities the container needs" : " or grant a narrower capability"}.`
      });
    }
    if (options.requireDropAll && !spec.incomplete) {
      const dropsAll = spec.capDrop.some((c) => c.value === "ALL" || c.opaque);
      if (!dropsAll) {
        report({
          range: missingRange(spec),
          message: `${describe(spec)} keeps the engine's default capabilities (CHOWN, SETUID, NET_RAW\u2026), which most services never use; drop them all with ${howToWrite(spec, "--cap-drop ALL", "cap_drop: [ALL]", "securityContext.capabilities.drop: [ALL]")} and add back only those needed.`
        });
      }
    }
  }
});

// src/rules/runtime/cpu-limit.ts
var DEFAULT_CFS_PERIOD = 1e5;
var cpu_limit_default = defineRule({
  id: "runtime/cpu-limit",
  aliases: ["CKV_K8S_11", "unset-cpu-requirements"],
  severity: "warning",
  summary: "The container has no CPU limit, or one above the allowed maximum",
  options: {
    max: {
      type: ["number", "null"],
      description: "Largest number of CPUs allowed (`--cpus`, or quota / period); null for no maximum.",
      default: null
    }
  },
  check(spec, options, report) {
    const example2 = howToWrite(spec, "--cpus 1", "cpus: 1", "resources.limits.cpu: 500m");
    const limits = [spec.cpus, spec.cpuQuota, spec.cpusetCpus].filter(
      (s) => s !== void 0
    );
    if (limits.length === 0) {
      if (spec.incomplete || spec.source.containerType === "ephemeral") return;
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no CPU limit, so it can starve every other process on the host of CPU time; set one with ${example2}.`
      });
      return;
    }
    for (const s of [spec.cpus, spec.cpuQuota]) {
      if (s?.invalid)
        report({ range: s.range, message: `The CPU limit ${written(s)} cannot be read: ${s.invalid}.` });
    }
    const hasCpuset = spec.cpusetCpus !== void 0 && (spec.cpusetCpus.opaque || (spec.cpusetCpus.value ?? "").trim() !== "");
    const cpus = spec.cpus?.value;
    const quota = spec.cpuQuota?.value;
    const period = spec.cpuPeriod?.value && spec.cpuPeriod.value > 0 ? spec.cpuPeriod.value : DEFAULT_CFS_PERIOD;
    const effective = cpus !== void 0 && cpus > 0 ? cpus : quota !== void 0 && quota > 0 ? quota / period : void 0;
    const anyOpaque = limits.some((s) => s.opaque);
    if (effective === void 0 && !hasCpuset && !anyOpaque) {
      const zero = [spec.cpus, spec.cpuQuota].find((s) => s && s.value !== void 0);
      if (zero) {
        report({
          range: zero.range,
          message: `${written(zero)} means no CPU limit, so the container can starve every other process on the host of CPU time; set a real limit with ${example2}.`
        });
      }
      return;
    }
    const max = numberOption(options.max);
    if (max !== void 0 && effective !== void 0 && effective > max) {
      const s = cpus !== void 0 && cpus > 0 ? spec.cpus : spec.cpuQuota;
      report({
        range: s.range,
        message: `The CPU limit ${written(s)} (${Number(effective.toFixed(3))} CPUs) is above the policy's maximum of ${max}; lower it to ${max} or less.`
      });
    }
  }
});

// src/rules/runtime/docker-socket.ts
var docker_socket_default = defineRule({
  id: "runtime/docker-socket",
  aliases: ["CKV_K8S_27", "docker-sock"],
  severity: "error",
  summary: "The container mounts the Docker, Podman or containerd API socket",
  securitySeverity: 9,
  options: {
    sockets: {
      type: "array",
      items: { type: "string" },
      description: "File names of container-engine API sockets.",
      default: ENGINE_SOCKETS
    }
  },
  check(spec, options, report) {
    const sockets = new Set(stringList(options.sockets));
    for (const m of spec.volumes) {
      const socket = mountedSocket(m, sockets);
      if (!socket) continue;
      report({
        range: m.range,
        message: `Mounting ${socket} gives the container the container engine's API, with which it can start a privileged container and take over the host${m.readOnly ? " (read-only does not help: the API is used through the socket, not by writing the file)" : ""}; remove the mount, or put a filtering proxy in front of the socket if the API is really needed.`
      });
    }
  }
});

// src/rules/runtime/env-secrets.ts
function unquoted(v) {
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}
function instead(spec, e) {
  const n = e.name;
  switch (spec.source.syntax) {
    case "compose":
      return `refer to a variable instead (\`\${${n}}\`, set in an untracked \`.env\` file or by the deployment) or use compose \`secrets:\``;
    case "kubernetes":
      return `read it from a Secret (\`valueFrom: { secretKeyRef: { name: \u2026, key: \u2026 } }\`)`;
    case "inspect":
      return "give it from a secret store or a mounted secret file when the container is created";
    default:
      if (spec.source.kind === "workflow" && !spec.command)
        return `store it as an encrypted secret and write \`${n}: \${{ secrets.${n} }}\``;
      return spec.source.kind === "workflow" ? `pass it through from the step's env (\`-e ${n}\`, with \`${n}: \${{ secrets.${n} }}\` under the step's \`env:\`)` : `pass it through from the environment (\`-e ${n}\`) or use \`--env-file\` with an untracked file`;
  }
}
var env_secrets_default = defineRule({
  id: "runtime/env-secrets",
  aliases: ["env-var-secret"],
  severity: "error",
  summary: "An environment variable of a run configuration holds a credential written out",
  securitySeverity: 8,
  options: {
    weakValues: {
      type: "string",
      enum: ["error", "warning", "info", "off"],
      description: "Severity (at most the rule's) for a credential variable whose literal value reads like a typed demo or default password (`postgres`, `secret`, `P@ssw0rd`: shorter than 16 characters or mixing fewer than three kinds of character) rather than a generated secret or a known token format, which are always reported at the rule's severity.",
      default: "warning"
    }
  },
  check(spec, options, report) {
    const weak = options.weakValues ?? "warning";
    for (const e of spec.env) {
      if (e.value === void 0) continue;
      const v = unquoted(e.value.trim());
      if (v === "" || isPlaceholderText(v)) continue;
      const kind = secretValueKind(v);
      const hit = kind ? { reason: `its value looks like ${kind}` } : secretLike(e.name, v);
      if (!hit) continue;
      const secret = kind === "a URL with an embedded password" ? urlPassword(v) ?? v : v;
      const generated = kind !== null && kind !== "a URL with an embedded password" || looksGenerated(secret);
      if (!generated && (weak === "off" || e.source === "default")) continue;
      const what = e.source === "default" ? "Its default value" : "Its value";
      report({
        range: e.range,
        redact: e.range,
        ...generated ? {} : { severity: weak },
        message: (
          // No container name in the message (the finding's context has it): services that merge one
          // anchored `environment:` then share one finding on the anchor's line.
          `${e.name}: ${hit.reason}. ${what} is written out in this file (${v.length} characters, not shown${generated ? "" : "; it reads like a demo or default password"}), so everyone who can read the repository has it; ${instead(spec, e)}.`
        )
      });
    }
  }
});

// src/rules/runtime/host-namespaces.ts
var WHY3 = {
  pid: "it sees every process of the host and can signal them (and read their environment with enough privilege)",
  ipc: "it shares the host's shared memory and semaphores",
  uts: "it shares the host's hostname and can change it",
  network: "it shares the host's network stack: it can bind host ports, reach services listening on localhost and see all traffic",
  cgroup: "it sees the host's whole cgroup hierarchy"
};
var host_namespaces_default = defineRule({
  id: "runtime/host-namespaces",
  aliases: ["CKV_K8S_17", "CKV_K8S_18", "CKV_K8S_19", "host-pid", "host-ipc", "host-network"],
  severity: "error",
  summary: "The container shares a host namespace (pid, ipc, uts, network or cgroup)",
  securitySeverity: 7.5,
  options: {
    allow: {
      type: "array",
      items: { enum: ["pid", "ipc", "uts", "network", "cgroup"] },
      description: "Host namespaces that may be shared.",
      default: []
    }
  },
  check(spec, options, report) {
    const allow = new Set(stringList(options.allow));
    const settings = [
      ["pid", spec.pid],
      ["ipc", spec.ipc],
      ["uts", spec.uts],
      ["network", spec.network],
      ["cgroup", spec.cgroupns]
    ];
    for (const [ns, s] of settings) {
      if (!s || s.value === void 0 || allow.has(ns)) continue;
      if (s.value.trim().toLowerCase() !== "host") continue;
      report({
        range: s.range,
        message: `${written(s)} puts the container in the host's ${ns} namespace, so ${WHY3[ns]}; remove it${ns === "network" ? spec.source.syntax === "kubernetes" ? " and reach the pod through a Service" : " and publish the ports the service needs" : ""}.`
      });
    }
  }
});

// src/rules/runtime/host-path.ts
var host_path_default = defineRule({
  id: "runtime/host-path",
  severity: "off",
  summary: "The container mounts a folder or file of the host (a bind mount, a Kubernetes hostPath volume)",
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Absolute host paths that may be mounted, with everything below them.",
      default: []
    },
    allowReadOnly: {
      type: "boolean",
      description: "Allow host paths mounted read-only.",
      default: false
    }
  },
  check(spec, options, report) {
    const allow = stringList(options.allow).map((p) => normaliseHostPath(p) ?? p);
    for (const m of spec.volumes) {
      if (m.type !== "bind" || m.source === void 0 || m.opaque) continue;
      if (m.readOnly && options.allowReadOnly) continue;
      const path3 = normaliseHostPath(m.source) ?? m.source;
      if (allow.some((a) => path3 === a || path3.startsWith(a === "/" ? "/" : `${a}/`))) continue;
      const k8s = m.volumeType === "hostPath";
      report({
        range: m.range,
        message: `${k8s ? "The hostPath volume" : "The bind mount of"} ${path3} ties the container to the files of one host and lets it ${m.readOnly ? "read" : "read and change"} them; ${k8s ? "use a persistentVolumeClaim, configMap, secret or emptyDir volume instead" : "use a named volume instead"}, or allow the path in the policy if the container really needs it.`
      });
    }
  }
});

// src/rules/runtime/host-ports.ts
var host_ports_default = defineRule({
  id: "runtime/host-ports",
  aliases: ["CKV_K8S_26"],
  severity: "warning",
  summary: "A Kubernetes container binds a port of the node (hostPort)",
  options: {
    allow: {
      type: "array",
      items: { type: "integer" },
      description: "Host ports that may be used.",
      default: []
    }
  },
  check(spec, options, report) {
    const allow = new Set(Array.isArray(options.allow) ? options.allow.map(Number) : []);
    for (const p of spec.hostPorts) {
      if (p.value === void 0 || allow.has(p.value)) continue;
      report({
        range: p.range,
        message: `${written(p)} binds port ${p.value} on the node's own addresses, which bypasses network policies, exposes the container on the node's network and lets only one such pod run per node; reach it through a Service instead.`
      });
    }
  }
});

// src/rules/runtime/memory-limit.ts
var DOCKER_MINIMUM = 6 * 1024 * 1024;
var KUBERNETES_SANE_MINIMUM = 1024 * 1024;
var memory_limit_default = defineRule({
  id: "runtime/memory-limit",
  aliases: ["CKV_K8S_13", "unset-memory-requirements"],
  severity: "warning",
  summary: "The container has no memory (cgroup) limit, or one above the allowed maximum",
  options: {
    require: {
      type: "string",
      enum: ["services", "unless-task", "always"],
      description: "Which containers must have a limit: `services` (kept running: `docker run -d`, `--restart`, compose `restart:`/`deploy:`, Kubernetes workloads), `unless-task` (all but one-shot runs: `docker run --rm` in the foreground, GitHub workflow containers, Kubernetes Jobs), or `always`.",
      default: "services"
    },
    max: {
      type: ["string", "number", "null"],
      description: "Largest memory limit allowed (`2g`, `512m`, or bytes); null for no maximum.",
      default: null
    }
  },
  check(spec, options, report) {
    const m = spec.memory;
    const example2 = howToWrite(spec, "--memory 512m", "mem_limit: 512m", "resources.limits.memory: 512Mi");
    if (!m) {
      if (spec.incomplete || spec.source.containerType === "ephemeral") return;
      const require2 = options.require ?? "services";
      if (require2 === "services" && spec.lifetime !== "service") return;
      if (require2 === "unless-task" && spec.lifetime === "task") return;
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no memory limit, so it can use all of the host's memory and get other processes OOM-killed; set one with ${example2}.`
      });
      return;
    }
    if (m.opaque) return;
    if (m.invalid) {
      report({ range: m.range, message: `The memory limit ${written(m)} cannot be read: ${m.invalid}.` });
      return;
    }
    const bytes = m.value;
    if (bytes <= 0) {
      report({
        range: m.range,
        message: `${written(m)} means no memory limit, so the container can use all of the host's memory; set a real limit with ${example2}.`
      });
      return;
    }
    if (spec.engine === "kubernetes" && bytes < KUBERNETES_SANE_MINIMUM) {
      report({
        range: m.range,
        message: `The memory limit ${written(m)} is ${bytes < 1 ? "less than one byte" : `${Math.round(bytes)} bytes`}, which no container can run in (in Kubernetes quantities m means thousandths and M means 10^6); write Mi or Gi, e.g. 512Mi.`
      });
      return;
    }
    if (isDockerLike(spec) && spec.source.syntax !== "inspect" && bytes < DOCKER_MINIMUM) {
      report({
        range: m.range,
        message: `The memory limit ${written(m)} is below Docker's minimum of 6m, so the container will not start; use at least 6m.`
      });
    }
    const max = sizeOption(options.max);
    if (max !== void 0 && bytes > max) {
      report({
        range: m.range,
        message: `The memory limit ${written(m)}${formatBytes(bytes) === m.raw.trim() ? "" : ` (${formatBytes(bytes)})`} is above the policy's maximum of ${formatBytes(max)}; lower it to ${formatBytes(max)} or less.`
      });
    }
  }
});

// src/rules/runtime/non-root-user.ts
function isRoot(user) {
  const name = user.trim().split(":")[0];
  return name === "root" || /^0+$/.test(name);
}
var non_root_user_default2 = defineRule({
  id: "runtime/non-root-user",
  severity: "warning",
  summary: "The container runs as root: user: root, --user 0, or no user with an image that runs as root",
  options: {
    rootImages: {
      type: "boolean",
      description: "Also report a long-running container with no user whose image is an official image known to run as root (alpine, debian, ubuntu, python, node, golang\u2026; see the rule page).",
      default: true
    }
  },
  check(spec, options, report) {
    const u = spec.user;
    if (u) {
      if (u.opaque || u.value === void 0 || !isRoot(u.value)) return;
      report({
        range: u.range,
        message: `${written(u)} runs the container as root: a process that breaks out of it has root in the container, and on the host too without user namespaces. Run as an unprivileged user, e.g. ${howToWrite(spec, "--user 10001:10001", 'user: "10001:10001"', "securityContext: {runAsUser: 10001, runAsNonRoot: true}")}.`
      });
      return;
    }
    if (!options.rootImages || spec.incomplete || spec.lifetime === "task") return;
    if (spec.runAsNonRoot?.value === true) return;
    const run = runImage(spec);
    if (!run || !knownRootImage(run.ref)) return;
    report({
      range: run.range,
      message: `${describe(spec)} sets no user, and ${run.ref.name} runs as root unless told otherwise. Set an unprivileged user with ${howToWrite(spec, "--user 10001:10001", 'user: "10001:10001"', "securityContext: {runAsUser: 10001, runAsNonRoot: true}")}, or use an image that creates one.`
    });
  }
});

// src/rules/runtime/pids-limit.ts
var pids_limit_default = defineRule({
  id: "runtime/pids-limit",
  severity: "warning",
  summary: "The container has no limit on its number of processes",
  options: {
    max: {
      type: ["integer", "null"],
      description: "Largest process limit allowed; null for no maximum.",
      default: null
    }
  },
  check(spec, options, report) {
    const p = spec.pidsLimit;
    const example2 = howToWrite(spec, "--pids-limit 512", "pids_limit: 512");
    if (!p) {
      if (spec.incomplete || spec.engine === "podman" || spec.engine === "kubernetes") return;
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no process limit, so a fork bomb or a leak in it can exhaust the host's process table; set one with ${example2}.`
      });
      return;
    }
    if (p.opaque) return;
    if (p.invalid) {
      report({ range: p.range, message: `The process limit ${written(p)} cannot be read: ${p.invalid}.` });
      return;
    }
    if (p.value <= 0) {
      report({
        range: p.range,
        message: `${written(p)} means no process limit, so a fork bomb in the container can exhaust the host's process table; set a real limit with ${example2}.`
      });
      return;
    }
    const max = numberOption(options.max);
    if (max !== void 0 && p.value > max) {
      report({
        range: p.range,
        message: `The process limit ${written(p)} is above the policy's maximum of ${max}; lower it to ${max} or less.`
      });
    }
  }
});

// src/rules/runtime/privileged.ts
var privileged_default = defineRule({
  id: "runtime/privileged",
  aliases: ["CKV_K8S_16", "privileged-container"],
  severity: "error",
  summary: "The container runs privileged",
  securitySeverity: 9,
  check(spec, _options, report) {
    const p = spec.privileged;
    if (!p || p.value !== true) return;
    const instead2 = spec.source.syntax === "inspect" ? "recreate the container without it, granting only what is needed with --cap-add or --device" : spec.source.syntax === "kubernetes" ? `remove it and grant only what is needed with ${howToWrite(spec, "", "", "securityContext.capabilities.add")}` : `remove it and grant only what is needed with ${howToWrite(spec, "--cap-add NAME", "cap_add")} or ${howToWrite(spec, "--device PATH", "devices")}`;
    report({
      range: p.range,
      message: `${written(p)} gives the container every capability and every host device without seccomp or AppArmor confinement, so it can take over the host; ${instead2}.`
    });
  }
});

// src/rules/runtime/read-only-rootfs.ts
var read_only_rootfs_default = defineRule({
  id: "runtime/read-only-rootfs",
  aliases: ["CKV_K8S_22", "no-read-only-root-fs"],
  severity: "warning",
  summary: "The container's root filesystem is writable",
  securitySeverity: 4,
  check(spec, _options, report) {
    const r = spec.readOnly;
    const example2 = howToWrite(
      spec,
      "--read-only",
      "read_only: true",
      "securityContext.readOnlyRootFilesystem: true"
    );
    if (r && (r.value === true || r.opaque)) return;
    if (r && r.value === false) {
      report({
        range: r.range,
        message: `${written(r)} leaves the root filesystem writable, so an intruder can change the container's programs; make it read-only with ${example2} and mount volumes or tmpfs where it must write.`
      });
      return;
    }
    if (r?.invalid) {
      report({ range: r.range, message: `${written(r)} cannot be read: ${r.invalid}.` });
      return;
    }
    if (spec.incomplete) return;
    report({
      range: missingRange(spec),
      message: `${describe(spec)} has a writable root filesystem, so an intruder can change its programs; make it read-only with ${example2} and mount volumes or tmpfs where it must write.`
    });
  }
});

// src/rules/runtime/run-as-non-root.ts
function isRoot2(user) {
  const name = user.split(":")[0].trim();
  return name === "0" || name === "root";
}
var run_as_non_root_default = defineRule({
  id: "runtime/run-as-non-root",
  aliases: ["CKV_K8S_23", "run-as-non-root"],
  severity: "off",
  summary: "The run configuration does not make sure the container runs as a non-root user (runAsNonRoot, a non-root user)",
  check(spec, _options, report) {
    const user = spec.user;
    const nonRoot = spec.runAsNonRoot;
    const example2 = howToWrite(
      spec,
      "--user 1000:1000",
      'user: "1000:1000"',
      "securityContext.runAsNonRoot: true"
    );
    if (user?.value !== void 0 && isRoot2(user.value)) {
      report({
        range: user.range,
        message: `${written(user)} runs the container as root, so a process that escapes it is root on the host; run it as an unprivileged user with ${example2}${spec.engine === "kubernetes" ? " and a non-zero runAsUser" : ""}.`
      });
      return;
    }
    if (nonRoot?.value === false) {
      report({
        range: nonRoot.range,
        message: `${written(nonRoot)} lets the container run as root whenever its image says so; set \`securityContext.runAsNonRoot: true\` so the kubelet refuses to start it as root.`
      });
      return;
    }
    if (nonRoot?.value === true || nonRoot?.opaque) return;
    if (user && (user.opaque || user.value !== void 0 || user.invalid)) return;
    if (spec.incomplete) return;
    report({
      range: missingRange(spec),
      message: `${describe(spec)} runs as whatever user its image names, often root, since nothing where it is run says otherwise; set ${example2}.`
    });
  }
});

// src/rules/runtime/security-opt.ts
function split(opt) {
  const m = /^([^=:]+)(?:[=:](.*))?$/s.exec(opt.trim());
  return m ? [m[1].trim().toLowerCase(), m[2]?.trim()] : [opt, void 0];
}
var WEAKENING = [
  {
    key: "seccomp",
    value: (v) => v.toLowerCase() === "unconfined",
    why: "turns off the seccomp filter, exposing every system call of the host kernel"
  },
  { key: "apparmor", value: (v) => v.toLowerCase() === "unconfined", why: "turns off the AppArmor profile" },
  {
    key: "label",
    value: (v) => v.toLowerCase() === "disable",
    why: "turns off SELinux separation for the container"
  },
  {
    key: "systempaths",
    value: (v) => v.toLowerCase() === "unconfined",
    why: "unmasks /proc and /sys paths that let a container reach the host kernel"
  },
  {
    key: "unmask",
    value: (v) => v.toUpperCase() === "ALL",
    why: "unmasks every /proc and /sys path that keeps a container away from the host kernel"
  }
];
var CONTAINER_SELINUX_TYPES = ["container_t", "container_init_t", "container_kvm_t", "container_engine_t"];
function selinuxLabel(key, value) {
  if (key !== "label" || value === void 0) return void 0;
  const colon = value.indexOf(":");
  return colon < 0 ? void 0 : [value.slice(0, colon).trim().toLowerCase(), value.slice(colon + 1).trim()];
}
function grantsNoNewPrivileges(s) {
  if (s.opaque) return true;
  if (s.value === void 0) return false;
  const [key, value] = split(s.value);
  return key === "no-new-privileges" && (value === void 0 || value === "" || value.toLowerCase() === "true");
}
var security_opt_default = defineRule({
  id: "runtime/security-opt",
  aliases: ["CKV_K8S_20", "CKV_K8S_31", "privilege-escalation-container", "unsafe-proc-mount"],
  severity: "error",
  summary: "A security option turns off seccomp, AppArmor or SELinux confinement",
  securitySeverity: 7.5,
  fixable: true,
  options: {
    requireNoNewPrivileges: {
      type: "boolean",
      description: "Also require no-new-privileges, so setuid binaries cannot raise privileges in the container.",
      default: false
    },
    requireSeccompProfile: {
      type: "boolean",
      description: "Kubernetes: also require a seccomp profile (securityContext.seccompProfile.type RuntimeDefault or Localhost), since the kubelet runs containers Unconfined unless told otherwise. Docker and podman apply their default profile, so this asks nothing of them.",
      default: false
    },
    restrictSelinux: {
      type: "boolean",
      description: "Also report SELinux labels outside the container types (container_t, container_init_t, container_kvm_t, container_engine_t) and any custom SELinux user or role, as the Pod Security Standards do.",
      default: false
    }
  },
  check(spec, options, report) {
    for (const s of spec.securityOpt) {
      if (s.value === void 0) continue;
      const [key, value] = split(s.value);
      const label = options.restrictSelinux ? selinuxLabel(key, value) : void 0;
      if (label && label[0] === "type" && !CONTAINER_SELINUX_TYPES.includes(label[1])) {
        report({
          range: s.range,
          message: `${written(s)} runs the container in the SELinux type ${label[1]}, outside the confined container types (${CONTAINER_SELINUX_TYPES.join(", ")}); remove it or use one of those.`
        });
        continue;
      }
      if (label && (label[0] === "user" || label[0] === "role")) {
        report({
          range: s.range,
          message: `${written(s)} sets a custom SELinux ${label[0]}, which can lift the confinement of the container types; remove it.`
        });
        continue;
      }
      const weak = value !== void 0 ? WEAKENING.find((w) => w.key === key && w.value(value)) : void 0;
      if (weak) {
        report({
          range: s.range,
          message: `${written(s)} ${weak.why}; remove it, and if the default profile blocks something the container needs, write a custom profile that allows just that.`
        });
      } else if (options.requireNoNewPrivileges && key === "no-new-privileges" && value !== void 0 && value.toLowerCase() === "false") {
        report({
          range: s.range,
          message: `${written(s)} lets setuid binaries raise privileges in the container; the policy requires no-new-privileges, so write ${howToWrite(spec, "--security-opt no-new-privileges", "no-new-privileges:true", "securityContext.allowPrivilegeEscalation: false")}.`
        });
      }
    }
    if (spec.incomplete) return;
    if (options.requireSeccompProfile && spec.engine === "kubernetes" && !spec.securityOpt.some((s) => s.opaque || s.value !== void 0 && split(s.value)[0] === "seccomp")) {
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no seccomp profile, and Kubernetes runs containers Unconfined by default, exposing every system call of the node's kernel; set \`securityContext.seccompProfile.type: RuntimeDefault\` (in the pod's or the container's securityContext).`
      });
    }
    if (!options.requireNoNewPrivileges) return;
    if (spec.securityOpt.some(
      (s) => grantsNoNewPrivileges(s) || s.value !== void 0 && split(s.value)[0] === "no-new-privileges"
    ))
      return;
    const range = missingRange(spec);
    const canFix = spec.source.syntax === "cli" && spec.command !== void 0;
    report({
      range,
      message: `${describe(spec)} does not set no-new-privileges, so setuid binaries in it can raise privileges; add ${howToWrite(spec, "--security-opt no-new-privileges", "security_opt: [no-new-privileges:true]", "securityContext.allowPrivilegeEscalation: false")}.`,
      ...canFix ? {
        fix: {
          description: "Add --security-opt no-new-privileges",
          edits: [
            {
              range: {
                line: range.endLine,
                column: range.endColumn,
                endLine: range.endLine,
                endColumn: range.endColumn
              },
              text: " --security-opt no-new-privileges"
            }
          ]
        }
      } : {}
    });
  }
});

// src/rules/runtime/sensitive-mounts.ts
var DEFAULT_PATHS = [
  "/",
  "/etc",
  "/proc",
  "/sys",
  "/dev",
  "/var/run",
  "/run",
  "/root",
  "/home",
  "/boot",
  "/usr",
  "/lib",
  "/bin",
  "/sbin",
  "/var",
  "/var/lib"
];
var DEFAULT_PREFIXES = [
  "/etc/shadow",
  "/etc/gshadow",
  "/etc/sudoers",
  "/etc/sudoers.d",
  "/etc/ssh",
  "/etc/kubernetes",
  "/etc/docker",
  "/root",
  "/proc/sys",
  "/proc/sysrq-trigger",
  "/proc/kcore",
  "/sys/kernel",
  "/sys/firmware",
  "/dev/mem",
  "/dev/kmem",
  "/boot",
  "/lib/modules",
  "/var/lib/docker",
  "/var/lib/containerd",
  "/var/lib/containers",
  "/var/lib/kubelet"
];
var SOCKETS = new Set(ENGINE_SOCKETS);
var sensitive_mounts_default = defineRule({
  id: "runtime/sensitive-mounts",
  aliases: ["sensitive-host-mounts"],
  severity: "warning",
  summary: "The container bind-mounts a sensitive host path (/, /etc, /proc, /sys, /dev, /var/run, /root\u2026)",
  securitySeverity: 8,
  options: {
    paths: {
      type: "array",
      items: { type: "string" },
      description: "Host paths that must not be bind-mounted themselves (their subfolders may be).",
      default: DEFAULT_PATHS
    },
    prefixes: {
      type: "array",
      items: { type: "string" },
      description: "Host paths that must not be bind-mounted, nor anything below them.",
      default: DEFAULT_PREFIXES
    },
    allowReadOnly: {
      type: "boolean",
      description: "Allow these paths when mounted read-only.",
      default: false
    }
  },
  check(spec, options, report) {
    const exact = new Set(stringList(options.paths).map((p) => normaliseHostPath(p) ?? p));
    const prefixes = stringList(options.prefixes).map((p) => normaliseHostPath(p) ?? p);
    for (const m of spec.volumes) {
      if (m.type !== "bind") continue;
      const path3 = normaliseHostPath(m.source);
      if (!path3 || m.readOnly && options.allowReadOnly) continue;
      if (mountedSocket(m, SOCKETS)) continue;
      const under = prefixes.find((p) => path3 === p || path3.startsWith(p === "/" ? "/" : `${p}/`));
      if (!exact.has(path3) && !under) continue;
      report({
        range: m.range,
        message: `Bind-mounting the host's ${path3}${m.readOnly ? " (even read-only)" : ""} exposes host ${under && under !== path3 ? `files under ${under}` : "system files"} to the container, a step towards taking over the host; mount only the specific files or a dedicated folder the container needs.`
      });
    }
  }
});

// src/rules/runtime/sysctls.ts
var SAFE_SYSCTLS = [
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes"
];
var sysctls_default = defineRule({
  id: "runtime/sysctls",
  aliases: ["unsafe-sysctls"],
  severity: "off",
  summary: "The container sets a kernel parameter (sysctl) outside the safe set",
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Sysctls that may be set (default: the safe set of the Pod Security Standards).",
      default: SAFE_SYSCTLS
    }
  },
  check(spec, options, report) {
    const allow = new Set(stringList(options.allow));
    for (const s of spec.sysctls) {
      if (s.value === void 0) continue;
      const name = s.value.split("=")[0].trim().replace(/\//g, ".");
      if (allow.has(name)) continue;
      report({
        range: s.range,
        message: `Setting the sysctl ${name} changes a kernel parameter that is not known to be isolated per container, so it may affect the whole host or let the container weaken it; remove it or ask the policy to allow it.`
      });
    }
  }
});

// src/rules/runtime/userns.ts
var KEEP_ID_OPTIONS = /* @__PURE__ */ new Set(["uid", "gid", "size"]);
var AUTO_OPTIONS = /* @__PURE__ */ new Set(["uidmapping", "gidmapping", "size"]);
function podmanProblem(value) {
  if (value === "host" || value === "nomap" || value === "auto" || value === "keep-id") return void 0;
  const colon = value.indexOf(":");
  const mode = colon < 0 ? value : value.slice(0, colon);
  const rest = colon < 0 ? "" : value.slice(colon + 1);
  if (mode === "ns" || mode === "container") {
    return rest === "" ? `${mode}: needs ${mode === "ns" ? "a namespace path" : "a container name or id"}` : void 0;
  }
  if (mode === "auto" || mode === "keep-id") {
    const allowed = mode === "auto" ? AUTO_OPTIONS : KEEP_ID_OPTIONS;
    for (const opt of rest.split(",")) {
      const key = opt.split("=")[0];
      if (!allowed.has(key) || !opt.includes("=")) {
        return `"${opt}" is not a ${mode} option (${[...allowed].map((o) => `${o}=\u2026`).join(", ")})`;
      }
    }
    return void 0;
  }
  return "podman accepts auto[:\u2026], host, keep-id[:\u2026], nomap, ns:PATH and container:ID";
}
function reportHost(s, spec, report) {
  const podman = spec.engine === "podman";
  report({
    range: s.range,
    message: podman ? `${written(s)} runs the container in the host's user namespace, so root in the container is root on the host; use --userns=auto (or keep-id) instead.` : `${written(s)} turns off user-namespace remapping for this container, so root in the container is root on the host; remove it (Docker remaps users for every container through the daemon's userns-remap setting in daemon.json).`
  });
}
var userns_default = defineRule({
  id: "runtime/userns",
  severity: "warning",
  summary: "The user namespace is disabled (--userns=host, hostUsers: true) or set to a value the engine rejects",
  securitySeverity: 7,
  options: {
    requireKubernetesUserNamespace: {
      type: "boolean",
      description: "Kubernetes: also require `hostUsers: false`, since pods share the node's user namespace unless they ask for their own (Kubernetes 1.30+ with a runtime that supports it).",
      default: false
    }
  },
  check(spec, options, report) {
    const s = spec.userns;
    if (spec.engine === "kubernetes") {
      if (s?.value === "host") {
        report({
          range: s.range,
          message: `${written(s)} runs the pod in the node's user namespace, so root in the container is root on the node; set \`hostUsers: false\` to give the pod its own user namespace.`
        });
      } else if (!s && options.requireKubernetesUserNamespace) {
        report({
          range: missingRange(spec),
          message: `${describe(spec)} shares the node's user namespace (pods do unless they set hostUsers: false), so root in the container is root on the node; set \`hostUsers: false\` in the pod spec.`
        });
      }
      return;
    }
    if (!s || s.opaque || s.value === void 0) return;
    const value = s.value.trim();
    if (value === "host" || spec.engine === "podman" && value === "") {
      reportHost(s, spec, report);
      return;
    }
    if (spec.engine === "podman") {
      const problem3 = podmanProblem(value);
      if (problem3) report({ range: s.range, message: `podman rejects ${written(s)}: ${problem3}.` });
      return;
    }
    if (value === "") return;
    const mode = value.split(":")[0];
    if (["keep-id", "auto", "nomap", "ns"].includes(mode)) {
      const problem3 = podmanProblem(value);
      report({
        range: s.range,
        message: `${written(s)} is a podman-only value: ${spec.source.kind === "compose" ? "Docker Compose" : "Docker"} rejects it` + (problem3 ? `, and podman would too (${problem3})` : "") + `. If this file is meant for ${spec.source.kind === "compose" ? "podman-compose, say so with an `x-podman:` key" : "podman, run it with podman"}; for Docker remove it and enable the daemon's userns-remap setting in daemon.json instead.`
      });
      return;
    }
    report({
      range: s.range,
      message: `Docker rejects ${written(s)}: the only value it accepts is "host" (which disables remapping). Per-container user namespaces are not a docker run option: enable the daemon's userns-remap setting in daemon.json and remove this setting.`
    });
  }
});

// src/rules/runtime/volume-types.ts
var RESTRICTED_VOLUME_TYPES = [
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "persistentVolumeClaim",
  "projected",
  "secret"
];
var volume_types_default = defineRule({
  id: "runtime/volume-types",
  severity: "off",
  summary: "A Kubernetes container mounts a volume of a type outside the allowed list",
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Volume types that may be mounted (default: those the restricted Pod Security Standard allows).",
      default: RESTRICTED_VOLUME_TYPES
    }
  },
  check(spec, options, report) {
    const allow = new Set(stringList(options.allow));
    for (const m of spec.volumes) {
      if (m.volumeType === void 0 || allow.has(m.volumeType)) continue;
      report({
        range: m.range,
        message: `The ${m.volumeType} volume${m.target ? ` mounted at ${m.target}` : ""} is not among the volume types the policy allows (${[...allow].join(", ")}); such volumes reach storage or host resources outside the cluster's control. Use a persistentVolumeClaim or one of the allowed types.`
      });
    }
  }
});

// src/rules/image/base-digest.ts
var NAME = "org.opencontainers.image.base.name";
var DIGEST2 = "org.opencontainers.image.base.digest";
var base_digest_default = defineRule({
  id: "image/base-digest",
  severity: "off",
  summary: "The built image does not record its base image name and digest (OCI annotations or labels)",
  check(model, _options, report) {
    const get = (k) => model.annotations[k] ?? model.config.labels[k];
    const name = get(NAME);
    const digest = get(DIGEST2);
    const missing = [
      name ? "" : NAME,
      digest && /^sha(256|512):[0-9a-f]+$/.test(digest) ? "" : DIGEST2
    ].filter(Boolean);
    if (missing.length === 0) return;
    report({
      range: IMAGE_RANGE,
      message: `The image does not record ${missing.join(" and ")}${digest && missing.includes(DIGEST2) ? ` (the digest given, "${digest.slice(0, 40)}", is not a digest)` : ""}: without them no scanner can tell which base a vulnerable package came from, or that a base update is due. Build with BuildKit (docker buildx), which adds them as annotations, or set them with \`--annotation\` / \`LABEL\`.`
    });
  }
});

// src/rules/image/env-secrets.ts
var env_secrets_default2 = defineRule({
  id: "image/env-secrets",
  severity: "error",
  summary: "An Env variable of the built image looks like a credential",
  securitySeverity: 8,
  check(model, _options, report) {
    for (const { name, value } of model.config.env) {
      const hit = secretLike(name, value);
      if (!hit) continue;
      let step = -1;
      for (let i = model.history.length - 1; i >= 0 && step < 0; i--) {
        const text = model.history[i].createdBy;
        const at = text.indexOf(`${name}=`);
        if (at >= 0 && /\bENV\b/.test(text.slice(0, at))) step = i;
      }
      report({
        range: IMAGE_RANGE,
        message: `Env ${name}: ${hit.reason}. Env values ship in the image config, where anyone who can pull the image reads them with \`docker inspect\`. Remove it from the image and give it to the container at run time (a secret store, \`--env-file\`, or a mounted secret).`,
        context: step >= 0 ? layerContext(model.history[step].layerIndex) : void 0
      });
    }
  }
});

// src/rules/image/exposed-ports.ts
var KNOWN = {
  "22": "SSH",
  "23": "telnet",
  "2375": "the unencrypted Docker API",
  "2376": "the Docker API",
  "3389": "RDP",
  "5900": "VNC"
};
var exposed_ports_default = defineRule({
  id: "image/exposed-ports",
  severity: "warning",
  summary: "The built image exposes a port this policy denies (SSH, telnet, Docker API\u2026)",
  options: {
    deny: {
      type: "array",
      items: { type: ["string", "integer"] },
      description: "Ports the image must not expose: `22` (any protocol) or `53/udp`.",
      default: ["22", "23", "2375", "2376", "3389", "5900"]
    }
  },
  check(model, options, report) {
    const deny = (options.deny ?? []).map((d) => String(d).toLowerCase());
    for (const exposed of model.config.exposedPorts) {
      const [port, proto = "tcp"] = exposed.toLowerCase().split("/");
      if (!deny.some((d) => d === port || d === `${port}/${proto}`)) continue;
      const what = KNOWN[port] ? ` (${KNOWN[port]})` : "";
      report({
        range: IMAGE_RANGE,
        message: `The image exposes port ${exposed}${what}, which this policy denies: a container should run one service, and remote-access or management ports invite attacks. Remove \`EXPOSE ${port}\`, and use \`docker exec\` or \`kubectl exec\` to get into a container.`
      });
    }
  }
});

// src/rules/image/healthcheck.ts
var healthcheck_default2 = defineRule({
  id: "image/healthcheck",
  severity: "warning",
  summary: "The built image has no HEALTHCHECK",
  check(model, _options, report) {
    const hc = model.config.healthcheck;
    if (hc && hc.test.length > 0 && hc.test[0] !== "NONE") return;
    report({
      range: IMAGE_RANGE,
      message: `The image ${hc ? "disables its health check (HEALTHCHECK NONE)" : "has no health check"}: Docker and Swarm cannot tell a hung service from a healthy one and will not restart or stop routing to it. Add \`HEALTHCHECK CMD <a command that fails when the service does>\` (e.g. \`wget -qO- http://localhost:8080/health || exit 1\`).`
    });
  }
});

// src/rules/image/history-lint.ts
var HISTORY_RULES = new Map(
  [
    update_without_install_default,
    cache_order_default,
    apt_lists_cleanup_default,
    apt_no_install_recommends_default,
    apk_no_cache_default,
    pip_no_cache_dir_default,
    yarn_cache_clean_default,
    dnf_clean_all_default,
    yum_clean_all_default,
    zypper_clean_default,
    secrets_in_arg_env_default,
    no_sudo_default
  ].map((r) => [r.id, r])
);
var ADD_URL = "add-url";
var modelCache = /* @__PURE__ */ new WeakMap();
function historyModel(model) {
  let hit = modelCache.get(model);
  if (!hit) {
    const { text, lineHistory } = historyToDockerfile(model.history);
    hit = { df: parseDockerfile(text, `${model.ref}#history`, { dockerignore: null }), lineHistory };
    modelCache.set(model, hit);
  }
  return hit;
}
function reportedByEnvSecrets(df, model, range) {
  const inst = df.instructions.find((i) => i.range.line <= range.line && range.line <= i.range.endLine);
  if (!inst || inst.keyword !== "ENV") return false;
  const prop = inst.properties.find(
    (p) => [p.nameRange, p.valueRange].some((r) => r && r.line === range.line && r.column === range.column)
  );
  return !!prop && model.config.env.some((e) => e.name === prop.name && e.value === (prop.value ?? ""));
}
var history_lint_default = defineRule({
  id: "image/history-lint",
  severity: "warning",
  summary: "Dockerfile rules replayed on the image history (update without install, caches, secrets in ARG/ENV, sudo, ADD of URLs\u2026)",
  options: {
    rules: {
      type: "array",
      items: { type: "string" },
      description: `Which checks to replay: any of ${[...HISTORY_RULES.keys()].join(", ")}, and \`${ADD_URL}\`.`,
      default: [...HISTORY_RULES.keys(), ADD_URL]
    }
  },
  check(model, options, report) {
    if (model.history.length === 0) return;
    const wanted = new Set(options.rules ?? []);
    const { df, lineHistory } = historyModel(model);
    const label = (hi) => {
      const h = model.history[hi];
      const step = describeStep(h.createdBy, 60);
      return h.layerIndex !== void 0 ? `Layer ${h.layerIndex + 1} (${step})` : `History step ${hi + 1} (${step})`;
    };
    let failure;
    for (const [id, rule] of HISTORY_RULES) {
      if (!wanted.has(id)) continue;
      try {
        rule.check(df, rule.defaultOptions, (d) => {
          const hi = lineHistory[d.range.line - 1] ?? -1;
          if (hi < 0) return;
          if (id === secrets_in_arg_env_default.id && reportedByEnvSecrets(df, model, d.range)) return;
          const message = d.message.replace(/\bline (\d+)\b/g, (text, n) => {
            const other = lineHistory[Number(n) - 1] ?? -1;
            if (other < 0) return text;
            const li = model.history[other].layerIndex;
            return li !== void 0 ? `layer ${li + 1}` : `history step ${other + 1}`;
          });
          report({
            range: IMAGE_RANGE,
            message: `${label(hi)}: ${message} [${id}, on the image history]`,
            // Never louder than the Dockerfile rule itself (the engine caps at this rule's setting).
            ...rule.severity !== "off" ? { severity: rule.severity } : {},
            context: layerContext(model.history[hi].layerIndex)
          });
        });
      } catch (e) {
        failure ??= new Error(`${id} failed on the rebuilt history: ${e.message}`);
      }
    }
    if (wanted.has(ADD_URL)) {
      model.history.forEach((h, hi) => {
        const ins = parseCreatedBy(h.createdBy);
        if (ins.keyword !== "ADD" || /(^|\s)--checksum=/.test(ins.body)) return;
        const url = ins.body.split(/\s+/).find((w) => /^https?:\/\//i.test(w));
        if (!url) return;
        report({
          range: IMAGE_RANGE,
          message: `${label(hi)}: ADD downloads ${url.slice(0, 100)} at build time without verifying it, so the image holds whatever the server sent that day. Use \`ADD --checksum=sha256:\u2026 ${url.slice(0, 60)} \u2026\`, or download with curl and check the hash in the same RUN. [${ADD_URL}, on the image history]`,
          context: layerContext(h.layerIndex)
        });
      });
    }
    if (failure) throw failure;
  }
});

// src/rules/image/history.ts
var history_default = defineRule({
  id: "image/history",
  severity: "warning",
  summary: "A layer of the built image has no created_by (made by docker commit: nobody can rebuild it)",
  check(model, _options, report) {
    if (model.layers.length === 0) return;
    if (model.history.length === 0) {
      if (model.source === "inspect-json") return;
      report({
        range: IMAGE_RANGE,
        message: "The image has no history: nothing says how any of its layers was made, so nobody can rebuild or review it. Build it from a Dockerfile (docker build / buildah bud) instead of assembling or committing it."
      });
      return;
    }
    model.layers.forEach((layer, i) => {
      if (layer.historyIndex === void 0) {
        report({
          range: IMAGE_RANGE,
          message: `Layer ${i + 1} has no history entry: nothing says how it was made, so nobody can rebuild or review it. Build the image from a Dockerfile so that every layer is recorded.`,
          context: layerContext(i)
        });
        return;
      }
      if (layer.createdBy.trim() !== "") return;
      const h = model.history[layer.historyIndex];
      const comment = h.comment ? ` (comment: "${h.comment.slice(0, 60)}")` : "";
      report({
        range: IMAGE_RANGE,
        message: `Layer ${i + 1} has no created_by${comment}: it was made by \`docker commit\` or a tool that records nothing, so nobody can rebuild it or see what it contains. Replace the commit with Dockerfile steps that produce the same files.`,
        context: layerContext(i)
      });
    });
  }
});

// src/rules/image/max-layers.ts
var max_layers_default2 = defineRule({
  id: "image/max-layers",
  severity: "warning",
  summary: "The built image has more layers than allowed",
  options: {
    max: { type: "integer", minimum: 1, description: "Most layers the image may have.", default: 40 }
  },
  check(model, options, report) {
    const n = model.layers.length;
    if (n <= options.max) return;
    report({
      range: IMAGE_RANGE,
      message: `The image has ${n} layers, more than the ${options.max} allowed: each layer costs pull time and storage, and overlay file systems slow down as layers stack up. Merge consecutive RUN steps, or build in stages and COPY --from only the result.`
    });
  }
});

// src/rules/image/max-size.ts
var max_size_default = defineRule({
  id: "image/max-size",
  severity: "warning",
  summary: "The built image is larger than allowed",
  options: {
    max: {
      type: ["string", "number"],
      description: "Largest uncompressed image size: a number of bytes or a size such as `500MB` or `1.5GiB`.",
      default: "1GB"
    }
  },
  check(model, options, report) {
    const max = sizeOption2(options.max, "max");
    if (max === null || model.size <= max) return;
    let biggest = -1;
    model.layers.forEach((l, i) => {
      if (l.size !== void 0 && (biggest < 0 || l.size > (model.layers[biggest].size ?? 0))) biggest = i;
    });
    const where = biggest >= 0 ? ` The largest is ${layerLabel(model, biggest)} at ${formatBytes2(model.layers[biggest].size ?? 0)}.` : "";
    report({
      range: IMAGE_RANGE,
      message: `The image is ${formatBytes2(model.size)}, over the ${formatBytes2(max)} allowed: large images pull slowly and carry more to patch.${where} Use a smaller base (slim, distroless), build in stages and copy only what runs, and clean package caches in the step that fills them.`,
      context: biggest >= 0 ? { layer: biggest + 1 } : void 0
    });
  }
});

// src/rules/image/non-root-user.ts
function isRootUser(user) {
  const name = user.trim().split(":")[0];
  return name === "" || name === "root" || /^0+$/.test(name);
}
var non_root_user_default3 = defineRule({
  id: "image/non-root-user",
  severity: "warning",
  summary: "The built image runs as root",
  securitySeverity: 6,
  check(model, _options, report) {
    const user = model.config.user;
    if (!isRootUser(user)) return;
    const what = user.trim() === "" ? "sets no user, so it runs as root" : `runs as "${user}", which is root`;
    report({
      range: IMAGE_RANGE,
      message: `The image config ${what}: a process that breaks out of the application owns the whole container, and any mounted host files. Add \`USER 10001\` (or a named non-root user) at the end of the Dockerfile.`
    });
  }
});

// src/rules/image/package-caches.ts
var CACHES = [
  {
    name: "apt package lists",
    test: /^var\/lib\/apt\/lists\/(?!lock$|partial(\/|$)|auxfiles(\/|$))/,
    cleanup: "`rm -rf /var/lib/apt/lists/*` in the RUN step that ran apt-get update"
  },
  {
    name: "apt package archives",
    test: /^var\/cache\/apt\/(archives\/[^/]+\.deb$|[^/]+\.bin$)/,
    cleanup: "`apt-get clean` in the RUN step that installs"
  },
  { name: "apk cache", test: /^(var\/cache\/apk|etc\/apk\/cache)\/./, cleanup: "`apk add --no-cache`" },
  { name: "pip cache", test: /(^|\/)\.cache\/pip\//, cleanup: "`pip install --no-cache-dir`" },
  {
    name: "npm cache",
    test: /(^|\/)\.npm\/(_cacache|_npx)\//,
    cleanup: "`npm cache clean --force` in the same step, or a cache mount"
  },
  {
    name: "yarn cache",
    test: /(^usr\/local\/share\/\.cache\/yarn\/|(^|\/)\.cache\/yarn\/|(^|\/)\.yarn-cache\/)/,
    cleanup: "`yarn cache clean` in the same step, or a cache mount"
  },
  {
    name: "dnf/yum cache",
    test: /^var\/cache\/(dnf|yum)\/./,
    cleanup: "`dnf clean all` / `yum clean all` in the same step"
  }
];
var package_caches_default = defineRule({
  id: "image/package-caches",
  severity: "warning",
  summary: "The built image keeps package-manager caches (apt lists, apk, pip, npm, yarn)",
  options: {
    minBytes: {
      type: ["string", "number"],
      description: "Smallest cache worth reporting (a size such as `100kB`, or bytes).",
      default: "100kB"
    }
  },
  check(model, options, report) {
    if (!model.layers.some((l) => l.files)) return;
    const min = sizeOption2(options.minBytes, "minBytes") ?? 0;
    const totals = CACHES.map(() => ({ bytes: 0, files: 0, byLayer: /* @__PURE__ */ new Map() }));
    const visible = analyseImage(model).visible;
    visible.visitFiles((node, files, entry, layer) => {
      if (files.typeAt(entry) !== "file") return;
      const path3 = visible.pathOf(node);
      const i = CACHES.findIndex((c) => c.test.test(path3));
      if (i < 0) return;
      const t = totals[i];
      const size = files.sizeAt(entry);
      t.bytes += size;
      t.files++;
      t.byLayer.set(layer, (t.byLayer.get(layer) ?? 0) + size);
    });
    CACHES.forEach((cache, i) => {
      const t = totals[i];
      if (t.files === 0 || t.bytes < min) return;
      let layer = -1;
      for (const [l, b] of t.byLayer) if (layer < 0 || b > t.byLayer.get(layer)) layer = l;
      report({
        range: IMAGE_RANGE,
        message: `The image keeps the ${cache.name}: ${formatBytes2(t.bytes)} in ${t.files} file${t.files === 1 ? "" : "s"}, mostly from layer ${layer + 1}. Nothing needs them at run time, yet every pull downloads them; use ${cache.cleanup}.`,
        context: layerContext(layer)
      });
    });
  }
});

// src/rules/image/required-labels.ts
function requirements(labels) {
  if (Array.isArray(labels)) {
    return labels.flatMap((l) => {
      if (typeof l === "string") return [{ name: l }];
      if (l && typeof l === "object" && typeof l.name === "string") {
        const { name, pattern } = l;
        return [typeof pattern === "string" && pattern !== "" ? { name, pattern } : { name }];
      }
      return [];
    });
  }
  if (labels && typeof labels === "object") {
    return Object.entries(labels).map(
      ([name, pattern]) => typeof pattern === "string" && pattern !== "" ? { name, pattern } : { name }
    );
  }
  return [];
}
var required_labels_default = defineRule({
  id: "image/required-labels",
  severity: "warning",
  summary: "The built image lacks a required label, or its value does not match",
  options: {
    labels: {
      type: ["array", "object"],
      description: "Labels the image must carry: names, `{ name, pattern }` objects, or a map of name to pattern (RE2, searched; null for any value).",
      default: ["org.opencontainers.image.source"]
    }
  },
  check(model, options, report) {
    const labels = model.config.labels;
    for (const req of requirements(options.labels)) {
      const value = labels[req.name];
      if (value === void 0 || value.trim() === "") {
        report({
          range: IMAGE_RANGE,
          message: `The image has no "${req.name}" label${value === void 0 ? "" : " value"}, which this policy requires so that people and tools can tell where the image comes from and who owns it. Add \`LABEL ${req.name}=\u2026\` to the Dockerfile or pass \`--label ${req.name}=\u2026\` to the build.`
        });
        continue;
      }
      if (req.pattern !== void 0 && !compileRegex(req.pattern).test(value)) {
        report({
          range: IMAGE_RANGE,
          message: `The "${req.name}" label is "${value.slice(0, 80)}", which does not match the pattern ${req.pattern} this policy requires. Set the label to a value of the expected form.`
        });
      }
    }
  }
});

// src/rules/image/sensitive-volumes.ts
function normalise2(p) {
  const t = p.trim().replace(/\/+$/, "");
  return t === "" ? "/" : t;
}
var sensitive_volumes_default = defineRule({
  id: "image/sensitive-volumes",
  severity: "warning",
  summary: "The built image declares a VOLUME over a system folder",
  securitySeverity: 6,
  options: {
    paths: {
      type: "array",
      items: { type: "string" },
      description: "Folders (and everything under them) that must not be volumes.",
      default: [
        "/",
        "/etc",
        "/root",
        "/home",
        "/usr",
        "/bin",
        "/sbin",
        "/lib",
        "/lib64",
        "/boot",
        "/proc",
        "/sys",
        "/dev",
        "/run",
        "/var/run",
        "/var/lib/docker"
      ]
    }
  },
  check(model, options, report) {
    const denied = (options.paths ?? []).map(normalise2);
    for (const raw of model.config.volumes) {
      const vol = normalise2(raw);
      const hit = denied.find(
        (d) => vol === d || d !== "/" && vol.startsWith(d + "/") || vol.endsWith("/docker.sock")
      );
      if (hit === void 0) continue;
      report({
        range: IMAGE_RANGE,
        message: `The image declares VOLUME ${raw}: every container gets an anonymous volume there, so the folder's content outlives the container, can be shared with others, and later build steps' changes to it are lost. Declare volumes only for data folders (e.g. VOLUME /data) and mount anything else explicitly at run time.`
      });
    }
  }
});

// src/rules/image/setuid-files.ts
var setuid_files_default = defineRule({
  id: "image/setuid-files",
  severity: "info",
  summary: "The built image has setuid or setgid executables",
  securitySeverity: 5,
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Glob patterns of image paths that may keep their setuid/setgid bit (e.g. `usr/bin/sudo`).",
      default: []
    }
  },
  check(model, options, report) {
    if (!model.layers.some((l) => l.files)) return;
    const allowed = globMatcher(options.allow);
    const found = [];
    const visible = analyseImage(model).visible;
    visible.visitFiles((node, files, entry, layer) => {
      const mode = files.modeAt(entry);
      if ((mode & 3072) === 0 || files.typeAt(entry) !== "file") return;
      const path3 = visible.pathOf(node);
      if (allowed(path3)) return;
      const bits = [mode & 2048 ? "setuid" : "", mode & 1024 ? "setgid" : ""].filter(Boolean).join("+");
      found.push({ path: path3, layer, bits });
    });
    if (found.length === 0) return;
    found.sort((a, b) => a.path < b.path ? -1 : 1);
    report({
      range: IMAGE_RANGE,
      message: `The image has ${found.length} setuid/setgid file${found.length === 1 ? "" : "s"}: ${listSome(
        found.map((f) => `/${f.path} (${f.bits}, layer ${f.layer + 1})`),
        8
      )}. Each lets an unprivileged process gain the owner\u2019s rights, the usual step from a foothold to root; remove the bits (\`RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +\`) or list the ones you need in \`allow\`.`,
      context: layerContext(found[0].layer)
    });
  }
});

// src/rules/image/size-growth.ts
var size_growth_default = defineRule({
  id: "image/size-growth",
  severity: "warning",
  summary: "The built image grew more than allowed against the baseline image (--baseline)",
  options: {
    maxPercent: {
      type: "number",
      minimum: 0,
      description: "Largest allowed growth of the uncompressed size against the baseline, in percent.",
      default: 10
    }
  },
  check(model, options, report) {
    const base = model.baseline;
    if (!base) return;
    const c = compareImages(model, base.model);
    const before = base.model.size;
    if (before <= 0 || c.sizeDelta <= 0) return;
    const percent = c.sizeDelta / before * 100;
    if (percent <= options.maxPercent) return;
    const layers = c.layerDelta === 0 ? "the same number of layers" : `${c.layerDelta > 0 ? "+" : ""}${c.layerDelta} layers`;
    const added = c.addedPaths?.slice(0, 5).map((p) => `/${p.path} (${formatBytes2(p.size)}${p.changed ? ", changed" : ""}, layer ${p.layer + 1})`);
    const biggest = added && added.length > 0 ? ` Biggest added: ${added.join(", ")}.` : "";
    report({
      range: IMAGE_RANGE,
      message: `The image grew ${formatDelta(c.sizeDelta)} (${percent.toFixed(1)} %) against ${base.ref}, ${formatBytes2(before)} -> ${formatBytes2(model.size)} with ${layers}, over the ${options.maxPercent} % allowed.${biggest} Check that the growth is intended: build artifacts, caches and dev dependencies are the usual culprits.`,
      context: layerContext(c.addedPaths?.[0]?.layer)
    });
  }
});

// src/rules/image/wasted-space.ts
var wasted_space_default = defineRule({
  id: "image/wasted-space",
  severity: "warning",
  summary: "Layers ship bytes that later layers overwrite or delete (wasted bytes, dive efficiency)",
  options: {
    minEfficiency: {
      type: "number",
      minimum: 0,
      maximum: 1,
      description: "Lowest efficiency score (dive's: smallest size of each path over all its sizes across layers).",
      default: 0.95
    },
    maxWastedBytes: {
      type: ["string", "number", "null"],
      description: "Most wasted bytes allowed (a size such as `20MB`); null for no limit.",
      default: null
    },
    maxWastedPercent: {
      type: ["number", "null"],
      minimum: 0,
      description: "Most wasted bytes allowed as a percent of the bytes added after the base layer; null for no limit.",
      default: null
    }
  },
  check(model, options, report) {
    if (!model.filesIndexed) return;
    const a = analyseImage(model);
    if (a.wastedBytes === 0) return;
    const maxBytes = sizeOption2(options.maxWastedBytes, "maxWastedBytes");
    const percent = a.userWastedRatio * 100;
    const reasons = [];
    if (a.efficiency < options.minEfficiency) {
      reasons.push(
        `efficiency ${(a.efficiency * 100).toFixed(1)} % is below ${(options.minEfficiency * 100).toFixed(1)} %`
      );
    }
    if (maxBytes !== null && a.wastedBytes > maxBytes)
      reasons.push(`${formatBytes2(a.wastedBytes)} wasted is over ${formatBytes2(maxBytes)}`);
    if (options.maxWastedPercent !== null && options.maxWastedPercent !== void 0 && percent > options.maxWastedPercent) {
      reasons.push(`${percent.toFixed(1)} % of the added bytes wasted is over ${options.maxWastedPercent} %`);
    }
    if (reasons.length === 0) return;
    const top = a.wastedFiles.slice(0, 5).map((w) => {
      const layers = w.layers.map((l) => l + 1).join(", ");
      return `/${w.path} (${formatBytes2(w.size)}, written in layer ${layers}, hidden by layer ${w.hiddenBy + 1})`;
    });
    const paths = a.wastedFiles.length + a.wastedFilesOmitted.count;
    const more = paths > 5 ? ` and ${paths - 5} more` : "";
    let worst = -1;
    a.hiddenBytes.forEach((b, i) => {
      if (b > 0 && (worst < 0 || b > a.hiddenBytes[worst])) worst = i;
    });
    report({
      range: IMAGE_RANGE,
      message: `The image wastes ${formatBytes2(a.wastedBytes)} (${reasons.join("; ")}): files written in one layer and overwritten or deleted in a later one are still shipped and pulled. Largest: ${top.join(", ")}${more}. Delete files in the same RUN step that creates them, or build in stages and copy only the result.`,
      context: layerContext(worst >= 0 ? worst : void 0)
    });
  }
});

// src/rules/policy/exception-expired.ts
var exception_expired_default = defineRule({
  id: "policy/exception-expired",
  severity: "warning",
  summary: "An exception in the policy has passed its expiry date and no longer applies",
  check() {
  }
});

// src/rules/policy/exception-expiring.ts
var exception_expiring_default = defineRule({
  id: "policy/exception-expiring",
  severity: "info",
  summary: "An exception in the policy expires soon",
  check() {
  }
});

// src/rules/policy/internal-error.ts
var internal_error_default = defineRule({
  id: "policy/internal-error",
  severity: "error",
  summary: "A rule failed on an input; the other rules still ran",
  check() {
  }
});

// src/rules/policy/invalid-suppression.ts
var invalid_suppression_default = defineRule({
  id: "policy/invalid-suppression",
  severity: "warning",
  summary: "An inline suppression comment cannot be understood or names no known rule",
  check() {
  }
});

// src/rules/policy/locked-suppression.ts
var locked_suppression_default = defineRule({
  id: "policy/locked-suppression",
  severity: "warning",
  summary: "An inline suppression names a locked rule, so it is ignored",
  check() {
  }
});

// src/rules/policy/suppression-without-reason.ts
var suppression_without_reason_default = defineRule({
  id: "policy/suppression-without-reason",
  severity: "warning",
  summary: "An inline suppression gives no reason",
  check() {
  }
});

// src/rules/policy/unparsable.ts
var unparsable_default = defineRule({
  id: "policy/unparsable",
  severity: "error",
  summary: "An input could not be read or parsed, so it was not checked",
  check() {
  }
});

// src/rules/policy/unpinned-extends.ts
var unpinned_extends_default = defineRule({
  id: "policy/unpinned-extends",
  severity: "warning",
  summary: "The policy extends a remote policy that is not pinned",
  check() {
  }
});

// src/rules/policy/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "policy/unused-suppression",
  severity: "warning",
  summary: "An inline suppression silences nothing",
  check() {
  }
});

// src/rules/index.ts
var RULES = [
  apk_no_cache_default,
  apk_pin_versions_default,
  apt_lists_cleanup_default,
  apt_no_install_recommends_default,
  apt_pin_versions_default,
  apt_yes_default,
  base_image_digest_default,
  base_image_eol_default,
  base_image_latest_default,
  base_image_untagged_default,
  cache_order_default,
  chpasswd_default,
  consecutive_run_default,
  consistent_instruction_casing_default,
  copy_dest_slash_default,
  copy_from_own_stage_default,
  copy_from_root_default,
  copy_from_unknown_stage_default,
  copy_ignored_file_default,
  copy_instead_of_add_default,
  copy_relative_without_workdir_default,
  denied_base_images_default,
  dnf_assume_yes_default,
  dnf_clean_all_default,
  dnf_version_pin_default,
  dockerignore_default,
  duplicate_stage_name_default,
  env_self_reference_default,
  exec_form_cmd_default,
  expose_invalid_format_default,
  expose_proto_casing_default,
  expose_ssh_port_default,
  expose_valid_port_default,
  from_as_casing_default,
  from_first_default,
  from_platform_flag_const_default,
  from_platform_flag_default,
  gem_pin_versions_default,
  go_version_pin_default,
  healthcheck_default,
  invalid_default_arg_in_from_default,
  json_args_recommended_default,
  label_email_default,
  label_empty_default,
  label_git_hash_default,
  label_key_format_default,
  label_required_default,
  label_rfc3339_default,
  label_semver_default,
  label_spdx_default,
  label_superfluous_default,
  label_url_default,
  legacy_key_value_format_default,
  maintainer_deprecated_default,
  max_layers_default,
  multiple_cmd_default,
  multiple_entrypoint_default,
  multiple_instructions_default,
  no_apt_default,
  no_empty_continuation_default,
  no_sudo_default,
  non_root_user_default,
  npm_pin_versions_default,
  onbuild_invalid_trigger_default,
  package_signature_disabled_default,
  pip_no_cache_dir_default,
  pip_pin_versions_default,
  pipe_to_shell_default,
  pipefail_default,
  pointless_command_default,
  redundant_target_platform_default,
  secrets_in_arg_env_default,
  secrets_in_instructions_default,
  shell_via_symlink_default,
  shellcheck_default,
  single_healthcheck_default,
  stage_name_casing_default,
  stage_name_reserved_default,
  syntax_default,
  tls_verification_disabled_default,
  trusted_registries_default,
  undefined_arg_in_from_default,
  undefined_var_default,
  update_without_install_default,
  use_add_for_archives_default,
  use_workdir_default,
  user_numeric_default,
  useradd_no_log_init_default,
  volatile_arg_early_default,
  volume_sensitive_path_default,
  wget_and_curl_default,
  wget_progress_default,
  workdir_absolute_default,
  workdir_relative_path_default,
  workdir_system_dir_default,
  yarn_cache_clean_default,
  yum_assume_yes_default,
  yum_clean_all_default,
  yum_version_pin_default,
  zypper_clean_default,
  zypper_dist_upgrade_default,
  zypper_non_interactive_default,
  zypper_version_pin_default,
  capabilities_default,
  cpu_limit_default,
  docker_socket_default,
  env_secrets_default,
  host_namespaces_default,
  host_path_default,
  host_ports_default,
  memory_limit_default,
  non_root_user_default2,
  pids_limit_default,
  privileged_default,
  read_only_rootfs_default,
  run_as_non_root_default,
  security_opt_default,
  sensitive_mounts_default,
  sysctls_default,
  userns_default,
  volume_types_default,
  base_digest_default,
  env_secrets_default2,
  exposed_ports_default,
  healthcheck_default2,
  history_lint_default,
  history_default,
  max_layers_default2,
  max_size_default,
  non_root_user_default3,
  package_caches_default,
  required_labels_default,
  secret_files_default,
  sensitive_volumes_default,
  setuid_files_default,
  size_growth_default,
  wasted_space_default,
  exception_expired_default,
  exception_expiring_default,
  internal_error_default,
  invalid_suppression_default,
  locked_suppression_default,
  suppression_without_reason_default,
  unparsable_default,
  unpinned_extends_default,
  unused_suppression_default
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

export {
  DOCS_BASE_URL,
  RULES,
  RULES_BY_ID
};
