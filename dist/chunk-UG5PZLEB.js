import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  findingKey
} from "./chunk-VWMQMPCK.js";
import {
  SEVERITY_RANK
} from "./chunk-I2AWKOE3.js";

// src/engine/compare.ts
function classify(findings, input) {
  const debt = /* @__PURE__ */ new Map();
  for (const e of input.baseline?.entries ?? []) debt.set(findingKey(e.file, e.fingerprint), e);
  const matched = /* @__PURE__ */ new Set();
  const out = findings.map((f) => {
    let origin = "new";
    const key = f.fingerprint !== void 0 ? findingKey(f.file, f.fingerprint) : void 0;
    if (key !== void 0 && debt.has(key)) {
      origin = "baseline";
      matched.add(key);
    } else if (f.fingerprint !== void 0 && input.base?.fingerprints.get(f.file)?.has(f.fingerprint)) {
      origin = "base";
    }
    return { ...f, origin };
  });
  const counted = out.filter((f) => !f.suppressed);
  const onBase = counted.filter((f) => f.origin === "base").length;
  const inBaseline = counted.filter((f) => f.origin === "baseline").length;
  const unmatchedBaseline = [...debt.entries()].filter(([key, e]) => !matched.has(key) && input.checked.has(e.file)).map(([, e]) => e);
  return {
    findings: out,
    comparison: {
      failScope: input.failScope,
      ...input.base ? { base: input.base.label } : {},
      ...input.baseline ? { baselineFile: input.baseline.file } : {},
      new: counted.length - onBase - inBaseline,
      existing: onBase + inBaseline,
      onBase,
      inBaseline,
      unmatchedBaseline,
      notes: input.notes ?? []
    }
  };
}
function counts(f, failScope) {
  if (f.suppressed || f.mode === "audit" || f.origin === "baseline") return false;
  return !(failScope === "new" && f.origin === "base");
}
function verdictOf(findings, failOn, maxWarnings, failScope) {
  if (failOn === "none") return "pass";
  const counted = findings.filter((f) => counts(f, failScope));
  const failing = counted.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) || maxWarnings !== void 0 && counted.filter((f) => f.severity === "warning").length > maxWarnings;
  return failing ? "fail" : "pass";
}
function comparisonLine(c) {
  const parts = [];
  if (c.base !== void 0) parts.push(`${c.onBase} on the base revision`);
  if (c.baselineFile !== void 0) parts.push(`${c.inBaseline} in the baseline`);
  return `${c.new} new, ${c.existing} existing` + (parts.length > 1 ? ` (${parts.join(", ")})` : "");
}

export {
  classify,
  verdictOf,
  comparisonLine
};
