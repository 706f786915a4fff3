import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  formatBytes,
  formatDelta,
  shortCreatedBy
} from "./chunk-7AJUONT3.js";
import {
  imageStatsOf
} from "./chunk-EOIBO5SL.js";

// src/report/image-table.ts
var MAX_ROWS = 120;
var MAX_WASTED_ROWS = 10;
var MAX_CHANGE_ROWS = 10;
var MAX_PACKAGE_ROWS = 20;
function formatImageTables(result, format) {
  const out = [];
  for (const target of result.targets) {
    if (target.kind !== "image") continue;
    const stats = imageStatsOf(target.stats);
    if (!stats) continue;
    out.push(format === "markdown" ? markdownOf(target.file, stats) : textOf(target.file, stats));
  }
  return out.join("\n");
}
function headline(stats) {
  const parts = [
    `${stats.layerCount} layer${stats.layerCount === 1 ? "" : "s"}`,
    formatBytes(stats.size),
    stats.platform
  ];
  if (stats.compressedSize !== void 0) parts.push(`${formatBytes(stats.compressedSize)} compressed`);
  if (stats.efficiency !== void 0) parts.push(`efficiency ${(stats.efficiency * 100).toFixed(1)} %`);
  if (stats.wastedBytes !== void 0) parts.push(`${formatBytes(stats.wastedBytes)} wasted`);
  return parts.join(", ");
}
function baselineLine(stats) {
  const b = stats.baseline;
  if (!b) return void 0;
  const pct = b.size > 0 ? ` (${b.sizeDelta >= 0 ? "+" : ""}${(b.sizeDelta / b.size * 100).toFixed(1)} %)` : "";
  const layers = `${b.layerDelta >= 0 ? "+" : ""}${b.layerDelta} layer${Math.abs(b.layerDelta) === 1 ? "" : "s"}`;
  return `against ${b.ref} (${b.platform}, ${b.layerCount} layers, ${formatBytes(b.size)}): ${formatDelta(b.sizeDelta)}${pct}, ${layers}, ${b.sharedLayers} shared`;
}
function escapeCell(text) {
  if (!text.includes("`")) return "`" + text.replace(/\|/g, "\\|") + "`";
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function markdownOf(file, stats) {
  const out = [];
  const name = stats.name?.split(", ")[0];
  const title = name && name !== file ? `${file} (${name})` : file;
  out.push(`#### Image \`${title.replace(/`/g, "'")}\``, "");
  out.push(headline(stats) + "  ");
  const b = baselineLine(stats);
  if (b) out.push(b + "  ");
  const changes = changesLine(stats);
  if (changes) out.push(changes + "  ");
  out.push("");
  if (stats.layers.length === 0) {
    out.push("_No layers._", "");
    return out.join("\n");
  }
  const withBaseline = stats.baseline !== void 0;
  const withWasted = stats.filesIndexed;
  const head = [
    "#",
    "Size",
    ...withWasted ? ["Wasted"] : [],
    ...withBaseline ? ["Baseline"] : [],
    "Created by"
  ];
  out.push(`| ${head.join(" | ")} |`);
  out.push(`|${head.map((h) => h === "Created by" ? " --- " : " ---: ").join("|")}|`);
  const shown = stats.layers.slice(0, MAX_ROWS);
  for (const l of shown) {
    const cells = [
      String(l.index),
      l.size === void 0 ? "?" : formatBytes(l.size),
      ...withWasted ? [l.wastedBytes ? formatBytes(l.wastedBytes) : ""] : [],
      ...withBaseline ? [l.baseline ?? ""] : [],
      escapeCell(shortCreatedBy(l.createdBy, 80))
    ];
    out.push(`| ${cells.join(" | ")} |`);
  }
  if (stats.layers.length > shown.length) {
    const rest = stats.layers.slice(MAX_ROWS);
    const size = rest.reduce((s, l) => s + (l.size ?? 0), 0);
    out.push(
      `| \u2026 | ${formatBytes(size)} |${withWasted ? " |" : ""}${withBaseline ? " |" : ""} ${rest.length} more layers |`
    );
  }
  if (shown.some((l) => l.size !== void 0)) out.push("", ...chartOf(stats, shown));
  const wasted = wastedRows(stats);
  if (wasted) {
    out.push("", `Wasted files, largest first (${formatBytes(stats.wastedBytes ?? 0)} in all):`, "");
    out.push("| Wasted | Path | Written in layer | Hidden by layer |", "| ---: | --- | --- | ---: |");
    for (const w of wasted.rows)
      out.push(
        `| ${formatBytes(w.size)} | ${escapeCell("/" + w.path)} | ${w.layers.join(", ")} | ${w.hiddenBy} |`
      );
    if (wasted.more) out.push(`| ${formatBytes(wasted.more.bytes)} | ${wasted.more.count} more | | |`);
  }
  const files = topFileChanges(stats);
  if (files) {
    out.push("", `Largest file changes against ${stats.baseline.ref}:`, "");
    out.push("| Change | Path | Size | \u0394 | Details |", "| --- | --- | ---: | ---: | --- |");
    for (const c of files.rows)
      out.push(
        `| ${c.change} | ${escapeCell("/" + c.path)} | ${c.change === "removed" ? "" : formatBytes(c.size)} | ${formatDelta(c.sizeDelta)} | ${fileDetails(c, true)} |`
      );
    if (files.more) out.push(`| \u2026 | ${files.more} more (all in the JSON report) | | | |`);
  }
  const pkgs = stats.baseline?.packageChanges;
  if (pkgs && pkgs.length > 0) {
    out.push("", `Package changes against ${stats.baseline.ref}:`, "");
    out.push("| Package | Change | Baseline | Image |", "| --- | --- | --- | --- |");
    for (const p of pkgs.slice(0, MAX_PACKAGE_ROWS))
      out.push(`| ${escapeCell(p.name)} (${p.manager}) | ${p.change} | ${p.from ?? ""} | ${p.to ?? ""} |`);
    if (pkgs.length > MAX_PACKAGE_ROWS)
      out.push(`| \u2026 | ${pkgs.length - MAX_PACKAGE_ROWS} more (all in the JSON report) | | |`);
  }
  out.push("");
  return out.join("\n");
}
function chartOf(stats, layers) {
  const max = Math.max(0, ...layers.map((l) => l.size ?? 0));
  const [unit, div] = max >= 1e9 ? ["GB", 1e9] : max >= 1e6 ? ["MB", 1e6] : max >= 1e3 ? ["kB", 1e3] : ["B", 1];
  const values = layers.map((l) => {
    const v = (l.size ?? 0) / div;
    return v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(3).replace(/0+$/, "").replace(/\.$/, "") || "0";
  });
  const top = Math.max(1, Math.ceil(max / div * 1.1));
  const name = (stats.name?.split(", ")[0] ?? stats.ref).replace(/["\n]/g, "'");
  return [
    "```mermaid",
    "xychart-beta",
    `    title "Layer sizes of ${name} (${stats.platform})"`,
    `    x-axis "layer" [${layers.map((l) => `"${l.index}"`).join(", ")}]`,
    `    y-axis "${unit}" 0 --> ${top}`,
    `    bar [${values.join(", ")}]`,
    "```"
  ];
}
function textOf(file, stats) {
  const out = [];
  out.push(`${file}: ${headline(stats)}`);
  const b = baselineLine(stats);
  if (b) out.push(`  ${b}`);
  const changes = changesLine(stats);
  if (changes) out.push(`  ${changes}`);
  const withWasted = stats.filesIndexed;
  const withBaseline = stats.baseline !== void 0;
  const rows = stats.layers.slice(0, MAX_ROWS).map((l) => [
    String(l.index),
    l.size === void 0 ? "?" : formatBytes(l.size),
    ...withWasted ? [l.wastedBytes ? formatBytes(l.wastedBytes) : "-"] : [],
    ...withBaseline ? [l.baseline ?? ""] : [],
    shortCreatedBy(l.createdBy, 72)
  ]);
  const head = [
    "#",
    "size",
    ...withWasted ? ["wasted"] : [],
    ...withBaseline ? ["baseline"] : [],
    "created by"
  ];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  for (const r of all) {
    out.push(
      "  " + r.map(
        (c, i) => i === r.length - 1 ? c : i <= 1 + (withWasted ? 1 : 0) ? c.padStart(widths[i]) : c.padEnd(widths[i])
      ).join("  ").trimEnd()
    );
  }
  if (stats.layers.length > MAX_ROWS) out.push(`  \u2026 ${stats.layers.length - MAX_ROWS} more layers`);
  const wasted = wastedRows(stats);
  if (wasted) {
    out.push("  wasted files, largest first:");
    const sizes = wasted.rows.map((w) => formatBytes(w.size));
    const width = Math.max(...sizes.map((x) => x.length));
    wasted.rows.forEach(
      (w, i) => out.push(
        `    ${sizes[i].padStart(width)}  /${w.path}  (written in layer ${w.layers.join(", ")}, hidden by layer ${w.hiddenBy})`
      )
    );
    if (wasted.more) out.push(`    \u2026 ${wasted.more.count} more (${formatBytes(wasted.more.bytes)})`);
  }
  const files = topFileChanges(stats);
  if (files) {
    out.push(`  largest file changes against ${stats.baseline.ref}:`);
    for (const c of files.rows)
      out.push(
        `    ${c.change.padEnd(7)}  ${formatDelta(c.sizeDelta).padStart(10)}  /${c.path}${fileDetails(c, false) ? `  (${fileDetails(c, false)})` : ""}`
      );
    if (files.more) out.push(`    \u2026 ${files.more} more (all in the JSON report)`);
  }
  const pkgs = stats.baseline?.packageChanges;
  if (pkgs && pkgs.length > 0) {
    out.push(`  package changes against ${stats.baseline.ref}:`);
    for (const p of pkgs.slice(0, MAX_PACKAGE_ROWS)) {
      const v = p.change === "added" ? p.to : p.change === "removed" ? p.from : `${p.from} -> ${p.to}`;
      out.push(`    ${p.change.padEnd(10)}  ${p.name} (${p.manager}) ${v}`);
    }
    if (pkgs.length > MAX_PACKAGE_ROWS)
      out.push(`    \u2026 ${pkgs.length - MAX_PACKAGE_ROWS} more (all in the JSON report)`);
  }
  return out.join("\n") + "\n";
}
function wastedRows(stats) {
  const all = stats.wastedFiles;
  if (!all || all.length === 0) return void 0;
  const rows = all.slice(0, MAX_WASTED_ROWS);
  const count = all.length - rows.length + (stats.wastedFilesOmitted?.count ?? 0);
  const bytes = all.slice(rows.length).reduce((s, w) => s + w.size, 0) + (stats.wastedFilesOmitted?.bytes ?? 0);
  if (count === 0) return { rows };
  return { rows, more: { count, bytes } };
}
function changesLine(stats) {
  const b = stats.baseline;
  if (!b) return void 0;
  const parts = [];
  if (b.files) {
    const f = b.files;
    let text = `files: ${f.added} added (${formatBytes(f.addedBytes)}), ${f.removed} removed (${formatBytes(f.removedBytes)}), ${f.changed} changed`;
    if (f.setuidSet > 0) text += `, ${f.setuidSet} newly setuid/setgid`;
    parts.push(text);
  }
  if (b.packages) {
    const p = b.packages;
    parts.push(
      `packages: ${p.added} added, ${p.upgraded} upgraded, ${p.downgraded} downgraded, ${p.removed} removed`
    );
  }
  if (b.packagesUnreadable?.length)
    parts.push(`rpm database not read (${b.packagesUnreadable.map((p) => "/" + p).join(", ")})`);
  return parts.length > 0 ? parts.join("; ") : void 0;
}
function topFileChanges(stats) {
  const all = stats.baseline?.fileChanges;
  if (!all || all.length === 0) return void 0;
  const rows = [...all.filter((c) => c.setuidSet), ...all.filter((c) => !c.setuidSet)].slice(
    0,
    MAX_CHANGE_ROWS
  );
  return { rows, more: all.length - rows.length };
}
function fileDetails(c, markdown) {
  const out = [];
  const oct = (m) => m.toString(8).padStart(4, "0");
  if (c.what?.includes("type")) out.push(`now a ${c.type}`);
  if (c.baselineMode !== void 0 && c.mode !== void 0)
    out.push(`mode ${oct(c.baselineMode)} -> ${oct(c.mode)}`);
  if (c.baselineOwner !== void 0) out.push(`owner ${c.baselineOwner} -> ${c.owner}`);
  if (c.what?.includes("link")) out.push("link target changed");
  if (c.setuidSet) out.push(markdown ? "**setuid/setgid newly set**" : "setuid/setgid newly set");
  if (c.layer !== void 0) out.push(`layer ${c.layer}`);
  return out.join(", ");
}

export {
  formatImageTables
};
