import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);

// src/report/github.ts
var LEVEL = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function escapeLogLine(line) {
  return neutraliseCommandStart(escapeData(line));
}
function neutraliseCommandStart(line) {
  return line.replace(/^(\s*):(?=:)/, "$1%3A");
}
function annotationCommand(f) {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    ...f.line === f.endLine ? [`col=${f.column}`, `endColumn=${f.endColumn}`] : [],
    `title=${escapeProperty(f.ruleId)}`
  ];
  return `::${LEVEL[f.severity]} ${props.join(",")}::${escapeData(f.message)}`;
}
function formatGithub(result) {
  return result.findings.filter((f) => !f.suppressed).map((f) => annotationCommand(f) + "\n").join("");
}

export {
  escapeData,
  escapeProperty,
  escapeLogLine,
  neutraliseCommandStart,
  annotationCommand,
  formatGithub
};
