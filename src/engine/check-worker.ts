/**
 * A worker thread of `check` (see workers.ts): reads, parses and checks the files it is sent and
 * replies with each one's `CheckedTarget`; asks the main thread to run ShellCheck.
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { FILE_TARGETS } from '../targets/index.js';
import type { Json1Comment, ShellcheckRunner } from '../targets/dockerfile/shellcheck-runner.js';
import { loadFile, shellcheckContext, TargetChecker } from './check.js';
import { readTargetFile, siblingReader } from './discover.js';
import type { FileJob, WorkerInit, WorkerReply } from './workers.js';

const init = workerData as WorkerInit;
const port = parentPort!;
const checker = new TargetChecker(init.policy, new Date(init.now));

const asked = new Map<number, { resolve: (c: Json1Comment[]) => void; reject: (e: Error) => void }>();
let askedSeq = 0;
/** ShellCheck through the main thread's runner: one cache and one set of batches for every thread. */
const runner = {
  check(job: Parameters<ShellcheckRunner['check']>[0]): Promise<Json1Comment[]> {
    const id = askedSeq++;
    return new Promise((resolve, reject) => {
      asked.set(id, { resolve, reject });
      port.postMessage({ type: 'shellcheck', id, job } satisfies WorkerReply);
    });
  },
  async close() {},
} as unknown as ShellcheckRunner;

const ctx = shellcheckContext(init.policy, init.shellcheck, runner, init.cwd, siblingReader(init.cwd));

type Message =
  | FileJob
  | { type: 'shellcheck'; id: number; comments?: Json1Comment[]; error?: { message: string; code?: string } };

port.on('message', (msg: Message) => {
  if (msg.type === 'shellcheck') {
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
    // The text goes back only when the main thread keeps it (the text report quotes lines of files
    // with findings; findings about suppression comments are fingerprinted at the end of the run).
    const comments = checked.comments.directives.length > 0 || checked.comments.malformed.length > 0;
    if (!comments) delete checked.spans;
    if (!comments && !(init.keepSources && checked.findings.length > 0)) delete checked.text;
    // Serialized here and sent as bytes: postMessage's own clone of the same object graph (many small
    // objects) cost about 12 times v8.serialize, 2.4 ms a file, a third of a worker's time.
    const bytes = serialize(checked);
    const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Moved, not copied: v8.serialize gives the bytes their own ArrayBuffer.
    const transfer =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer] : [];
    port.postMessage({ type: 'checked', index: msg.index, data } satisfies WorkerReply, transfer);
  })();
});
