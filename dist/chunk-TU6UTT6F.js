import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  MAX_FILE_BYTES
} from "./chunk-EWPYXFOK.js";

// src/engine/baseline.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var DEFAULT_BASELINE_FILE = ".layerguard-baseline.json";
var BASELINE_VERSION = 1;
var BaselineFileError = class extends Error {
};
function formatBaseline(findings) {
  const entries = findings.filter((f) => !f.suppressed && f.fingerprint !== void 0).map((f) => ({
    file: f.file,
    line: f.line,
    ruleId: f.ruleId,
    fingerprint: f.fingerprint,
    message: f.message.length > 200 ? f.message.slice(0, 197) + "..." : f.message
  })).sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
  const doc = {
    version: BASELINE_VERSION,
    tool: "layerguard",
    description: "Known findings accepted as debt: layerguard reports them as existing and never fails on them. Regenerate with `layerguard baseline` as they are fixed, so that the file shrinks.",
    findings: entries
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
function parseBaseline(text, file) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new BaselineFileError(
      `${file}: not valid JSON (${e.message}); regenerate it with \`layerguard baseline\``
    );
  }
  const d = doc;
  if (!d || typeof d !== "object" || d.version !== BASELINE_VERSION || !Array.isArray(d.findings)) {
    throw new BaselineFileError(
      `${file}: not a layerguard baseline (version ${BASELINE_VERSION} with a "findings" list); regenerate it with \`layerguard baseline\``
    );
  }
  const entries = [];
  d.findings.forEach((e, i) => {
    const entry = e;
    if (!entry || typeof entry.file !== "string" || typeof entry.ruleId !== "string" || typeof entry.fingerprint !== "string") {
      throw new BaselineFileError(
        `${file}: findings[${i}] needs "file", "ruleId" and "fingerprint" strings; regenerate the file with \`layerguard baseline\``
      );
    }
    entries.push({
      file: entry.file,
      ruleId: entry.ruleId,
      fingerprint: entry.fingerprint,
      ...typeof entry.line === "number" ? { line: entry.line } : {},
      ...typeof entry.message === "string" ? { message: entry.message } : {}
    });
  });
  return { file, entries };
}
async function readBaseline(cwd, explicit) {
  const file = explicit ?? DEFAULT_BASELINE_FILE;
  const abs = path.resolve(cwd, file);
  let text;
  try {
    const stat = await fs.stat(abs);
    if (stat.size > 64 * MAX_FILE_BYTES) {
      throw new BaselineFileError(`${file}: ${stat.size} bytes is too large for a baseline file`);
    }
    text = await fs.readFile(abs, "utf8");
  } catch (e) {
    if (e instanceof BaselineFileError) throw e;
    if (e.code === "ENOENT" && explicit === void 0) return void 0;
    throw new BaselineFileError(
      `${file}: cannot read the baseline file (${e.message}); write one with \`layerguard baseline\``
    );
  }
  return parseBaseline(text, file);
}

// src/engine/git.ts
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var gitProcesses = { count: 0 };
var BaseRevisionError = class extends Error {
};
async function git(cwd, args) {
  gitProcesses.count++;
  const { stdout } = await run("git", args, { cwd, maxBuffer: 256 << 20, timeout: 12e4 });
  return stdout;
}
async function resolveCommit(cwd, rev) {
  if (rev.startsWith("-")) return void 0;
  try {
    return (await git(cwd, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])).trim() || void 0;
  } catch {
    return void 0;
  }
}
async function isGitWorkTree(cwd) {
  try {
    return (await git(cwd, ["rev-parse", "--is-inside-work-tree"])).trim() === "true";
  } catch {
    return false;
  }
}
async function fetchCommit(cwd, sha) {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new BaseRevisionError(`"${sha}" is not a commit SHA`);
  try {
    await git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", sha]);
  } catch (e) {
    const msg = (e.stderr || e.message).trim().split("\n").pop();
    throw new BaseRevisionError(msg ?? "git fetch failed");
  }
}
var GitRevision = class _GitRevision {
  constructor(label, commit, prefix, cwd, inCommit, changed) {
    this.label = label;
    this.commit = commit;
    this.prefix = prefix;
    this.cwd = cwd;
    this.inCommit = inCommit;
    this.changed = changed;
  }
  label;
  commit;
  prefix;
  cwd;
  inCommit;
  changed;
  child;
  buffer = Buffer.alloc(0);
  pending = [];
  failure;
  /** Bytes of an oversized blob (and its newline) still to drop: never buffered. */
  skip = 0;
  /**
   * Whether `relPath` is the same at this commit as in the working tree, without reading it: both
   * absent (`present` false), or tracked and unchanged. Most files of a pull request are.
   */
  sameAsWorkingTree(relPath, present) {
    const repoPath = this.prefix + relPath.replace(/^\.\//, "");
    if (!this.inCommit.has(repoPath)) return !present;
    return present && !this.changed.has(repoPath);
  }
  /** Opens `rev` in the repository at `cwd`; throws BaseRevisionError when it names no commit there. */
  static async open(cwd, rev) {
    if (!await isGitWorkTree(cwd)) {
      throw new BaseRevisionError(`${cwd} is not in a git repository, so there is no base revision to read`);
    }
    const commit = await resolveCommit(cwd, rev);
    if (!commit) {
      throw new BaseRevisionError(
        `the repository has no commit "${rev}" (a shallow clone? fetch it with \`git fetch --depth=1 origin ${rev}\`)`
      );
    }
    const prefix = (await git(cwd, ["rev-parse", "--show-prefix"])).trim();
    const root = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
    const list = async (args) => new Set((await git(root, args)).split("\0").filter((p) => p !== ""));
    const inCommit = await list(["ls-tree", "-r", "-z", "--name-only", "--full-tree", commit]);
    const changed = await list(["diff", "--no-renames", "--name-only", "-z", commit, "--"]);
    return new _GitRevision(rev, commit, prefix, cwd, inCommit, changed);
  }
  /** The text of `relPath` (relative to the working directory) at this commit; null when it has no such file. */
  read(relPath) {
    if (/[\n\r]/.test(relPath)) return Promise.resolve(null);
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      child.stdin.write(`${this.commit}:${this.prefix}${relPath.replace(/^\.\//, "")}
`);
    });
  }
  close() {
    this.child?.stdin.end();
    this.child = void 0;
  }
  start() {
    if (this.child) return this.child;
    gitProcesses.count++;
    const child = spawn("git", ["cat-file", "--batch"], { cwd: this.cwd, stdio: "pipe" });
    child.stdout.on("data", (chunk) => {
      if (this.skip > 0) {
        const dropped = Math.min(this.skip, chunk.length);
        this.skip -= dropped;
        chunk = chunk.subarray(dropped);
      }
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.drain();
    });
    const fail = (e) => {
      this.failure = new BaseRevisionError(`reading the base revision failed: ${e.message}`);
      for (const p of this.pending.splice(0)) p.reject(this.failure);
    };
    child.on("error", fail);
    child.on("close", () => {
      if (this.pending.length) fail(new Error("git cat-file ended early"));
    });
    child.stdin.on("error", fail);
    this.child = child;
    return child;
  }
  /** Answers as many pending reads as the buffer holds: `<oid> <type> <size>\n<bytes>\n` or `<name> missing\n`. */
  drain() {
    for (; ; ) {
      const nl = this.buffer.indexOf(10);
      if (nl < 0 || this.pending.length === 0) return;
      const header = this.buffer.subarray(0, nl).toString("utf8");
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) {
        this.buffer = this.buffer.subarray(nl + 1);
        this.pending.shift().resolve(null);
        continue;
      }
      const size = Number(m[2]);
      if (m[1] !== "blob" || size > MAX_FILE_BYTES) {
        const have = this.buffer.length - (nl + 1);
        this.skip = Math.max(0, size + 1 - have);
        this.buffer = this.buffer.subarray(Math.min(this.buffer.length, nl + 1 + size + 1));
        this.pending.shift().resolve(null);
        continue;
      }
      if (this.buffer.length < nl + 1 + size + 1) return;
      const body = this.buffer.subarray(nl + 1, nl + 1 + size);
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.pending.shift().resolve(body.toString("utf8"));
    }
  }
};

export {
  DEFAULT_BASELINE_FILE,
  BaselineFileError,
  formatBaseline,
  readBaseline,
  BaseRevisionError,
  isGitWorkTree,
  fetchCommit,
  GitRevision
};
