import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  formatLockFile,
  loadPolicy
} from "./chunk-WTWUADBB.js";
import "./chunk-D2KG54VX.js";
import "./chunk-EWPYXFOK.js";
import "./chunk-I2AWKOE3.js";
import {
  escapeData
} from "./chunk-C54YOXCC.js";
import {
  RULES_BY_ID
} from "./chunk-6VALDLUX.js";
import "./chunk-7AJUONT3.js";
import "./chunk-3MTITDVE.js";
import "./chunk-FJVHEQQZ.js";
import "./chunk-LAZJ3NYX.js";
import "./chunk-GBM2JVEN.js";
import "./chunk-EOIBO5SL.js";
import "./chunk-VOMKYOLP.js";
import "./chunk-IEK5ZW2B.js";
import {
  PolicyError
} from "./chunk-F357WPAC.js";
import "./chunk-2TR3644I.js";
import "./chunk-PE7UAB63.js";
import "./chunk-YJ6SUC6Q.js";

// src/cli/lock.ts
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
function short(e) {
  return `${e.commit ? `commit ${e.commit.slice(0, 12)}, ` : ""}sha256 ${e.sha256.slice(0, 12)}`;
}
async function lockCommand(args, io, testLoader = {}) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      update: { type: "boolean" },
      policy: { type: "string" },
      "github-token": { type: "string" },
      "policy-cache": { type: "string" }
    }
  });
  if (positionals.length > 0)
    throw new PolicyError(`lock takes no argument "${positionals[0]}"; name the policy with --policy FILE`);
  const request = { update: values.update === true };
  await loadPolicy({
    cwd: io.cwd,
    policy: values.policy,
    rules: RULES_BY_ID,
    githubToken: values["github-token"] ?? io.env.GITHUB_TOKEN,
    env: io.env,
    policyCacheDir: values["policy-cache"] && path.resolve(io.cwd, values["policy-cache"]),
    ...testLoader,
    lock: request
  });
  const outcome = request.outcome;
  if (!outcome) {
    throw new PolicyError(
      `the policy is ${values.policy ?? "builtin:recommended"}, a built-in preset, which extends no remote policy: there is nothing to lock`
    );
  }
  const lines = [];
  for (const [key, e] of [...outcome.entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const what = e.change === "updated" && e.previous ? `${short(e.previous)} -> ${short(e)}` : short(e);
    lines.push(`  ${e.change.padEnd(8)}${escapeData(key)}: ${what}
`);
  }
  for (const key of outcome.removed) lines.push(`  removed ${escapeData(key)}: no policy extends it now
`);
  const text = formatLockFile(outcome.entries);
  const old = await fs.readFile(outcome.file.path, "utf8").catch(() => void 0);
  const n = outcome.entries.size;
  const count = `${n} remote polic${n === 1 ? "y" : "ies"}`;
  for (const l of lines) io.stderr(l);
  if (old === text) {
    io.stderr(`layerguard: ${outcome.file.display} is up to date (${count})
`);
    return 0;
  }
  const tmp = path.join(
    path.dirname(outcome.file.path),
    `.${path.basename(outcome.file.path)}.${process.pid}.tmp`
  );
  await fs.writeFile(tmp, text);
  await fs.rename(tmp, outcome.file.path);
  io.stderr(
    `layerguard: wrote ${outcome.file.display} (${count}); review the changes and commit it${values.update ? "" : "; layerguard lock --update moves the locked versions forward"}
`
  );
  return 0;
}
export {
  lockCommand
};
