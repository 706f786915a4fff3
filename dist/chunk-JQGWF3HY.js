import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  cell,
  code
} from "./chunk-5ODBQSLY.js";
import "./chunk-LCUHNVZC.js";
import "./chunk-UG5PZLEB.js";
import "./chunk-VWMQMPCK.js";
import "./chunk-I2AWKOE3.js";
import "./chunk-6VALDLUX.js";
import "./chunk-7AJUONT3.js";
import "./chunk-3MTITDVE.js";
import "./chunk-FJVHEQQZ.js";
import "./chunk-LAZJ3NYX.js";
import "./chunk-GBM2JVEN.js";
import "./chunk-EOIBO5SL.js";
import "./chunk-VOMKYOLP.js";
import "./chunk-2TR3644I.js";
import "./chunk-PE7UAB63.js";
import "./chunk-YJ6SUC6Q.js";

// src/cli/fleet-report.ts
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var MAX_FILES = 1e4;
var MAX_FILE_BYTES = 64 * 1024 * 1024;
var EXPIRING_DAYS = 30;
async function reportCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      current: { type: "string" },
      today: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  const usage = "layerguard report FILE|FOLDER... [--format markdown|json] [--current github:ORG/REPO/PATH@REF]: merge many repositories' JSON (or SARIF) results into one fleet report";
  if (values.help) {
    io.stdout(usage + "\n");
    return 0;
  }
  const format = values.format ?? "markdown";
  if (!["markdown", "json"].includes(format)) {
    io.stderr(`layerguard: --format must be markdown or json (got "${format}")
`);
    return 2;
  }
  if (!positionals.length) {
    io.stderr(`layerguard: name the result files or folders to merge
usage: ${usage}
`);
    return 2;
  }
  const today = values.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const files = [];
  for (const p of positionals) await collect(path.resolve(io.cwd, p), files, 0);
  if (!files.length) {
    io.stderr(`layerguard: no .json or .sarif results in ${positionals.join(", ")}
`);
    return 2;
  }
  const results = [];
  const unreadable = [];
  for (const file of files) {
    const display = path.relative(io.cwd, file) || file;
    try {
      const st = await fs.stat(file);
      if (st.size > MAX_FILE_BYTES) throw new Error("larger than 64 MiB");
      results.push(readResult(JSON.parse(await fs.readFile(file, "utf8")), file));
    } catch (e) {
      unreadable.push({ file: display, problem: e.message });
    }
  }
  const report = buildFleetReport(results, unreadable, { today, current: values.current });
  io.stdout(format === "json" ? JSON.stringify(report, null, 2) + "\n" : formatFleetMarkdown(report, today));
  return 0;
}
async function collect(p, out, depth) {
  if (out.length >= MAX_FILES || depth > 10) return;
  const st = await fs.stat(p);
  if (st.isFile()) {
    out.push(p);
    return;
  }
  for (const e of (await fs.readdir(p, { withFileTypes: true })).sort(
    (a, b) => a.name.localeCompare(b.name)
  )) {
    const child = path.join(p, e.name);
    if (e.isDirectory()) await collect(child, out, depth + 1);
    else if (e.isFile() && /\.(json|sarif)$/.test(e.name)) out.push(child);
  }
}
var str = (v) => typeof v === "string" ? v : void 0;
function repositoryOf(data, file) {
  const named = str(data.repository);
  if (named) return named;
  const dir = path.basename(path.dirname(file));
  return dir && dir !== "." ? dir : path.basename(file).replace(/\.(json|sarif)$/, "");
}
function readResult(data, file) {
  if (typeof data !== "object" || data === null) throw new Error("not a JSON object");
  const d = data;
  const base = { repository: repositoryOf(d, file), file, exceptions: [], locked: [], sources: [] };
  if (Array.isArray(d.runs)) {
    const byRule2 = {};
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const run of d.runs)
      for (const r of run.results ?? []) {
        const id = r.ruleId ?? "unknown";
        byRule2[id] = (byRule2[id] ?? 0) + 1;
        if (r.level === "error") errors++;
        else if (r.level === "note" || r.level === "none") infos++;
        else warnings++;
      }
    return { ...base, verdict: "unknown", errors, warnings, infos, byRule: byRule2 };
  }
  const summary = d.summary;
  if (!summary || !Array.isArray(d.findings))
    throw new Error("neither a layerguard JSON result (`check --format json`) nor a SARIF log");
  const policy = d.policy ?? {};
  const byRule = {};
  for (const f of d.findings)
    if (!f.suppressed && f.ruleId) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  return {
    ...base,
    verdict: summary.verdict === "fail" ? "fail" : summary.verdict === "pass" ? "pass" : "unknown",
    errors: Number(summary.errors) || 0,
    warnings: Number(summary.warnings) || 0,
    infos: Number(summary.infos) || 0,
    byRule,
    sources: Array.isArray(policy.sources) ? policy.sources.map(String) : [],
    exceptions: Array.isArray(policy.exceptions) ? policy.exceptions : [],
    locked: Array.isArray(policy.locked) ? policy.locked.map(String) : []
  };
}
function splitRef(source) {
  const m = /^(github:[^@]+)@(.+)$/.exec(source) ?? /^(https:\/\/[^#]+)#(.+)$/.exec(source);
  return m ? [m[1], m[2]] : void 0;
}
function buildFleetReport(results, unreadable, opts) {
  const byRepo = [...results].sort(
    (a, b) => (b.verdict === "fail" ? 1 : 0) - (a.verdict === "fail" ? 1 : 0) || b.errors - a.errors || a.repository.localeCompare(b.repository)
  );
  const rules = /* @__PURE__ */ new Map();
  for (const r of results)
    for (const [rule, n] of Object.entries(r.byRule)) {
      const e = rules.get(rule) ?? { findings: 0, repositories: /* @__PURE__ */ new Set() };
      e.findings += n;
      e.repositories.add(r.repository);
      rules.set(rule, e);
    }
  const soon = /* @__PURE__ */ new Date(`${opts.today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + EXPIRING_DAYS);
  const soonDay = soon.toISOString().slice(0, 10);
  const exceptions = results.flatMap(
    (r) => r.exceptions.map((e) => ({
      repository: r.repository,
      expires: e.expires,
      status: e.expires < opts.today ? "expired" : e.expires <= soonDay ? "expiring" : "active",
      rules: e.rules,
      ...e.files ? { files: e.files } : {},
      reason: e.reason,
      source: e.source
    }))
  ).sort((a, b) => a.expires.localeCompare(b.expires) || a.repository.localeCompare(b.repository));
  const lockedFindings = results.flatMap(
    (r) => r.locked.filter((rule) => r.byRule[rule]).map((rule) => ({ repository: r.repository, rule, findings: r.byRule[rule] }))
  ).sort((a, b) => b.findings - a.findings || a.repository.localeCompare(b.repository));
  const current = opts.current ? splitRef(opts.current) : void 0;
  const versions = /* @__PURE__ */ new Map();
  for (const r of results)
    for (const s of r.sources) {
      if (!splitRef(s)) continue;
      versions.set(s, [...versions.get(s) ?? [], r.repository]);
    }
  const policyVersions = [...versions].map(([source, repositories]) => {
    const [policy, ref] = splitRef(source);
    return {
      policy,
      ref,
      repositories: repositories.sort(),
      behind: !!current && current[0] === policy && current[1] !== ref
    };
  }).sort((a, b) => a.policy.localeCompare(b.policy) || b.repositories.length - a.repositories.length);
  return {
    repositories: byRepo.map((r) => ({
      repository: r.repository,
      verdict: r.verdict,
      errors: r.errors,
      warnings: r.warnings,
      infos: r.infos,
      policy: r.sources
    })),
    rules: [...rules].map(([rule, e]) => ({ rule, findings: e.findings, repositories: e.repositories.size })).sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule)),
    exceptions,
    lockedFindings,
    policyVersions,
    unreadable
  };
}
function rulesTable(rules) {
  return [
    "| rule | findings | repositories |",
    "| --- | ---: | ---: |",
    ...rules.map((x) => `| ${code(x.rule)} | ${x.findings} | ${x.repositories} |`)
  ];
}
function formatFleetMarkdown(r, today) {
  const failing = r.repositories.filter((x) => x.verdict === "fail").length;
  const lines = [
    "# layerguard fleet report",
    "",
    `${r.repositories.length} repositories: **${failing} failing**, ${r.repositories.length - failing} passing or without a verdict (as of ${today}).`,
    "",
    "## Repositories",
    "",
    "| repository | verdict | errors | warnings | info |",
    "| --- | --- | ---: | ---: | ---: |",
    ...r.repositories.map(
      (x) => `| ${cell(x.repository)} | ${x.verdict} | ${x.errors} | ${x.warnings} | ${x.infos} |`
    ),
    "",
    "## Noisiest rules",
    "",
    ...rulesTable(r.rules.slice(0, 10))
  ];
  if (r.rules.length > 10)
    lines.push(
      "",
      `<details><summary>All ${r.rules.length} rules</summary>`,
      "",
      ...rulesTable(r.rules),
      "",
      "</details>"
    );
  lines.push("", "## Exceptions by expiry", "");
  if (!r.exceptions.length) lines.push("No exceptions.");
  else
    lines.push(
      "| expires | status | repository | rules | reason |",
      "| --- | --- | --- | --- | --- |",
      ...r.exceptions.map(
        (e) => `| ${e.expires} | ${e.status === "active" ? "active" : `**${e.status}**`} | ${cell(e.repository)} | ${e.rules.map(code).join(", ")} | ${cell(e.reason)} |`
      )
    );
  lines.push("", "## Findings of locked rules", "");
  if (!r.lockedFindings.length) lines.push("None.");
  else
    lines.push(
      "| repository | rule | findings |",
      "| --- | --- | ---: |",
      ...r.lockedFindings.map((x) => `| ${cell(x.repository)} | ${code(x.rule)} | ${x.findings} |`)
    );
  lines.push("", "## Policy versions in use", "");
  if (!r.policyVersions.length) lines.push("No remote policies are extended.");
  else
    lines.push(
      "| policy | version | repositories | |",
      "| --- | --- | ---: | --- |",
      ...r.policyVersions.map(
        (v) => `| ${cell(v.policy)} | ${cell(v.ref)} | ${v.repositories.length} | ${v.behind ? `**behind**: ${v.repositories.map(cell).join(", ")}` : ""} |`
      )
    );
  if (r.unreadable.length)
    lines.push(
      "",
      "## Results that could not be read",
      "",
      ...r.unreadable.map((u) => `- ${cell(u.file)}: ${cell(u.problem)}`)
    );
  return lines.join("\n") + "\n";
}
export {
  buildFleetReport,
  formatFleetMarkdown,
  reportCommand
};
