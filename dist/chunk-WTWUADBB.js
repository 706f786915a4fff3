import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-D2KG54VX.js";
import {
  toPosix
} from "./chunk-EWPYXFOK.js";
import {
  SEVERITY_RANK,
  WHOLE_FILE
} from "./chunk-I2AWKOE3.js";
import {
  compileRegex
} from "./chunk-3MTITDVE.js";
import {
  require_picomatch
} from "./chunk-VOMKYOLP.js";
import {
  CUSTOM_ID_PATTERN,
  validatePolicyData
} from "./chunk-IEK5ZW2B.js";
import {
  ASSERT_OPERATORS,
  PolicyError,
  suggest
} from "./chunk-F357WPAC.js";
import {
  INSTRUCTIONS
} from "./chunk-2TR3644I.js";
import {
  __toESM
} from "./chunk-YJ6SUC6Q.js";

// src/policy/load.ts
import { existsSync, promises as fs2, readdirSync } from "node:fs";
import path4 from "node:path";
import { fileURLToPath } from "node:url";

// src/policy/effective.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function globMatcher(globs) {
  if (globs === void 0) return void 0;
  const list2 = (Array.isArray(globs) ? globs : [globs]).map((g) => g.replace(/^\.\//, ""));
  if (list2.length === 0) return void 0;
  return (0, import_picomatch.default)(list2, { dot: true });
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
        const inc = globMatcher(override.files) ?? (() => false);
        const exc = globMatcher(override.excludeFiles);
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
  const nodeAt = (path5, key) => {
    let node = doc.contents ?? null;
    for (let i = 0; i < path5.length; i++) {
      if (node && (0, import_yaml.isAlias)(node)) node = node.resolve(doc) ?? node;
      const seg = path5[i];
      const last = i === path5.length - 1;
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
    locate: (path5, opts) => startOf(nodeAt(path5, opts?.key ?? false)),
    rangeOf(path5, opts) {
      const node = nodeAt(path5, opts?.key ?? false);
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
var HADOLINT_FILE_NAMES = [".hadolint.yaml", ".hadolint.yml", "hadolint.yaml", "hadolint.yml"];
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
  const bad = (path5, message) => problems.push({ message, file: display, ...src.locate(path5) });
  if (typeof raw !== "object" || Array.isArray(raw)) {
    bad(
      [],
      "a hadolint configuration is a mapping with keys such as ignored, override and trustedRegistries"
    );
    return conv;
  }
  delete data.extends;
  const where = (path5) => {
    const p = src.locate(path5);
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
  const stringList = (key, value, path5) => {
    if (value === null || value === void 0) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
      bad(
        path5,
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
        stringList(`override.${level}`, codes, ["override", level]).forEach(
          (code, i) => setSeverity(code, sev, ["override", level, i], `hadolint override.${level}`)
        );
      }
    }
  }
  const registries = stringList("trustedRegistries", raw.trustedRegistries, ["trustedRegistries"]);
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
  stringList("ignored", raw.ignored, ["ignored"]).forEach(
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
  const checkRegex = (key, value, path5 = [key]) => {
    if (typeof value !== "string") return;
    try {
      compileRegex(value);
    } catch (e) {
      errors++;
      report([...base, ...path5], `the regex ${JSON.stringify(value)} is not valid: ${e.message}`);
    }
  };
  const checkKeyword = (value, path5) => {
    if (!INSTRUCTIONS.includes(value.toUpperCase())) {
      errors++;
      report(
        [...base, ...path5],
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
  const hits = [];
  if (spec.kind === "instruction") {
    const match = regexOf(spec.match);
    const notMatch = regexOf(spec.notMatch);
    const pool = spec.stage === "final" ? stagesOf(model, "final").flatMap((s) => [s.from, ...s.instructions]) : model.instructions;
    for (const ins of pool) {
      if (!spec.instruction.includes(ins.keyword)) continue;
      const text = instructionText(ins, model);
      if (match && !match.test(text)) continue;
      if (notMatch && notMatch.test(text)) continue;
      hits.push({
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
          hits.push({
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
        hits.push({ range: stage.from.range, message: fill(spec.message, values) });
      } else if (spec.max !== void 0 && found.length > spec.max) {
        hits.push({ range: found[spec.max].range, message: fill(spec.message, values) });
      }
    }
  }
  return hits;
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
      const hits = spec.kind === "assert" ? runAssert(spec, unit.model) : runDockerfile(spec, unit.model);
      for (const h of hits) {
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
  const report = (path5, message, key = false) => problems.push({ message, file: layer.display, ...layer.locate(path5, { key }) });
  const declared = [...customIds];
  const checkId = (id, path5, key = false) => {
    if (customIdRe.test(id) && !customIds.has(id)) {
      report(
        path5,
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
    const here = (path5) => `${layer.display}:${layer.locate(path5).line}`;
    const mine = [];
    const report = (path5, message, key = false) => mine.push({ message, file: layer.display, ...layer.locate(path5, { key }) });
    const lockOf = (id) => {
      const l = locked[id];
      return l && l.layer < index ? l : void 0;
    };
    const weakening = (id, v, path5) => {
      const lock = lockOf(id);
      if (!lock) return;
      const tail = `it is locked at ${lock.severity} by ${lock.source}. A locked rule can be raised here but not lowered, disabled, given other options or put in audit mode: remove this setting, or ask the owners of ${lock.source.replace(/:\d+$/, "")} to change the lock`;
      const sev = typeof v === "string" ? v : v.severity;
      if (sev !== void 0 && severityRank(sev) < severityRank(lock.severity)) {
        report(path5, `cannot ${sev === "off" ? `turn off ${id}` : `lower ${id} to ${sev}`}: ${tail}`, true);
      }
      if (typeof v === "object") {
        if (v.options !== void 0 && !deepEqual({ ...defaults(id).options, ...v.options }, lock.options)) {
          report(
            [...path5, "options"],
            `cannot change the options of ${id}: they are locked as ${JSON.stringify(lock.options)} by ${lock.source}. A locked rule can be raised here but not lowered, disabled, given other options or put in audit mode: remove these options, or ask the owners of ${lock.source.replace(/:\d+$/, "")} to change the lock`,
            true
          );
        }
        if (v.mode === "audit" && lock.mode === "enforce")
          report([...path5, "mode"], `cannot put ${id} in audit mode: ${tail}`);
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
import path from "node:path";
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
    const norm = path.posix.normalize(p);
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
    if (path.posix.isAbsolute(value))
      return `a policy read from GitHub cannot extend the local file "${value}"`;
    const joined = path.posix.normalize(path.posix.join(path.posix.dirname(parent.path), value));
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
  const base = parent?.type === "builtin" ? ctx.presetsDir : parent && "absPath" in parent ? path.dirname(parent.absPath) : ctx.cwd;
  const absPath = path.resolve(base, value);
  const rel = toPosix(path.relative(ctx.cwd, absPath));
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
import path2 from "node:path";
var HEX_DIGEST = /^[0-9a-f]{64}$/;
var DEFAULT_MAX_ENTRIES = 500;
function sha256Hex(bytes) {
  return createHash2("sha256").update(bytes).digest("hex");
}
function defaultCacheDir(env) {
  if (env.LAYERGUARD_CACHE_DIR) return path2.resolve(env.LAYERGUARD_CACHE_DIR);
  if (env.RUNNER_TOOL_CACHE) return path2.join(env.RUNNER_TOOL_CACHE, "layerguard");
  if (env.XDG_CACHE_HOME && path2.isAbsolute(env.XDG_CACHE_HOME))
    return path2.join(env.XDG_CACHE_HOME, "layerguard");
  if (env.HOME) return path2.join(env.HOME, ".cache", "layerguard");
  return void 0;
}
var PolicyCache = class {
  constructor(dir, maxBytes = 1024 * 1024, maxEntries = DEFAULT_MAX_ENTRIES) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
    this.folder = path2.join(path2.resolve(dir), "policies");
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
    return path2.join(this.folder, digest);
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
    const tmp = path2.join(this.folder, `.tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
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
      const file = path2.join(this.folder, name);
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
import path3 from "node:path";
var LOCK_FILE_NAME = "layerguard.lock.json";
var LOCKFILE_VERSION = 1;
var MAX_LOCK_BYTES = 256 * 1024;
var HEX_DIGEST2 = /^[0-9a-f]{64}$/;
var COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
var HEADER = "Written by `layerguard lock`: the remote policies this policy extends, at the commit and content reviewed. Commit it; move it forward with `layerguard lock --update`.";
function lockKey(ref) {
  if (ref.type === "github")
    return `github:${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}/${ref.path}${ref.ref !== void 0 ? `@${ref.ref}` : ""}`;
  return ref.type === "url" ? ref.url : ref.display;
}
function lockPathFor(entry, cwd) {
  if (entry.type === "file") return path3.join(path3.dirname(entry.absPath), LOCK_FILE_NAME);
  if (entry.type === "github" || entry.type === "url") return path3.join(cwd, LOCK_FILE_NAME);
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
function formatLockFile(entries) {
  const policies = {};
  for (const key of [...entries.keys()].sort()) {
    const e = entries.get(key);
    policies[key] = e.commit ? { commit: e.commit, sha256: e.sha256 } : { sha256: e.sha256 };
  }
  return `${JSON.stringify({ "//": HEADER, lockfileVersion: LOCKFILE_VERSION, policies }, null, 2)}
`;
}
var RemotePolicies = class {
  constructor(fetcher, cache, lock, request) {
    this.fetcher = fetcher;
    this.cache = cache;
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

// src/policy/load.ts
var POLICY_FILE_NAMES = [".github/layerguard.yml", ".layerguard.yml", "layerguard.yml"];
var MAX_EXTENDS_DEPTH = 10;
function presetsDir() {
  let dir = path4.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path4.join(dir, "policies");
    if (existsSync(path4.join(candidate, "recommended.yml"))) return candidate;
    dir = path4.dirname(dir);
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
  return POLICY_FILE_NAMES.find((name) => existsSync(path4.join(cwd, name)));
}
async function checkLocalPath(loader, absPath) {
  let real;
  try {
    real = await fs2.realpath(absPath);
  } catch {
    return;
  }
  const root = loader.roots.find(
    (r) => real === r || real.startsWith(r.endsWith(path4.sep) ? r : r + path4.sep)
  );
  if (!root) {
    throw new Error(
      "it is outside the working directory; a policy may extend files of the repository, builtin: presets, github: or https: policies"
    );
  }
  if (path4.relative(root, real).split(path4.sep).includes(".git")) {
    throw new Error("it is inside a .git folder, which holds credentials, not policies");
  }
}
async function realRoot(dir) {
  try {
    return await fs2.realpath(dir);
  } catch {
    return path4.resolve(dir);
  }
}
function unpinnedFinding(layer, path5, ref) {
  const how = ref.type === "github" ? ref.ref ? `"@${ref.ref}" is a branch name, whose content can change under you` : "it has no @ref, so it follows the default branch" : "it has no #sha256-\u2026 integrity pin, so its content can change under you";
  const fix = ref.type === "github" ? "pin it to a release tag (@v1.2.0) or a full commit sha (@<40 hex digits>)" : "add #sha256-<base64 digest> (openssl dgst -sha256 -binary FILE | base64)";
  return {
    ruleId: "policy/unpinned-extends",
    severity: "warning",
    message: `extends ${ref.display} is not pinned: ${how}, and a change there changes this repository's checks without review; ${fix}`,
    file: layer.display,
    kind: "policy",
    ...layer.rangeOf(path5)
  };
}
async function readRef(loader, ref) {
  switch (ref.type) {
    case "builtin": {
      const file = path4.join(presetsDir(), `${ref.name}.yml`);
      if (!existsSync(file)) {
        throw new Error(
          `there is no preset ${ref.display}${suggest(ref.display, builtinPresets())}; the presets are ${presetList()}`
        );
      }
      return fs2.readFile(file, "utf8");
    }
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
  const problem = (message) => loader.problems.push(
    from ? { message, file: from.layer.display, ...from.layer.locate(from.path) } : { message }
  );
  if (chain.some((c) => c.key === ref.key)) {
    problem(
      `extends cycle: ${[...chain, ref].map((r) => r.display).join(" -> ")}; remove one of these extends`
    );
    return;
  }
  if (chain.length > MAX_EXTENDS_DEPTH) {
    problem(
      `extends is nested more than ${MAX_EXTENDS_DEPTH} deep: ${[...chain, ref].map((r) => r.display).join(" -> ")}; flatten the chain`
    );
    return;
  }
  if (loader.visited.has(ref.key)) return;
  loader.visited.add(ref.key);
  let text;
  try {
    text = await readRef(loader, ref);
  } catch (e) {
    const what = isRemote(ref) ? "cannot fetch" : "cannot read";
    problem(`${what} the policy ${ref.display}: ${e.message}`);
    return;
  }
  const src = readYaml(text, ref.display, loader.problems);
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
  const absPath = path4.resolve(loader.opts.cwd, file);
  const display = toPosix(path4.relative(loader.opts.cwd, absPath)) || file;
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
  const display = toPosix(path4.relative(loader.refCtx.cwd, abs)) || abs;
  const lock = { path: abs, display };
  let problem;
  try {
    const stat = await fs2.stat(abs);
    await checkLocalPath(loader, abs);
    if (!stat.isFile()) problem = "it is not a file";
    else if (stat.size > MAX_LOCK_BYTES) problem = `it is larger than ${MAX_LOCK_BYTES / 1024} KiB`;
    else {
      const parsed = parseLockFile(await fs2.readFile(abs, "utf8"));
      if (typeof parsed === "string") problem = parsed;
      else lock.entries = parsed;
    }
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return lock;
    problem = code ?? e.message;
  }
  if (problem !== void 0 && !loader.opts.lock?.update) {
    throw new PolicyError(
      `cannot read the policy lock ${display}: ${problem}; fix it, or write it again with layerguard lock --update`
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
    cwd: path4.resolve(opts.cwd),
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
      loader.roots.push(await realRoot(path4.dirname(path4.resolve(opts.cwd, named))));
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

export {
  MAX_POLICY_BYTES,
  readYaml,
  HADOLINT_FILE_NAMES,
  convertHadolint,
  globMatcher,
  normaliseFile,
  overridesFor,
  effectiveRule,
  runCustomRules,
  DEFAULT_SUPPRESSIONS,
  DEFAULT_WARN_BEFORE_DAYS,
  formatLockFile,
  POLICY_FILE_NAMES,
  MAX_EXTENDS_DEPTH,
  presetsDir,
  builtinPresets,
  presetList,
  discoverPolicyFile,
  loadPolicy
};
