import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);

// src/policy/types.ts
var ASSERT_OPERATORS = [
  "equals",
  "notEquals",
  "in",
  "notIn",
  "matches",
  "notMatches",
  "contains",
  "notContains",
  "exists",
  "notExists",
  "lt",
  "lte",
  "gt",
  "gte"
];
function formatProblem(p) {
  return p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ${p.message}` : p.message;
}
var PolicyError = class _PolicyError extends Error {
  problems;
  file;
  line;
  column;
  constructor(message, file, line, column) {
    super(formatProblem({ message, file, line, column }));
    this.name = "PolicyError";
    this.problems = [{ message, file, line, column }];
    this.file = file;
    this.line = line;
    this.column = column;
  }
  /** One error for several problems; the message has one `file:line:col: message` line per problem. */
  static of(problems) {
    const first = problems[0] ?? { message: "invalid policy" };
    const err = new _PolicyError(first.message, first.file, first.line, first.column);
    err.problems = problems;
    err.message = problems.map(formatProblem).join("\n");
    return err;
  }
};

// src/policy/suggest.ts
function suggest(word, candidates) {
  if (budget !== void 0) {
    if (budget <= 0) return "";
    budget--;
  }
  const best = closest(word, candidates);
  return best === void 0 ? "" : ` (did you mean "${best}"?)`;
}
var budget;
function withSuggestionBudget(n, fn) {
  const saved = budget;
  budget = n;
  try {
    return fn();
  } finally {
    budget = saved;
  }
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    const cl = c.toLowerCase();
    const slashAt = cl.indexOf("/");
    if (Math.abs(cl.length - w.length) > limit && (slashAt < 0 || Math.abs(cl.length - slashAt - 1 - w.length) > limit)) {
      continue;
    }
    let d = editDistance(w, cl);
    const slash = cl.indexOf("/");
    if (slash > 0 && !w.includes("/")) d = Math.min(d, editDistance(w, cl.slice(slash + 1)) + 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  if (w.length >= 3) {
    const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(w) && c.toLowerCase() !== w);
    if (prefixed.length === 1 && (best === void 0 || bestDistance > 1)) return prefixed[0];
  }
  return best !== void 0 && bestDistance <= limit && best !== word ? best : void 0;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 10) return Infinity;
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, rows[i - 2][j - 2] + 1);
      row.push(v);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

export {
  ASSERT_OPERATORS,
  formatProblem,
  PolicyError,
  suggest,
  withSuggestionBudget,
  closest
};
