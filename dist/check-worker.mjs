import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  FILE_TARGETS,
  TargetChecker,
  loadFile,
  shellcheckContext
} from "./chunk-IQZYTTN7.mjs";
import "./chunk-HFPKSNS7.mjs";
import "./chunk-IES6AQKX.mjs";
import {
  readTargetFile,
  siblingReader
} from "./chunk-ZDLOVJPG.mjs";
import "./chunk-Y3MIJE7F.mjs";

// src/engine/check-worker.ts
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
var ctx = shellcheckContext(init.policy, init.shellcheck, runner, init.cwd, siblingReader(init.cwd));
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
