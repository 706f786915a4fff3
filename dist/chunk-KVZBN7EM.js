import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  DEFAULT_SUPPRESSIONS,
  DEFAULT_WARN_BEFORE_DAYS,
  HADOLINT_FILE_NAMES,
  MAX_POLICY_BYTES,
  convertHadolint,
  loadPolicy
} from "./chunk-WTWUADBB.js";
import {
  require_dist
} from "./chunk-D2KG54VX.js";
import {
  readTargetFile
} from "./chunk-EWPYXFOK.js";
import "./chunk-I2AWKOE3.js";
import {
  RULES_BY_ID
} from "./chunk-6VALDLUX.js";
import "./chunk-7AJUONT3.js";
import "./chunk-3MTITDVE.js";
import "./chunk-FJVHEQQZ.js";
import "./chunk-LAZJ3NYX.js";
import "./chunk-GBM2JVEN.js";
import "./chunk-EOIBO5SL.js";
import "./chunk-VOMKYOLP.js";
import {
  SCHEMA_COMMENT
} from "./chunk-IEK5ZW2B.js";
import {
  PolicyError
} from "./chunk-F357WPAC.js";
import "./chunk-2TR3644I.js";
import "./chunk-PE7UAB63.js";
import {
  __toESM
} from "./chunk-YJ6SUC6Q.js";

// src/cli/policy-commands.ts
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/starter-policy.ts
var import_yaml = __toESM(require_dist(), 1);
function yamlValue(v) {
  return (0, import_yaml.stringify)(v, { flowCollectionPadding: false, lineWidth: 0, collectionStyle: "flow" }).trim();
}
function starterPolicy(opts = {}) {
  const conv = opts.hadolint?.conversion;
  const origin = (path2) => {
    const o = conv?.origins.get(JSON.stringify(path2));
    return o ? `  # ${o.note}, ${opts.hadolint.file}:${o.line}` : "";
  };
  const lines = [
    SCHEMA_COMMENT,
    "#",
    "# layerguard policy: see docs/policy.md for every key. `layerguard print-policy --explain` shows",
    "# the effective policy and where each value comes from.",
    ...opts.hadolint ? [`# Converted from ${opts.hadolint.file}.`] : [],
    "",
    "# Presets and shared policies this one builds on (later wins): builtin:recommended, builtin:strict,",
    "# ./relative.yml, github:org/policies/layerguard.yml@v1.0.0, https://\u2026#sha256-<base64>.",
    "extends:",
    "  - builtin:recommended",
    "",
    "# The lowest severity that fails the run: error, warning, info or none."
  ];
  lines.push(conv?.data.failOn ? `failOn: ${conv.data.failOn}${origin(["failOn"])}` : "failOn: error");
  lines.push(
    "",
    "# Report findings without failing the run while a team adopts a rule: enforce or audit.",
    "mode: enforce",
    "",
    "# rule-id: off | info | warning | error, or { severity, options, mode }.",
    "# `layerguard rules` lists every rule with its default severity and options."
  );
  const ruleEntries = Object.entries(conv?.data.rules ?? {});
  if (ruleEntries.length === 0) {
    lines.push(
      "# rules:",
      "#   dockerfile/base-image-digest: error",
      "#   runtime/memory-limit:",
      "#     severity: error"
    );
  } else {
    lines.push("rules:");
    for (const [id, v] of ruleEntries.sort(([a], [b]) => a < b ? -1 : 1)) {
      lines.push(`  ${id}: ${yamlValue(v)}${origin(["rules", id])}`);
    }
  }
  if (conv?.data.suppressions?.inline === false) {
    lines.push("", "suppressions:", `  inline: false${origin(["suppressions", "inline"])}`);
  } else {
    lines.push(
      "",
      "# Inline comments: # layerguard ignore=<rule> -- <reason> (also hadolint and BuildKit comments).",
      "suppressions:",
      "  inline: true",
      "  requireReason: true",
      "  reportUnused: true"
    );
  }
  lines.push(
    "",
    "# Settings for some files only; the last matching override wins.",
    "# overrides:",
    '#   - files: ["test/**", "**/*.dev.Dockerfile"]',
    "#     mode: audit",
    "",
    "# Accepted findings, each with a reason and an expiry date.",
    "# exceptions:",
    "#   - rules: [dockerfile/base-image-latest]",
    '#     files: ["legacy/**"]',
    "#     reason: legacy image, replaced by the new build in Q3",
    "#     expires: 2030-12-31",
    "#     ticket: OPS-123"
  );
  if (conv && conv.notices.length > 0) {
    lines.push("", `# Not carried over from ${opts.hadolint.file}:`, ...conv.notices.map((n) => `# - ${n}`));
  }
  return lines.join("\n") + "\n";
}

// src/cli/print-policy.ts
var import_yaml2 = __toESM(require_dist(), 1);
function effectiveRules(policy, rules) {
  const out = [];
  const custom = new Map((policy.customRules ?? []).map((c) => [c.id, c]));
  const ids = [.../* @__PURE__ */ new Set([...rules.keys(), ...custom.keys()])].sort();
  for (const id of ids) {
    const rule = rules.get(id);
    const setting = policy.rules[id];
    const defaults = rule?.defaultOptions ?? {};
    out.push({
      id,
      severity: setting?.severity ?? rule?.severity ?? custom.get(id)?.severity ?? "warning",
      severitySource: setting?.source ?? (rule ? "rule default" : custom.get(id)?.source ?? "default"),
      options: { ...defaults, ...setting?.options ?? {} },
      ownOptions: new Set(Object.keys(setting?.options ?? {})),
      ...setting?.optionsSource ? { optionsSource: setting.optionsSource } : {},
      ...setting?.mode ? { mode: setting.mode, modeSource: setting.modeSource } : {},
      ...policy.locked?.[id] ? { locked: policy.locked[id].source } : {}
    });
  }
  return out;
}
function policyAsData(policy, rules) {
  const data = {
    sources: policy.sources,
    failOn: policy.failOn,
    mode: policy.mode,
    ...policy.maxWarnings !== void 0 ? { maxWarnings: policy.maxWarnings } : {},
    warnBeforeDays: policy.warnBeforeDays ?? DEFAULT_WARN_BEFORE_DAYS,
    suppressions: { ...DEFAULT_SUPPRESSIONS, ...policy.suppressions ?? {} },
    locked: Object.keys(policy.locked ?? {}).sort(),
    rules: Object.fromEntries(
      effectiveRules(policy, rules).map((r) => {
        const hasOptions = Object.keys(r.options).length > 0;
        if (!hasOptions && !r.mode) return [r.id, r.severity];
        return [
          r.id,
          {
            severity: r.severity,
            ...hasOptions ? { options: r.options } : {},
            ...r.mode ? { mode: r.mode } : {}
          }
        ];
      })
    ),
    overrides: (policy.overrides ?? []).map((o) => ({
      files: o.files,
      ...o.excludeFiles ? { excludeFiles: o.excludeFiles } : {},
      ...o.mode ? { mode: o.mode } : {},
      rules: Object.fromEntries(
        Object.entries(o.rules).map(([id, r]) => {
          const { source: _source, ...rest } = r;
          return [id, Object.keys(rest).length === 1 && rest.severity ? rest.severity : rest];
        })
      )
    })),
    exceptions: (policy.exceptions ?? []).map((e) => ({
      rules: e.rules,
      ...e.files ? { files: e.files } : {},
      reason: e.reason,
      expires: e.expires,
      ...e.ticket ? { ticket: e.ticket } : {}
    })),
    customRules: (policy.customRules ?? []).map((c) => {
      const { source: _s, layer: _l, ...rest } = c;
      return rest;
    })
  };
  return data;
}
function comment(node, text) {
  if (!text || !node) return;
  const n = node;
  if ((0, import_yaml2.isCollection)(n)) n.flow = true;
  n.comment = ` ${text}`;
}
function renderPolicy(policy, rules, opts = {}) {
  const data = policyAsData(policy, rules);
  if (opts.format === "json") {
    const withOrigins = opts.explain ? {
      ...data,
      origins: policy.origins ?? {},
      ruleOrigins: Object.fromEntries(
        effectiveRules(policy, rules).map((r) => [
          r.id,
          {
            severity: r.severitySource,
            ...r.optionsSource ? { options: r.optionsSource } : {},
            ...r.locked ? { locked: r.locked } : {}
          }
        ])
      )
    } : data;
    return JSON.stringify(withOrigins, null, 2) + "\n";
  }
  const { sources, ...body } = data;
  const doc = new import_yaml2.Document(body);
  doc.commentBefore = ` The effective layerguard policy, merged from: ${sources.join(" + ") || "nothing"}${opts.explain ? '\n Each value is followed by the file:line it came from ("default": no policy sets it).' : ""}`;
  if (opts.explain) {
    const origins = policy.origins ?? {};
    for (const key of ["failOn", "mode", "maxWarnings", "warnBeforeDays"]) {
      const node = doc.get(key, true);
      if (node) comment(node, origins[key] ?? "default");
    }
    const supp = doc.get("suppressions", true);
    for (const k of Object.keys(DEFAULT_SUPPRESSIONS))
      comment(supp?.get(k, true), origins[`suppressions.${k}`] ?? "default");
    const lockedNode = doc.get("locked", true);
    for (const item of lockedNode?.items ?? []) {
      const id = (0, import_yaml2.isScalar)(item) ? String(item.value) : "";
      comment(item, policy.locked?.[id]?.source);
    }
    const rulesNode = doc.get("rules", true);
    for (const r of effectiveRules(policy, rules)) {
      const node = rulesNode?.get(r.id, true);
      const lockNote = r.locked ? `; locked by ${r.locked}` : "";
      if ((0, import_yaml2.isScalar)(node)) {
        comment(node, r.severitySource + lockNote);
        continue;
      }
      comment(node?.get?.("severity", true), r.severitySource + lockNote);
      const optionsNode = node?.get?.("options", true);
      for (const key of Object.keys(r.options)) {
        comment(optionsNode?.get(key, true), r.ownOptions.has(key) ? r.optionsSource : "rule default");
      }
      comment(node?.get?.("mode", true), r.modeSource);
    }
    for (const [key, list] of [
      ["overrides", policy.overrides ?? []],
      ["exceptions", policy.exceptions ?? []],
      ["customRules", policy.customRules ?? []]
    ]) {
      const seq = doc.get(key, true);
      (seq?.items ?? []).forEach((item, i) => {
        const first = key === "overrides" ? "files" : key === "exceptions" ? "rules" : "id";
        comment(item.get(first, true), list[i]?.source);
      });
    }
  }
  return doc.toString({ lineWidth: 0 });
}

// src/cli/policy-commands.ts
function splitEquals(args, flag) {
  return args.flatMap((a) => a.startsWith(`${flag}=`) ? [flag, a.slice(flag.length + 1)] : [a]);
}
async function printPolicyCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      policy: { type: "string" },
      explain: { type: "boolean" },
      format: { type: "string", short: "f" },
      "github-token": { type: "string" },
      "hadolint-config": { type: "string" },
      "policy-cache": { type: "string" }
    }
  });
  const format = values.format ?? "yaml";
  if (format !== "yaml" && format !== "json")
    throw new PolicyError(`--format must be yaml or json (got "${format}")`);
  const policy = await policyFromArgs(values, io);
  for (const n of policy.notices ?? []) io.stderr(`layerguard: note: ${n}
`);
  io.stdout(renderPolicy(policy, RULES_BY_ID, { explain: values.explain === true, format }));
  return 0;
}
async function initCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: splitEquals(args, "--from-hadolint"),
    allowPositionals: true,
    options: {
      "from-hadolint": { type: "boolean" },
      output: { type: "string", short: "o" },
      force: { type: "boolean" }
    }
  });
  if (positionals.length > (values["from-hadolint"] ? 1 : 0)) {
    throw new PolicyError(
      `init takes no argument "${positionals[positionals.length - 1]}"; see layerguard --help`
    );
  }
  let hadolint;
  if (values["from-hadolint"]) {
    const file = positionals[0] ?? HADOLINT_FILE_NAMES.find((n) => existsSync(path.join(io.cwd, n)));
    if (!file)
      throw new PolicyError(
        `--from-hadolint: no ${HADOLINT_FILE_NAMES.join(", ")} here; name the file: --from-hadolint FILE`
      );
    let text2;
    try {
      text2 = await readTargetFile(path.resolve(io.cwd, file), io.cwd, MAX_POLICY_BYTES);
    } catch (e) {
      throw new PolicyError(`cannot read the hadolint configuration ${file}: ${e.message}`);
    }
    const problems = [];
    const conversion = convertHadolint(text2, file, RULES_BY_ID, problems);
    if (problems.length > 0) throw PolicyError.of(problems);
    for (const n of conversion.notices) io.stderr(`layerguard: note: ${n}
`);
    hadolint = { conversion, file };
  }
  const text = starterPolicy({ hadolint });
  const output = values.output ?? ".layerguard.yml";
  if (output === "-") {
    io.stdout(text);
    return 0;
  }
  const target = path.resolve(io.cwd, output);
  if (existsSync(target) && !values.force) {
    throw new PolicyError(
      `${output} already exists; use --force to replace it, or --output FILE (--output - prints it)`
    );
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, text);
  io.stderr(
    `layerguard: wrote ${output}; check it with: layerguard print-policy --explain --policy ${output}
`
  );
  return 0;
}
function policyFromArgs(values, io) {
  return loadPolicy({
    cwd: io.cwd,
    policy: values.policy,
    rules: RULES_BY_ID,
    githubToken: values["github-token"] ?? io.env.GITHUB_TOKEN,
    hadolintConfig: values["hadolint-config"],
    env: io.env,
    policyCacheDir: values["policy-cache"] && path.resolve(io.cwd, values["policy-cache"])
  });
}
export {
  initCommand,
  policyFromArgs,
  printPolicyCommand
};
