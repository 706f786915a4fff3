import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  hashParts,
  locatedFingerprint
} from "./chunk-VWMQMPCK.js";
import {
  DOCS_BASE_URL,
  RULES,
  RULES_BY_ID
} from "./chunk-6VALDLUX.js";
import {
  VERSION
} from "./chunk-PE7UAB63.js";

// src/report/sarif.ts
import path from "node:path";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function pascal(name) {
  return name.replace(/(^|[-/])([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
}
function ruleDescriptor(r) {
  const url = DOCS_BASE_URL + r.docsPath;
  const aliases = r.aliases.length ? ` Also known as ${r.aliases.join(", ")}.` : "";
  const security = r.securitySeverity !== void 0;
  return {
    id: r.id,
    name: pascal(r.name),
    shortDescription: { text: r.summary },
    fullDescription: {
      text: `${r.summary}.${aliases} Default severity: ${r.severity}.${r.fixable ? " Some findings carry a fix." : ""}`
    },
    help: {
      text: `${r.summary}. What it checks, why it matters, its options and examples: ${url}`,
      markdown: `**${r.summary}**${aliases ? `

${aliases.trim()}` : ""}

What it checks, why it matters, its options and examples: [${r.id}](${url}).`
    },
    helpUri: url,
    defaultConfiguration: { level: r.severity === "off" ? "none" : LEVEL[r.severity] },
    properties: {
      tags: [...security ? ["security"] : [], r.kind, ...r.aliases],
      ...security ? { "security-severity": r.securitySeverity.toFixed(1) } : {}
    }
  };
}
function shellcheckDescriptor(id, example) {
  const code = id.slice("shellcheck/".length);
  const url = `https://www.shellcheck.net/wiki/${encodeURIComponent(code)}`;
  const first = example.message.split(/(?<=\.)\s/)[0];
  return {
    id,
    name: code,
    shortDescription: { text: `ShellCheck ${code} in a RUN script` },
    fullDescription: {
      text: `ShellCheck ${code}, reported by dockerfile/shellcheck on the script of a RUN instruction, e.g. "${first}"`
    },
    help: {
      text: `ShellCheck ${code} on a RUN script. The ShellCheck wiki explains the check and its fix: ${url}`,
      markdown: `ShellCheck [${code}](${url}) on a RUN script (reported by [dockerfile/shellcheck](${DOCS_BASE_URL}docs/rules/dockerfile-shellcheck.md)). The ShellCheck wiki explains the check and its fix.`
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[example.severity] },
    properties: { tags: ["dockerfile", "shellcheck"] }
  };
}
function customDescriptor(id, example) {
  const text = example.message.length > 300 ? example.message.slice(0, 297) + "..." : example.message;
  return {
    id,
    name: pascal(id.replace(/^[a-z]+\//, "")),
    shortDescription: { text: text.split(/(?<=\.)\s/)[0] },
    fullDescription: { text },
    help: {
      text: `${text} (a rule defined in the policy's customRules)`,
      markdown: `${text}

A rule defined in the policy's \`customRules\`.`
    },
    defaultConfiguration: { level: LEVEL[example.severity] },
    properties: { tags: [example.kind, "custom"] }
  };
}
function descriptors(findings) {
  const examples = /* @__PURE__ */ new Map();
  for (const f of findings) if (!examples.has(f.ruleId)) examples.set(f.ruleId, f);
  const out = RULES.filter((r) => examples.has(r.id) || r.kind !== "policy").map(ruleDescriptor);
  const extra = [...examples.keys()].filter((id) => !RULES_BY_ID.has(id)).sort();
  for (const id of extra) {
    const example = examples.get(id);
    out.push(
      id.startsWith("shellcheck/") ? shellcheckDescriptor(id, example) : customDescriptor(id, example)
    );
  }
  return out;
}
function uriOf(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function sarifLocation(f) {
  const region = (r) => ({
    startLine: r.line,
    startColumn: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn
  });
  if (f.kind !== "image") return { uri: uriOf(f.file), region: region(f), identity: f.file };
  const relative = !path.posix.isAbsolute(f.file) && !path.win32.isAbsolute(f.file) && !f.file.startsWith("../");
  const name = relative ? f.file.replace(/^\.\//, "") : path.posix.basename(f.file.replace(/\\/g, "/"));
  if (f.source) {
    return {
      uri: uriOf(f.source.file),
      region: region(f.source),
      image: f.file,
      identity: `${f.source.file}\0${name}`
    };
  }
  return { uri: uriOf(name), region: { startLine: 1 }, image: f.file, identity: name };
}
function toSarif(result) {
  const rules = descriptors(result.findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "layerguard",
            version: VERSION,
            informationUri: "https://github.com/layerguard/layerguard",
            rules
          }
        },
        results: result.findings.map((f) => {
          const where = sarifLocation(f);
          const fp = f.fingerprint ?? hashParts(f.ruleId, f.message, String(f.line));
          return {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: where.image ? `Image ${where.image}: ${f.message}` : f.message },
            locations: [
              {
                physicalLocation: { artifactLocation: { uri: where.uri }, region: where.region },
                ...where.image ? { logicalLocations: [{ name: where.image, kind: "module" }] } : {}
              }
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: locatedFingerprint(where.identity, fp) },
            ...f.origin ? { baselineState: f.origin === "new" ? "new" : "unchanged" } : {},
            ...f.suppressed ? {
              suppressions: [
                {
                  kind: f.suppressed.kind === "inline" ? "inSource" : "external",
                  justification: f.suppressed.reason
                }
              ]
            } : {}
          };
        })
      }
    ]
  };
}
function formatSarif(result) {
  return JSON.stringify(toSarif(result), null, 2) + "\n";
}
var fingerprint = hashParts;

export {
  sarifLocation,
  toSarif,
  formatSarif,
  fingerprint
};
