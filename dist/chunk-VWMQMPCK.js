import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_KEY = "layerguard/v2";
function hashParts(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}
function normalisedLines(lines, line, endLine) {
  const parts = [];
  const last = Math.min(endLine, lines.length);
  for (let i = Math.max(1, line); i <= last; i++) {
    parts.push(lines[i - 1].replace(/[\\`]\s*$/, ""));
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}
function instructionSpans(ranges) {
  const spans = { first: /* @__PURE__ */ new Map(), last: /* @__PURE__ */ new Map() };
  for (const r of ranges) {
    for (let l = r.line; l <= r.endLine; l++) {
      spans.first.set(l, r.line);
      spans.last.set(l, r.endLine);
    }
  }
  return spans;
}
function anchorOf(f, lines, spans) {
  const text = lines ? normalisedLines(lines, spans?.first.get(f.line) ?? f.line, spans?.last.get(f.endLine) ?? f.endLine) : `${f.context?.platform ?? ""} ${f.message.replace(/\d+(?:[.,]\d+)*/g, "#")}`;
  return hashParts(f.ruleId, f.context?.service ?? "", text);
}
function anchorsOf(findings, text, spans) {
  const lines = text?.split(/\r?\n/);
  const memo = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    if (!lines) return anchorOf(f, void 0, spans);
    const first = spans?.first.get(f.line) ?? f.line;
    const last = spans?.last.get(f.endLine) ?? f.endLine;
    const key = `${f.ruleId}\0${f.context?.service ?? ""}\0${first}:${last}`;
    let anchor = memo.get(key);
    if (anchor === void 0) memo.set(key, anchor = anchorOf(f, lines, spans));
    return anchor;
  });
}
function fingerprintAnchored(entries) {
  const seen = /* @__PURE__ */ new Map();
  return entries.map(({ finding, anchor }) => {
    const key = `${finding.file}\0${anchor}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { ...finding, fingerprint: hashParts(anchor, String(n)) };
  });
}
function locatedFingerprint(file, fingerprint) {
  return hashParts(file, fingerprint);
}
function findingKey(file, fingerprint) {
  return `${file}\0${fingerprint}`;
}

export {
  FINGERPRINT_KEY,
  hashParts,
  instructionSpans,
  anchorsOf,
  fingerprintAnchored,
  locatedFingerprint,
  findingKey
};
