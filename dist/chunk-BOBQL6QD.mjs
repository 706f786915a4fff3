import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  ASSERT_OPERATORS,
  CUSTOM_ID_PATTERN,
  PolicyError,
  VERSION,
  closest,
  suggest,
  validatePolicyData
} from "./chunk-LAHR65OS.mjs";
import {
  DOCKER_HUB,
  FILE_TARGETS,
  ShellcheckRunner,
  basename,
  expandVars,
  globMatch,
  imageMatches,
  joinContinuations,
  parseDockerfile,
  parseImageRef,
  referencedVars,
  templatePlaceholders,
  workerCount
} from "./chunk-SLU7GC7S.mjs";
import {
  INSTRUCTIONS,
  KNOWN_INSTRUCTIONS
} from "./chunk-WOBN4ZXA.mjs";
import {
  formatBytes,
  normaliseHostPath,
  parseMemory,
  require_dist
} from "./chunk-HR4UGP2H.mjs";
import {
  MAX_FILE_BYTES,
  SEVERITY_RANK,
  WHOLE_FILE,
  analyseImage,
  compareImages,
  discover,
  readIgnoreFile,
  readTargetFile,
  require_picomatch,
  toPosix
} from "./chunk-XV3TLO4B.mjs";
import {
  __toESM
} from "./chunk-5RYNRD5P.mjs";

// src/engine/check.ts
import path8 from "node:path";

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
      const list2 = index.get(s.name);
      if (list2) list2.push(s);
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
      const list2 = JSON.parse(trimmed.replace(new RegExp(`\\${model.escapeChar}\\n`, "g"), ""));
      if (Array.isArray(list2) && list2.length >= 2 && list2.every((v) => typeof v === "string")) {
        const range = inst.argsRange ?? inst.range;
        const args2 = list2.map((value) => expand({ value, range }));
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
function scanVarRefs(text, escapeChar = "\\", instructionText2 = false) {
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
      if (instructionText2 && !first) {
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
  const add = (list2) => list2?.forEach((a) => out.add(a));
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
      const list2 = stage.instructions;
      for (let i = 1; i < list2.length; i++) {
        const prev = list2[i - 1];
        const cur = list2[i];
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
          const path9 = at >= 0 ? text.slice(0, at) : text;
          if (!remotePath(path9)) continue;
          const version = at >= 0 ? text.slice(at + 1) : "";
          if (at >= 0 && !MOVING.has(version.toLowerCase())) continue;
          report({
            range: model.rangeOf(w.start, w.end),
            message: (at >= 0 ? `\`go ${sub} ${text}\` asks for "${version}", which moves with every release, ` : `\`go ${sub} ${text}\` without a version takes whatever is newest at build time, `) + `so rebuilds differ; pin a release: \`go ${sub} ${path9}@v1.2.3\` (a version from an ARG counts).`
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
  let path9 = rest;
  const slash = rest.indexOf("/");
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase()) {
      if (!validDomain(first)) return `"${first}" is not a valid registry host`;
      path9 = rest.slice(slash + 1);
    }
  }
  if (path9.length > 255) return "the repository name is longer than 255 characters";
  for (const comp of path9.split("/")) {
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

// src/targets/image/history.ts
var KEYWORDS = KNOWN_INSTRUCTIONS;
var SHELL_RE = /^(?:\/usr)?\/bin\/(?:sh|bash|ash|dash)(?:\s+-[a-z]+(?:\s+[a-z]+)?)*?\s+-c\s+/;
function splitArgPairs(text) {
  const out = [];
  for (const part of text.trim().split(/\s+(?=[A-Za-z_][A-Za-z0-9_]*=)/)) {
    const eq = part.indexOf("=");
    if (eq > 0) out.push({ name: part.slice(0, eq), value: part.slice(eq + 1) });
  }
  return out;
}
function takeBuildArgs(text) {
  const m = /^\|(\d+)\s+/.exec(text);
  if (!m) return { args: [], rest: text };
  const after = text.slice(m[0].length);
  if (m[1] === "0") return { args: [], rest: after };
  const shell = /\s(?=(?:\/usr)?\/bin\/(?:sh|bash|ash|dash)\s)/.exec(after);
  if (!shell) return { args: [], rest: after };
  return { args: splitArgPairs(after.slice(0, shell.index)), rest: after.slice(shell.index + 1) };
}
function goList(text) {
  const t = text.trim();
  const inner = t.startsWith("[") && t.endsWith("]") ? t.slice(1, -1) : t;
  return inner.split(/\s+/).filter(Boolean);
}
function goHealthcheck(text) {
  const list2 = /\[((?:\s*"(?:[^"\\]|\\.)*")*)\s*\]/.exec(text);
  if (!list2) return text;
  const words = [];
  for (const m of list2[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    try {
      words.push(JSON.parse(`"${m[1]}"`));
    } catch {
      words.push(m[1]);
    }
  }
  if (words[0] === "NONE") return "NONE";
  if (words[0] === "CMD-SHELL") return `CMD ${words.slice(1).join(" ")}`;
  if (words[0] === "CMD") return `CMD ${JSON.stringify(words.slice(1))}`;
  return text;
}
function parseCreatedBy(createdBy) {
  let text = createdBy.trim();
  if (text === "") return { args: [], body: "" };
  const buildkit = / # buildkit$/.test(text);
  if (buildkit) text = text.slice(0, -" # buildkit".length).trimEnd();
  const nop = /^(?:\/bin\/sh|cmd \/S \/C) -c #\(nop\)\s*/.exec(text) ?? /^#\(nop\)\s*/.exec(text);
  if (nop) text = text.slice(nop[0].length).trim();
  else {
    let rest = text;
    let viaKeyword = false;
    if (/^RUN\s/.test(rest)) {
      rest = rest.slice(4).trimStart();
      viaKeyword = true;
    }
    const { args, rest: afterArgs } = takeBuildArgs(rest);
    const shell = SHELL_RE.exec(afterArgs);
    if (shell) return { args, keyword: "RUN", body: afterArgs.slice(shell[0].length) };
    if (viaKeyword || args.length > 0) return { args, keyword: "RUN", body: afterArgs };
  }
  const kw = /^([A-Za-z]+)(?:\s+|$)/.exec(text);
  if (!kw || !KEYWORDS.has(kw[1].toUpperCase())) return { args: [], body: text };
  const keyword = kw[1].toUpperCase();
  let body = text.slice(kw[0].length).trim();
  switch (keyword) {
    case "ADD":
    case "COPY":
      body = body.replace(/^((?:--\S+\s+)*)((?:file|dir|multi):[0-9a-f]+)\s+in\s+/, "$1$2 ");
      break;
    case "EXPOSE":
      if (body.startsWith("map[")) body = body.slice(4, -1).replace(/:\{\}/g, "").trim();
      break;
    case "VOLUME":
      if (body.startsWith("[") && !body.startsWith('["')) body = goList(body).join(" ");
      break;
    case "SHELL":
      if (body.startsWith("[") && !body.startsWith('["')) body = JSON.stringify(goList(body));
      break;
    case "HEALTHCHECK":
      if (body.startsWith("&{")) body = goHealthcheck(body);
      break;
  }
  return { args: [], keyword, body };
}
function shortCreatedBy(createdBy, max = 72) {
  const ins = parseCreatedBy(createdBy);
  let text = ins.keyword ? `${ins.keyword} ${ins.body}` : ins.body;
  text = text.replace(/\b((?:file|dir|multi):[0-9a-f]{12})[0-9a-f]{52}\b/g, "$1\u2026").replace(/\s+/g, " ").trim();
  if (text === "") return "(no created_by)";
  return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
}
var HEREDOC = "LAYERGUARD_EOF";
function quoteArg(value) {
  return /^[^\s"'\\$]*$/.test(value) ? value : JSON.stringify(value);
}
function historyToDockerfile(history) {
  const lines = ["FROM scratch"];
  const lineHistory = [-1];
  const push = (line, index) => {
    for (const l of line.split("\n")) {
      lines.push(l);
      lineHistory.push(index);
    }
  };
  history.forEach((entry, index) => {
    const ins = parseCreatedBy(entry.createdBy);
    if (!ins.keyword || ins.keyword === "FROM") return;
    for (const a of ins.args) push(`ARG ${a.name}=${quoteArg(a.value)}`, index);
    let body = ins.body;
    if (ins.keyword === "RUN" && body.includes("\n") && !body.includes(HEREDOC)) {
      push(`RUN <<'${HEREDOC}'
${body.replace(/\n+$/, "")}
${HEREDOC}`, index);
      return;
    }
    if (ins.keyword === "ADD" || ins.keyword === "COPY")
      body = body.replace(/\bfile:([0-9a-f]{12})[0-9a-f]*(?=\s)/g, "file:$1.file");
    body = body.replace(/\s*\n\s*/g, " ");
    push(`${ins.keyword} ${body}`.trimEnd(), index);
  });
  return { text: lines.join("\n") + "\n", lineHistory };
}

// src/targets/image/units.ts
var UNITS = {
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  t: 1e12,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4
};
function parseSize(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!m) return null;
  const unit = m[2].toLowerCase();
  const factor = unit === "" ? 1 : UNITS[unit];
  if (factor === void 0) return null;
  return Math.round(parseFloat(m[1]) * factor);
}
function formatBytes2(n) {
  const abs = Math.abs(n);
  const sign = n < 0 ? "-" : "";
  if (abs < 1e3) return `${sign}${abs} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let v = abs;
  let i = -1;
  while (v >= 1e3 && i < units.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${sign}${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${units[i]}`;
}
function formatDelta(n) {
  if (n === 0) return "\xB10 B";
  return (n > 0 ? "+" : "") + formatBytes2(n);
}

// src/knowledge/image-util.ts
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
  const list2 = Array.isArray(patterns) ? patterns.filter((p) => typeof p === "string" && p !== "") : [];
  if (list2.length === 0) return () => false;
  const isMatch = (0, import_picomatch.default)(
    list2.map((p) => p.replace(/^\/+/, "")),
    { dot: true }
  );
  return (path9) => isMatch(path9.replace(/^\/+/, ""));
}
function listSome(items, max = 5) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

// src/rules/image/secret-files.ts
function secretFileKind(path9) {
  const base = path9.slice(path9.lastIndexOf("/") + 1);
  const lower = base.toLowerCase();
  if (/^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(base)) return "an SSH private key";
  if (/^ssh_host_[a-z0-9]+_key$/.test(base))
    return "an SSH host private key (every container of the image shares it)";
  if (lower === ".env" || lower.startsWith(".env.") && !/\.(example|sample|template|dist|defaults?|schema)$/.test(lower)) {
    return "a .env file (application secrets)";
  }
  if (/\.(p12|pfx|jks|keystore)$/.test(lower)) return "a key store";
  if (/(^|\/)\.aws\/credentials$/.test(path9)) return "AWS credentials";
  if (/(^|\/)\.docker\/config\.json$/.test(path9)) return "Docker registry credentials";
  if (/(^|\/)\.kube\/config$/.test(path9)) return "a Kubernetes config with cluster credentials";
  if (/(^|\/)\.config\/gcloud\/(credentials\.db|access_tokens\.db|application_default_credentials\.json|legacy_credentials\/.+)$/.test(
    path9
  )) {
    return "Google Cloud credentials";
  }
  if (/(^|\/)\.azure\/(accessTokens\.json|msal_token_cache\.(json|bin))$/.test(path9))
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
function gitDirOf(path9) {
  const m = /^(.*?(?:^|\/)\.git)(?:\/|$)/.exec(path9);
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
        const path9 = files.pathAt(i);
        const kind = kindOf(files, i, path9);
        if (kind) {
          if (!allowed(path9)) hits2.push({ layer: li, path: path9, kind });
          continue;
        }
        const git = gitDirOf(path9);
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
function kindOf(files, i, path9) {
  const key = files.keyHeaderAt(i);
  if (key) return `a private key (${key})`;
  return files.typeAt(i) === "file" ? secretFileKind(path9) : null;
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
    const check2 = (image, range, what, inst) => {
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
      if (base) check2(base, imageArgRange(stage), "FROM ", stage.from);
    }
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword === "COPY" || inst.keyword === "ADD") {
          const from = flagOf(inst, "from");
          if (from?.value) {
            const src = resolveSource(model, inst, from.value);
            if (src.kind === "image")
              check2(src.image, from.valueRange ?? from.range, `${inst.keyword} --from=`, inst);
          }
        } else if (inst.keyword === "RUN") {
          for (const mount of mountsOf(inst)) {
            const opt = mount.byKey.get("from");
            if (!opt?.value) continue;
            const src = resolveSource(model, inst, opt.value);
            if (src.kind === "image") check2(src.image, opt.valueRange, "RUN --mount=from=", inst);
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
      const check2 = (piece) => {
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
            check2({ text: model.text.slice(start, end), offset: start });
          }
          declaredHere.add(p.name);
        }
        continue;
      }
      for (const piece of pieces(model, inst)) check2(piece);
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
      const list2 = stage.instructions;
      for (let i = 0; i < list2.length; i++) {
        const arg = list2[i];
        if (arg.keyword !== "ARG") continue;
        for (const p of arg.properties) {
          if (!patterns.some((pat) => globMatch(pat, p.name.toUpperCase()))) continue;
          if (!volatileValue(p.value)) continue;
          const wasted = [];
          let firstUse;
          for (const next of list2.slice(i + 1)) {
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
      const path9 = normaliseHostPath(m.source) ?? m.source;
      if (allow.some((a) => path9 === a || path9.startsWith(a === "/" ? "/" : `${a}/`))) continue;
      const k8s = m.volumeType === "hostPath";
      report({
        range: m.range,
        message: `${k8s ? "The hostPath volume" : "The bind mount of"} ${path9} ties the container to the files of one host and lets it ${m.readOnly ? "read" : "read and change"} them; ${k8s ? "use a persistentVolumeClaim, configMap, secret or emptyDir volume instead" : "use a named volume instead"}, or allow the path in the policy if the container really needs it.`
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
      const path9 = normaliseHostPath(m.source);
      if (!path9 || m.readOnly && options.allowReadOnly) continue;
      if (mountedSocket(m, SOCKETS)) continue;
      const under = prefixes.find((p) => path9 === p || path9.startsWith(p === "/" ? "/" : `${p}/`));
      if (!exact.has(path9) && !under) continue;
      report({
        range: m.range,
        message: `Bind-mounting the host's ${path9}${m.readOnly ? " (even read-only)" : ""} exposes host ${under && under !== path9 ? `files under ${under}` : "system files"} to the container, a step towards taking over the host; mount only the specific files or a dedicated folder the container needs.`
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
      const path9 = visible.pathOf(node);
      const i = CACHES.findIndex((c) => c.test.test(path9));
      if (i < 0) return;
      const t = totals[i];
      const size = files.sizeAt(entry);
      t.bytes += size;
      t.files++;
      t.byLayer.set(layer, (t.byLayer.get(layer) ?? 0) + size);
    });
    CACHES.forEach((cache2, i) => {
      const t = totals[i];
      if (t.files === 0 || t.bytes < min) return;
      let layer = -1;
      for (const [l, b] of t.byLayer) if (layer < 0 || b > t.byLayer.get(layer)) layer = l;
      report({
        range: IMAGE_RANGE,
        message: `The image keeps the ${cache2.name}: ${formatBytes2(t.bytes)} in ${t.files} file${t.files === 1 ? "" : "s"}, mostly from layer ${layer + 1}. Nothing needs them at run time, yet every pull downloads them; use ${cache2.cleanup}.`,
        context: layerContext(layer)
      });
    });
  }
});

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str.length; i++) {
    const digit = B64_MAP[str.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str, isStride1) => {
  const res = decodeVLQ(str);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str) => {
  const res = decodeVLQ(str);
  const map = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map.set(currentKey, currentKey + delta);
  }
  return map;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return Object.hasOwn(this.initializer, key);
  }
  get(key) {
    if (this.cache.has(key)) return this.cache.get(key);
    const val = this.has(key) ? this.initializer[key]() : null;
    this.cache.set(key, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str) {
    const string = String(str);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str) {
    return str.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str.length; i++) {
        let c = str.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    if (javaMode) {
      if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
      return str.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str.indexOf("$") < 0) return str;
    return str.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    const start = this.start(group);
    const end = this.end(group);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
    return result;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group) {
    if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group = this.group(n);
          if (group !== null) res += group;
          i = j;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m) res += replacement.substring(last, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group = this.group(index);
          if (group !== null) res += group;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group = this.group(name);
            if (group !== null) res += group;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group = this.group(i);
      result.push(group === null ? void 0 : group);
    }
    return result;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result = this.getNamedGroups();
    for (const name in result) if (result[name] === null) result[name] = void 0;
    return result;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag;
    if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
    else flag = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
      else this.spawnLookbehinds(runq, currentPos, flag);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
        }
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches2 = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches2.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches2).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
  }
  restoreLookbehinds(lbState, q, flag) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
  }
  saveLookbehinds(lbState, q, pos) {
    let size = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag, ids2) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids2.length; i++) {
    h ^= ids2[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag, ids2) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids2);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag;
    this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag, ids2) {
    const hash = hashState(pcs, flag, ids2);
    const cached = this.stateCache.get(hash);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag, ids2)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids2)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids2);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag, ids2);
    if (cached === void 0) this.stateCache.set(hash, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids2) {
    const idsCost = ids2.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids2.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag, ids2) {
    const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids2);
  }
  allocTable(state, anchor) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table = new Array(size).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table;
    else state.nextAnchored = table;
    return table;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table !== null) {
      const cached = table[cls];
      if (cached !== null) return cached;
    } else {
      table = this.allocTable(state, anchor);
      if (table === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids2 = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids2 = [];
        }
        ids2.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids2.length > 1) ids2.sort((a, b) => a - b);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag = afterflag;
    if (ismatch) flag |= DFA2.FLAG_MATCH;
    if (isword) flag |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag, ids2);
    if (nextState === null) return null;
    table[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches2 = /* @__PURE__ */ new Set();
    const collect = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches2.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect) === null) return null;
    return Array.from(matches2).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag = input.context(currentPos);
            if ((inst.arg & ~flag) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check2 = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check2(inst.out) && check2(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check2(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check2(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex = new Regexp2(re.op);
    regex.flags = re.flags;
    regex.subs = re.subs;
    regex.runes = re.runes;
    regex.cap = re.cap;
    regex.min = re.min;
    regex.max = re.max;
    regex.name = re.name;
    regex.namedGroups = re.namedGroups;
    regex.lb = re.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result;
    for (; ; ) {
      if (re.subs.length === 0) result = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node * alphabetSize + word[i];
        let child2 = edges.get(key);
        if (child2 === void 0) {
          child2 = parent.length;
          edges.set(key, child2);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child2;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail[f];
          next = this.next(f, unit[c]);
        }
        fail[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail[c]];
    }
    this.fail = fail;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result) => PrefilterTree2.child(re, state, result),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result) => this.child(re, state, result),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result, i) => Simplify2.child(re, state, result, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result += `0x${lo.toString(16)}`;
      else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result += "]";
    return result;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table) {
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table) {
    let nextLo = 0;
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table, sign) {
    return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str) {
    this.str = str;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser2(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        if (re.subs.length > 1) size = size + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size = 2 + sub;
          else size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size);
    return size;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str.slice(0, strlen);
        for (let j = start; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      str = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = first;
        for (let j = start; j < i; j++) {
          const reuse = j !== start;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start];
        array[s + start] = array[s + max];
        array[s + max] = tmp;
        for (let j = start + 1; j < i; j++) {
          Parser2.mergeCharClass(array[s + start], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start]);
        array[lenout++] = array[s + start];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start = i + 1;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
      const name = s.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser2.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches2 = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches2 === null || matches2.length === 0) break;
      let accept = true;
      if (matches2[1] === pos) {
        if (matches2[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches2[1];
      prevMatchEnd = matches2[1];
      if (accept) {
        result.push(deliverFun(this.pad(matches2)));
        i++;
      }
    }
    return result;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result.length === 0) return null;
    return result;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result += "\\x";
                  result += (val >> 4).toString(16).toUpperCase();
                  result += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result += "\\x";
                i += 2;
              } else {
                result += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result += "\\";
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result = m.matchArray();
  result.index = m.start(0);
  result.input = input;
  result.groups = m.namedGroupsObject();
  return result;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str) {
    return Utils.quoteMeta(str);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    return Matcher.quoteReplacement(str, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m.find()) {
      if (last === 0 && m.end() === 0) {
        last = m.end();
        continue;
      }
      if (limit > 0 && result.length === limit - 1) break;
      if (last === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.start()));
      last = m.end();
    }
    if (limit === 0 && last !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.inputLength()));
    }
    if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
    return result;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/policy/regex.ts
var cache = /* @__PURE__ */ new Map();
function compileRegex(source) {
  let r = cache.get(source);
  if (!r) {
    let re;
    try {
      re = RE2JS.compile(source);
    } catch (e) {
      const msg = e.message.replace(/^error parsing regexp: /, "");
      throw new Error(
        `${msg}; policy regexes use RE2 syntax, which runs in linear time and has no look-around or back-references`
      );
    }
    r = { source, test: (text) => re.test(text) };
    cache.set(source, r);
  }
  return r;
}

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
      const path9 = visible.pathOf(node);
      if (allowed(path9)) return;
      const bits = [mode & 2048 ? "setuid" : "", mode & 1024 ? "setgid" : ""].filter(Boolean).join("+");
      found.push({ path: path9, layer, bits });
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

// src/policy/load.ts
import { existsSync, promises as fs2, readdirSync } from "node:fs";
import path6 from "node:path";
import { fileURLToPath } from "node:url";

// src/policy/effective.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
function globMatcher2(globs) {
  if (globs === void 0) return void 0;
  const list2 = (Array.isArray(globs) ? globs : [globs]).map((g) => g.replace(/^\.\//, ""));
  if (list2.length === 0) return void 0;
  return (0, import_picomatch2.default)(list2, { dot: true });
}
function normaliseFile(file) {
  return file.replace(/\\/g, "/").replace(/^\.\//, "");
}
var compiledPolicies = /* @__PURE__ */ new WeakMap();
function compile(policy) {
  let c = compiledPolicies.get(policy);
  if (!c) {
    c = {
      overrides: (policy.overrides ?? []).map((override) => {
        const inc = globMatcher2(override.files) ?? (() => false);
        const exc = globMatcher2(override.excludeFiles);
        return { override, matches: (f) => inc(f) && !(exc && exc(f)) };
      }),
      byFile: /* @__PURE__ */ new Map()
    };
    compiledPolicies.set(policy, c);
  }
  return c;
}
function overridesFor(policy, file) {
  const c = compile(policy);
  const f = normaliseFile(file);
  let list2 = c.byFile.get(f);
  if (!list2) {
    list2 = c.overrides.filter((o) => o.matches(f)).map((o) => o.override);
    c.byFile.set(f, list2);
  }
  return list2;
}
function effectiveRule(policy, rule, file) {
  const setting = policy.rules[rule.id];
  const lock = policy.locked?.[rule.id];
  let severity = setting?.severity ?? rule.severity;
  let options = setting?.options;
  let mode = setting?.mode ?? policy.mode;
  if (lock) mode = setting?.mode === "enforce" ? "enforce" : lock.mode;
  for (const o of overridesFor(policy, file)) {
    const blanketAllowed = !lock || o.layer <= lock.layer;
    if (o.mode && blanketAllowed) mode = o.mode;
    const r = o.rules[rule.id];
    if (r) {
      if (r.severity) severity = r.severity;
      if (r.options !== void 0) options = r.options;
      if (r.mode) mode = r.mode;
    }
  }
  return { severity, options: { ...rule.defaultOptions, ...options ?? {} }, mode };
}

// src/policy/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_POLICY_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
}
function readYaml(text, display, problems) {
  const lineCounter = new import_yaml.LineCounter();
  const oversize = Buffer.byteLength(text, "utf8") > MAX_POLICY_BYTES;
  const doc = (0, import_yaml.parseDocument)(oversize ? "" : text, {
    version: "1.2",
    lineCounter,
    prettyErrors: false,
    // Duplicate keys are found by shapeProblem in linear time; the parser's own check is quadratic.
    uniqueKeys: false,
    strict: true
  });
  const pos = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const pairIndexes = /* @__PURE__ */ new WeakMap();
  const pairIndex = (map) => {
    let index = pairIndexes.get(map);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const p of map.items) {
        const k = (0, import_yaml.isScalar)(p.key) ? String(p.key.value) : void 0;
        if (k !== void 0 && !index.has(k)) index.set(k, p);
      }
      pairIndexes.set(map, index);
    }
    return index;
  };
  const nodeAt = (path9, key) => {
    let node = doc.contents ?? null;
    for (let i = 0; i < path9.length; i++) {
      if (node && (0, import_yaml.isAlias)(node)) node = node.resolve(doc) ?? node;
      const seg = path9[i];
      const last = i === path9.length - 1;
      if (node && (0, import_yaml.isMap)(node)) {
        const pair = pairIndex(node).get(String(seg));
        if (!pair) return node;
        if (last && key) return pair.key ?? node;
        const value = pair.value;
        if (!value || !value.range || (0, import_yaml.isScalar)(value) && value.value === null && value.range[0] === value.range[1]) {
          return pair.key;
        }
        node = value;
      } else if (node && (0, import_yaml.isSeq)(node) && typeof seg === "number") {
        const item = node.items[seg];
        if (!item) return node;
        node = item;
      } else {
        return node;
      }
    }
    return node;
  };
  const startOf = (node) => node?.range ? pos(node.range[0]) : { line: 1, column: 1 };
  const source = {
    display,
    text,
    doc,
    data: void 0,
    locate: (path9, opts) => startOf(nodeAt(path9, opts?.key ?? false)),
    rangeOf(path9, opts) {
      const node = nodeAt(path9, opts?.key ?? false);
      if (!node?.range) return { line: 1, column: 1, endLine: 1, endColumn: 2 };
      const start = pos(node.range[0]);
      const end = pos(Math.max(node.range[1], node.range[0] + 1));
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
  };
  if (oversize) {
    problems.push({
      message: `the file is larger than ${MAX_POLICY_BYTES / 1024} KiB; a policy this large is most likely not a policy`,
      file: display,
      line: 1,
      column: 1
    });
    return source;
  }
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const p = pos(e.pos[0]);
      const raw = firstLine(e.message);
      const message = /Maximum call stack/i.test(raw) ? `the policy nests too deeply to read (a policy needs at most a few levels)` : e.code === "MULTIPLE_DOCS" ? (
        // The parser's own text names its API (parseAllDocuments), which means nothing to a user.
        "the policy file must hold one document: remove the `---` line that starts a second one (or move that policy to its own file and list it under `extends`)"
      ) : raw.replace(/:\s*".*"\s*$/, "");
      problems.push({ message: `invalid YAML: ${message}`, file: display, ...p });
    }
    return source;
  }
  const shape = shapeProblem(doc.contents);
  if (shape) {
    problems.push({ message: shape.message, file: display, ...startOf(shape.node) });
    return source;
  }
  try {
    source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    problems.push({
      message: `the file uses too many YAML aliases (more than ${MAX_ALIAS_COUNT} expansions); write the values out: ${e.message}`,
      file: display,
      line: 1,
      column: 1
    });
  }
  return source;
}
var MAX_POLICY_DEPTH = 64;
function shapeProblem(root) {
  const stack = root ? [{ node: root, depth: 0 }] : [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if (depth > MAX_POLICY_DEPTH) {
      return {
        message: `the policy nests more than ${MAX_POLICY_DEPTH} levels deep; no policy key needs that`,
        node
      };
    }
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        if (key && (0, import_yaml.isScalar)(key)) {
          if (seen.has(key.value)) return { message: "invalid YAML: Map keys must be unique", node: key };
          seen.add(key.value);
        }
        if (key && !(0, import_yaml.isScalar)(key)) {
          return {
            message: "a key is a list or a mapping; policy keys are plain words such as rules or failOn",
            node: key
          };
        }
        if (pair.value) stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) if (item) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return void 0;
}

// src/policy/hadolint.ts
var OUTPUT_KEYS = /* @__PURE__ */ new Set(["format", "no-color", "verbose", "color"]);
var KNOWN_KEYS = /* @__PURE__ */ new Set([
  "ignored",
  "override",
  "trustedRegistries",
  "label-schema",
  "strict-labels",
  "failure-threshold",
  "no-fail",
  "disable-ignore-pragma",
  ...OUTPUT_KEYS
]);
var THRESHOLD = {
  error: "error",
  warning: "warning",
  info: "info",
  style: "info",
  ignore: "none",
  none: "none"
};
var LABEL_TYPES = {
  url: "DL3052",
  rfc3339: "DL3053",
  spdx: "DL3054",
  hash: "DL3055",
  semver: "DL3056",
  email: "DL3058"
};
var OVERRIDE_SEVERITY = {
  error: "error",
  warning: "warning",
  info: "info",
  style: "info"
};
function rulesForAlias(rules, code) {
  const c = code.toLowerCase();
  return [...rules].filter((r) => r.aliases.some((a) => a.toLowerCase() === c));
}
function optionNamed(rule, names, types) {
  for (const n of names) {
    const schema = rule.options?.[n];
    if (!schema) continue;
    const t = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (t.some((x) => types.includes(String(x)))) return n;
  }
  return void 0;
}
function convertHadolint(text, display, registry, problems) {
  const found = [];
  const conv = convertInto(text, display, registry, found);
  problems.push(...found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  return conv;
}
function convertInto(text, display, registry, problems) {
  const rules = [...registry.values()];
  const src = readYaml(text, display, problems);
  const data = { extends: [] };
  const origins = /* @__PURE__ */ new Map();
  const notices = [];
  const conv = { data, origins, notices };
  if (src.data === void 0) return conv;
  const raw = src.data ?? {};
  const bad = (path9, message) => problems.push({ message, file: display, ...src.locate(path9) });
  if (typeof raw !== "object" || Array.isArray(raw)) {
    bad(
      [],
      "a hadolint configuration is a mapping with keys such as ignored, override and trustedRegistries"
    );
    return conv;
  }
  delete data.extends;
  const where = (path9) => {
    const p = src.locate(path9);
    return `${display}:${p.line}`;
  };
  const setOrigin = (policyPath, hadolintPath, note) => {
    origins.set(JSON.stringify(policyPath), { ...src.locate(hadolintPath), note });
  };
  const ruleSettings = {};
  const setSeverity = (code, severity, from, note) => {
    const sc = /^SC(\d{4})$/i.exec(code);
    if (sc) {
      const id = `shellcheck/SC${sc[1]}`;
      ruleSettings[id] = severity;
      setOrigin(["rules", id], from, note);
      return;
    }
    const matched = rulesForAlias(rules, code);
    if (matched.length === 0) {
      notices.push(`${code} (${where(from)}) has no layerguard rule with that alias; nothing to carry over`);
      return;
    }
    for (const rule of matched) {
      const prev = ruleSettings[rule.id];
      ruleSettings[rule.id] = prev && typeof prev === "object" ? { ...prev, severity } : severity;
      setOrigin(["rules", rule.id], from, note);
    }
  };
  const stringList2 = (key, value, path9) => {
    if (value === null || value === void 0) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
      bad(
        path9,
        `${key} must be a list of strings (got ${Array.isArray(value) ? "a list with other values" : typeof value})`
      );
      return [];
    }
    return value;
  };
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key))
      notices.push(`the hadolint key "${key}" (${where([key])}) is not known; it was left out`);
  }
  const override = raw.override;
  if (override !== void 0 && override !== null) {
    if (typeof override !== "object" || Array.isArray(override)) {
      bad(
        ["override"],
        "override must be a mapping of error, warning, info and style to lists of rule codes"
      );
    } else {
      for (const [level, codes] of Object.entries(override)) {
        const sev = OVERRIDE_SEVERITY[level];
        if (!sev) {
          bad(
            ["override", level],
            `override has no level "${level}"; the levels are error, warning, info and style`
          );
          continue;
        }
        stringList2(`override.${level}`, codes, ["override", level]).forEach(
          (code, i) => setSeverity(code, sev, ["override", level, i], `hadolint override.${level}`)
        );
      }
    }
  }
  const registries = stringList2("trustedRegistries", raw.trustedRegistries, ["trustedRegistries"]);
  if (registries.length > 0) {
    const rule = rulesForAlias(rules, "DL3026")[0];
    const opt = rule && optionNamed(
      rule,
      ["trustedRegistries", "registries", "allowedRegistries", "allowed", "trusted"],
      ["array"]
    );
    if (rule && opt) {
      ruleSettings[rule.id] = {
        severity: rule.severity === "off" ? "error" : rule.severity,
        options: { [opt]: registries }
      };
      setOrigin(["rules", rule.id], ["trustedRegistries"], "hadolint trustedRegistries");
    } else {
      notices.push(
        `trustedRegistries (${where(["trustedRegistries"])}): no layerguard rule takes a list of trusted registries; nothing to carry over`
      );
    }
  }
  const labels = raw["label-schema"];
  const labelKeys = [];
  if (labels !== void 0 && labels !== null) {
    if (typeof labels !== "object" || Array.isArray(labels)) {
      bad(
        ["label-schema"],
        "label-schema must be a mapping of label names to types (text, url, semver, hash, rfc3339, spdx, email)"
      );
    } else {
      const schema = labels;
      labelKeys.push(...Object.keys(schema));
      const withOption = (code, names, value, from, note, fallback) => {
        const rule = rulesForAlias(rules, code)[0];
        const opt = rule && optionNamed(rule, names, ["array"]);
        if (!rule || !opt) return false;
        ruleSettings[rule.id] = {
          severity: rule.severity === "off" ? fallback : rule.severity,
          options: { [opt]: value }
        };
        setOrigin(["rules", rule.id], from, note);
        return true;
      };
      if (!withOption(
        "DL3049",
        ["labels", "required", "requiredLabels"],
        labelKeys,
        ["label-schema"],
        "hadolint label-schema",
        "info"
      )) {
        notices.push(
          `label-schema (${where(["label-schema"])}): no layerguard rule takes required labels; nothing to carry over`
        );
      }
      const byType = /* @__PURE__ */ new Map();
      for (const [key, type] of Object.entries(schema)) {
        const t = String(type).toLowerCase();
        if (!LABEL_TYPES[t] && t !== "text") {
          bad(
            ["label-schema", key],
            `label type "${String(type)}" is not one of text, ${Object.keys(LABEL_TYPES).join(", ")}`
          );
          continue;
        }
        if (LABEL_TYPES[t]) byType.set(t, [...byType.get(t) ?? [], key]);
      }
      for (const [t, keys] of byType) {
        const from = ["label-schema", keys[0]];
        if (!withOption(LABEL_TYPES[t], ["labels"], keys, from, `hadolint label-schema (${t})`, "warning")) {
          notices.push(
            `label-schema ${t} labels (${where(from)}): no layerguard rule checks ${t} labels; nothing to carry over`
          );
        }
      }
    }
  }
  if (raw["strict-labels"] === true) {
    const rule = rulesForAlias(rules, "DL3050")[0];
    const opt = rule && optionNamed(rule, ["allowed", "labels"], ["array"]);
    if (rule && opt) {
      ruleSettings[rule.id] = {
        severity: rule.severity === "off" ? "info" : rule.severity,
        options: { [opt]: labelKeys }
      };
      setOrigin(["rules", rule.id], ["strict-labels"], "hadolint strict-labels");
    } else {
      notices.push(
        `strict-labels (${where(["strict-labels"])}): no layerguard rule reports labels outside the schema; nothing to carry over`
      );
    }
  }
  stringList2("ignored", raw.ignored, ["ignored"]).forEach(
    (code, i) => setSeverity(code, "off", ["ignored", i], "hadolint ignored")
  );
  if (Object.keys(ruleSettings).length > 0) data.rules = ruleSettings;
  const threshold = raw["failure-threshold"];
  if (threshold !== void 0 && threshold !== null) {
    const mapped = typeof threshold === "string" ? THRESHOLD[threshold.toLowerCase()] : void 0;
    if (!mapped) {
      bad(
        ["failure-threshold"],
        `failure-threshold must be one of ${Object.keys(THRESHOLD).join(", ")} (got ${JSON.stringify(threshold)})`
      );
    } else {
      data.failOn = mapped;
      setOrigin(["failOn"], ["failure-threshold"], "hadolint failure-threshold");
    }
  }
  if (raw["no-fail"] === true) {
    data.failOn = "none";
    setOrigin(["failOn"], ["no-fail"], "hadolint no-fail");
  }
  if (raw["disable-ignore-pragma"] === true) {
    data.suppressions = { inline: false };
    setOrigin(["suppressions", "inline"], ["disable-ignore-pragma"], "hadolint disable-ignore-pragma");
  }
  return conv;
}

// src/policy/aliases.ts
var SHELLCHECK_CODE = /^(?:shellcheck\/)?SC(\d{4})$/i;
function ruleIdForKey(key, rules) {
  if (rules.has(key) || key.startsWith("custom/")) return void 0;
  const sc = SHELLCHECK_CODE.exec(key);
  if (sc) return `shellcheck/SC${sc[1]}` === key ? void 0 : `shellcheck/SC${sc[1]}`;
  const matched = rulesForAlias(rules.values(), key);
  return matched.length === 1 ? matched[0].id : void 0;
}
function resolveRuleAliases(data, rules, display) {
  const notes = [];
  if (!data || typeof data !== "object" || Array.isArray(data)) return notes;
  const d = data;
  const renameIn = (map, where) => {
    if (!map || typeof map !== "object" || Array.isArray(map)) return map;
    const entries = Object.entries(map);
    if (!entries.some(([k]) => ruleIdForKey(k, rules))) return map;
    const out = {};
    for (const [k, v] of entries) {
      const id = ruleIdForKey(k, rules);
      if (id && !(id in map)) {
        out[id] = v;
        notes.push(`${display}: "${k}" in ${where} is read as ${id}; write the rule id to silence this note`);
      } else {
        out[k] = v;
      }
    }
    return out;
  };
  if ("rules" in d) d.rules = renameIn(d.rules, "rules");
  if (Array.isArray(d.overrides)) {
    d.overrides.forEach((o, i) => {
      if (o && typeof o === "object" && "rules" in o) {
        o.rules = renameIn(
          o.rules,
          `overrides[${i}].rules`
        );
      }
    });
  }
  return notes;
}

// src/policy/custom.ts
var COMMON_KEYS = ["id", "kind", "severity", "message", "summary"];
var KIND_KEYS = {
  instruction: ["instruction", "match", "notMatch", "stage"],
  order: ["first", "then", "stage"],
  required: ["instruction", "match", "min", "max", "stage"],
  assert: ["target", "path", "operator", "value", "quantifier"]
};
var PATH_SEGMENT = /^([A-Za-z_$][\w$-]*|\*)((?:\[(?:\*|\d+)\])*)$/;
function parsePath(text) {
  const steps = [];
  for (const part of text.split(".")) {
    const m = PATH_SEGMENT.exec(part);
    if (!m) return null;
    steps.push({ key: m[1] });
    for (const idx of m[2].matchAll(/\[(\*|\d+)\]/g))
      steps.push({ index: idx[1] === "*" ? "*" : Number(idx[1]) });
  }
  return steps;
}
function selector(v) {
  if (typeof v === "string") return { instruction: v.toUpperCase() };
  const o = v;
  return { instruction: o.instruction.toUpperCase(), ...o.match !== void 0 ? { match: o.match } : {} };
}
function normaliseCustomRule(raw, index, source, layer, report) {
  const base = ["customRules", index];
  const kind = raw.kind;
  let errors = 0;
  const fail = (key, message, isKey = false) => {
    errors++;
    report([...base, key], message, isKey);
  };
  const allowed = /* @__PURE__ */ new Set([...COMMON_KEYS, ...KIND_KEYS[kind]]);
  for (const key of Object.keys(raw)) {
    if (!allowed.has(key)) {
      const owner = Object.keys(KIND_KEYS).filter(
        (k) => KIND_KEYS[k].includes(key)
      );
      fail(
        key,
        `"${key}" is not used by a custom rule of kind ${kind}${owner.length ? ` (it belongs to kind ${owner.join(" and ")})` : ""}; the keys of kind ${kind} are ${[...KIND_KEYS[kind]].join(", ")}`,
        true
      );
    }
  }
  const checkRegex = (key, value, path9 = [key]) => {
    if (typeof value !== "string") return;
    try {
      compileRegex(value);
    } catch (e) {
      errors++;
      report([...base, ...path9], `the regex ${JSON.stringify(value)} is not valid: ${e.message}`);
    }
  };
  const checkKeyword = (value, path9) => {
    if (!INSTRUCTIONS.includes(value.toUpperCase())) {
      errors++;
      report(
        [...base, ...path9],
        `"${value}" is not a Dockerfile instruction${suggest(value.toUpperCase(), INSTRUCTIONS)}`
      );
    }
  };
  const spec = {
    id: String(raw.id),
    kind,
    severity: raw.severity ?? "warning",
    message: String(raw.message),
    ...raw.summary !== void 0 ? { summary: String(raw.summary) } : {},
    source,
    layer
  };
  if (kind === "instruction" || kind === "required") {
    const list2 = Array.isArray(raw.instruction) ? raw.instruction : [raw.instruction];
    list2.forEach(
      (k, i) => checkKeyword(k, Array.isArray(raw.instruction) ? ["instruction", i] : ["instruction"])
    );
    spec.instruction = list2.map((k) => k.toUpperCase());
    checkRegex("match", raw.match);
    if (raw.match !== void 0) spec.match = raw.match;
    spec.stage = raw.stage ?? "any";
  }
  if (kind === "instruction") {
    checkRegex("notMatch", raw.notMatch);
    if (raw.notMatch !== void 0) spec.notMatch = raw.notMatch;
  }
  if (kind === "required") {
    if (raw.min !== void 0) spec.min = raw.min;
    if (raw.max !== void 0) spec.max = raw.max;
    if (spec.min === void 0 && spec.max === void 0) spec.min = 1;
    if (spec.min !== void 0 && spec.max !== void 0 && spec.min > spec.max) {
      fail("max", `max (${spec.max}) is less than min (${spec.min}); no stage could satisfy both`);
    }
  }
  if (kind === "order") {
    for (const key of ["first", "then"]) {
      const v = raw[key];
      const kw = typeof v === "string" ? v : v.instruction;
      checkKeyword(kw, typeof v === "string" ? [key] : [key, "instruction"]);
      if (typeof v === "object" && v) checkRegex("match", v.match, [key, "match"]);
      spec[key] = selector(v);
    }
    spec.stage = raw.stage ?? "any";
  }
  if (kind === "assert") {
    spec.target = raw.target ?? "runtime";
    spec.path = String(raw.path);
    if (!parsePath(spec.path)) {
      fail(
        "path",
        `the path "${spec.path}" is not of the form a.b[*].c (names, * for every value, [n] or [*] for list items)`
      );
    }
    const op = raw.operator;
    spec.operator = op;
    spec.quantifier = raw.quantifier ?? "all";
    const has = Object.prototype.hasOwnProperty.call(raw, "value");
    const v = raw.value;
    if (op === "exists" || op === "notExists") {
      if (has) fail("value", `operator ${op} takes no value; remove value`, true);
    } else if (!has) {
      fail("operator", `operator ${op} compares with a value: add value`);
    } else if ((op === "in" || op === "notIn") && !Array.isArray(v)) {
      fail("value", `operator ${op} needs a list as its value, e.g. value: [a, b]`);
    } else if ((op === "lt" || op === "lte" || op === "gt" || op === "gte") && typeof v !== "number") {
      fail("value", `operator ${op} compares numbers: value must be a number`);
    } else if (op === "matches" || op === "notMatches") {
      if (typeof v !== "string") fail("value", `operator ${op} needs a regex string as its value`);
      else checkRegex("value", v);
    }
    if (has) spec.value = v;
    if (op && !ASSERT_OPERATORS.includes(op)) return void 0;
  }
  return errors > 0 ? void 0 : spec;
}
function customAsRule(spec) {
  return { id: spec.id, severity: spec.severity, defaultOptions: {} };
}
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (m, k) => k in values ? String(values[k]) : m);
}
function instructionText(ins, model) {
  const esc = model.escapeChar === "`" ? "`" : "\\\\";
  const args = ins.argsText.replace(new RegExp(`${esc}\\r?\\n[ \\t]*`, "g"), " ");
  const flags = ins.flags.map((f) => f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`);
  const bodies = ins.heredocs.map((h) => h.body);
  return [[...flags, args].filter((s) => s !== "").join(" "), ...bodies].join("\n");
}
var regexOf = (s) => s === void 0 ? void 0 : compileRegex(s);
function selects(sel, ins, model) {
  return ins.keyword === sel.instruction && (!sel.match || compileRegex(sel.match).test(instructionText(ins, model)));
}
function stageLabel(model, index) {
  const s = model.stages[index];
  return s?.nameRaw ?? String(index);
}
function stagesOf(model, which) {
  if (model.stages.length === 0) return [];
  return which === "final" ? [model.stages[model.stages.length - 1]] : model.stages;
}
function runDockerfile(spec, model) {
  const hits2 = [];
  if (spec.kind === "instruction") {
    const match = regexOf(spec.match);
    const notMatch = regexOf(spec.notMatch);
    const pool = spec.stage === "final" ? stagesOf(model, "final").flatMap((s) => [s.from, ...s.instructions]) : model.instructions;
    for (const ins of pool) {
      if (!spec.instruction.includes(ins.keyword)) continue;
      const text = instructionText(ins, model);
      if (match && !match.test(text)) continue;
      if (notMatch && notMatch.test(text)) continue;
      hits2.push({
        range: ins.range,
        message: fill(spec.message, { instruction: ins.keyword, stage: stageLabel(model, ins.stage) })
      });
    }
  } else if (spec.kind === "order") {
    for (const stage of stagesOf(model, spec.stage)) {
      const list2 = [stage.from, ...stage.instructions];
      const firstAt = list2.findIndex((i) => selects(spec.first, i, model));
      if (firstAt < 0) continue;
      for (const ins of list2.slice(0, firstAt)) {
        if (selects(spec.then, ins, model)) {
          hits2.push({
            range: ins.range,
            message: fill(spec.message, {
              instruction: ins.keyword,
              stage: stageLabel(model, stage.index),
              first: spec.first.instruction,
              then: spec.then.instruction
            })
          });
        }
      }
    }
  } else if (spec.kind === "required") {
    const match = regexOf(spec.match);
    for (const stage of stagesOf(model, spec.stage)) {
      const found = [stage.from, ...stage.instructions].filter(
        (i) => spec.instruction.includes(i.keyword) && (!match || match.test(instructionText(i, model)))
      );
      const values = {
        instruction: spec.instruction.join("/"),
        stage: stageLabel(model, stage.index),
        count: found.length,
        min: spec.min ?? 0,
        max: spec.max ?? ""
      };
      if (spec.min !== void 0 && found.length < spec.min) {
        hits2.push({ range: stage.from.range, message: fill(spec.message, values) });
      } else if (spec.max !== void 0 && found.length > spec.max) {
        hits2.push({ range: found[spec.max].range, message: fill(spec.message, values) });
      }
    }
  }
  return hits2;
}
function isRange(v) {
  const r = v;
  return !!r && typeof r === "object" && typeof r.line === "number" && typeof r.column === "number";
}
function rangeOfValue(v) {
  if (!v || typeof v !== "object") return void 0;
  const o = v;
  if (isRange(o.range)) return o.range;
  if (o.source && isRange(o.source.range)) return o.source.range;
  return void 0;
}
function child(v, key) {
  if (v instanceof Map) return v.get(key);
  if (v && typeof v === "object") return v[key];
  return void 0;
}
function resolvePath(root, steps) {
  let current = [{ value: root, range: rangeOfValue(root) }];
  for (const step of steps) {
    const next = [];
    for (const { value, range } of current) {
      const push = (v) => next.push({ value: v, range: rangeOfValue(v) ?? range });
      if ("key" in step) {
        if (step.key === "*") {
          if (value instanceof Map) for (const v of value.values()) push(v);
          else if (value && typeof value === "object" && !Array.isArray(value))
            for (const v of Object.values(value)) push(v);
        } else {
          push(child(value, step.key));
        }
      } else if (Array.isArray(value)) {
        if (step.index === "*") for (const v of value) push(v);
        else push(value[step.index]);
      } else if (step.index !== "*") {
        push(void 0);
      }
    }
    current = next;
  }
  return current;
}
function deepEqual(a, b, depth = 0) {
  if (a === b) return true;
  if (depth > MAX_COMPARE_DEPTH) return false;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b;
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i], depth + 1));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a;
  const rb = b;
  return kb.every((k) => Object.prototype.hasOwnProperty.call(ra, k) && deepEqual(ra[k], rb[k], depth + 1));
}
var MAX_COMPARE_DEPTH = 64;
function holds(op, value, expected) {
  const actual = value === void 0 ? null : value;
  const present = actual !== null;
  switch (op) {
    case "exists":
      return present;
    case "notExists":
      return !present;
    case "equals":
      return deepEqual(actual, expected);
    case "notEquals":
      return !deepEqual(actual, expected);
    case "in":
      return expected.some((e) => deepEqual(actual, e));
    case "notIn":
      return !expected.some((e) => deepEqual(actual, e));
    case "matches":
      return typeof actual === "string" && compileRegex(String(expected)).test(actual);
    case "notMatches":
      return !(typeof actual === "string" && compileRegex(String(expected)).test(actual));
    case "contains":
      return Array.isArray(actual) ? actual.some((e) => deepEqual(e, expected)) : typeof actual === "string" && actual.includes(String(expected));
    case "notContains":
      return !(Array.isArray(actual) ? actual.some((e) => deepEqual(e, expected)) : typeof actual === "string" && actual.includes(String(expected)));
    case "lt":
      return typeof actual === "number" && actual < expected;
    case "lte":
      return typeof actual === "number" && actual <= expected;
    case "gt":
      return typeof actual === "number" && actual > expected;
    case "gte":
      return typeof actual === "number" && actual >= expected;
    default:
      return false;
  }
}
function runAssert(spec, model) {
  const steps = parsePath(spec.path);
  if (!steps) return [];
  const values = resolvePath(model, steps);
  const unitRange = rangeOfValue(model) ?? WHOLE_FILE;
  const msg = (v) => fill(spec.message, {
    path: spec.path,
    value: v === void 0 ? "nothing" : typeof v === "string" ? v : JSON.stringify(v)
  });
  const results = values.map((v) => ({ ...v, ok: holds(spec.operator, v.value, spec.value) }));
  switch (spec.quantifier ?? "all") {
    case "all": {
      const bad = results.find((r) => !r.ok);
      return bad ? [{ range: bad.range ?? unitRange, message: msg(bad.value) }] : [];
    }
    case "any":
      return results.some((r) => r.ok) ? [] : [{ range: results[0]?.range ?? unitRange, message: msg(results[0]?.value) }];
    case "none": {
      const hit = results.find((r) => r.ok);
      return hit ? [{ range: hit.range ?? unitRange, message: msg(hit.value) }] : [];
    }
  }
  return [];
}
function runCustomRules(target, policy) {
  const out = [];
  for (const spec of policy.customRules ?? []) {
    const applies = spec.kind === "assert" ? target.kind === (spec.target ?? "runtime") : target.kind === "dockerfile";
    if (!applies) continue;
    const setting = effectiveRule(policy, customAsRule(spec), target.file);
    if (setting.severity === "off") continue;
    for (const unit of target.units) {
      if (spec.kind === "assert" && isEnvBlock(unit.model) && !/^env(?:$|[.[])/.test(spec.path ?? ""))
        continue;
      const hits2 = spec.kind === "assert" ? runAssert(spec, unit.model) : runDockerfile(spec, unit.model);
      for (const h of hits2) {
        out.push({
          ruleId: spec.id,
          severity: setting.severity,
          message: h.message,
          file: target.file,
          kind: target.kind,
          ...h.range,
          ...unit.context ? { context: { ...unit.context } } : {},
          ...setting.mode === "audit" ? { mode: "audit" } : {}
        });
      }
    }
  }
  return out;
}
function isEnvBlock(model) {
  return !!model?.source?.envScope;
}

// src/policy/layer.ts
var DEFAULT_SUPPRESSIONS = { inline: true, requireReason: false, reportUnused: false };
var DEFAULT_WARN_BEFORE_DAYS = 14;
var customIdRe = new RegExp(CUSTOM_ID_PATTERN);
function list(v) {
  return v === void 0 ? void 0 : Array.isArray(v) ? v : [v];
}
function isRealDate(s) {
  const [y, m, d] = s.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
function checkLayer(layer, customIds, problems) {
  const report = (path9, message, key = false) => problems.push({ message, file: layer.display, ...layer.locate(path9, { key }) });
  const declared = [...customIds];
  const checkId = (id, path9, key = false) => {
    if (customIdRe.test(id) && !customIds.has(id)) {
      report(
        path9,
        `unknown custom rule "${id}"${suggest(id, declared)}; declare it under customRules${declared.length ? ` (declared: ${declared.join(", ")})` : ""}`,
        key
      );
    }
  };
  const d = layer.data;
  for (const id of Object.keys(d.rules ?? {})) checkId(id, ["rules", id], true);
  (d.overrides ?? []).forEach((o, i) => {
    for (const id of Object.keys(o.rules ?? {})) checkId(id, ["overrides", i, "rules", id], true);
  });
  (d.locked ?? []).forEach((id, i) => checkId(id, ["locked", i]));
  (d.exceptions ?? []).forEach((e, i) => {
    e.rules.forEach((id, j) => checkId(id, ["exceptions", i, "rules", j]));
    if (!isRealDate(e.expires))
      report(
        ["exceptions", i, "expires"],
        `exceptions[${i}].expires: ${e.expires} is not a date in the calendar`
      );
  });
  const specs = [];
  const seen = /* @__PURE__ */ new Map();
  (d.customRules ?? []).forEach((raw, i) => {
    const id = String(raw.id);
    if (seen.has(id)) {
      report(
        ["customRules", i, "id"],
        `the custom rule ${id} is defined twice in this file (also customRules[${seen.get(id)}]); give each its own id`
      );
      return;
    }
    seen.set(id, i);
    const spec = normaliseCustomRule(
      raw,
      i,
      `${layer.display}:${layer.locate(["customRules", i]).line}`,
      -1,
      report
    );
    if (spec) specs.push(spec);
  });
  return specs;
}
function severityRank(s) {
  return s === "off" ? 0 : SEVERITY_RANK[s];
}
function failsUnder(severity, failOn) {
  return severity !== "off" && failOn !== "none" && severityRank(severity) >= SEVERITY_RANK[failOn];
}
function mergeLayers(layers, ctx, problems) {
  const policy = {
    rules: {},
    failOn: "error",
    mode: "enforce",
    sources: [],
    overrides: [],
    exceptions: [],
    warnBeforeDays: DEFAULT_WARN_BEFORE_DAYS,
    locked: {},
    suppressions: { ...DEFAULT_SUPPRESSIONS },
    customRules: [],
    findings: [],
    origins: {}
  };
  const custom = /* @__PURE__ */ new Map();
  const locked = policy.locked;
  const origins = policy.origins;
  const defaults = (id) => {
    const rule = ctx.rules.get(id);
    if (rule) return { severity: rule.severity, options: rule.defaultOptions };
    return { severity: custom.get(id)?.severity ?? "warning", options: {} };
  };
  layers.forEach((layer, index) => {
    const d = layer.data;
    const here = (path9) => `${layer.display}:${layer.locate(path9).line}`;
    const mine = [];
    const report = (path9, message, key = false) => mine.push({ message, file: layer.display, ...layer.locate(path9, { key }) });
    const lockOf = (id) => {
      const l = locked[id];
      return l && l.layer < index ? l : void 0;
    };
    const weakening = (id, v, path9) => {
      const lock = lockOf(id);
      if (!lock) return;
      const tail = `it is locked at ${lock.severity} by ${lock.source}. A locked rule can be raised here but not lowered, disabled, given other options or put in audit mode: remove this setting, or ask the owners of ${lock.source.replace(/:\d+$/, "")} to change the lock`;
      const sev = typeof v === "string" ? v : v.severity;
      if (sev !== void 0 && severityRank(sev) < severityRank(lock.severity)) {
        report(path9, `cannot ${sev === "off" ? `turn off ${id}` : `lower ${id} to ${sev}`}: ${tail}`, true);
      }
      if (typeof v === "object") {
        if (v.options !== void 0 && !deepEqual({ ...defaults(id).options, ...v.options }, lock.options)) {
          report(
            [...path9, "options"],
            `cannot change the options of ${id}: they are locked as ${JSON.stringify(lock.options)} by ${lock.source}. A locked rule can be raised here but not lowered, disabled, given other options or put in audit mode: remove these options, or ask the owners of ${lock.source.replace(/:\d+$/, "")} to change the lock`,
            true
          );
        }
        if (v.mode === "audit" && lock.mode === "enforce")
          report([...path9, "mode"], `cannot put ${id} in audit mode: ${tail}`);
      }
    };
    for (const [id, v] of Object.entries(d.rules ?? {})) weakening(id, v, ["rules", id]);
    (d.overrides ?? []).forEach((o, i) => {
      for (const [id, v] of Object.entries(o.rules ?? {})) weakening(id, v, ["overrides", i, "rules", id]);
    });
    (d.exceptions ?? []).forEach(
      (e, i) => e.rules.forEach((id, j) => {
        const lock = lockOf(id);
        if (lock) {
          report(
            ["exceptions", i, "rules", j],
            `cannot make an exception for ${id}: it is locked by ${lock.source}, and exceptions to locked rules belong in the policy that locks them (${lock.source.replace(/:\d+$/, "")})`
          );
        }
      })
    );
    if (d.failOn !== void 0) {
      for (const [id, lock] of Object.entries(locked)) {
        if (lock.layer >= index) continue;
        if (failsUnder(lock.severity, policy.failOn) && !failsUnder(lock.severity, d.failOn)) {
          report(
            ["failOn"],
            `cannot set failOn to ${d.failOn}: findings of ${id} (${lock.severity}, locked by ${lock.source}) would no longer fail the run; use failOn: ${policy.failOn} or stricter`
          );
          break;
        }
      }
    }
    for (const spec of ctx.customByLayer[index] ?? []) {
      const lock = lockOf(spec.id);
      if (lock && !deepEqual({ ...spec, source: "", layer: 0 }, { ...custom.get(spec.id), source: "", layer: 0 })) {
        const i = (d.customRules ?? []).findIndex((c) => c.id === spec.id);
        report(
          ["customRules", i, "id"],
          `cannot redefine ${spec.id}: it is locked by ${lock.source}; a locked custom rule keeps its definition`
        );
      }
    }
    problems.push(...mine.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
    for (const spec of ctx.customByLayer[index] ?? []) custom.set(spec.id, { ...spec, layer: index });
    for (const [id, v] of Object.entries(d.rules ?? {})) {
      const src = here(["rules", id]);
      const prev = policy.rules[id] ?? { severity: defaults(id).severity };
      const next = { ...prev };
      if (typeof v === "string") {
        next.severity = v;
        next.source = src;
      } else {
        if (v.severity !== void 0) {
          next.severity = v.severity;
          next.source = src;
        }
        if (v.options !== void 0) {
          next.options = v.options;
          next.optionsSource = here(["rules", id, "options"]);
        }
        if (v.mode !== void 0) {
          next.mode = v.mode;
          next.modeSource = here(["rules", id, "mode"]);
        }
      }
      policy.rules[id] = next;
    }
    for (const key of ["failOn", "mode", "maxWarnings", "warnBeforeDays"]) {
      if (d[key] !== void 0) {
        policy[key] = d[key];
        origins[key] = here([key]);
      }
    }
    if (d.suppressions) {
      for (const [k, v] of Object.entries(d.suppressions)) {
        if (v === void 0) continue;
        policy.suppressions[k] = v;
        origins[`suppressions.${k}`] = here(["suppressions", k]);
      }
    }
    if (d.overrides !== void 0) {
      origins.overrides = here(["overrides"]);
      policy.overrides = d.overrides.map((o, i) => {
        const rules = {};
        for (const [id, v] of Object.entries(o.rules ?? {})) {
          const source = here(["overrides", i, "rules", id]);
          rules[id] = typeof v === "string" ? { severity: v, source } : { ...v, source };
        }
        return {
          files: list(o.files),
          ...o.excludeFiles !== void 0 ? { excludeFiles: list(o.excludeFiles) } : {},
          rules,
          ...o.mode ? { mode: o.mode } : {},
          source: here(["overrides", i]),
          layer: index
        };
      });
    }
    if (d.exceptions !== void 0) {
      origins.exceptions = here(["exceptions"]);
      policy.exceptions = d.exceptions.map((e, i) => ({
        rules: e.rules,
        ...e.files !== void 0 ? { files: list(e.files) } : {},
        reason: e.reason,
        expires: e.expires,
        ...e.ticket ? { ticket: e.ticket } : {},
        source: here(["exceptions", i]),
        at: { file: layer.display, ...layer.rangeOf(["exceptions", i, "expires"]) },
        layer: index
      }));
    }
    (d.locked ?? []).forEach((id, i) => {
      const setting = policy.rules[id];
      const def = defaults(id);
      locked[id] = {
        source: here(["locked", i]),
        layer: index,
        severity: setting?.severity ?? def.severity,
        options: { ...def.options, ...setting?.options ?? {} },
        mode: setting?.mode ?? policy.mode
      };
    });
    policy.sources.push(layer.display);
    policy.findings.push(...layer.findings);
  });
  policy.customRules = [...custom.values()];
  return policy;
}

// src/policy/remote.ts
import { createHash } from "node:crypto";
import path3 from "node:path";
var GITHUB_REF = /^github:([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+?)(?:@([^@]+))?$/;
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
var SHA = /^[0-9a-f]{40}$/;
var VERSION_TAG = /^v?\d+(\.\d+){0,3}([-+][0-9A-Za-z.-]+)?$/;
function isPinned(ref) {
  if (ref.type === "github") return ref.ref !== void 0 && (SHA.test(ref.ref) || VERSION_TAG.test(ref.ref));
  if (ref.type === "url") return ref.integrity !== void 0;
  return true;
}
function isRemote(ref) {
  return ref.type === "github" || ref.type === "url";
}
function parseIntegrity(hash) {
  const m = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(hash);
  if (!m) {
    return `the integrity pin "#${hash}" is not of the form #sha256-<base64 digest>; compute it with: curl -s URL | openssl dgst -sha256 -binary | base64`;
  }
  const bytes = Buffer.from(m[2], "base64").length;
  const expected = { sha256: 32, sha384: 48, sha512: 64 }[m[1]];
  if (bytes !== expected)
    return `the integrity pin "#${hash}" has a ${bytes}-byte digest; ${m[1]} digests are ${expected} bytes`;
  return { algorithm: m[1], digest: m[2] };
}
function urlRef(raw, parsed, display, ctx) {
  if (parsed.protocol === "http:") {
    if (!(ctx.allowLoopbackHttp && LOOPBACK.has(parsed.hostname))) {
      return `plain http is refused for "${raw}": a policy fetched without TLS could be altered on the way; use https://`;
    }
  } else if (parsed.protocol !== "https:") {
    return `"${raw}" is not a policy reference layerguard can read; use builtin:<name>, a relative path, github:owner/repo/path.yml@ref or https://\u2026`;
  }
  let integrity;
  if (parsed.hash) {
    const i = parseIntegrity(parsed.hash.slice(1));
    if (typeof i === "string") return i;
    integrity = i;
  }
  parsed.hash = "";
  if (parsed.username || parsed.password) return `"${raw}" carries credentials in the URL; remove them`;
  return { type: "url", url: parsed.toString(), integrity, key: parsed.toString(), display };
}
function resolveRef(raw, parent, ctx) {
  const value = raw.trim();
  if (value.startsWith("builtin:")) {
    const name = value.slice("builtin:".length);
    if (!/^[a-z][a-z0-9-]*$/.test(name))
      return `"${value}" is not a preset name: write builtin: followed by lower-case letters, digits and dashes (e.g. builtin:recommended)`;
    return { type: "builtin", name, key: `builtin:${name}`, display: `builtin:${name}` };
  }
  if (value.startsWith("github:")) {
    const m = GITHUB_REF.exec(value);
    if (!m) return `"${value}" is not of the form github:owner/repo/path/to/policy.yml@ref`;
    const [, owner, repo, p, ref] = m;
    const norm = path3.posix.normalize(p);
    if (norm.startsWith("..") || norm.startsWith("/")) return `the path in "${value}" leaves the repository`;
    const display = `github:${owner}/${repo}/${norm}${ref ? `@${ref}` : ""}`;
    return { type: "github", owner, repo, path: norm, ref, key: display.toLowerCase(), display };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    let parsed;
    try {
      parsed = new URL(value);
    } catch {
      return `"${value}" is not a valid URL`;
    }
    return urlRef(value, parsed, value, ctx);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) {
    return `"${value}" is not a policy reference layerguard can read; use builtin:<name>, a relative path, github:owner/repo/path.yml@ref or https://\u2026`;
  }
  if (parent?.type === "github") {
    if (path3.posix.isAbsolute(value))
      return `a policy read from GitHub cannot extend the local file "${value}"`;
    const joined = path3.posix.normalize(path3.posix.join(path3.posix.dirname(parent.path), value));
    if (joined.startsWith("..")) return `"${value}" leaves the repository ${parent.owner}/${parent.repo}`;
    const display = `github:${parent.owner}/${parent.repo}/${joined}${parent.ref ? `@${parent.ref}` : ""}`;
    return { ...parent, path: joined, key: display.toLowerCase(), display };
  }
  if (parent?.type === "url") {
    let parsed;
    try {
      parsed = new URL(value, parent.url);
    } catch {
      return `"${value}" is not a valid path relative to ${parent.display}`;
    }
    return urlRef(value, parsed, parsed.toString(), ctx);
  }
  const base = parent?.type === "builtin" ? ctx.presetsDir : parent && "absPath" in parent ? path3.dirname(parent.absPath) : ctx.cwd;
  const absPath = path3.resolve(base, value);
  const rel = toPosix(path3.relative(ctx.cwd, absPath));
  return { type: "file", absPath, key: absPath, display: rel === "" ? value : rel };
}
var MAX_REDIRECTS = 5;
var DEFAULT_TOTAL_TIMEOUT_MS = 3e4;
var RemoteError = class extends Error {
  /**
   * The network or the server failed (no answer, refused connection, HTTP 5xx or 429), as opposed to
   * an answer that says no (404, 401, a wrong pin): a locked policy's cached copy may stand in.
   */
  constructor(message, outage = false) {
    super(message);
    this.outage = outage;
  }
  outage;
};
var COMMIT_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
var RemoteFetcher = class {
  constructor(settings = {}) {
    this.settings = settings;
  }
  settings;
  cache = /* @__PURE__ */ new Map();
  commits = /* @__PURE__ */ new Map();
  /** When the run's time for remote policies ends (set by the first request). */
  runDeadline;
  /** Every URL actually requested, in order (for tests and `--explain`). */
  requested = [];
  /** The URL a ref is read from. */
  urlOf(ref) {
    if (ref.type === "url") return ref.url;
    if (ref.type !== "github") throw new Error(`not a remote ref: ${ref.display}`);
    const base = (this.settings.githubApiUrl || "https://api.github.com").replace(/\/+$/, "");
    const p = ref.path.split("/").map(encodeURIComponent).join("/");
    return `${base}/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/contents/${p}${ref.ref ? `?ref=${encodeURIComponent(ref.ref)}` : ""}`;
  }
  get(ref) {
    return this.getBytes(ref).then((bytes) => decodeText(bytes));
  }
  /** The policy's bytes as served (and checked against its `#sha256-…` pin, if any). */
  getBytes(ref) {
    const url = this.urlOf(ref);
    const key = `${url}#${ref.type === "url" && ref.integrity ? `${ref.integrity.algorithm}-${ref.integrity.digest}` : ""}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.load(ref, url);
      this.cache.set(key, p);
    }
    return p;
  }
  /**
   * The commit a `github:` ref's tag or branch names now (`layerguard lock`), through
   * `GET /repos/{owner}/{repo}/commits/{ref}` with the `sha` media type; a ref that is already a full
   * commit id is taken as it is. Asked once per repository and ref.
   */
  resolveCommit(ref) {
    if (ref.ref !== void 0 && COMMIT_SHA.test(ref.ref)) return Promise.resolve(ref.ref);
    const base = (this.settings.githubApiUrl || "https://api.github.com").replace(/\/+$/, "");
    const url = `${base}/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/commits/${encodeURIComponent(ref.ref ?? "HEAD")}`;
    let p = this.commits.get(url);
    if (!p) {
      p = this.download(ref, url, "application/vnd.github.sha", "commit").then((bytes) => {
        const sha = decodeText(bytes).trim();
        if (!COMMIT_SHA.test(sha)) {
          throw new RemoteError(
            `the GitHub API answered "${sha.slice(0, 60)}" for the commit of ${ref.ref ?? "the default branch"}, which is not a commit id`
          );
        }
        return sha;
      });
      this.commits.set(url, p);
    }
    return p;
  }
  async load(ref, url) {
    const bytes = await this.download(ref, url, "application/vnd.github.raw", "policy");
    checkIntegrity(ref, bytes);
    return bytes;
  }
  /** One GET with the run's deadline, the size cap and redirects checked hop by hop. */
  async download(ref, url, githubAccept, what) {
    const totalMs = this.settings.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS;
    const now = Date.now();
    this.runDeadline ??= now + totalMs;
    const left = this.runDeadline - now;
    if (left <= 0) {
      throw new RemoteError(
        `not requested: the ${totalMs / 1e3} s allowed for all remote policies of a run had passed`,
        true
      );
    }
    const perRequestMs = this.settings.timeoutMs ?? 1e4;
    const timeoutMs = Math.min(perRequestMs, left);
    const within = timeoutMs < perRequestMs ? `within the ${totalMs / 1e3} s allowed for all remote policies of a run` : `within ${timeoutMs / 1e3} s`;
    const maxBytes = this.settings.maxBytes ?? 1024 * 1024;
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && this.settings.allowLoopbackHttp && LOOPBACK.has(parsed.hostname))) {
      throw new RemoteError(
        ref.type === "github" ? `GITHUB_API_URL ${parsed.origin} is not https; layerguard reads policies over TLS only` : `plain http is refused for ${url}; use https://`
      );
    }
    const headers = { "User-Agent": "layerguard" };
    if (ref.type === "github") {
      headers.Accept = githubAccept;
      headers["X-GitHub-Api-Version"] = "2022-11-28";
      if (this.settings.githubToken) headers.Authorization = `Bearer ${this.settings.githubToken}`;
    }
    this.requested.push(url);
    const doFetch = this.settings.fetch ?? globalThis.fetch;
    let res;
    let current = parsed;
    const deadline = AbortSignal.timeout(timeoutMs);
    for (let hop = 0; ; hop++) {
      try {
        res = await doFetch(current.toString(), { headers, redirect: "manual", signal: deadline });
      } catch (e) {
        const err = e;
        if (err.name === "TimeoutError" || err.name === "AbortError") {
          throw new RemoteError(`no answer ${within}`, true);
        }
        throw new RemoteError(
          `the request failed (${err.cause?.code ?? err.cause?.message ?? err.message})`,
          true
        );
      }
      const location = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
      if (!location) break;
      await res.body?.cancel().catch(() => void 0);
      if (hop >= MAX_REDIRECTS) throw new RemoteError(`more than ${MAX_REDIRECTS} redirects`);
      let next;
      try {
        next = new URL(location, current);
      } catch {
        throw new RemoteError("the server redirected to an invalid address");
      }
      if (next.protocol !== "https:" && !(this.settings.allowLoopbackHttp && LOOPBACK.has(next.hostname))) {
        throw new RemoteError(`the server redirected to ${next.origin}, which is not https`);
      }
      if (next.origin !== parsed.origin) delete headers.Authorization;
      current = next;
    }
    const finalUrl = res.url ? new URL(res.url) : current;
    if (finalUrl.protocol !== "https:" && !(this.settings.allowLoopbackHttp && LOOPBACK.has(finalUrl.hostname))) {
      throw new RemoteError(`the server redirected to ${finalUrl.origin}, which is not https`);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => void 0);
      throw new RemoteError(
        this.statusMessage(ref, res.status, what),
        res.status >= 500 || res.status === 429
      );
    }
    const declared = Number(res.headers.get("content-length") ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => void 0);
      throw new RemoteError(`the policy is ${declared} bytes, more than the ${maxBytes}-byte limit`);
    }
    return readCapped(res, maxBytes, timeoutMs, within);
  }
  statusMessage(ref, status, what) {
    if (ref.type === "github") {
      const where = `${ref.owner}/${ref.repo}`;
      if (status === 404 || status === 422 && what === "commit") {
        if (what === "commit")
          return `HTTP ${status}: no tag, branch or commit ${ref.ref ?? "HEAD"} in ${where}, or the token cannot read that repository (private repositories need a token with contents: read, from --github-token or GITHUB_TOKEN)`;
        return `HTTP 404: no ${ref.path}${ref.ref ? ` at ${ref.ref}` : ""} in ${where}, or the token cannot read that repository (private repositories need a token with contents: read, from --github-token or GITHUB_TOKEN)`;
      }
      if (status === 401)
        return `HTTP 401: the GitHub token was refused; check --github-token or GITHUB_TOKEN`;
      if (status === 403 || status === 429) {
        return `HTTP ${status}: GitHub refused the request (rate limit or missing permission); pass a token with contents: read on ${where} through --github-token or GITHUB_TOKEN`;
      }
      return `HTTP ${status} from the GitHub API`;
    }
    if (status === 404) return "HTTP 404: not found";
    return `HTTP ${status}${status >= 500 ? ": the server failed" : ""}`;
  }
};
async function readCapped(res, maxBytes, timeoutMs, within) {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks = [];
  let total = 0;
  const deadline = Date.now() + timeoutMs;
  for (; ; ) {
    if (Date.now() > deadline) {
      await reader.cancel().catch(() => void 0);
      throw new RemoteError(`the body did not arrive ${within}`, true);
    }
    let chunk;
    try {
      chunk = await reader.read();
    } catch (e) {
      const err = e;
      if (err.name === "TimeoutError" || err.name === "AbortError")
        throw new RemoteError(`no answer ${within}`, true);
      throw new RemoteError(`reading the response failed (${err.message})`, true);
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => void 0);
      throw new RemoteError(`the policy is larger than the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}
function checkIntegrity(ref, bytes) {
  if (ref.type !== "url" || !ref.integrity) return;
  const actual = createHash(ref.integrity.algorithm).update(bytes).digest("base64");
  if (actual !== ref.integrity.digest) {
    throw new RemoteError(
      `the content does not match its integrity pin: expected ${ref.integrity.algorithm}-${ref.integrity.digest}, got ${ref.integrity.algorithm}-${actual}; the policy changed since it was pinned \u2014 review the change, then update the pin`
    );
  }
}
function decodeText(bytes) {
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

// src/policy/cache.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path4 from "node:path";
var HEX_DIGEST = /^[0-9a-f]{64}$/;
var DEFAULT_MAX_ENTRIES = 500;
function sha256Hex(bytes) {
  return createHash2("sha256").update(bytes).digest("hex");
}
function defaultCacheDir(env) {
  if (env.LAYERGUARD_CACHE_DIR) return path4.resolve(env.LAYERGUARD_CACHE_DIR);
  if (env.RUNNER_TOOL_CACHE) return path4.join(env.RUNNER_TOOL_CACHE, "layerguard");
  if (env.XDG_CACHE_HOME && path4.isAbsolute(env.XDG_CACHE_HOME))
    return path4.join(env.XDG_CACHE_HOME, "layerguard");
  if (env.HOME) return path4.join(env.HOME, ".cache", "layerguard");
  return void 0;
}
var PolicyCache = class {
  constructor(dir, maxBytes = 1024 * 1024, maxEntries = DEFAULT_MAX_ENTRIES) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
    this.folder = path4.join(path4.resolve(dir), "policies");
  }
  dir;
  maxBytes;
  maxEntries;
  /** Where the files are: `<dir>/policies`. */
  folder;
  /** Counts, for tests and `--explain`-style notes. */
  stats = { hits: 0, misses: 0, writes: 0, evicted: 0 };
  fileOf(digest) {
    if (!HEX_DIGEST.test(digest)) throw new Error(`not a sha256 hex digest: ${digest.slice(0, 80)}`);
    return path4.join(this.folder, digest);
  }
  /** The bytes whose sha256 is `digest`, or undefined when there is no intact copy. */
  async get(digest) {
    const file = this.fileOf(digest);
    try {
      const st = await fs.lstat(file);
      if (!st.isFile() || st.size > this.maxBytes) throw new Error("not a cache entry");
      const bytes = await fs.readFile(file);
      if (sha256Hex(bytes) !== digest) throw new Error("damaged");
      this.stats.hits++;
      const now = /* @__PURE__ */ new Date();
      await fs.utimes(file, now, now).catch(() => void 0);
      return bytes;
    } catch {
      this.stats.misses++;
      return void 0;
    }
  }
  /** Keeps `bytes` under their digest; never throws (a read-only cache only costs speed). */
  async put(bytes) {
    if (bytes.byteLength > this.maxBytes) return;
    const digest = sha256Hex(bytes);
    const file = this.fileOf(digest);
    const tmp = path4.join(this.folder, `.tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
    try {
      const st = await fs.lstat(file).catch(() => void 0);
      if (st?.isFile() && st.size === bytes.byteLength) return;
      await fs.mkdir(this.folder, { recursive: true, mode: 493 });
      await fs.writeFile(tmp, bytes, { flag: "wx", mode: 420 });
      await fs.rename(tmp, file);
      this.stats.writes++;
      await this.prune();
    } catch {
      await fs.rm(tmp, { force: true }).catch(() => void 0);
    }
  }
  /** Removes the least recently used entries above `maxEntries` (and stale temporary files). */
  async prune() {
    const names = await fs.readdir(this.folder);
    const entries = [];
    const hourAgo = Date.now() - 36e5;
    for (const name of names) {
      const file = path4.join(this.folder, name);
      const st = await fs.lstat(file).catch(() => void 0);
      if (!st) continue;
      if (name.startsWith(".tmp-")) {
        if (st.mtimeMs < hourAgo) await fs.rm(file, { force: true }).catch(() => void 0);
      } else if (HEX_DIGEST.test(name)) entries.push({ file, mtimeMs: st.mtimeMs });
    }
    if (entries.length <= this.maxEntries) return;
    entries.sort((a, b) => a.mtimeMs - b.mtimeMs);
    for (const e of entries.slice(0, entries.length - this.maxEntries)) {
      await fs.rm(e.file, { force: true }).catch(() => void 0);
      this.stats.evicted++;
    }
  }
};

// src/policy/lock.ts
import path5 from "node:path";
var LOCK_FILE_NAME = "layerguard.lock.json";
var LOCKFILE_VERSION = 1;
var MAX_LOCK_BYTES = 256 * 1024;
var HEX_DIGEST2 = /^[0-9a-f]{64}$/;
var COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
function lockKey(ref) {
  if (ref.type === "github")
    return `github:${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}/${ref.path}${ref.ref !== void 0 ? `@${ref.ref}` : ""}`;
  return ref.type === "url" ? ref.url : ref.display;
}
function lockPathFor(entry, cwd) {
  if (entry.type === "file") return path5.join(path5.dirname(entry.absPath), LOCK_FILE_NAME);
  if (entry.type === "github" || entry.type === "url") return path5.join(cwd, LOCK_FILE_NAME);
  return void 0;
}
function parseLockFile(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return "it is not valid JSON";
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "it is not a JSON object";
  const d = data;
  if (d.lockfileVersion !== LOCKFILE_VERSION) {
    return `lockfileVersion is ${JSON.stringify(d.lockfileVersion)}; this layerguard reads version ${LOCKFILE_VERSION}`;
  }
  const policies = d.policies;
  if (typeof policies !== "object" || policies === null || Array.isArray(policies))
    return '"policies" must be an object of locked policies';
  const out = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(policies)) {
    const e = value;
    if (typeof e !== "object" || e === null || typeof e.sha256 !== "string" || !HEX_DIGEST2.test(e.sha256))
      return `policies["${key}"] needs "sha256": the 64-hex-digit digest of its content`;
    const isGithub = key.startsWith("github:");
    if (isGithub && (typeof e.commit !== "string" || !COMMIT.test(e.commit)))
      return `policies["${key}"] needs "commit": the 40-hex-digit commit it is locked at`;
    if (!isGithub && e.commit !== void 0) return `policies["${key}"]: only github: policies have a commit`;
    out.set(key, isGithub ? { commit: e.commit, sha256: e.sha256 } : { sha256: e.sha256 });
  }
  return out;
}
var RemotePolicies = class {
  constructor(fetcher, cache2, lock, request) {
    this.fetcher = fetcher;
    this.cache = cache2;
    this.lock = lock;
    this.request = request;
    if (request && lock) this.outcome = { file: lock, entries: /* @__PURE__ */ new Map(), removed: [] };
  }
  fetcher;
  cache;
  lock;
  request;
  reads = /* @__PURE__ */ new Map();
  /** `owner/repo@ref` -> the commit used for it in this load, so that the files of one repository
   * and ref are all read at one commit (a new relative extends of a kept entry included). */
  commits = /* @__PURE__ */ new Map();
  outcome;
  /** The entry that pins `ref` in this load (an existing lock's, unless `--update` re-resolves). */
  entryOf(ref) {
    if (this.request?.update) return void 0;
    return this.lock?.entries?.get(lockKey(ref));
  }
  /** Whether the lock pins `ref` (then `policy/unpinned-extends` has nothing to say). */
  isLocked(ref) {
    return this.lock?.entries?.has(lockKey(ref)) === true || this.request !== void 0;
  }
  read(ref) {
    const key = lockKey(ref);
    let p = this.reads.get(key);
    if (!p) {
      p = this.load(ref, key);
      this.reads.set(key, p);
    }
    return p;
  }
  /** After a recording load: the entries of the old lock nothing reached. */
  finish() {
    const o = this.outcome;
    if (!o) return void 0;
    o.removed = [...this.lock?.entries?.keys() ?? []].filter((k) => !o.entries.has(k)).sort();
    return o;
  }
  repoKey(ref) {
    return `${ref.owner}/${ref.repo}@${ref.ref ?? ""}`.toLowerCase();
  }
  async load(ref, key) {
    const entry = this.entryOf(ref);
    if (entry) {
      const bytes2 = await this.readLocked(ref, entry);
      this.record(key, entry, ref);
      return decodeText(bytes2);
    }
    if (this.lock?.entries && !this.request) {
      throw new RemoteError(
        `it is not in ${this.lock.display}, and a policy with a lock reads only the versions locked there; run layerguard lock to add it, review and commit ${this.lock.display}`
      );
    }
    let fetchRef = ref;
    let commit;
    if (this.request && ref.type === "github") {
      commit = this.commits.get(this.repoKey(ref)) ?? await this.fetcher.resolveCommit(ref);
      fetchRef = { ...ref, ref: commit };
    }
    let bytes;
    try {
      bytes = await this.fetcher.getBytes(fetchRef);
    } catch (e) {
      if (e instanceof RemoteError && e.outage && !this.request) {
        throw new RemoteError(
          `${e.message}; without a lock nothing may stand in for it: run layerguard lock and commit ${LOCK_FILE_NAME}, and a cached copy of the locked version is read when the network fails`,
          true
        );
      }
      throw e;
    }
    await this.cache?.put(bytes);
    if (this.request) this.record(key, { ...commit ? { commit } : {}, sha256: sha256Hex(bytes) }, ref);
    return decodeText(bytes);
  }
  /** A locked version: from the cache when an intact copy is there, else fetched and checked. */
  async readLocked(ref, entry) {
    const lockName = this.lock.display;
    const cached = await this.cache?.get(entry.sha256);
    if (cached) {
      checkIntegrity(ref, cached);
      return cached;
    }
    let bytes;
    try {
      bytes = await this.fetcher.getBytes(
        ref.type === "github" && entry.commit ? { ...ref, ref: entry.commit } : ref
      );
    } catch (e) {
      if (!(e instanceof RemoteError)) throw e;
      const where = this.cache ? `the policy cache ${this.cache.dir} has no copy of it` : "no policy cache is set (--policy-cache DIR or LAYERGUARD_CACHE_DIR)";
      const at = entry.commit ? `commit ${entry.commit}` : `sha256 ${entry.sha256}`;
      throw new RemoteError(
        e.outage ? `${e.message}, and ${where} (locked at ${at} in ${lockName}); restore the cache (see the actions/cache step in docs/action.md) or run again when the server answers` : `${e.message} (locked at ${at} in ${lockName}); if the locked version is gone, run layerguard lock --update`,
        e.outage
      );
    }
    const actual = sha256Hex(bytes);
    if (actual !== entry.sha256) {
      throw new RemoteError(
        `the content does not match ${lockName}: expected sha256 ${entry.sha256}, got sha256 ${actual}; it changed since it was locked \u2014 review the change, then run layerguard lock --update`
      );
    }
    await this.cache?.put(bytes);
    return bytes;
  }
  record(key, entry, ref) {
    if (ref.type === "github" && entry.commit) this.commits.set(this.repoKey(ref), entry.commit);
    const o = this.outcome;
    if (!o) return;
    const previous = this.lock?.entries?.get(key);
    const same = previous && previous.sha256 === entry.sha256 && previous.commit === entry.commit;
    o.entries.set(key, {
      ...entry,
      change: previous ? same ? "kept" : "updated" : "added",
      ...previous && !same ? { previous } : {}
    });
  }
};

// src/policy/generated/presets.ts
var PRESET_SNAPSHOTS = {
  "hadolint": {
    json: '{"extends":[],"failOn":"info","rules":{"dockerfile/apk-no-cache":"info","dockerfile/apk-pin-versions":"warning","dockerfile/apt-lists-cleanup":"info","dockerfile/apt-no-install-recommends":"info","dockerfile/apt-pin-versions":"warning","dockerfile/apt-yes":"warning","dockerfile/base-image-digest":"off","dockerfile/base-image-eol":"off","dockerfile/base-image-latest":"warning","dockerfile/base-image-untagged":"warning","dockerfile/cache-order":"off","dockerfile/chpasswd":"off","dockerfile/consecutive-run":"info","dockerfile/consistent-instruction-casing":"off","dockerfile/copy-dest-slash":"error","dockerfile/copy-from-own-stage":"error","dockerfile/copy-from-root":{"severity":"warning","options":{"allow":[],"rootTargetOnly":true}},"dockerfile/copy-from-unknown-stage":"warning","dockerfile/copy-ignored-file":"off","dockerfile/copy-instead-of-add":"error","dockerfile/copy-relative-without-workdir":"warning","dockerfile/denied-base-images":"off","dockerfile/dnf-assume-yes":"warning","dockerfile/dnf-clean-all":{"severity":"warning","options":{"onlyShippedStages":false}},"dockerfile/dnf-version-pin":"warning","dockerfile/dockerignore":"off","dockerfile/duplicate-stage-name":"error","dockerfile/env-self-reference":"error","dockerfile/exec-form-cmd":"warning","dockerfile/expose-invalid-format":"off","dockerfile/expose-proto-casing":"off","dockerfile/expose-ssh-port":"off","dockerfile/expose-valid-port":"error","dockerfile/from-as-casing":"off","dockerfile/from-first":"error","dockerfile/from-platform-flag-const":"off","dockerfile/from-platform-flag":"warning","dockerfile/gem-pin-versions":"warning","dockerfile/go-version-pin":"warning","dockerfile/healthcheck":"off","dockerfile/invalid-default-arg-in-from":"off","dockerfile/json-args-recommended":"off","dockerfile/label-email":"warning","dockerfile/label-empty":"warning","dockerfile/label-git-hash":"warning","dockerfile/label-key-format":"info","dockerfile/label-required":"info","dockerfile/label-rfc3339":{"severity":"warning","options":{"labels":[]}},"dockerfile/label-semver":"warning","dockerfile/label-spdx":{"severity":"warning","options":{"labels":[]}},"dockerfile/label-superfluous":"info","dockerfile/label-url":{"severity":"warning","options":{"labels":[]}},"dockerfile/legacy-key-value-format":"off","dockerfile/maintainer-deprecated":"error","dockerfile/max-layers":"off","dockerfile/multiple-cmd":"warning","dockerfile/multiple-entrypoint":"error","dockerfile/multiple-instructions":"off","dockerfile/no-apt":"warning","dockerfile/no-empty-continuation":"off","dockerfile/no-sudo":"error","dockerfile/non-root-user":{"severity":"warning","options":{"requireUser":false}},"dockerfile/npm-pin-versions":"warning","dockerfile/onbuild-invalid-trigger":"error","dockerfile/package-signature-disabled":"off","dockerfile/pip-no-cache-dir":{"severity":"warning","options":{"onlyShippedStages":false}},"dockerfile/pip-pin-versions":"warning","dockerfile/pipe-to-shell":"off","dockerfile/pipefail":{"severity":"warning","options":{"ignoreEchoPipes":false}},"dockerfile/pointless-command":"info","dockerfile/redundant-target-platform":"warning","dockerfile/secrets-in-arg-env":"error","dockerfile/secrets-in-instructions":"off","dockerfile/shell-via-symlink":"warning","dockerfile/shellcheck":"error","dockerfile/single-healthcheck":"error","dockerfile/stage-name-casing":"off","dockerfile/stage-name-reserved":"warning","dockerfile/syntax":"error","dockerfile/tls-verification-disabled":"off","dockerfile/trusted-registries":"error","dockerfile/undefined-arg-in-from":"off","dockerfile/undefined-var":"off","dockerfile/update-without-install":"off","dockerfile/use-add-for-archives":"info","dockerfile/use-workdir":"warning","dockerfile/user-numeric":{"severity":"info","options":{"everyUser":true}},"dockerfile/useradd-no-log-init":"warning","dockerfile/volatile-arg-early":"off","dockerfile/volume-sensitive-path":"off","dockerfile/wget-and-curl":"warning","dockerfile/wget-progress":"info","dockerfile/workdir-absolute":"error","dockerfile/workdir-relative-path":"off","dockerfile/workdir-system-dir":"off","dockerfile/yarn-cache-clean":{"severity":"info","options":{"onlyShippedStages":false}},"dockerfile/yum-assume-yes":"warning","dockerfile/yum-clean-all":{"severity":"warning","options":{"onlyShippedStages":false}},"dockerfile/yum-version-pin":"warning","dockerfile/zypper-clean":{"severity":"warning","options":{"onlyShippedStages":false}},"dockerfile/zypper-dist-upgrade":"warning","dockerfile/zypper-non-interactive":"warning","dockerfile/zypper-version-pin":"warning"}}',
    spots: '{"r":[11,1,154,1],"m":{"extends":{"r":[11,10,11,12],"k":[11,1,11,8],"s":[]},"failOn":{"r":[12,9,12,13],"k":[12,1,12,7]},"rules":{"r":[14,3,154,1],"k":[13,1,13,6],"m":{"dockerfile/apk-no-cache":{"r":[14,28,14,32],"k":[14,3,14,26]},"dockerfile/apk-pin-versions":{"r":[15,32,15,39],"k":[15,3,15,30]},"dockerfile/apt-lists-cleanup":{"r":[16,33,16,37],"k":[16,3,16,31]},"dockerfile/apt-no-install-recommends":{"r":[17,41,17,45],"k":[17,3,17,39]},"dockerfile/apt-pin-versions":{"r":[18,32,18,39],"k":[18,3,18,30]},"dockerfile/apt-yes":{"r":[19,23,19,30],"k":[19,3,19,21]},"dockerfile/base-image-digest":{"r":[20,33,20,36],"k":[20,3,20,31]},"dockerfile/base-image-eol":{"r":[21,30,21,33],"k":[21,3,21,28]},"dockerfile/base-image-latest":{"r":[22,33,22,40],"k":[22,3,22,31]},"dockerfile/base-image-untagged":{"r":[23,35,23,42],"k":[23,3,23,33]},"dockerfile/cache-order":{"r":[24,27,24,30],"k":[24,3,24,25]},"dockerfile/chpasswd":{"r":[25,24,25,27],"k":[25,3,25,22]},"dockerfile/consecutive-run":{"r":[26,31,26,35],"k":[26,3,26,29]},"dockerfile/consistent-instruction-casing":{"r":[27,45,27,48],"k":[27,3,27,43]},"dockerfile/copy-dest-slash":{"r":[28,31,28,36],"k":[28,3,28,29]},"dockerfile/copy-from-own-stage":{"r":[29,35,29,40],"k":[29,3,29,33]},"dockerfile/copy-from-root":{"r":[31,5,35,1],"k":[30,3,30,28],"m":{"severity":{"r":[31,15,31,22],"k":[31,5,31,13]},"options":{"r":[33,7,35,1],"k":[32,5,32,12],"m":{"allow":{"r":[33,14,33,16],"k":[33,7,33,12],"s":[]},"rootTargetOnly":{"r":[34,23,34,27],"k":[34,7,34,21]}}}}},"dockerfile/copy-from-unknown-stage":{"r":[35,39,35,46],"k":[35,3,35,37]},"dockerfile/copy-ignored-file":{"r":[36,33,36,36],"k":[36,3,36,31]},"dockerfile/copy-instead-of-add":{"r":[37,35,37,40],"k":[37,3,37,33]},"dockerfile/copy-relative-without-workdir":{"r":[38,45,38,52],"k":[38,3,38,43]},"dockerfile/denied-base-images":{"r":[39,34,39,37],"k":[39,3,39,32]},"dockerfile/dnf-assume-yes":{"r":[40,30,40,37],"k":[40,3,40,28]},"dockerfile/dnf-clean-all":{"r":[42,5,45,1],"k":[41,3,41,27],"m":{"severity":{"r":[42,15,42,22],"k":[42,5,42,13]},"options":{"r":[44,7,45,1],"k":[43,5,43,12],"m":{"onlyShippedStages":{"r":[44,26,44,31],"k":[44,7,44,24]}}}}},"dockerfile/dnf-version-pin":{"r":[45,31,45,38],"k":[45,3,45,29]},"dockerfile/dockerignore":{"r":[46,28,46,31],"k":[46,3,46,26]},"dockerfile/duplicate-stage-name":{"r":[47,36,47,41],"k":[47,3,47,34]},"dockerfile/env-self-reference":{"r":[48,34,48,39],"k":[48,3,48,32]},"dockerfile/exec-form-cmd":{"r":[49,29,49,36],"k":[49,3,49,27]},"dockerfile/expose-invalid-format":{"r":[50,37,50,40],"k":[50,3,50,35]},"dockerfile/expose-proto-casing":{"r":[51,35,51,38],"k":[51,3,51,33]},"dockerfile/expose-ssh-port":{"r":[52,31,52,34],"k":[52,3,52,29]},"dockerfile/expose-valid-port":{"r":[53,33,53,38],"k":[53,3,53,31]},"dockerfile/from-as-casing":{"r":[54,30,54,33],"k":[54,3,54,28]},"dockerfile/from-first":{"r":[55,26,55,31],"k":[55,3,55,24]},"dockerfile/from-platform-flag-const":{"r":[56,40,56,43],"k":[56,3,56,38]},"dockerfile/from-platform-flag":{"r":[57,34,57,41],"k":[57,3,57,32]},"dockerfile/gem-pin-versions":{"r":[58,32,58,39],"k":[58,3,58,30]},"dockerfile/go-version-pin":{"r":[59,30,59,37],"k":[59,3,59,28]},"dockerfile/healthcheck":{"r":[60,27,60,30],"k":[60,3,60,25]},"dockerfile/invalid-default-arg-in-from":{"r":[61,43,61,46],"k":[61,3,61,41]},"dockerfile/json-args-recommended":{"r":[62,37,62,40],"k":[62,3,62,35]},"dockerfile/label-email":{"r":[63,27,63,34],"k":[63,3,63,25]},"dockerfile/label-empty":{"r":[64,27,64,34],"k":[64,3,64,25]},"dockerfile/label-git-hash":{"r":[65,30,65,37],"k":[65,3,65,28]},"dockerfile/label-key-format":{"r":[66,32,66,36],"k":[66,3,66,30]},"dockerfile/label-required":{"r":[67,30,67,34],"k":[67,3,67,28]},"dockerfile/label-rfc3339":{"r":[69,5,72,1],"k":[68,3,68,27],"m":{"severity":{"r":[69,15,69,22],"k":[69,5,69,13]},"options":{"r":[71,7,72,1],"k":[70,5,70,12],"m":{"labels":{"r":[71,15,71,17],"k":[71,7,71,13],"s":[]}}}}},"dockerfile/label-semver":{"r":[72,28,72,35],"k":[72,3,72,26]},"dockerfile/label-spdx":{"r":[74,5,77,1],"k":[73,3,73,24],"m":{"severity":{"r":[74,15,74,22],"k":[74,5,74,13]},"options":{"r":[76,7,77,1],"k":[75,5,75,12],"m":{"labels":{"r":[76,15,76,17],"k":[76,7,76,13],"s":[]}}}}},"dockerfile/label-superfluous":{"r":[77,33,77,37],"k":[77,3,77,31]},"dockerfile/label-url":{"r":[79,5,82,1],"k":[78,3,78,23],"m":{"severity":{"r":[79,15,79,22],"k":[79,5,79,13]},"options":{"r":[81,7,82,1],"k":[80,5,80,12],"m":{"labels":{"r":[81,15,81,17],"k":[81,7,81,13],"s":[]}}}}},"dockerfile/legacy-key-value-format":{"r":[82,39,82,42],"k":[82,3,82,37]},"dockerfile/maintainer-deprecated":{"r":[83,37,83,42],"k":[83,3,83,35]},"dockerfile/max-layers":{"r":[84,26,84,29],"k":[84,3,84,24]},"dockerfile/multiple-cmd":{"r":[85,28,85,35],"k":[85,3,85,26]},"dockerfile/multiple-entrypoint":{"r":[86,35,86,40],"k":[86,3,86,33]},"dockerfile/multiple-instructions":{"r":[87,37,87,40],"k":[87,3,87,35]},"dockerfile/no-apt":{"r":[88,22,88,29],"k":[88,3,88,20]},"dockerfile/no-empty-continuation":{"r":[89,37,89,40],"k":[89,3,89,35]},"dockerfile/no-sudo":{"r":[90,23,90,28],"k":[90,3,90,21]},"dockerfile/non-root-user":{"r":[92,5,95,1],"k":[91,3,91,27],"m":{"severity":{"r":[92,15,92,22],"k":[92,5,92,13]},"options":{"r":[94,7,95,1],"k":[93,5,93,12],"m":{"requireUser":{"r":[94,20,94,25],"k":[94,7,94,18]}}}}},"dockerfile/npm-pin-versions":{"r":[95,32,95,39],"k":[95,3,95,30]},"dockerfile/onbuild-invalid-trigger":{"r":[96,39,96,44],"k":[96,3,96,37]},"dockerfile/package-signature-disabled":{"r":[97,42,97,45],"k":[97,3,97,40]},"dockerfile/pip-no-cache-dir":{"r":[99,5,102,1],"k":[98,3,98,30],"m":{"severity":{"r":[99,15,99,22],"k":[99,5,99,13]},"options":{"r":[101,7,102,1],"k":[100,5,100,12],"m":{"onlyShippedStages":{"r":[101,26,101,31],"k":[101,7,101,24]}}}}},"dockerfile/pip-pin-versions":{"r":[102,32,102,39],"k":[102,3,102,30]},"dockerfile/pipe-to-shell":{"r":[103,29,103,32],"k":[103,3,103,27]},"dockerfile/pipefail":{"r":[105,5,108,1],"k":[104,3,104,22],"m":{"severity":{"r":[105,15,105,22],"k":[105,5,105,13]},"options":{"r":[107,7,108,1],"k":[106,5,106,12],"m":{"ignoreEchoPipes":{"r":[107,24,107,29],"k":[107,7,107,22]}}}}},"dockerfile/pointless-command":{"r":[108,33,108,37],"k":[108,3,108,31]},"dockerfile/redundant-target-platform":{"r":[109,41,109,48],"k":[109,3,109,39]},"dockerfile/secrets-in-arg-env":{"r":[110,34,110,39],"k":[110,3,110,32]},"dockerfile/secrets-in-instructions":{"r":[111,39,111,42],"k":[111,3,111,37]},"dockerfile/shell-via-symlink":{"r":[112,33,112,40],"k":[112,3,112,31]},"dockerfile/shellcheck":{"r":[113,26,113,31],"k":[113,3,113,24]},"dockerfile/single-healthcheck":{"r":[114,34,114,39],"k":[114,3,114,32]},"dockerfile/stage-name-casing":{"r":[115,33,115,36],"k":[115,3,115,31]},"dockerfile/stage-name-reserved":{"r":[116,35,116,42],"k":[116,3,116,33]},"dockerfile/syntax":{"r":[117,22,117,27],"k":[117,3,117,20]},"dockerfile/tls-verification-disabled":{"r":[118,41,118,44],"k":[118,3,118,39]},"dockerfile/trusted-registries":{"r":[119,34,119,39],"k":[119,3,119,32]},"dockerfile/undefined-arg-in-from":{"r":[120,37,120,40],"k":[120,3,120,35]},"dockerfile/undefined-var":{"r":[121,29,121,32],"k":[121,3,121,27]},"dockerfile/update-without-install":{"r":[122,38,122,41],"k":[122,3,122,36]},"dockerfile/use-add-for-archives":{"r":[123,36,123,40],"k":[123,3,123,34]},"dockerfile/use-workdir":{"r":[124,27,124,34],"k":[124,3,124,25]},"dockerfile/user-numeric":{"r":[126,5,129,1],"k":[125,3,125,26],"m":{"severity":{"r":[126,15,126,19],"k":[126,5,126,13]},"options":{"r":[128,7,129,1],"k":[127,5,127,12],"m":{"everyUser":{"r":[128,18,128,22],"k":[128,7,128,16]}}}}},"dockerfile/useradd-no-log-init":{"r":[129,35,129,42],"k":[129,3,129,33]},"dockerfile/volatile-arg-early":{"r":[130,34,130,37],"k":[130,3,130,32]},"dockerfile/volume-sensitive-path":{"r":[131,37,131,40],"k":[131,3,131,35]},"dockerfile/wget-and-curl":{"r":[132,29,132,36],"k":[132,3,132,27]},"dockerfile/wget-progress":{"r":[133,29,133,33],"k":[133,3,133,27]},"dockerfile/workdir-absolute":{"r":[134,32,134,37],"k":[134,3,134,30]},"dockerfile/workdir-relative-path":{"r":[135,37,135,40],"k":[135,3,135,35]},"dockerfile/workdir-system-dir":{"r":[136,34,136,37],"k":[136,3,136,32]},"dockerfile/yarn-cache-clean":{"r":[138,5,141,1],"k":[137,3,137,30],"m":{"severity":{"r":[138,15,138,19],"k":[138,5,138,13]},"options":{"r":[140,7,141,1],"k":[139,5,139,12],"m":{"onlyShippedStages":{"r":[140,26,140,31],"k":[140,7,140,24]}}}}},"dockerfile/yum-assume-yes":{"r":[141,30,141,37],"k":[141,3,141,28]},"dockerfile/yum-clean-all":{"r":[143,5,146,1],"k":[142,3,142,27],"m":{"severity":{"r":[143,15,143,22],"k":[143,5,143,13]},"options":{"r":[145,7,146,1],"k":[144,5,144,12],"m":{"onlyShippedStages":{"r":[145,26,145,31],"k":[145,7,145,24]}}}}},"dockerfile/yum-version-pin":{"r":[146,31,146,38],"k":[146,3,146,29]},"dockerfile/zypper-clean":{"r":[148,5,151,1],"k":[147,3,147,26],"m":{"severity":{"r":[148,15,148,22],"k":[148,5,148,13]},"options":{"r":[150,7,151,1],"k":[149,5,149,12],"m":{"onlyShippedStages":{"r":[150,26,150,31],"k":[150,7,150,24]}}}}},"dockerfile/zypper-dist-upgrade":{"r":[151,35,151,42],"k":[151,3,151,33]},"dockerfile/zypper-non-interactive":{"r":[152,38,152,45],"k":[152,3,152,36]},"dockerfile/zypper-version-pin":{"r":[153,34,153,41],"k":[153,3,153,32]}}}}}'
  },
  "pod-security-baseline": {
    json: '{"extends":["builtin:recommended"],"rules":{"runtime/privileged":"error","runtime/host-namespaces":{"severity":"error","options":{"allow":[]}},"runtime/capabilities":{"severity":"error","options":{"allow":["AUDIT_WRITE","CHOWN","DAC_OVERRIDE","FOWNER","FSETID","KILL","MKNOD","NET_BIND_SERVICE","SETFCAP","SETGID","SETPCAP","SETUID","SYS_CHROOT"]}},"runtime/host-path":"error","runtime/host-ports":"error","runtime/security-opt":{"severity":"error","options":{"restrictSelinux":true}},"runtime/sysctls":"error"}}',
    spots: '{"r":[8,1,40,1],"m":{"extends":{"r":[9,3,10,1],"k":[8,1,8,8],"s":[{"r":[9,5,9,24]}]},"rules":{"r":[11,3,40,1],"k":[10,1,10,6],"m":{"runtime/privileged":{"r":[11,23,11,28],"k":[11,3,11,21]},"runtime/host-namespaces":{"r":[13,5,16,1],"k":[12,3,12,26],"m":{"severity":{"r":[13,15,13,20],"k":[13,5,13,13]},"options":{"r":[15,7,16,1],"k":[14,5,14,12],"m":{"allow":{"r":[15,14,15,16],"k":[15,7,15,12],"s":[]}}}}},"runtime/capabilities":{"r":[17,5,33,1],"k":[16,3,16,23],"m":{"severity":{"r":[17,15,17,20],"k":[17,5,17,13]},"options":{"r":[19,7,33,1],"k":[18,5,18,12],"m":{"allow":{"r":[20,9,33,1],"k":[19,7,19,12],"s":[{"r":[20,11,20,22]},{"r":[21,11,21,16]},{"r":[22,11,22,23]},{"r":[23,11,23,17]},{"r":[24,11,24,17]},{"r":[25,11,25,15]},{"r":[26,11,26,16]},{"r":[27,11,27,27]},{"r":[28,11,28,18]},{"r":[29,11,29,17]},{"r":[30,11,30,18]},{"r":[31,11,31,17]},{"r":[32,11,32,21]}]}}}}},"runtime/host-path":{"r":[33,22,33,27],"k":[33,3,33,20]},"runtime/host-ports":{"r":[34,23,34,28],"k":[34,3,34,21]},"runtime/security-opt":{"r":[36,5,39,1],"k":[35,3,35,23],"m":{"severity":{"r":[36,15,36,20],"k":[36,5,36,13]},"options":{"r":[38,7,39,1],"k":[37,5,37,12],"m":{"restrictSelinux":{"r":[38,24,38,28],"k":[38,7,38,22]}}}}},"runtime/sysctls":{"r":[39,20,39,25],"k":[39,3,39,18]}}}}}'
  },
  "pod-security-restricted": {
    json: '{"extends":["builtin:pod-security-baseline"],"rules":{"runtime/volume-types":"error","runtime/run-as-non-root":"error","runtime/capabilities":{"severity":"error","options":{"allow":["NET_BIND_SERVICE"],"requireDropAll":true}},"runtime/security-opt":{"severity":"error","options":{"restrictSelinux":true,"requireNoNewPrivileges":true,"requireSeccompProfile":true}}}}',
    spots: '{"r":[8,1,24,1],"m":{"extends":{"r":[9,3,10,1],"k":[8,1,8,8],"s":[{"r":[9,5,9,34]}]},"rules":{"r":[11,3,24,1],"k":[10,1,10,6],"m":{"runtime/volume-types":{"r":[11,25,11,30],"k":[11,3,11,23]},"runtime/run-as-non-root":{"r":[12,28,12,33],"k":[12,3,12,26]},"runtime/capabilities":{"r":[14,5,18,1],"k":[13,3,13,23],"m":{"severity":{"r":[14,15,14,20],"k":[14,5,14,13]},"options":{"r":[16,7,18,1],"k":[15,5,15,12],"m":{"allow":{"r":[16,14,16,32],"k":[16,7,16,12],"s":[{"r":[16,15,16,31]}]},"requireDropAll":{"r":[17,23,17,27],"k":[17,7,17,21]}}}}},"runtime/security-opt":{"r":[19,5,24,1],"k":[18,3,18,23],"m":{"severity":{"r":[19,15,19,20],"k":[19,5,19,13]},"options":{"r":[21,7,24,1],"k":[20,5,20,12],"m":{"restrictSelinux":{"r":[21,24,21,28],"k":[21,7,21,22]},"requireNoNewPrivileges":{"r":[22,31,22,35],"k":[22,7,22,29]},"requireSeccompProfile":{"r":[23,30,23,34],"k":[23,7,23,28]}}}}}}}}}'
  },
  "recommended": {
    json: '{"extends":[],"failOn":"error","rules":{"dockerfile/base-image-digest":"off","dockerfile/healthcheck":"off","runtime/pids-limit":"off","runtime/cpu-limit":"off","runtime/read-only-rootfs":"off","dockerfile/apt-pin-versions":"off","dockerfile/apk-pin-versions":"off","dockerfile/use-workdir":"off","dockerfile/yum-version-pin":"off","dockerfile/dnf-version-pin":"off","dockerfile/zypper-version-pin":"off","dockerfile/user-numeric":"off","dockerfile/wget-progress":"off","dockerfile/wget-and-curl":"off","dockerfile/label-key-format":"off","image/healthcheck":"off","dockerfile/json-args-recommended":"off","dockerfile/multiple-instructions":"off","dockerfile/workdir-relative-path":"off","dockerfile/from-platform-flag-const":"off","dockerfile/expose-invalid-format":"off","dockerfile/pipe-to-shell":"info","dockerfile/legacy-key-value-format":"info","dockerfile/non-root-user":{"options":{"requireUser":false}},"shellcheck/SC2086":"off","dockerfile/base-image-eol":"off"}}',
    spots: '{"r":[5,1,58,1],"m":{"extends":{"r":[5,10,5,12],"k":[5,1,5,8],"s":[]},"failOn":{"r":[6,9,6,14],"k":[6,1,6,7]},"rules":{"r":[8,3,58,1],"k":[7,1,7,6],"m":{"dockerfile/base-image-digest":{"r":[8,33,8,36],"k":[8,3,8,31]},"dockerfile/healthcheck":{"r":[9,27,9,30],"k":[9,3,9,25]},"runtime/pids-limit":{"r":[10,23,10,26],"k":[10,3,10,21]},"runtime/cpu-limit":{"r":[11,22,11,25],"k":[11,3,11,20]},"runtime/read-only-rootfs":{"r":[12,29,12,32],"k":[12,3,12,27]},"dockerfile/apt-pin-versions":{"r":[15,32,15,35],"k":[15,3,15,30]},"dockerfile/apk-pin-versions":{"r":[16,32,16,35],"k":[16,3,16,30]},"dockerfile/use-workdir":{"r":[18,27,18,30],"k":[18,3,18,25]},"dockerfile/yum-version-pin":{"r":[20,31,20,34],"k":[20,3,20,29]},"dockerfile/dnf-version-pin":{"r":[21,31,21,34],"k":[21,3,21,29]},"dockerfile/zypper-version-pin":{"r":[22,34,22,37],"k":[22,3,22,32]},"dockerfile/user-numeric":{"r":[25,28,25,31],"k":[25,3,25,26]},"dockerfile/wget-progress":{"r":[28,29,28,32],"k":[28,3,28,27]},"dockerfile/wget-and-curl":{"r":[29,29,29,32],"k":[29,3,29,27]},"dockerfile/label-key-format":{"r":[30,32,30,35],"k":[30,3,30,30]},"image/healthcheck":{"r":[32,22,32,25],"k":[32,3,32,20]},"dockerfile/json-args-recommended":{"r":[35,37,35,40],"k":[35,3,35,35]},"dockerfile/multiple-instructions":{"r":[36,37,36,40],"k":[36,3,36,35]},"dockerfile/workdir-relative-path":{"r":[37,37,37,40],"k":[37,3,37,35]},"dockerfile/from-platform-flag-const":{"r":[38,40,38,43],"k":[38,3,38,38]},"dockerfile/expose-invalid-format":{"r":[39,37,39,40],"k":[39,3,39,35]},"dockerfile/pipe-to-shell":{"r":[41,29,41,33],"k":[41,3,41,27]},"dockerfile/legacy-key-value-format":{"r":[44,39,44,43],"k":[44,3,44,37]},"dockerfile/non-root-user":{"r":[48,5,50,1],"k":[47,3,47,27],"m":{"options":{"r":[49,7,50,1],"k":[48,5,48,12],"m":{"requireUser":{"r":[49,20,49,25],"k":[49,7,49,18]}}}}},"shellcheck/SC2086":{"r":[54,22,54,25],"k":[54,3,54,20]},"dockerfile/base-image-eol":{"r":[57,30,57,33],"k":[57,3,57,28]}}}}}'
  },
  "strict": {
    json: '{"extends":["builtin:recommended"],"failOn":"warning","suppressions":{"requireReason":true,"reportUnused":true},"rules":{"runtime/memory-limit":{"severity":"error","options":{"require":"unless-task"}},"dockerfile/base-image-digest":"error","dockerfile/healthcheck":"warning","dockerfile/non-root-user":{"severity":"error","options":{"requireUser":true}},"runtime/pids-limit":"warning","runtime/cpu-limit":"warning","runtime/read-only-rootfs":"warning","image/non-root-user":"error","image/healthcheck":"warning","image/base-digest":"warning","image/setuid-files":"warning","dockerfile/base-image-eol":"error"}}',
    spots: '{"r":[6,1,33,1],"m":{"extends":{"r":[7,3,8,1],"k":[6,1,6,8],"s":[{"r":[7,5,7,24]}]},"failOn":{"r":[8,9,8,16],"k":[8,1,8,7]},"suppressions":{"r":[10,3,12,1],"k":[9,1,9,13],"m":{"requireReason":{"r":[10,18,10,22],"k":[10,3,10,16]},"reportUnused":{"r":[11,17,11,21],"k":[11,3,11,15]}}},"rules":{"r":[14,3,33,1],"k":[12,1,12,6],"m":{"runtime/memory-limit":{"r":[15,5,18,1],"k":[14,3,14,23],"m":{"severity":{"r":[15,15,15,20],"k":[15,5,15,13]},"options":{"r":[17,7,18,1],"k":[16,5,16,12],"m":{"require":{"r":[17,16,17,27],"k":[17,7,17,14]}}}}},"dockerfile/base-image-digest":{"r":[18,33,18,38],"k":[18,3,18,31]},"dockerfile/healthcheck":{"r":[19,27,19,34],"k":[19,3,19,25]},"dockerfile/non-root-user":{"r":[21,5,24,1],"k":[20,3,20,27],"m":{"severity":{"r":[21,15,21,20],"k":[21,5,21,13]},"options":{"r":[23,7,24,1],"k":[22,5,22,12],"m":{"requireUser":{"r":[23,20,23,24],"k":[23,7,23,18]}}}}},"runtime/pids-limit":{"r":[24,23,24,30],"k":[24,3,24,21]},"runtime/cpu-limit":{"r":[25,22,25,29],"k":[25,3,25,20]},"runtime/read-only-rootfs":{"r":[26,29,26,36],"k":[26,3,26,27]},"image/non-root-user":{"r":[27,24,27,29],"k":[27,3,27,22]},"image/healthcheck":{"r":[28,22,28,29],"k":[28,3,28,20]},"image/base-digest":{"r":[29,22,29,29],"k":[29,3,29,20]},"image/setuid-files":{"r":[30,23,30,30],"k":[30,3,30,21]},"dockerfile/base-image-eol":{"r":[32,30,32,35],"k":[32,3,32,28]}}}}}'
  }
};

// src/policy/presets.ts
function spotAt(root, at, key) {
  let spot = root;
  for (let i = 0; i < at.length; i++) {
    const seg = at[i];
    const child2 = spot.m ? Object.hasOwn(spot.m, String(seg)) ? spot.m[String(seg)] : void 0 : spot.s && typeof seg === "number" ? spot.s[seg] : void 0;
    if (!child2) break;
    spot = child2;
    if (i === at.length - 1 && key && spot.k) {
      const [line2, column2, endLine2, endColumn2] = spot.k;
      return { line: line2, column: column2, endLine: endLine2, endColumn: endColumn2 };
    }
  }
  const [line, column, endLine, endColumn] = spot.r;
  return { line, column, endLine, endColumn };
}
function presetSource(name) {
  const snapshot = Object.hasOwn(PRESET_SNAPSHOTS, name) ? PRESET_SNAPSHOTS[name] : void 0;
  if (!snapshot) return void 0;
  let spots;
  const rangeOf = (at, opts) => spotAt(spots ??= JSON.parse(snapshot.spots), at, opts?.key ?? false);
  return {
    display: `builtin:${name}`,
    data: JSON.parse(snapshot.json),
    rangeOf,
    locate: (at, opts) => {
      const r = rangeOf(at, opts);
      return { line: r.line, column: r.column };
    }
  };
}

// src/policy/load.ts
var POLICY_FILE_NAMES = [".github/layerguard.yml", ".layerguard.yml", "layerguard.yml"];
var MAX_EXTENDS_DEPTH = 10;
function presetsDir() {
  let dir = path6.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path6.join(dir, "policies");
    if (existsSync(path6.join(candidate, "recommended.yml"))) return candidate;
    dir = path6.dirname(dir);
  }
  throw new PolicyError('cannot find the built-in presets folder "policies/" next to layerguard');
}
function builtinPresets() {
  return readdirSync(presetsDir()).filter((f) => f.endsWith(".yml")).map((f) => `builtin:${f.slice(0, -4)}`).sort();
}
function presetList() {
  const all = builtinPresets();
  return all.length <= 1 ? all.join("") : `${all.slice(0, -1).join(", ")} and ${all[all.length - 1]}`;
}
function discoverPolicyFile(cwd) {
  return POLICY_FILE_NAMES.find((name) => existsSync(path6.join(cwd, name)));
}
async function checkLocalPath(loader, absPath) {
  let real;
  try {
    real = await fs2.realpath(absPath);
  } catch {
    return;
  }
  const root = loader.roots.find(
    (r) => real === r || real.startsWith(r.endsWith(path6.sep) ? r : r + path6.sep)
  );
  if (!root) {
    throw new Error(
      "it is outside the working directory; a policy may extend files of the repository, builtin: presets, github: or https: policies"
    );
  }
  if (path6.relative(root, real).split(path6.sep).includes(".git")) {
    throw new Error("it is inside a .git folder, which holds credentials, not policies");
  }
}
async function realRoot(dir) {
  try {
    return await fs2.realpath(dir);
  } catch {
    return path6.resolve(dir);
  }
}
function unpinnedFinding(layer, path9, ref) {
  const how = ref.type === "github" ? ref.ref ? `"@${ref.ref}" is a branch name, whose content can change under you` : "it has no @ref, so it follows the default branch" : "it has no #sha256-\u2026 integrity pin, so its content can change under you";
  const fix = ref.type === "github" ? "pin it to a release tag (@v1.2.0) or a full commit sha (@<40 hex digits>)" : "add #sha256-<base64 digest> (openssl dgst -sha256 -binary FILE | base64)";
  return {
    ruleId: "policy/unpinned-extends",
    severity: "warning",
    message: `extends ${ref.display} is not pinned: ${how}, and a change there changes this repository's checks without review; ${fix}`,
    file: layer.display,
    kind: "policy",
    ...layer.rangeOf(path9)
  };
}
async function readRef(loader, ref) {
  switch (ref.type) {
    case "builtin":
      throw new Error(
        `there is no preset ${ref.display}${suggest(ref.display, builtinPresets())}; the presets are ${presetList()}`
      );
    case "file":
    case "hadolint": {
      await checkLocalPath(loader, ref.absPath);
      let stat;
      try {
        stat = await fs2.stat(ref.absPath);
      } catch (e) {
        const code = e.code;
        throw new Error(code === "ENOENT" ? "no such file" : `${code ?? e.message}`);
      }
      if (!stat.isFile()) throw new Error("it is not a file");
      if (stat.size > MAX_POLICY_BYTES) throw new Error(`it is larger than ${MAX_POLICY_BYTES / 1024} KiB`);
      return fs2.readFile(ref.absPath, "utf8");
    }
    default:
      return loader.remotes.read(ref);
  }
}
function layerFrom(ref, src, data) {
  return { ref, display: src.display, data, locate: src.locate, rangeOf: src.rangeOf, findings: [] };
}
async function visit(loader, ref, from, chain) {
  const problem3 = (message) => loader.problems.push(
    from ? { message, file: from.layer.display, ...from.layer.locate(from.path) } : { message }
  );
  if (chain.some((c) => c.key === ref.key)) {
    problem3(
      `extends cycle: ${[...chain, ref].map((r) => r.display).join(" -> ")}; remove one of these extends`
    );
    return;
  }
  if (chain.length > MAX_EXTENDS_DEPTH) {
    problem3(
      `extends is nested more than ${MAX_EXTENDS_DEPTH} deep: ${[...chain, ref].map((r) => r.display).join(" -> ")}; flatten the chain`
    );
    return;
  }
  if (loader.visited.has(ref.key)) return;
  loader.visited.add(ref.key);
  let src = ref.type === "builtin" ? presetSource(ref.name) : void 0;
  if (!src) {
    let text;
    try {
      text = await readRef(loader, ref);
    } catch (e) {
      const what = isRemote(ref) ? "cannot fetch" : "cannot read";
      problem3(`${what} the policy ${ref.display}: ${e.message}`);
      return;
    }
    src = readYaml(text, ref.display, loader.problems);
  }
  if (src.data === void 0) return;
  const raw = src.data ?? {};
  for (const note of resolveRuleAliases(raw, loader.opts.rules, ref.display)) loader.notices.push(note);
  if (ref.type !== "builtin")
    loader.problems.push(...await validatePolicyData(raw, src, loader.opts.rules));
  if (typeof raw !== "object" || Array.isArray(raw)) return;
  const data = raw;
  const layer = layerFrom(ref, src, data);
  let parents = [];
  if (data.extends === void 0) {
    if (ref.type !== "builtin") parents = [{ raw: "builtin:recommended", path: [] }];
  } else if (typeof data.extends === "string") {
    parents = [{ raw: data.extends, path: ["extends"] }];
  } else if (Array.isArray(data.extends) && data.extends.every((e) => typeof e === "string")) {
    parents = data.extends.map((raw2, i) => ({ raw: raw2, path: ["extends", i] }));
  }
  const resolvedParents = parents.map((parent) => ({
    parent,
    resolved: resolveRef(parent.raw, ref, loader.refCtx)
  }));
  for (const { resolved } of resolvedParents) {
    if (typeof resolved !== "string" && isRemote(resolved) && !loader.visited.has(resolved.key))
      loader.remotes.read(resolved).catch(() => void 0);
  }
  for (const { parent, resolved } of resolvedParents) {
    if (typeof resolved === "string") {
      loader.problems.push({ message: resolved, file: layer.display, ...layer.locate(parent.path) });
      continue;
    }
    if (isRemote(resolved) && !isPinned(resolved) && !loader.remotes.isLocked(resolved))
      layer.findings.push(unpinnedFinding(layer, parent.path, resolved));
    await visit(loader, resolved, { layer, path: parent.path }, [...chain, ref]);
  }
  loader.layers.push(layer);
}
async function hadolintLayer(loader, file) {
  const absPath = path6.resolve(loader.opts.cwd, file);
  const display = toPosix(path6.relative(loader.opts.cwd, absPath)) || file;
  const ref = { type: "hadolint", absPath, key: `hadolint:${absPath}`, display };
  let text;
  try {
    text = await readRef(loader, ref);
  } catch (e) {
    loader.problems.push({
      message: `cannot read the hadolint configuration ${display}: ${e.message}`
    });
    return void 0;
  }
  const before = loader.problems.length;
  const conv = convertHadolint(text, display, loader.opts.rules, loader.problems);
  loader.notices.push(...conv.notices);
  if (loader.problems.length > before) return void 0;
  const locate = (p) => {
    for (let n = p.length; n >= 0; n--) {
      const o = conv.origins.get(JSON.stringify(p.slice(0, n)));
      if (o) return { line: o.line, column: o.column };
    }
    return { line: 1, column: 1 };
  };
  const layer = {
    ref,
    display,
    data: conv.data,
    locate,
    rangeOf: (p) => {
      const s = locate(p);
      return { line: s.line, column: s.column, endLine: s.line, endColumn: s.column + 1 };
    },
    findings: []
  };
  loader.problems.push(...await validatePolicyData(conv.data, layer, loader.opts.rules));
  return layer;
}
async function readLock(loader, entry) {
  const abs = lockPathFor(entry, loader.refCtx.cwd);
  if (!abs) return void 0;
  const display = toPosix(path6.relative(loader.refCtx.cwd, abs)) || abs;
  const lock = { path: abs, display };
  let problem3;
  try {
    const stat = await fs2.stat(abs);
    await checkLocalPath(loader, abs);
    if (!stat.isFile()) problem3 = "it is not a file";
    else if (stat.size > MAX_LOCK_BYTES) problem3 = `it is larger than ${MAX_LOCK_BYTES / 1024} KiB`;
    else {
      const parsed = parseLockFile(await fs2.readFile(abs, "utf8"));
      if (typeof parsed === "string") problem3 = parsed;
      else lock.entries = parsed;
    }
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return lock;
    problem3 = code ?? e.message;
  }
  if (problem3 !== void 0 && !loader.opts.lock?.update) {
    throw new PolicyError(
      `cannot read the policy lock ${display}: ${problem3}; fix it, or write it again with layerguard lock --update`
    );
  }
  return lock;
}
function entryRef(opts, ctx) {
  const entry = opts.policy ?? discoverPolicyFile(opts.cwd) ?? "builtin:recommended";
  const ref = resolveRef(entry, null, ctx);
  if (typeof ref === "string") throw new PolicyError(`--policy ${entry}: ${ref}`);
  return ref;
}
async function loadPolicy(opts) {
  const env = opts.env ?? process.env;
  const refCtx = {
    cwd: path6.resolve(opts.cwd),
    presetsDir: presetsDir(),
    allowLoopbackHttp: opts.allowLoopbackHttpForTests === true
  };
  const loader = {
    opts,
    refCtx,
    remote: opts.remote ?? new RemoteFetcher({
      fetch: opts.fetch,
      timeoutMs: opts.fetchTimeoutMs,
      totalTimeoutMs: opts.fetchTotalTimeoutMs,
      maxBytes: opts.maxRemoteBytes,
      githubToken: opts.githubToken ?? env.GITHUB_TOKEN,
      githubApiUrl: env.GITHUB_API_URL,
      allowLoopbackHttp: opts.allowLoopbackHttpForTests === true
    }),
    problems: [],
    layers: [],
    visited: /* @__PURE__ */ new Set(),
    notices: [],
    roots: [await realRoot(opts.cwd)]
  };
  for (const named of [opts.policy, opts.hadolintConfig]) {
    if (named && !/^(builtin|github|https?):/.test(named)) {
      loader.roots.push(await realRoot(path6.dirname(path6.resolve(opts.cwd, named))));
    }
  }
  const entry = entryRef(opts, refCtx);
  const lock = await readLock(loader, entry);
  const cacheDir = opts.policyCacheDir ?? defaultCacheDir(env);
  loader.remotes = new RemotePolicies(
    loader.remote,
    cacheDir ? new PolicyCache(cacheDir, opts.maxRemoteBytes) : void 0,
    lock,
    opts.lock
  );
  await visit(loader, entry, null, []);
  if (opts.hadolintConfig !== void 0) {
    const layer = await hadolintLayer(loader, opts.hadolintConfig);
    if (layer) loader.layers.push(layer);
  }
  if (loader.problems.length > 0) throw PolicyError.of(loader.problems);
  if (opts.lock) opts.lock.outcome = loader.remotes.finish();
  const customIds = /* @__PURE__ */ new Set();
  for (const layer of loader.layers) {
    for (const c of layer.data.customRules ?? []) if (typeof c.id === "string") customIds.add(c.id);
  }
  const customByLayer = loader.layers.map((layer) => checkLayer(layer, customIds, loader.problems));
  if (loader.problems.length > 0) throw PolicyError.of(loader.problems);
  const policy = mergeLayers(loader.layers, { rules: opts.rules, customByLayer }, loader.problems);
  if (loader.problems.length > 0) throw PolicyError.of(loader.problems);
  policy.notices = loader.notices;
  policy.findings = settleFindings(policy, opts.rules);
  return policy;
}
function settleFindings(policy, rules) {
  const out = [];
  for (const f of policy.findings ?? []) {
    const rule = rules.get(f.ruleId);
    if (!rule) continue;
    const setting = effectiveRule(policy, rule, f.file);
    if (setting.severity === "off") continue;
    out.push({
      ...f,
      severity: setting.severity,
      ...setting.mode === "audit" ? { mode: "audit" } : {}
    });
  }
  return out;
}

// src/engine/stdin.ts
var HEAD_CHARS = 4096;
function handlerFor(name, head, handlers) {
  return handlers.find((h) => h.claims(name, head)) ?? handlers.find((h) => h.claimsExplicit?.(name, head));
}
async function loadStdinTarget(input, handlers, ctx) {
  const handler = handlerFor(input.name, input.text.slice(0, HEAD_CHARS), handlers);
  const unread = (message) => ({
    kind: handler?.kind ?? "runtime",
    file: input.name,
    units: [],
    problems: [{ message, range: WHOLE_FILE }]
  });
  if (Buffer.byteLength(input.text) > MAX_FILE_BYTES) {
    return unread(
      `standard input is over the ${MAX_FILE_BYTES}-byte limit for a text target; it was not read`
    );
  }
  if (!handler) return unread("standard input is not a kind of file layerguard reads");
  try {
    return await handler.load(input.name, input.text, ctx);
  } catch (e) {
    return unread(`cannot read standard input: ${e.message}`);
  }
}

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
function splitTokens(list2) {
  return list2.split(",").map((t) => t.trim()).filter((t) => t !== "");
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
    const { list: list2, reason } = splitReason(m[2]);
    const tokens = splitTokens(list2);
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
    const { list: list2, reason } = splitReason(hl[2]);
    const tokens = splitTokens(list2.split(/\s+/)[0] ?? "");
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
function ruleList(ids2) {
  return ids2.length === 1 ? ids2[0] : `${ids2.slice(0, -1).join(", ")} and ${ids2[ids2.length - 1]}`;
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
function namesFinding(ids2, ruleId) {
  return ids2.includes(ruleId) || ruleId.startsWith("shellcheck/") && ids2.includes("dockerfile/shellcheck");
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
      const m = globMatcher2(ex.files);
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
        const ids2 = resolveToken(token, d.syntax, rules, customIds);
        if (ids2.length === 0) {
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
        const unlocked = ids2.filter((id) => !policy.locked?.[id]);
        lockedHere.push(...ids2.filter((id) => policy.locked?.[id]));
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
      const hits2 = directives.filter(
        (d) => covers(d, f.line) && [...d.resolved.values()].some((ids2) => namesFinding(ids2, f.ruleId))
      ).sort((a, b) => SPECIFICITY[a.scope] - SPECIFICITY[b.scope]);
      for (const d of hits2) {
        for (const [token, ids2] of d.resolved) if (namesFinding(ids2, f.ruleId)) d.used.add(token);
      }
      if (hits2.length > 0) {
        const d = hits2[0];
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
      const list2 = byLine.get(line);
      if (list2) list2.push(d);
      else byLine.set(line, [d]);
    }
  }
  return { at: (line) => byLine.has(line) ? [...wide, ...byLine.get(line)] : wide };
}

// src/engine/fingerprint.ts
import { createHash as createHash3 } from "node:crypto";
var FINGERPRINT_KEY = "layerguard/v2";
function hashParts(...parts) {
  return createHash3("sha256").update(parts.join("\0")).digest().toString("hex", 0, 8);
}
function normalisedLines(lines, line, endLine) {
  const parts = [];
  const last = Math.min(endLine, lines.length);
  for (let i = Math.max(1, line); i <= last; i++) {
    parts.push(lines[i - 1].replace(/[\\`]\s*$/, ""));
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}
function instructionSpans(ranges) {
  const spans = { first: /* @__PURE__ */ new Map(), last: /* @__PURE__ */ new Map() };
  for (const r of ranges) {
    for (let l = r.line; l <= r.endLine; l++) {
      spans.first.set(l, r.line);
      spans.last.set(l, r.endLine);
    }
  }
  return spans;
}
function anchorOf(f, lines, spans) {
  const text = lines ? normalisedLines(lines, spans?.first.get(f.line) ?? f.line, spans?.last.get(f.endLine) ?? f.endLine) : `${f.context?.platform ?? ""} ${f.message.replace(/\d+(?:[.,]\d+)*/g, "#")}`;
  return hashParts(f.ruleId, f.context?.service ?? "", text);
}
function anchorsOf(findings, text, spans) {
  const lines = text?.split(/\r?\n/);
  const memo = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    if (!lines) return anchorOf(f, void 0, spans);
    const first = spans?.first.get(f.line) ?? f.line;
    const last = spans?.last.get(f.endLine) ?? f.endLine;
    const key = `${f.ruleId}\0${f.context?.service ?? ""}\0${first}:${last}`;
    let anchor = memo.get(key);
    if (anchor === void 0) memo.set(key, anchor = anchorOf(f, lines, spans));
    return anchor;
  });
}
function fingerprintAnchored(entries) {
  const seen = /* @__PURE__ */ new Map();
  let file;
  return entries.map(({ finding, anchor }) => {
    if (finding.file !== file) {
      seen.clear();
      file = finding.file;
    }
    const n = seen.get(anchor) ?? 0;
    seen.set(anchor, n + 1);
    finding.fingerprint = hashParts(anchor, String(n));
    return finding;
  });
}
function locatedFingerprint(file, fingerprint) {
  return hashParts(file, fingerprint);
}
function findingKey(file, fingerprint) {
  return `${file}\0${fingerprint}`;
}

// src/engine/compare.ts
function classify(findings, input) {
  const debt = /* @__PURE__ */ new Map();
  for (const e of input.baseline?.entries ?? []) debt.set(findingKey(e.file, e.fingerprint), e);
  const matched = /* @__PURE__ */ new Set();
  const out = findings.map((f) => {
    let origin = "new";
    const key = f.fingerprint !== void 0 ? findingKey(f.file, f.fingerprint) : void 0;
    if (key !== void 0 && debt.has(key)) {
      origin = "baseline";
      matched.add(key);
    } else if (f.fingerprint !== void 0 && input.base?.fingerprints.get(f.file)?.has(f.fingerprint)) {
      origin = "base";
    }
    return { ...f, origin };
  });
  const counted = out.filter((f) => !f.suppressed);
  const onBase = counted.filter((f) => f.origin === "base").length;
  const inBaseline = counted.filter((f) => f.origin === "baseline").length;
  const unmatchedBaseline = [...debt.entries()].filter(([key, e]) => !matched.has(key) && input.checked.has(e.file)).map(([, e]) => e);
  return {
    findings: out,
    comparison: {
      failScope: input.failScope,
      ...input.base ? { base: input.base.label } : {},
      ...input.baseline ? { baselineFile: input.baseline.file } : {},
      new: counted.length - onBase - inBaseline,
      existing: onBase + inBaseline,
      onBase,
      inBaseline,
      unmatchedBaseline,
      notes: input.notes ?? []
    }
  };
}
function counts(f, failScope) {
  if (f.suppressed || f.mode === "audit" || f.origin === "baseline") return false;
  return !(failScope === "new" && f.origin === "base");
}
function verdictOf(findings, failOn, maxWarnings, failScope) {
  if (failOn === "none") return "pass";
  const counted = findings.filter((f) => counts(f, failScope));
  const failing = counted.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) || maxWarnings !== void 0 && counted.filter((f) => f.severity === "warning").length > maxWarnings;
  return failing ? "fail" : "pass";
}
function comparisonLine(c) {
  const parts = [];
  if (c.base !== void 0) parts.push(`${c.onBase} on the base revision`);
  if (c.baselineFile !== void 0) parts.push(`${c.inBaseline} in the baseline`);
  return `${c.new} new, ${c.existing} existing` + (parts.length > 1 ? ` (${parts.join(", ")})` : "");
}

// src/engine/image-source.ts
import path7 from "node:path";
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
          model = parseDockerfile(await readTargetFile(path7.resolve(cwd, file), cwd), file);
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
      index = await indexOf(toPosix(path7.relative(cwd, path7.resolve(cwd, pairedFile))));
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
  const cwd = path8.resolve(opts.cwd);
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
      readIgnoreFile(path8.join(cwd, rel), cwd)
    )
  );
  const siblingsRead = /* @__PURE__ */ new Map();
  const fileCtx = (f) => {
    if (!opts.base) return ctx;
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
    keepSources: opts.base ? true : opts.keepSources ?? true
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
      const { checkOnWorkers } = await import("./chunk-HSLZE4JT.mjs");
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
    const { loadContainerInspect } = opts.containerInspect?.length ? await import("./chunk-6C5IGA5B.mjs") : { loadContainerInspect: void 0 };
    for (const file of opts.containerInspect ?? []) {
      const rel = toPosix(path8.relative(cwd, path8.resolve(cwd, file)));
      if (only && !only.has(rel)) continue;
      try {
        add(await loadContainerInspect(rel, await readTargetFile(path8.resolve(cwd, file), cwd)));
      } catch (e) {
        add(unreadable("runtime", rel, e));
      }
    }
    if (opts.images?.length) {
      const { LAYER_CONTENT_RULES, loadImageTargets } = await import("./chunk-6RTM5XOG.mjs");
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
    this.settings = RuleSettings.of(policy);
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
  strings = new StringPool();
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
      this.raw.push({
        finding: this.applier.suppress(this.strings.finding(findings[i])),
        anchor: anchors[i]
      });
    this.applier.finishTarget(file);
    if (mayReportLater) this.pending.set(file, { text: checked.text, spans: checked.spans });
    if (findings.length > 0 && checked.text !== void 0 && this.extra.keepSources !== false)
      this.texts.set(
        file,
        this.extra.keepSources === "lines" ? quotedLines(checked.text, findings, checked.comments) : checked.text
      );
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
    for (const [file, list2] of byFile) {
      const kept = this.pending.get(file);
      const anchors = anchorsOf(list2, kept?.text, kept?.spans);
      list2.forEach((finding, i) => raw.push({ finding, anchor: anchors[i] }));
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
var RuleSettings = class _RuleSettings {
  constructor(policy) {
    this.policy = policy;
    (policy.overrides ?? []).forEach((o, i) => this.overrideIndex.set(o, i));
  }
  policy;
  byOverrides = /* @__PURE__ */ new Map();
  overrideIndex = /* @__PURE__ */ new Map();
  static byPolicy = /* @__PURE__ */ new WeakMap();
  /** The settings of a policy, shared by every run with it (a policy is not changed once resolved). */
  static of(policy) {
    let settings = _RuleSettings.byPolicy.get(policy);
    if (!settings) _RuleSettings.byPolicy.set(policy, settings = new _RuleSettings(policy));
    return settings;
  }
  forFile(file) {
    const key = overridesFor(this.policy, file).map((o) => this.overrideIndex.get(o)).join(",");
    let cache2 = this.byOverrides.get(key);
    if (!cache2) this.byOverrides.set(key, cache2 = /* @__PURE__ */ new Map());
    return (rule) => {
      let s = cache2.get(rule.id);
      if (!s) cache2.set(rule.id, s = effectiveRule(this.policy, rule, file));
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
    const options = withToday(setting.options, now);
    const seen = target.units.length > 1 ? /* @__PURE__ */ new Set() : void 0;
    for (const unit of target.units) {
      const report = (d) => {
        if (seen) {
          const key = `${d.ruleId ?? ""}\0${d.range.line}:${d.range.column}:${d.range.endLine}:${d.range.endColumn}\0${d.message}`;
          if (seen.has(key)) return;
          seen.add(key);
        }
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
        check2.call(rule, unit.model, options, report);
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
var StringPool = class {
  pool = /* @__PURE__ */ new Map();
  own(s) {
    let kept = this.pool.get(s);
    if (kept === void 0) {
      kept = JSON.parse(JSON.stringify(s));
      this.pool.set(kept, kept);
    }
    return kept;
  }
  /** The finding, its strings replaced by their pooled copies (in place: the finding is the run's own). */
  finding(f) {
    f.message = this.own(f.message);
    if (f.fix) {
      f.fix = {
        ...f.fix,
        description: this.own(f.fix.description),
        edits: f.fix.edits.map((e) => ({ ...e, text: this.own(e.text) }))
      };
    }
    if (f.context) {
      const context = { ...f.context };
      for (const [key, v] of Object.entries(context)) if (typeof v === "string") context[key] = this.own(v);
      f.context = context;
    }
    return f;
  }
};
function quotedLines(text, findings, comments) {
  const keep = /* @__PURE__ */ new Set();
  for (const f of findings) keep.add(f.line);
  for (const d of comments.directives) keep.add(d.range.line);
  for (const m of comments.malformed) keep.add(m.range.line);
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) if (!keep.has(i + 1)) lines[i] = "";
  return lines.join("\n");
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
  DOCS_BASE_URL,
  shortCreatedBy,
  formatBytes2 as formatBytes,
  formatDelta,
  RULES,
  RULES_BY_ID,
  loadPolicy,
  FINGERPRINT_KEY,
  hashParts,
  locatedFingerprint,
  comparisonLine,
  check,
  shellcheckContext,
  loadFile,
  evaluate,
  TargetChecker
};
