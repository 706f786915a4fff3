import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  RULES
} from "./chunk-6VALDLUX.js";
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

// src/report/rules.ts
function formatRules(format, rules = RULES, policy) {
  const severity = (r) => policy ? policy.severityOf(r) : r.severity;
  if (format === "json") {
    return JSON.stringify(
      rules.map((r) => ({
        id: r.id,
        aliases: r.aliases,
        severity: severity(r),
        ...policy ? { defaultSeverity: r.severity } : {},
        summary: r.summary,
        fixable: !!r.fixable,
        options: r.defaultOptions,
        docs: r.docsPath
      })),
      null,
      2
    ) + "\n";
  }
  if (format === "markdown") {
    const rows = rules.map(
      (r) => `| [\`${r.id}\`](${r.docsPath.replace("docs/rules/", "")}) | ${r.aliases.join(", ")} | ${severity(r)} | ${r.summary.replace(/\|/g, "\\|")} |`
    );
    const head = policy ? "Severity" : "Default";
    return [`| Rule | Aliases | ${head} | Summary |`, "|---|---|---|---|", ...rows].join("\n") + "\n";
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const heading = policy ? `severity under ${policy.sources.join(" + ")}
` : "";
  return heading + rules.map(
    (r) => `${r.id.padEnd(idWidth)}  ${severity(r).padEnd(7)}  ${r.summary}${r.aliases.length ? `  [${r.aliases.join(", ")}]` : ""}`
  ).join("\n") + "\n";
}
export {
  formatRules
};
