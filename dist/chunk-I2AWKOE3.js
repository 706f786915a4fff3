import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);

// src/engine/types.ts
var SEVERITIES = ["error", "warning", "info"];
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
var WHOLE_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export {
  SEVERITIES,
  SEVERITY_RANK,
  WHOLE_FILE
};
