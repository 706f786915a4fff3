import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  formatImageTables
} from "./chunk-LCUHNVZC.js";
import {
  comparisonLine
} from "./chunk-UG5PZLEB.js";
import {
  SEVERITIES
} from "./chunk-I2AWKOE3.js";
import {
  DOCS_BASE_URL,
  RULES_BY_ID
} from "./chunk-6VALDLUX.js";
import {
  VERSION
} from "./chunk-PE7UAB63.js";

// src/report/markdown.ts
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
var SEVERITY_LABEL = { error: "error", warning: "warning", info: "info" };
function formatMarkdown(result, opts = {}) {
  const link = opts.link ?? (() => void 0);
  const s = result.summary;
  const head = [];
  const icon = result.verdict === "pass" ? "\u2705" : "\u274C";
  head.push(`## ${icon} ${opts.title ?? "layerguard"}: ${result.verdict}`, "");
  head.push(verdictLine(result), "");
  if (result.comparison) head.push(comparisonParagraph(result.comparison), "");
  for (const note of opts.notes ?? []) head.push(note, "");
  head.push(severityTable(result), "");
  if ((opts.byRule ?? true) && Object.keys(s.byRule).length > 0) head.push(ruleTable(result.findings), "");
  const tail = [];
  if (opts.images ?? true) {
    const images = formatImageTables(result, "markdown").trim();
    if (images) tail.push("### Images", "", images, "");
  }
  const suppressed = result.findings.filter((f) => f.suppressed);
  if (suppressed.length > 0) tail.push(suppressionTable(suppressed, link), "");
  if (result.missing.length > 0) {
    tail.push(`Matched no file: ${result.missing.map((m) => code(m)).join(", ")}.`, "");
  }
  tail.push(`<sub>layerguard ${VERSION}</sub>`);
  if (opts.trailer) tail.push("", opts.trailer);
  const listed = (opts.listed ?? result.findings.filter((f) => !f.suppressed)).filter((f) => !f.suppressed);
  const before = head.join("\n") + "\n";
  const after = tail.join("\n") + "\n";
  const budget = opts.maxLength === void 0 ? Infinity : opts.maxLength - before.length - after.length - 300;
  const middle = listed.length > 0 ? findingsSection(listed, opts.listedHeading ?? "Findings", link, budget) : opts.listedEmpty ? opts.listedEmpty + "\n\n" : "";
  const out = before + middle + after;
  if (opts.maxLength !== void 0 && out.length > opts.maxLength) {
    const trailer = opts.trailer ? "\n" + opts.trailer + "\n" : "";
    const note = "\n\n_\u2026cut to fit GitHub\u2019s size limit; the job summary and SARIF have everything._\n";
    return out.slice(0, Math.max(0, opts.maxLength - trailer.length - note.length)) + note + trailer;
  }
  return out;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function verdictLine(result) {
  const s = result.summary;
  const parts = [plural(s.errors, "error"), plural(s.warnings, "warning"), `${s.infos} info`];
  const extra = [];
  if (s.audit) extra.push(`${s.audit} in audit mode (reported, never failing)`);
  if (s.suppressed) extra.push(`${s.suppressed} suppressed`);
  const policy = result.policy.sources.length ? result.policy.sources.map(code).join(" + ") : "none";
  return `**${parts.join(", ")}** in ${plural(s.targets, "target")}` + (extra.length ? ` (${extra.join(", ")})` : "") + ` \xB7 fails on ${code(result.failOn)} \xB7 policy ${policy}`;
}
function comparisonParagraph(c) {
  const against = [
    ...c.base !== void 0 ? [`the base revision ${code(c.base)}`] : [],
    ...c.baselineFile !== void 0 ? [`the baseline ${code(c.baselineFile)}`] : []
  ];
  const [first, ...rest] = comparisonLine(c).split(", ");
  const lines = [
    `**${first}**, ${rest.join(", ")}` + (against.length ? ` compared with ${against.join(" and ")}` : "") + ` \xB7 fail scope ${code(c.failScope)}` + (c.failScope === "new" ? ": only new findings can fail" : "")
  ];
  for (const n of c.notes) lines.push("", `> [!NOTE]`, `> ${n}`);
  if (c.unmatchedBaseline.length) {
    lines.push(
      "",
      `${c.unmatchedBaseline.length === 1 ? "1 entry" : `${c.unmatchedBaseline.length} entries`} of ${code(c.baselineFile ?? "")} ${c.unmatchedBaseline.length === 1 ? "matches" : "match"} no finding any more: run \`layerguard baseline\` to shrink it.`
    );
  }
  return lines.join("\n");
}
function severityTable(result) {
  const s = result.summary;
  const rows = ["| Severity | Findings |", "| --- | ---: |"];
  rows.push(`| ${SEVERITY_ICON.error} error | ${s.errors} |`);
  rows.push(`| ${SEVERITY_ICON.warning} warning | ${s.warnings} |`);
  rows.push(`| ${SEVERITY_ICON.info} info | ${s.infos} |`);
  if (s.suppressed) rows.push(`| \u{1F515} suppressed | ${s.suppressed} |`);
  return rows.join("\n");
}
function ruleTable(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.suppressed) continue;
    const c = counts.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    counts.set(f.ruleId, c);
  }
  const total = (c) => c.error + c.warning + c.info;
  const ids = [...counts.keys()].sort(
    (a, b) => total(counts.get(b)) - total(counts.get(a)) || (a < b ? -1 : 1)
  );
  const rows = [
    "### By rule",
    "",
    "| Rule | Errors | Warnings | Info | Summary |",
    "| --- | ---: | ---: | ---: | --- |"
  ];
  for (const id of ids) {
    const c = counts.get(id);
    const rule = RULES_BY_ID.get(id);
    rows.push(
      `| ${ruleLink(id)} | ${c.error || ""} | ${c.warning || ""} | ${c.info || ""} | ${cell(rule?.summary ?? "")} |`
    );
  }
  return rows.join("\n");
}
function ruleLink(id) {
  const rule = RULES_BY_ID.get(id);
  return rule ? `[${code(id)}](${DOCS_BASE_URL}${rule.docsPath})` : code(id);
}
function findingsSection(findings, heading, link, budget) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of [...findings].sort(bySeverityThenPlace)) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const files = [...byFile.keys()].sort(
    (a, b) => worst(byFile.get(b)) - worst(byFile.get(a)) || (a < b ? -1 : 1)
  );
  let out = `### ${heading}

`;
  let left = findings.length;
  for (const file of files) {
    const list = byFile.get(file).sort((a, b) => a.line - b.line || a.column - b.column);
    const url = link(file, 1, 1);
    const title = url ? `[${code(file)}](${url.replace(/#L.*$/, "")})` : code(file);
    const block = [`#### ${title}`, "", "| Line | Severity | Rule | Message |", "| ---: | --- | --- | --- |"].join("\n") + "\n";
    if (out.length + block.length > budget) break;
    out += block;
    for (const f of list) {
      const row = findingRow(f, link) + "\n";
      if (out.length + row.length > budget) break;
      out += row;
      left--;
    }
    out += "\n";
    if (out.length > budget) break;
  }
  if (left > 0) {
    out += `_${plural(left, "more finding")} not listed here, to stay within GitHub\u2019s size limit; the job summary and SARIF have them all._

`;
  }
  return out;
}
function findingRow(f, link) {
  const where = f.endLine > f.line ? `${f.line}\u2013${f.endLine}` : String(f.line);
  const url = link(f.file, f.line, f.endLine);
  const lineCell = url ? `[${where}](${url})` : where;
  let message = cell(f.message);
  if (f.context?.platform) message += ` (${cell(f.context.platform)})`;
  if (f.context?.layer !== void 0) message += ` (layer ${f.context.layer})`;
  if (f.mode === "audit") message += " _(audit)_";
  if (f.origin === "base") message += " _(existing)_";
  if (f.origin === "baseline") message += " _(baseline debt)_";
  if (f.fix) message += `<br>\u{1F4A1} ${cell(f.fix.description)}`;
  return `| ${lineCell} | ${SEVERITY_ICON[f.severity]} ${SEVERITY_LABEL[f.severity]} | ${ruleLink(f.ruleId)} | ${message} |`;
}
function suppressionTable(findings, link) {
  const rows = [
    "### Exceptions and suppressions applied",
    "",
    "| Finding | Rule | Silenced by | Reason |",
    "| --- | --- | --- | --- |"
  ];
  const MAX = 200;
  for (const f of findings.slice(0, MAX)) {
    const url = link(f.file, f.line, f.endLine);
    const where = `${f.file}:${f.line}`;
    const by = f.suppressed.kind === "inline" ? "inline comment" : "policy exception";
    const source = f.suppressed.source ? ` ${code(f.suppressed.source)}` : "";
    rows.push(
      `| ${url ? `[${code(where)}](${url})` : code(where)} | ${ruleLink(f.ruleId)} | ${by}${source} | ${cell(f.suppressed.reason)} |`
    );
  }
  if (findings.length > MAX) rows.push(`| _${findings.length - MAX} more_ | | | |`);
  return rows.join("\n");
}
function worst(list) {
  return Math.max(...list.map((f) => 3 - SEVERITIES.indexOf(f.severity)));
}
function bySeverityThenPlace(a, b) {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line;
}
function code(text) {
  const t = text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  const runs = t.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
  return `${fence}${pad}${t}${pad}${fence}`;
}
function cell(text) {
  return text.split(/(`+[^`]*?`+)/).map(
    (part, i) => i % 2 === 1 ? part.replace(/\r?\n/g, " ") : part.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, "<br>")
  ).join("").replace(/\|/g, "\\|");
}

export {
  SEVERITY_ICON,
  formatMarkdown,
  comparisonParagraph,
  code,
  cell
};
