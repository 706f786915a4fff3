import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  check
} from "./chunk-LLR2PCEP.js";
import {
  loadPolicy,
  readYaml
} from "./chunk-WTWUADBB.js";
import "./chunk-3LCV5NUK.js";
import "./chunk-FWAQ3EFQ.js";
import "./chunk-D2KG54VX.js";
import "./chunk-UG5PZLEB.js";
import "./chunk-VWMQMPCK.js";
import "./chunk-IPEZ7FNF.js";
import {
  toPosix
} from "./chunk-EWPYXFOK.js";
import {
  SEVERITIES
} from "./chunk-I2AWKOE3.js";
import {
  escapeData,
  escapeProperty
} from "./chunk-C54YOXCC.js";
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
import "./chunk-IEK5ZW2B.js";
import {
  PolicyError,
  formatProblem,
  suggest
} from "./chunk-F357WPAC.js";
import "./chunk-2TR3644I.js";
import "./chunk-PE7UAB63.js";
import "./chunk-YJ6SUC6Q.js";

// src/cli/verify.ts
import { existsSync, mkdtempSync, promises as fs, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
var TEST_FILE_PATTERN = /(^|\.)layerguard\.test\.ya?ml$/;
var MAX_TEST_FILES = 1e3;
var MAX_INPUT_BYTES = 1024 * 1024;
var USAGE = "layerguard verify [PATH]... [--format text|json|github] [--shellcheck auto|on|off]: run the policy tests in layerguard.test.yml / *.layerguard.test.yml files (PATH: a test file or a folder to search; default .)";
async function verifyCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      shellcheck: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  const format = values.format ?? "text";
  if (!["text", "json", "github"].includes(format)) {
    io.stderr(`layerguard: --format must be one of text, json, github (got "${format}")
`);
    return 2;
  }
  const shellcheck = values.shellcheck ?? "off";
  if (!["auto", "on", "off"].includes(shellcheck)) {
    io.stderr(`layerguard: --shellcheck must be one of auto, on, off (got "${values.shellcheck}")
`);
    return 2;
  }
  const files = await findTestFiles(io.cwd, positionals.length ? positionals : ["."]);
  if (files.length === 0) {
    io.stderr(
      `layerguard: no policy tests found in ${positionals.join(", ") || "."}: write a layerguard.test.yml beside the policy (see docs/policy.md, "Testing a policy")
`
    );
    return 2;
  }
  const problems = [];
  const parsed = [];
  for (const file of files) {
    const display = toPosix(path.relative(io.cwd, file)) || path.basename(file);
    const t = parseTestFile(await fs.readFile(file, "utf8"), file, display, problems);
    if (t) parsed.push(t);
  }
  if (problems.length) {
    for (const p of problems) io.stderr(`${formatProblem(p)}
`);
    io.stderr(`layerguard: the policy tests have ${problems.length} problem(s); nothing was run
`);
    return 2;
  }
  const results = [];
  for (const t of parsed) for (const c of t.cases) results.push(await runCase(t, c, io, shellcheck));
  const failed = results.filter((r) => !r.ok).length;
  if (format === "json")
    io.stdout(JSON.stringify({ passed: results.length - failed, failed, cases: results }, null, 2) + "\n");
  else if (format === "github") io.stdout(formatGithubResults(results));
  else io.stdout(formatTextResults(results));
  return failed ? 1 : 0;
}
async function findTestFiles(cwd, inputs) {
  const out = [];
  const walk = async (dir, depth) => {
    if (depth > 20 || out.length >= MAX_TEST_FILES) return;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name === "node_modules" || e.name === ".git") continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p, depth + 1);
      else if (e.isFile() && TEST_FILE_PATTERN.test(e.name)) out.push(p);
    }
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    if (!existsSync(abs)) throw new PolicyError(`${input}: no such file or folder`);
    if (statSync(abs).isDirectory()) await walk(abs, 0);
    else out.push(abs);
  }
  return [...new Set(out)];
}
function parseTestFile(text, file, display, problems) {
  const before = problems.length;
  const yaml = readYaml(text, display, problems);
  if (problems.length > before) return void 0;
  const at = (p, message, key) => problems.push({ file: display, ...yaml.locate(p, { key }), message });
  const data = yaml.data;
  if (!isObject(data)) {
    at([], "a policy test file is a mapping with `cases:` (and optionally `policy:` and `now:`)");
    return void 0;
  }
  for (const key of Object.keys(data))
    if (!["policy", "now", "cases"].includes(key))
      at(
        [key],
        `unknown key "${key}"${suggest(key, ["policy", "now", "cases"])}; the keys are policy, now and cases`,
        true
      );
  const policy = optionalString(data, ["policy"], at);
  let now;
  if (data.now !== void 0) {
    now = /* @__PURE__ */ new Date(`${String(data.now)}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(data.now)) || Number.isNaN(now.getTime()))
      at(["now"], "`now` must be a date written YYYY-MM-DD (the day exceptions are checked against)");
  }
  if (!Array.isArray(data.cases) || data.cases.length === 0) {
    at(data.cases === void 0 ? [] : ["cases"], "`cases` must be a non-empty list of test cases");
    return void 0;
  }
  const cases = data.cases.map((c, i) => parseCase(yaml, c, ["cases", i], at)).filter((c) => !!c);
  return { file, display, policy, now, cases };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function optionalString(obj, p, at) {
  const key = p[p.length - 1];
  const v = obj[key];
  if (v === void 0) return void 0;
  if (typeof v !== "string" || v === "") {
    at(p, `\`${key}\` must be a non-empty string`);
    return void 0;
  }
  return v;
}
var CASE_KEYS = ["name", "policy", "files", "images", "expect", "expect-none"];
var FINDING_KEYS = ["rule", "file", "line", "severity", "message"];
function parseCase(yaml, raw, p, at) {
  if (!isObject(raw)) {
    at(p, "a case is a mapping with name, files and expect");
    return void 0;
  }
  for (const key of Object.keys(raw))
    if (!CASE_KEYS.includes(key))
      at(
        [...p, key],
        `unknown key "${key}"${suggest(key, CASE_KEYS)}; a case has ${CASE_KEYS.join(", ")}`,
        true
      );
  const name = optionalString(raw, [...p, "name"], at) ?? `case ${p[1] + 1}`;
  const files = [];
  if (!isObject(raw.files) || Object.keys(raw.files).length === 0)
    at([...p, "files"], "a case needs `files`: a mapping of file name to its content (or to {path: FILE})");
  else {
    for (const [fname, v] of Object.entries(raw.files)) {
      const fp = [...p, "files", fname];
      if (path.isAbsolute(fname) || fname.split(/[\\/]/).includes(".."))
        at(fp, `the input name "${fname}" must be a relative path inside the case (no "..")`, true);
      else if (typeof v === "string") files.push({ name: fname, content: v });
      else if (isObject(v) && typeof v.path === "string") files.push({ name: fname, path: v.path });
      else at(fp, `"${fname}" must be the file's text, or {path: FILE} relative to the test file`);
    }
  }
  const images = Array.isArray(raw.images) ? raw.images.map(String) : [];
  if (raw.images !== void 0 && !Array.isArray(raw.images))
    at(
      [...p, "images"],
      "`images` must be a list of input names to check as images (inspect JSON, archives)"
    );
  for (const img of images)
    if (!files.some((f) => f.name === img)) at([...p, "images"], `"${img}" is not one of the case's files`);
  const expectFindings = [];
  let verdict;
  let only = false;
  const expect = raw.expect;
  if (expect !== void 0 && !isObject(expect))
    at([...p, "expect"], "`expect` is a mapping with findings, verdict and only");
  if (isObject(expect)) {
    for (const key of Object.keys(expect))
      if (!["findings", "verdict", "only"].includes(key))
        at(
          [...p, "expect", key],
          `unknown key "${key}"${suggest(key, ["findings", "verdict", "only"])}; expect has findings, verdict and only`,
          true
        );
    if (expect.verdict !== void 0) {
      if (expect.verdict === "pass" || expect.verdict === "fail") verdict = expect.verdict;
      else at([...p, "expect", "verdict"], "`verdict` must be pass or fail");
    }
    if (expect.only !== void 0) {
      if (typeof expect.only === "boolean") only = expect.only;
      else at([...p, "expect", "only"], "`only` must be true or false");
    }
    if (expect.findings !== void 0 && !Array.isArray(expect.findings))
      at([...p, "expect", "findings"], "`findings` must be a list");
    for (const [i, f] of (Array.isArray(expect.findings) ? expect.findings : []).entries()) {
      const fp = [...p, "expect", "findings", i];
      if (!isObject(f) || typeof f.rule !== "string") {
        at(
          fp,
          "an expected finding needs `rule` (a rule id or alias), and may give file, line, severity, message"
        );
        continue;
      }
      for (const key of Object.keys(f))
        if (!FINDING_KEYS.includes(key))
          at(
            [...fp, key],
            `unknown key "${key}"${suggest(key, FINDING_KEYS)}; an expected finding has ${FINDING_KEYS.join(", ")}`,
            true
          );
      if (!knownRule(f.rule))
        at([...fp, "rule"], `unknown rule "${f.rule}"${suggest(f.rule, [...RULES_BY_ID.keys()])}`);
      if (f.line !== void 0 && !(Number.isInteger(f.line) && f.line > 0))
        at([...fp, "line"], "`line` must be a line number (1 or more)");
      if (f.severity !== void 0 && !SEVERITIES.includes(f.severity))
        at([...fp, "severity"], "`severity` must be error, warning or info");
      expectFindings.push({
        rule: f.rule,
        file: typeof f.file === "string" ? f.file : void 0,
        line: typeof f.line === "number" ? f.line : void 0,
        severity: f.severity,
        message: f.message === void 0 ? void 0 : String(f.message)
      });
    }
  }
  const none = raw["expect-none"];
  const expectNone = Array.isArray(none) ? none.map(String) : [];
  if (none !== void 0 && !Array.isArray(none))
    at([...p, "expect-none"], "`expect-none` must be a list of rule ids or aliases that must not report");
  for (const r of expectNone) if (!knownRule(r)) at([...p, "expect-none"], `unknown rule "${r}"`);
  if (expect === void 0 && !expectNone.length)
    at(p, `case "${name}" expects nothing: give expect.findings, expect.verdict, expect.only or expect-none`);
  return {
    name,
    line: yaml.locate(p).line,
    policy: optionalString(raw, [...p, "policy"], at),
    files,
    images,
    expectFindings,
    expectNone,
    verdict,
    only
  };
}
function knownRule(id) {
  if (RULES_BY_ID.has(id) || /^(shellcheck\/)?SC\d{4}$/.test(id) || id.startsWith("custom/")) return true;
  for (const r of RULES_BY_ID.values()) if (r.aliases.includes(id)) return true;
  return false;
}
function ruleMatches(expected, f) {
  if (f.ruleId === expected || f.ruleId === `shellcheck/${expected}`) return true;
  return RULES_BY_ID.get(f.ruleId)?.aliases.includes(expected) ?? false;
}
function describeFinding(f) {
  const msg = f.message.length > 100 ? f.message.slice(0, 99) + "\u2026" : f.message;
  return `${f.ruleId} at ${f.file}:${f.line} ${f.severity}: ${msg}`;
}
function describeExpected(e) {
  const where = e.file || e.line ? ` at ${e.file ?? "*"}${e.line ? `:${e.line}` : ""}` : "";
  return `${e.rule}${where}${e.severity ? ` ${e.severity}` : ""}${e.message ? ` "\u2026${e.message}\u2026"` : ""}`;
}
async function runCase(t, c, io, shellcheck) {
  const base = { file: t.display, name: c.name, line: c.line };
  const dir = path.dirname(t.file);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "layerguard-verify-"));
  try {
    for (const f of c.files) {
      const dest = path.join(tmp, f.name);
      await fs.mkdir(path.dirname(dest), { recursive: true });
      if (f.content !== void 0) await fs.writeFile(dest, f.content);
      else {
        const src = path.resolve(dir, f.path);
        const st = await fs.stat(src).catch(() => void 0);
        if (!st?.isFile())
          throw new Error(`the input "${f.name}" names ${f.path}, which is not a file beside the test`);
        if (st.size > MAX_INPUT_BYTES) throw new Error(`the input ${f.path} is larger than 1 MiB`);
        await fs.copyFile(src, dest);
      }
    }
    const policyRef = c.policy ?? t.policy;
    const policy = await loadPolicy({
      cwd: dir,
      policy: policyRef,
      rules: RULES_BY_ID,
      env: io.env
    });
    const imageNames = new Set(c.images);
    const result = await check({
      cwd: tmp,
      resolvedPolicy: policy,
      paths: c.files.filter((f) => !imageNames.has(f.name)).map((f) => f.name),
      images: c.images,
      shellcheck,
      now: t.now
    });
    return { ...base, ...compare(c, result) };
  } catch (e) {
    const message = e instanceof PolicyError ? e.problems.map(formatProblem).join("; ") || e.message : e.message;
    return { ...base, ok: false, differences: [`error     ${message}`] };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
function compare(c, result) {
  const actual = result.findings.filter((f) => !f.suppressed);
  const matched = /* @__PURE__ */ new Set();
  const differences = [];
  for (const e of c.expectFindings) {
    const hit = actual.find(
      (f) => !matched.has(f) && ruleMatches(e.rule, f) && (e.file === void 0 || f.file === e.file) && (e.line === void 0 || f.line === e.line) && (e.severity === void 0 || f.severity === e.severity) && (e.message === void 0 || f.message.includes(e.message))
    );
    if (hit) {
      matched.add(hit);
      continue;
    }
    differences.push(`missing    ${describeExpected(e)}`);
    for (const f of actual.filter((f2) => ruleMatches(e.rule, f2) && !matched.has(f2)).slice(0, 3))
      differences.push(`  found    ${describeFinding(f)}`);
  }
  const unexpected = /* @__PURE__ */ new Set();
  for (const r of c.expectNone) for (const f of actual) if (ruleMatches(r, f)) unexpected.add(f);
  if (c.only) {
    for (const f of actual) if (!matched.has(f)) unexpected.add(f);
  }
  for (const f of unexpected) differences.push(`unexpected ${describeFinding(f)}`);
  if (c.verdict && c.verdict !== result.verdict)
    differences.push(
      `verdict    expected ${c.verdict}, got ${result.verdict} (${result.summary.errors} errors, ${result.summary.warnings} warnings; fail on ${result.failOn})`
    );
  return { ok: differences.length === 0, differences };
}
function formatTextResults(results) {
  let out = "";
  let current = "";
  for (const r of results) {
    if (r.file !== current) out += `${current = r.file}
`;
    out += `  ${r.ok ? "ok  " : "FAIL"} ${r.name} (line ${r.line})
`;
    for (const d of r.differences) out += `         ${d}
`;
  }
  const failed = results.filter((r) => !r.ok).length;
  out += `
${results.length} case${results.length === 1 ? "" : "s"}: ${results.length - failed} passed, ${failed} failed
`;
  return out;
}
function formatGithubResults(results) {
  let out = "";
  for (const r of results.filter((x) => !x.ok)) {
    const props = `file=${escapeProperty(r.file)},line=${r.line},title=${escapeProperty(`policy test: ${r.name}`)}`;
    out += `::error ${props}::${escapeData(r.differences.join("\n"))}
`;
  }
  const failed = results.filter((r) => !r.ok).length;
  out += `${results.length} policy test case(s): ${results.length - failed} passed, ${failed} failed
`;
  return out;
}
export {
  TEST_FILE_PATTERN,
  verifyCommand
};
