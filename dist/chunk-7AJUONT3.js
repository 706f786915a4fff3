import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  KNOWN_INSTRUCTIONS
} from "./chunk-2TR3644I.js";

// src/targets/image/history.ts
var KEYWORDS = KNOWN_INSTRUCTIONS;
var SHELL_RE = /^(?:\/usr)?\/bin\/(?:sh|bash|ash|dash)(?:\s+-[a-z]+(?:\s+[a-z]+)?)*?\s+-c\s+/;
function splitArgPairs(text) {
  const out = [];
  for (const part of text.trim().split(/\s+(?=[A-Za-z_][A-Za-z0-9_]*=)/)) {
    const eq = part.indexOf("=");
    if (eq > 0) out.push({ name: part.slice(0, eq), value: part.slice(eq + 1) });
  }
  return out;
}
function takeBuildArgs(text) {
  const m = /^\|(\d+)\s+/.exec(text);
  if (!m) return { args: [], rest: text };
  const after = text.slice(m[0].length);
  if (m[1] === "0") return { args: [], rest: after };
  const shell = /\s(?=(?:\/usr)?\/bin\/(?:sh|bash|ash|dash)\s)/.exec(after);
  if (!shell) return { args: [], rest: after };
  return { args: splitArgPairs(after.slice(0, shell.index)), rest: after.slice(shell.index + 1) };
}
function goList(text) {
  const t = text.trim();
  const inner = t.startsWith("[") && t.endsWith("]") ? t.slice(1, -1) : t;
  return inner.split(/\s+/).filter(Boolean);
}
function goHealthcheck(text) {
  const list = /\[((?:\s*"(?:[^"\\]|\\.)*")*)\s*\]/.exec(text);
  if (!list) return text;
  const words = [];
  for (const m of list[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    try {
      words.push(JSON.parse(`"${m[1]}"`));
    } catch {
      words.push(m[1]);
    }
  }
  if (words[0] === "NONE") return "NONE";
  if (words[0] === "CMD-SHELL") return `CMD ${words.slice(1).join(" ")}`;
  if (words[0] === "CMD") return `CMD ${JSON.stringify(words.slice(1))}`;
  return text;
}
function parseCreatedBy(createdBy) {
  let text = createdBy.trim();
  if (text === "") return { args: [], body: "" };
  const buildkit = / # buildkit$/.test(text);
  if (buildkit) text = text.slice(0, -" # buildkit".length).trimEnd();
  const nop = /^(?:\/bin\/sh|cmd \/S \/C) -c #\(nop\)\s*/.exec(text) ?? /^#\(nop\)\s*/.exec(text);
  if (nop) text = text.slice(nop[0].length).trim();
  else {
    let rest = text;
    let viaKeyword = false;
    if (/^RUN\s/.test(rest)) {
      rest = rest.slice(4).trimStart();
      viaKeyword = true;
    }
    const { args, rest: afterArgs } = takeBuildArgs(rest);
    const shell = SHELL_RE.exec(afterArgs);
    if (shell) return { args, keyword: "RUN", body: afterArgs.slice(shell[0].length) };
    if (viaKeyword || args.length > 0) return { args, keyword: "RUN", body: afterArgs };
  }
  const kw = /^([A-Za-z]+)(?:\s+|$)/.exec(text);
  if (!kw || !KEYWORDS.has(kw[1].toUpperCase())) return { args: [], body: text };
  const keyword = kw[1].toUpperCase();
  let body = text.slice(kw[0].length).trim();
  switch (keyword) {
    case "ADD":
    case "COPY":
      body = body.replace(/^((?:--\S+\s+)*)((?:file|dir|multi):[0-9a-f]+)\s+in\s+/, "$1$2 ");
      break;
    case "EXPOSE":
      if (body.startsWith("map[")) body = body.slice(4, -1).replace(/:\{\}/g, "").trim();
      break;
    case "VOLUME":
      if (body.startsWith("[") && !body.startsWith('["')) body = goList(body).join(" ");
      break;
    case "SHELL":
      if (body.startsWith("[") && !body.startsWith('["')) body = JSON.stringify(goList(body));
      break;
    case "HEALTHCHECK":
      if (body.startsWith("&{")) body = goHealthcheck(body);
      break;
  }
  return { args: [], keyword, body };
}
function shortCreatedBy(createdBy, max = 72) {
  const ins = parseCreatedBy(createdBy);
  let text = ins.keyword ? `${ins.keyword} ${ins.body}` : ins.body;
  text = text.replace(/\b((?:file|dir|multi):[0-9a-f]{12})[0-9a-f]{52}\b/g, "$1\u2026").replace(/\s+/g, " ").trim();
  if (text === "") return "(no created_by)";
  return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
}
var HEREDOC = "LAYERGUARD_EOF";
function quoteArg(value) {
  return /^[^\s"'\\$]*$/.test(value) ? value : JSON.stringify(value);
}
function historyToDockerfile(history) {
  const lines = ["FROM scratch"];
  const lineHistory = [-1];
  const push = (line, index) => {
    for (const l of line.split("\n")) {
      lines.push(l);
      lineHistory.push(index);
    }
  };
  history.forEach((entry, index) => {
    const ins = parseCreatedBy(entry.createdBy);
    if (!ins.keyword || ins.keyword === "FROM") return;
    for (const a of ins.args) push(`ARG ${a.name}=${quoteArg(a.value)}`, index);
    let body = ins.body;
    if (ins.keyword === "RUN" && body.includes("\n") && !body.includes(HEREDOC)) {
      push(`RUN <<'${HEREDOC}'
${body.replace(/\n+$/, "")}
${HEREDOC}`, index);
      return;
    }
    if (ins.keyword === "ADD" || ins.keyword === "COPY")
      body = body.replace(/\bfile:([0-9a-f]{12})[0-9a-f]*(?=\s)/g, "file:$1.file");
    body = body.replace(/\s*\n\s*/g, " ");
    push(`${ins.keyword} ${body}`.trimEnd(), index);
  });
  return { text: lines.join("\n") + "\n", lineHistory };
}

// src/targets/image/units.ts
var UNITS = {
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  t: 1e12,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4
};
function parseSize(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!m) return null;
  const unit = m[2].toLowerCase();
  const factor = unit === "" ? 1 : UNITS[unit];
  if (factor === void 0) return null;
  return Math.round(parseFloat(m[1]) * factor);
}
function formatBytes(n) {
  const abs = Math.abs(n);
  const sign = n < 0 ? "-" : "";
  if (abs < 1e3) return `${sign}${abs} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let v = abs;
  let i = -1;
  while (v >= 1e3 && i < units.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${sign}${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${units[i]}`;
}
function formatDelta(n) {
  if (n === 0) return "\xB10 B";
  return (n > 0 ? "+" : "") + formatBytes(n);
}

export {
  parseCreatedBy,
  shortCreatedBy,
  historyToDockerfile,
  parseSize,
  formatBytes,
  formatDelta
};
