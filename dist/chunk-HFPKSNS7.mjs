import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "1.0.0";

// src/policy/suggest.ts
function suggest(word, candidates) {
  if (budget !== void 0) {
    if (budget <= 0) return "";
    budget--;
  }
  const best = closest(word, candidates);
  return best === void 0 ? "" : ` (did you mean "${best}"?)`;
}
var budget;
function withSuggestionBudget(n, fn) {
  const saved = budget;
  budget = n;
  try {
    return fn();
  } finally {
    budget = saved;
  }
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    const cl = c.toLowerCase();
    const slashAt = cl.indexOf("/");
    if (Math.abs(cl.length - w.length) > limit && (slashAt < 0 || Math.abs(cl.length - slashAt - 1 - w.length) > limit)) {
      continue;
    }
    let d = editDistance(w, cl);
    const slash = cl.indexOf("/");
    if (slash > 0 && !w.includes("/")) d = Math.min(d, editDistance(w, cl.slice(slash + 1)) + 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  if (w.length >= 3) {
    const prefixed2 = candidates.filter((c) => c.toLowerCase().startsWith(w) && c.toLowerCase() !== w);
    if (prefixed2.length === 1 && (best === void 0 || bestDistance > 1)) return prefixed2[0];
  }
  return best !== void 0 && bestDistance <= limit && best !== word ? best : void 0;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 10) return Infinity;
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, rows[i - 2][j - 2] + 1);
      row.push(v);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

// src/policy/types.ts
var ASSERT_OPERATORS = [
  "equals",
  "notEquals",
  "in",
  "notIn",
  "matches",
  "notMatches",
  "contains",
  "notContains",
  "exists",
  "notExists",
  "lt",
  "lte",
  "gt",
  "gte"
];
function formatProblem(p) {
  return p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ${p.message}` : p.message;
}
var PolicyError = class _PolicyError extends Error {
  problems;
  file;
  line;
  column;
  constructor(message, file, line, column) {
    super(formatProblem({ message, file, line, column }));
    this.name = "PolicyError";
    this.problems = [{ message, file, line, column }];
    this.file = file;
    this.line = line;
    this.column = column;
  }
  /** One error for several problems; the message has one `file:line:col: message` line per problem. */
  static of(problems) {
    const first = problems[0] ?? { message: "invalid policy" };
    const err = new _PolicyError(first.message, first.file, first.line, first.column);
    err.problems = problems;
    err.message = problems.map(formatProblem).join("\n");
    return err;
  }
};

// src/targets/dockerfile/instructions.ts
var INSTRUCTIONS = [
  "FROM",
  "RUN",
  "CMD",
  "LABEL",
  "MAINTAINER",
  "EXPOSE",
  "ENV",
  "ADD",
  "COPY",
  "ENTRYPOINT",
  "VOLUME",
  "USER",
  "WORKDIR",
  "ARG",
  "ONBUILD",
  "STOPSIGNAL",
  "HEALTHCHECK",
  "SHELL"
];
var KNOWN_INSTRUCTIONS = new Set(INSTRUCTIONS);

// src/policy/schema.ts
var SCHEMA_URL = `https://raw.githubusercontent.com/layerguard/layerguard/v${VERSION}/policies/layerguard.schema.json`;
var SCHEMA_COMMENT = `# yaml-language-server: $schema=${SCHEMA_URL}`;
var SEVERITY_VALUES = ["off", "info", "warning", "error"];
var FAIL_ON_VALUES = ["error", "warning", "info", "none"];
var MODE_VALUES = ["enforce", "audit"];
var CUSTOM_ID_PATTERN = "^custom/[a-z][a-z0-9]*(-[a-z0-9]+)*$";
var SHELLCHECK_ID_PATTERN = "^shellcheck/SC[0-9]{4}$";
var DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
var TOP_LEVEL_KEYS = [
  "extends",
  "rules",
  "overrides",
  "exceptions",
  "locked",
  "suppressions",
  "customRules",
  "failOn",
  "maxWarnings",
  "mode",
  "warnBeforeDays"
];
function ruleSettingSchema(rule) {
  const options = {};
  for (const [name, schema] of Object.entries(rule.options ?? {})) options[name] = schema;
  return {
    description: `${rule.summary} (default: ${rule.severity})`,
    if: { type: "string" },
    then: { $ref: "#/$defs/severity" },
    else: {
      type: "object",
      properties: {
        severity: { $ref: "#/$defs/severity" },
        options: {
          type: "object",
          description: `Options of ${rule.id}; given options replace the inherited ones, over the rule's defaults.`,
          properties: options,
          additionalProperties: false
        },
        mode: { $ref: "#/$defs/mode" }
      },
      additionalProperties: false
    }
  };
}
function buildPolicySchema(rules, opts = {}) {
  const sorted = [...rules].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const settings = {};
  if (!opts.structural) for (const rule of sorted) settings[rule.id] = ruleSettingSchema(rule);
  const ids = sorted.map((r) => r.id);
  const anySetting = ruleSettingSchema({ id: "rule", summary: "A rule", severity: "warning" });
  anySetting.else.properties.options = { type: "object" };
  const globs = {
    description: "A glob or a list of globs, relative to the repository root (picomatch syntax).",
    type: ["string", "array"],
    minLength: 1,
    minItems: 1,
    items: { type: "string", minLength: 1 }
  };
  const keyword = { type: "string", pattern: "^[A-Za-z]+$" };
  const selector = {
    description: "An instruction keyword, or {instruction, match}.",
    type: ["string", "object"],
    pattern: "^[A-Za-z]+$",
    properties: { instruction: keyword, match: { type: "string" } },
    required: ["instruction"],
    additionalProperties: false
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: SCHEMA_URL,
    title: "layerguard policy",
    description: "A layerguard policy: see docs/policy.md.",
    type: "object",
    additionalProperties: false,
    properties: {
      extends: {
        description: "Policies this one builds on, merged depth first, later wins: builtin:recommended, builtin:strict, ./relative.yml, github:owner/repo/path.yml@ref, https://\u2026#sha256-<base64>. Without extends a policy builds on builtin:recommended; [] starts from the rules\u2019 defaults.",
        type: ["string", "array"],
        minLength: 1,
        items: { type: "string", minLength: 1 }
      },
      rules: { $ref: "#/$defs/ruleSettings" },
      overrides: {
        description: "Settings for the files matching globs, applied in order (the last match wins).",
        type: "array",
        items: { $ref: "#/$defs/override" }
      },
      exceptions: {
        description: "Accepted findings, each with a reason and an expiry date.",
        type: "array",
        items: { $ref: "#/$defs/exception" }
      },
      locked: {
        description: "Rules that policies extending this one and inline comments cannot weaken.",
        type: "array",
        items: { $ref: "#/$defs/ruleId" }
      },
      suppressions: {
        description: "How inline suppression comments are treated.",
        type: "object",
        properties: {
          inline: { type: "boolean", description: "Honour inline comments (default true)." },
          requireReason: {
            type: "boolean",
            description: "Report comments without `-- reason` (default false)."
          },
          reportUnused: {
            type: "boolean",
            description: "Report comments that silence nothing (default false)."
          }
        },
        additionalProperties: false
      },
      customRules: {
        description: "Declarative rules without code, reported as custom/<name>.",
        type: "array",
        items: { $ref: "#/$defs/customRule" }
      },
      failOn: {
        description: "The lowest severity that fails the run (default error).",
        enum: [...FAIL_ON_VALUES]
      },
      maxWarnings: {
        description: "More enforced, unsuppressed warnings than this fail the run.",
        type: "integer",
        minimum: 0
      },
      mode: { $ref: "#/$defs/mode" },
      warnBeforeDays: {
        description: "Report policy/exception-expiring this many days before an exception expires (default 14).",
        type: "integer",
        minimum: 0,
        maximum: 366
      }
    },
    $defs: {
      severity: { enum: [...SEVERITY_VALUES] },
      mode: {
        description: "enforce: findings can fail the run; audit: they are reported and never fail it.",
        enum: [...MODE_VALUES]
      },
      ruleId: opts.structural ? { type: "string" } : { type: "string", anyOf: [{ enum: ids }, { pattern: CUSTOM_ID_PATTERN }] },
      globs,
      ruleSettings: opts.structural ? { type: "object", additionalProperties: anySetting } : {
        description: "rule-id: off|info|warning|error, or {severity, options, mode}.",
        type: "object",
        properties: settings,
        patternProperties: {
          [CUSTOM_ID_PATTERN]: ruleSettingSchema({
            id: "custom/*",
            summary: "A custom rule",
            severity: "warning"
          }),
          [SHELLCHECK_ID_PATTERN]: ruleSettingSchema({
            id: "shellcheck/SCnnnn",
            summary: "One ShellCheck code of dockerfile/shellcheck",
            severity: "warning"
          })
        },
        additionalProperties: false
      },
      override: {
        type: "object",
        required: ["files"],
        properties: {
          files: { $ref: "#/$defs/globs" },
          excludeFiles: { $ref: "#/$defs/globs" },
          rules: { $ref: "#/$defs/ruleSettings" },
          mode: { $ref: "#/$defs/mode" }
        },
        additionalProperties: false
      },
      exception: {
        type: "object",
        required: ["rules", "reason", "expires"],
        properties: {
          rules: {
            description: "The rule ids the exception covers (or shellcheck/SCnnnn for one ShellCheck code).",
            type: "array",
            minItems: 1,
            items: opts.structural ? { type: "string" } : { anyOf: [{ $ref: "#/$defs/ruleId" }, { type: "string", pattern: SHELLCHECK_ID_PATTERN }] }
          },
          files: { $ref: "#/$defs/globs" },
          reason: { type: "string", minLength: 1, description: "Why the findings are accepted." },
          expires: {
            type: "string",
            pattern: DATE_PATTERN,
            description: "YYYY-MM-DD; the exception applies through the end of that day (UTC)."
          },
          ticket: { type: "string", minLength: 1, description: "Where the follow-up is tracked." }
        },
        additionalProperties: false
      },
      selector,
      customRule: {
        type: "object",
        required: ["id", "kind", "message"],
        properties: {
          id: { type: "string", pattern: CUSTOM_ID_PATTERN, description: "custom/<kebab-case-name>" },
          kind: { enum: ["instruction", "order", "required", "assert"] },
          severity: { $ref: "#/$defs/severity" },
          message: { type: "string", minLength: 1 },
          summary: { type: "string" },
          instruction: {
            type: ["string", "array"],
            pattern: "^[A-Za-z]+$",
            minItems: 1,
            items: keyword
          },
          match: { type: "string", description: "RE2 regular expression (linear time)." },
          notMatch: { type: "string", description: "RE2 regular expression (linear time)." },
          stage: { enum: ["any", "final"] },
          first: { $ref: "#/$defs/selector" },
          then: { $ref: "#/$defs/selector" },
          min: { type: "integer", minimum: 0 },
          max: { type: "integer", minimum: 0 },
          target: { enum: ["dockerfile", "runtime", "image"] },
          path: { type: "string", minLength: 1 },
          operator: { enum: [...ASSERT_OPERATORS] },
          value: {},
          quantifier: { enum: ["all", "any", "none"] }
        },
        additionalProperties: false,
        allOf: [
          { if: { properties: { kind: { const: "instruction" } } }, then: { required: ["instruction"] } },
          { if: { properties: { kind: { const: "order" } } }, then: { required: ["first", "then"] } },
          { if: { properties: { kind: { const: "required" } } }, then: { required: ["instruction"] } },
          { if: { properties: { kind: { const: "assert" } } }, then: { required: ["path", "operator"] } }
        ]
      }
    }
  };
}
function optionsSchema(rule) {
  return { type: "object", properties: { ...rule.options ?? {} }, additionalProperties: false };
}
function optionsFingerprint(rule) {
  const text = JSON.stringify(rule.options ?? {});
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}
var structural;
var optionValidators = /* @__PURE__ */ new WeakMap();
async function optionsValidator(rule) {
  let v = optionValidators.get(rule);
  if (!v) {
    const { OPTION_VALIDATORS } = await import("./chunk-CYAJYFS6.mjs");
    const generated = OPTION_VALIDATORS.get(rule.id);
    v = generated && generated[0] === optionsFingerprint(rule) ? generated[1] : (await import("./chunk-ETBCRQ2O.mjs")).compileOptionsValidator(rule);
    optionValidators.set(rule, v);
  }
  return v;
}
function prefixed(errors, prefix, parentSchema) {
  return errors.map((e) => ({
    ...e,
    instancePath: prefix + e.instancePath,
    // The "unknown option" message reads the option names from the rules, not from this schema.
    parentSchema: e.instancePath === "" ? parentSchema : e.parentSchema
  }));
}
var MAX_SUGGESTIONS = 100;
async function validatePolicyData(data, src, rules) {
  structural ??= (await import("./chunk-W7F323JO.mjs")).validateStructure;
  const validators = /* @__PURE__ */ new Map();
  for (const rule of rulesWithOptions(data, rules)) validators.set(rule, await optionsValidator(rule));
  return withSuggestionBudget(MAX_SUGGESTIONS, () => validateWithin(data, src, rules, validators));
}
function rulesWithOptions(data, rules) {
  const out = /* @__PURE__ */ new Set();
  const isMap = (v) => !!v && typeof v === "object" && !Array.isArray(v);
  const scan = (map) => {
    if (!isMap(map)) return;
    for (const [id, v] of Object.entries(map)) {
      const rule = rules.get(id);
      if (rule && isMap(v) && isMap(v.options)) out.add(rule);
    }
  };
  if (!isMap(data)) return out;
  scan(data.rules);
  if (Array.isArray(data.overrides)) for (const o of data.overrides) scan(isMap(o) ? o.rules : void 0);
  return out;
}
function validateWithin(data, src, rules, validators) {
  if (!structural) throw new Error("the policy validators are not loaded");
  const errors = [];
  if (!structural(data)) errors.push(...structural.errors ?? []);
  const out = schemaProblems(errors, src, { rules });
  if (!data || typeof data !== "object" || Array.isArray(data)) return out;
  const d = data;
  const ids = [...rules.keys()];
  const unknown = (id, path, key, codes = false) => {
    if (rules.has(id) || new RegExp(CUSTOM_ID_PATTERN).test(id)) return false;
    if (codes && new RegExp(SHELLCHECK_ID_PATTERN).test(id) && rules.has("dockerfile/shellcheck"))
      return false;
    const hint = id.startsWith("custom/") ? "; custom rule ids are custom/ followed by a kebab-case name" : "; `layerguard rules` lists the rule ids";
    out.push({
      message: `unknown rule "${id}"${suggest(id, ids)}${hint}`,
      file: src.display,
      ...src.locate(path, { key })
    });
    return true;
  };
  const settingsAt = (map, base) => {
    if (!map || typeof map !== "object" || Array.isArray(map)) return;
    for (const [id, v] of Object.entries(map)) {
      if (unknown(id, [...base, id], true, true)) continue;
      const rule = rules.get(id);
      const options = v && typeof v === "object" && !Array.isArray(v) ? v.options : void 0;
      if (!rule || !options || typeof options !== "object" || Array.isArray(options)) continue;
      const validate = validators.get(rule);
      if (!validate(options)) {
        const prefix = "/" + [...base, id, "options"].map((s) => String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
        out.push(...schemaProblems(prefixed(validate.errors ?? [], prefix, {}), src, { rules }));
      }
    }
  };
  settingsAt(d.rules, ["rules"]);
  if (Array.isArray(d.overrides))
    d.overrides.forEach((o, i) => settingsAt(o?.rules, ["overrides", i, "rules"]));
  if (Array.isArray(d.locked))
    d.locked.forEach((id, i) => typeof id === "string" && unknown(id, ["locked", i], false));
  if (Array.isArray(d.exceptions)) {
    d.exceptions.forEach((e, i) => {
      const list = e?.rules;
      if (Array.isArray(list))
        list.forEach(
          (id, j) => typeof id === "string" && unknown(id, ["exceptions", i, "rules", j], false, true)
        );
    });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function decodePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s);
}
function describePath(path) {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || "the policy";
}
function describeValue(v) {
  if (v === null || v === void 0) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return v.length <= 32 ? `"${v}"` : `a string of ${v.length} characters`;
  return `${typeof v} ${JSON.stringify(v)}`;
}
function typeWords(t) {
  const list = Array.isArray(t) ? t : [t];
  const word = {
    string: "a string",
    array: "a list",
    object: "a mapping",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    null: "empty"
  };
  return list.map((x) => word[String(x)] ?? String(x)).join(" or ");
}
function where(path) {
  const n = path.length;
  const ruleSettingsAt = (p) => p.length >= 2 && (p[0] === "rules" ? 1 : p[0] === "overrides" && p[2] === "rules" ? 3 : -1);
  const i = ruleSettingsAt(path);
  if (typeof i === "number" && i > 0 && n > i) {
    const id = String(path[i]);
    if (n === i + 1) return `the setting of ${id}`;
    if (n === i + 2) return `the ${path[i + 1]} of ${id}`;
    if (path[i + 1] === "options" && n >= i + 3) {
      const rest = describePath(path.slice(i + 3));
      return `option "${path[i + 2]}"${rest !== "the policy" ? ` (${rest})` : ""} of ${id}`;
    }
  }
  return describePath(path);
}
var HINTS = {
  reason: 'say why the findings are accepted, e.g. reason: "vendor image, fixed upstream in 2.4"',
  expires: "give the date after which it stops applying, e.g. expires: 2025-12-31",
  rules: "list the rule ids it covers, e.g. rules: [dockerfile/base-image-latest]",
  files: 'give the globs it applies to, e.g. files: ["services/**/Dockerfile"]',
  id: "name it, e.g. id: custom/no-curl-pipe-sh",
  kind: "say which kind it is: instruction, order, required or assert",
  message: "write the message reported for a finding: what is wrong, why, and what to write instead",
  instruction: "name the instruction it looks at, e.g. instruction: RUN",
  first: "name the instruction that must come first, e.g. first: USER",
  then: "name the instruction that must come after it, e.g. then: CMD",
  path: "name the field it reads, e.g. path: config.User",
  operator: `name the comparison: ${ASSERT_OPERATORS.join(", ")}`
};
function patternMessage(path, pattern, data) {
  const w = where(path);
  if (pattern === DATE_PATTERN) return `${w} must be a date written YYYY-MM-DD (got ${describeValue(data)})`;
  if (pattern === CUSTOM_ID_PATTERN) {
    return `${w} must be custom/ followed by a kebab-case name, e.g. custom/no-curl-pipe-sh (got ${describeValue(data)})`;
  }
  if (pattern === "^[A-Za-z]+$")
    return `${w} must be a Dockerfile instruction keyword such as RUN (got ${describeValue(data)})`;
  return `${w} must match ${pattern} (got ${describeValue(data)})`;
}
function schemaProblems(errors, src, ctx) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const ruleIdPaths = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.schemaPath.includes("/$defs/ruleId/") || e.schemaPath.startsWith("#/$defs/ruleId"))
      ruleIdPaths.add(e.instancePath);
  }
  const push = (path, message, key = false) => {
    const dedupe = `${path.join("\0")}${message}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    out.push({ message, file: src.display, ...src.locate(path, { key }) });
  };
  const allIds = [...ctx.rules.keys()];
  for (const e of errors) {
    const path = decodePointer(e.instancePath);
    const data = e.data;
    if (e.keyword === "if" || e.keyword === "allOf") continue;
    if (ruleIdPaths.has(e.instancePath) && typeof data === "string") {
      if (e.keyword === "anyOf" || e.keyword === "enum" || e.keyword === "pattern") {
        push(path, `unknown rule "${data}"${suggest(data, allIds)}; \`layerguard rules\` lists the rule ids`);
      } else if (e.keyword === "type") {
        push(
          path,
          `${where(path)} must be a rule id such as dockerfile/base-image-latest (got ${describeValue(data)})`
        );
      }
      continue;
    }
    switch (e.keyword) {
      case "additionalProperties": {
        const prop = String(e.params.additionalProperty);
        const full = [...path, prop];
        const parentKeys = Object.keys(e.parentSchema?.properties ?? {});
        const isRuleMap = path.length === 1 && path[0] === "rules" || path.length === 3 && path[0] === "overrides" && path[2] === "rules";
        if (isRuleMap) {
          const hint = prop.startsWith("custom/") ? "; custom rule ids are custom/ followed by a kebab-case name" : "; `layerguard rules` lists the rule ids";
          push(full, `unknown rule "${prop}"${suggest(prop, allIds)}${hint}`, true);
        } else if (path[path.length - 1] === "options" && (path[0] === "rules" || path[0] === "overrides")) {
          const id = String(path[path.length - 2]);
          const rule = ctx.rules.get(id);
          const opts = Object.keys(rule?.options ?? {});
          push(
            full,
            opts.length === 0 ? `${id} has no options (got "${prop}"); remove options, or set only its severity` : `${id} has no option "${prop}"${suggest(prop, opts)}; its options are ${opts.join(", ")}`,
            true
          );
        } else if (path.length === 0) {
          push(
            full,
            `unknown key "${prop}"${suggest(prop, TOP_LEVEL_KEYS)}; a policy's keys are ${TOP_LEVEL_KEYS.join(", ")}`,
            true
          );
        } else {
          push(
            full,
            `unknown key "${prop}" in ${where(path)}${suggest(prop, parentKeys)}; the keys there are ${parentKeys.join(", ")}`,
            true
          );
        }
        break;
      }
      case "required": {
        const missing = String(e.params.missingProperty);
        const hint = HINTS[missing];
        const kind = path[0] === "customRules" && data && typeof data === "object" ? data.kind : void 0;
        const what = path[0] === "exceptions" ? "an exception" : path[0] === "overrides" ? "an override" : kind ? `a custom rule of kind ${String(kind)}` : path[0] === "customRules" ? "a custom rule" : where(path);
        push(path, `${what} needs "${missing}" (${where(path)})${hint ? `: ${hint}` : ""}`);
        break;
      }
      case "type": {
        const expected = e.params.type;
        const parent = path[path.length - 2];
        const isRuleSetting = path.length === 2 && path[0] === "rules" || path.length === 4 && path[0] === "overrides" && parent === "rules";
        if (path.length === 0) {
          push(
            path,
            `a policy is a mapping with keys such as extends, rules and failOn (got ${describeValue(data)})`
          );
        } else if (isRuleSetting) {
          push(
            path,
            `the setting of ${String(path[path.length - 1])} must be off, info, warning or error, or a mapping with severity, options and mode (got ${describeValue(data)})`
          );
        } else {
          push(path, `${where(path)} must be ${typeWords(expected)} (got ${describeValue(data)})`);
        }
        break;
      }
      case "enum": {
        const allowed = (e.params.allowedValues ?? []).map(String);
        const got = typeof data === "string" ? data : void 0;
        push(
          path,
          `${where(path)} must be one of ${allowed.join(", ")} (got ${describeValue(data)})${got !== void 0 ? suggest(got, allowed) : ""}`
        );
        break;
      }
      case "const":
        push(
          path,
          `${where(path)} must be ${JSON.stringify(e.params.allowedValue)}`
        );
        break;
      case "pattern":
        push(path, patternMessage(path, String(e.params.pattern), data));
        break;
      case "minLength":
        push(path, `${where(path)} must not be empty`);
        break;
      case "maxLength":
        push(path, `${where(path)} must be at most ${e.params.limit} characters long`);
        break;
      case "minItems":
        {
          const limit = e.params.limit;
          const hint = HINTS[String(path[path.length - 1])];
          push(
            path,
            limit === 1 ? `${where(path)} must not be empty${hint ? `: ${hint}` : ""}` : `${where(path)} must list at least ${limit} items`
          );
          break;
        }
        break;
      case "maxItems":
        push(path, `${where(path)} must list at most ${e.params.limit} item(s)`);
        break;
      case "uniqueItems":
        push(
          path,
          `${where(path)} lists the same item twice (items ${e.params.j} and ${e.params.i})`
        );
        break;
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        const p = e.params;
        push(path, `${where(path)} must be ${p.comparison} ${p.limit} (got ${describeValue(data)})`);
        break;
      }
      case "multipleOf":
        push(path, `${where(path)} must be a multiple of ${e.params.multipleOf}`);
        break;
      case "anyOf":
      case "oneOf":
        if (!errors.some((o) => o !== e && o.instancePath === e.instancePath && o.keyword !== "if")) {
          push(path, `${where(path)} is not a valid value (got ${describeValue(data)})`);
        }
        break;
      default:
        push(path, `${where(path)} ${e.message ?? "is not valid"}`);
    }
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

export {
  VERSION,
  INSTRUCTIONS,
  KNOWN_INSTRUCTIONS,
  suggest,
  closest,
  ASSERT_OPERATORS,
  formatProblem,
  PolicyError,
  CUSTOM_ID_PATTERN,
  buildPolicySchema,
  optionsSchema,
  optionsFingerprint,
  validatePolicyData
};
