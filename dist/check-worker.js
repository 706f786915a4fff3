import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  TargetChecker,
  loadFile,
  shellcheckContext
} from "./chunk-LLR2PCEP.js";
import "./chunk-WTWUADBB.js";
import {
  FILE_TARGETS
} from "./chunk-3LCV5NUK.js";
import "./chunk-FWAQ3EFQ.js";
import "./chunk-D2KG54VX.js";
import "./chunk-UG5PZLEB.js";
import "./chunk-VWMQMPCK.js";
import "./chunk-IPEZ7FNF.js";
import {
  readIgnoreFile,
  readTargetFile
} from "./chunk-EWPYXFOK.js";
import "./chunk-I2AWKOE3.js";
import "./chunk-6VALDLUX.js";
import "./chunk-7AJUONT3.js";
import "./chunk-3MTITDVE.js";
import "./chunk-FJVHEQQZ.js";
import "./chunk-LAZJ3NYX.js";
import "./chunk-GBM2JVEN.js";
import "./chunk-EOIBO5SL.js";
import "./chunk-VOMKYOLP.js";
import "./chunk-IEK5ZW2B.js";
import "./chunk-F357WPAC.js";
import "./chunk-2TR3644I.js";
import "./chunk-PE7UAB63.js";
import "./chunk-YJ6SUC6Q.js";

// src/engine/check-worker.ts
import path from "node:path";
import { serialize } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
var init = workerData;
var port = parentPort;
var checker = new TargetChecker(init.policy, new Date(init.now));
var asked = /* @__PURE__ */ new Map();
var askedSeq = 0;
var runner = {
  check(job) {
    const id = askedSeq++;
    return new Promise((resolve, reject) => {
      asked.set(id, { resolve, reject });
      port.postMessage({ type: "shellcheck", id, job });
    });
  },
  async close() {
  }
};
var ctx = shellcheckContext(
  init.policy,
  init.shellcheck,
  runner,
  init.cwd,
  (rel) => readIgnoreFile(path.join(init.cwd, rel), init.cwd)
);
port.on("message", (msg) => {
  if (msg.type === "shellcheck") {
    const waiting = asked.get(msg.id);
    asked.delete(msg.id);
    if (!waiting) return;
    if (msg.error) waiting.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
    else waiting.resolve(msg.comments ?? []);
    return;
  }
  void (async () => {
    const file = { ...msg, handler: FILE_TARGETS[msg.handler] };
    const target = await loadFile(file, () => readTargetFile(file.absPath, init.cwd), ctx);
    const checked = checker.check(target);
    const comments = checked.comments.directives.length > 0 || checked.comments.malformed.length > 0;
    if (!comments) delete checked.spans;
    if (!comments && !(init.keepSources && checked.findings.length > 0)) delete checked.text;
    const bytes = serialize(checked);
    const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer] : [];
    port.postMessage({ type: "checked", index: msg.index, data }, transfer);
  })();
});
