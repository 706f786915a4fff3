import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  formatImageTables
} from "./chunk-LCUHNVZC.js";
import {
  comparisonLine
} from "./chunk-UG5PZLEB.js";
import {
  escapeData,
  neutraliseCommandStart
} from "./chunk-C54YOXCC.js";

// src/report/text.ts
var COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32, cyan: 36 };
function formatText(result, opts) {
  const paint = (c2, s2) => opts.color ? `\x1B[${COLORS[c2]}m${s2}\x1B[0m` : s2;
  const sevColor = { error: "red", warning: "yellow", info: "blue" };
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(paint("bold", escapeData(file)));
    const lines = result.sources.get(file)?.split("\n");
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(7);
      const sev = paint(sevColor[f.severity], f.severity.padEnd(7));
      const where2 = [
        f.context?.platform,
        f.context?.layer !== void 0 ? `layer ${f.context.layer}` : void 0,
        f.context?.service
      ].filter(Boolean).map((x) => escapeData(String(x))).join(", ");
      const ctx = where2 ? ` [${where2}]` : "";
      const origin = f.origin === "base" ? " (existing)" : f.origin === "baseline" ? " (baseline debt)" : "";
      out.push(
        `  ${paint("gray", where)} ${sev} ${escapeData(f.message)}${ctx}  ${paint("gray", escapeData(f.ruleId))}${f.mode === "audit" ? paint("gray", " (audit)") : ""}${paint("gray", origin)}`
      );
      const src = lines?.[f.line - 1];
      if (src !== void 0 && src.trim() !== "") {
        const shown = redacted(src, f.line, f.redact).replace(/\t/g, " ");
        const clipped = shown.length > 160 ? shown.slice(0, 157) + "..." : shown;
        out.push(`  ${paint("gray", String(f.line).padStart(5) + " |")} ${clipped}`);
        const start = Math.min(f.column - 1, clipped.length);
        const end = f.endLine === f.line ? Math.min(f.endColumn - 1, clipped.length) : clipped.length;
        const width = Math.max(1, end - start);
        out.push(
          `  ${paint("gray", "      |")} ${" ".repeat(start)}${paint(sevColor[f.severity], "^".repeat(width))}`
        );
      }
    }
    out.push("");
  }
  const images = formatImageTables(result, "text");
  if (images) out.push(images.replace(/\n+$/, ""), "");
  const s = result.summary;
  const counts = [
    `${s.errors} error${s.errors === 1 ? "" : "s"}`,
    `${s.warnings} warning${s.warnings === 1 ? "" : "s"}`,
    `${s.infos} info`
  ];
  if (s.suppressed) counts.push(`${s.suppressed} suppressed`);
  const verdict = result.verdict === "pass" ? paint("green", "pass") : paint("red", "fail");
  out.push(
    `${verdict}: ${counts.join(", ")} in ${s.targets} target${s.targets === 1 ? "" : "s"} (policy: ${result.policy.sources.join(" + ") || "none"}; fail on ${result.failOn})`
  );
  const c = result.comparison;
  if (c) {
    const against = [
      ...c.base !== void 0 ? [`base revision ${c.base}`] : [],
      ...c.baselineFile !== void 0 ? [`baseline ${c.baselineFile}`] : []
    ];
    out.push(
      `${comparisonLine(c)}${against.length ? ` against ${against.join(" and ")}` : ""}; fail scope ${c.failScope}` + (c.failScope === "new" ? " (only new findings can fail)" : "")
    );
    for (const n of c.notes) out.push(paint("yellow", `note: ${escapeData(n)}`));
    if (c.unmatchedBaseline.length) {
      out.push(
        paint(
          "yellow",
          `note: ${c.unmatchedBaseline.length === 1 ? "1 entry" : `${c.unmatchedBaseline.length} entries`} of ${c.baselineFile} ${c.unmatchedBaseline.length === 1 ? "matches" : "match"} no finding any more (fixed?): run \`layerguard baseline\` to shrink it`
        )
      );
    }
  }
  for (const m of result.missing) out.push(paint("yellow", `note: "${escapeData(m)}" matched no file`));
  for (const t of result.targets) {
    if (typeof t.stats?.skipped === "string" && !t.stats.quiet)
      out.push(paint("yellow", `note: ${escapeData(t.file)}: ${escapeData(t.stats.skipped)}`));
  }
  return out.join("\n").split("\n").map((line) => neutraliseCommandStart(line.replace(/\r/g, "%0D"))).join("\n") + "\n";
}
function redacted(line, lineNo, r) {
  if (!r || lineNo < r.line || lineNo > r.endLine) return line;
  const start = lineNo === r.line ? r.column - 1 : 0;
  const end = lineNo === r.endLine ? Math.min(line.length, r.endColumn - 1) : line.length;
  return end <= start ? line : line.slice(0, start) + "*".repeat(end - start) + line.slice(end);
}

export {
  formatText
};
