#!/usr/bin/env node
'use strict';
var __lgImportMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/launcher.ts
var launcher_exports = {};
__export(launcher_exports, {
  MAX_CODE_CACHES: () => MAX_CODE_CACHES,
  codeCacheFile: () => codeCacheFile
});
module.exports = __toCommonJS(launcher_exports);
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
var import_node_vm = require("node:vm");

// src/policy/cache.ts
var import_node_path = __toESM(require("node:path"), 1);
function defaultCacheDir(env) {
  if (env.LAYERGUARD_CACHE_DIR) return import_node_path.default.resolve(env.LAYERGUARD_CACHE_DIR);
  if (env.RUNNER_TOOL_CACHE) return import_node_path.default.join(env.RUNNER_TOOL_CACHE, "layerguard");
  if (env.XDG_CACHE_HOME && import_node_path.default.isAbsolute(env.XDG_CACHE_HOME))
    return import_node_path.default.join(env.XDG_CACHE_HOME, "layerguard");
  if (env.HOME) return import_node_path.default.join(env.HOME, ".cache", "layerguard");
  return void 0;
}

// src/cli/fd-write.ts
var import_node_fs = require("node:fs");
function takesSyncWrites(fd) {
  if (process.platform === "win32") return false;
  try {
    const stat = (0, import_node_fs.fstatSync)(fd);
    if (stat.isFIFO() || stat.isFile() || stat.isSocket()) return true;
    return stat.isCharacterDevice() && stat.rdev === (0, import_node_fs.statSync)("/dev/null").rdev;
  } catch {
    return false;
  }
}
function fdOutput(fd, stream) {
  let direct;
  let streamed = false;
  const isDirect = () => direct ??= takesSyncWrites(fd);
  return {
    write(s) {
      if (!streamed && isDirect()) {
        const bytes = Buffer.from(s, "utf8");
        let done = 0;
        try {
          while (done < bytes.length) done += (0, import_node_fs.writeSync)(fd, bytes, done);
          return;
        } catch {
          streamed = true;
          stream().write(bytes.subarray(done));
          return;
        }
      }
      streamed = true;
      stream().write(s);
    },
    get streamed() {
      return streamed;
    },
    get isTTY() {
      return isDirect() ? false : !!stream().isTTY;
    }
  };
}

// src/engine/baseline-file.ts
var DEFAULT_BASELINE_FILE = ".layerguard-baseline.json";

// src/version.ts
var VERSION = "1.0.0";

// src/cli/help.ts
var HELP = `layerguard ${VERSION}: check container builds against a YAML policy

Usage:
  layerguard check [PATH|GLOB|-]... check Dockerfiles, compose files, Kubernetes manifests\u2026 (default:
                                    the current folder; - reads standard input, e.g. from
                                    helm template or kustomize build)
      --stdin-name NAME             the file name standard input is reported under and matched
                                    against policy overrides by (default <stdin>)
      --policy FILE                 policy file or builtin:<name> (default: .github/layerguard.yml,
                                    .layerguard.yml, layerguard.yml, else builtin:recommended)
      --format text|json|sarif|github|markdown
      --fail-on error|warning|info|none
      --no-color
      --image REF                   also check a built image (repeatable): docker save tar, OCI
                                    layout or archive, inspect JSON, buildx metadata, a name (local
                                    daemon), docker://HOST/REPO:TAG (a registry, no daemon), or
                                    docker-archive:, oci-archive:, oci: PATH[:NAME]
      --platform OS/ARCH|all        platform of multi-platform images (registry default linux/amd64)
      --baseline REF                compare the images with this one (files, packages, size, layers)
      --container-inspect FILE      check \`docker container inspect\` JSON (repeatable)
      --github-token TOKEN          token for github: policy extends (default: $GITHUB_TOKEN)
      --policy-cache DIR            cache of fetched remote policies (default: $LAYERGUARD_CACHE_DIR,
                                    $RUNNER_TOOL_CACHE/layerguard, ~/.cache/layerguard)
      --shellcheck auto|on|off      check RUN scripts with ShellCheck: when it is on PATH (auto, the
                                    default), always (a missing binary is an error), or never
      --hadolint-config FILE        also apply a .hadolint.yaml (ignored, override, trustedRegistries,
                                    label-schema, failure-threshold), merged over the policy
      --image-dockerfile IMAGE=FILE the Dockerfile an --image was built from (repeatable): SARIF and
                                    reports place the image's findings on its instructions
      --jobs N                      threads that check files (default: 1; one per two cores, at most 4,
                                    for 200+ files on 4+ cores; also LAYERGUARD_JOBS)
      --base REV                    compare with the git revision REV (e.g. origin/main): a finding
                                    is new unless the same finding is in the file at REV
      --fail-scope new|all          fail on new findings only, or on all (default: new with --base,
                                    else all)
      --baseline-file FILE          known debt, never failing (default: ${DEFAULT_BASELINE_FILE}
                                    when it exists); --no-baseline-file ignores it
  layerguard baseline [PATH|GLOB]... [check options] [--output FILE]
                                    write today's findings as known debt (default ${DEFAULT_BASELINE_FILE})
  layerguard lock [--update] [--policy FILE] [--policy-cache DIR]
                                    lock the remote extends (github: at a commit, each content by
                                    sha256) in layerguard.lock.json beside the policy; --update
                                    moves them forward. check then reads exactly those versions
  layerguard rules [--format text|json|markdown] [--policy FILE]
                                    list every rule with its severity under the policy (default:
                                    the one check would use)
  layerguard print-policy [--explain] [--policy FILE] [--format yaml|json] [--hadolint-config FILE]
                                    print the merged effective policy; --explain adds the file:line
                                    each value comes from
  layerguard init [--from-hadolint [FILE]] [--output FILE|-] [--force]
                                    write a commented starter policy (default .layerguard.yml),
                                    optionally converted from a .hadolint.yaml
  layerguard verify [PATH]... [--format text|json|github]
                                    run the policy's tests (layerguard.test.yml, *.layerguard.test.yml):
                                    expected findings, silent rules and verdicts, as a readable diff
  layerguard report FILE|FOLDER... [--format markdown|json] [--current github:ORG/REPO/PATH@REF]
                                    merge many repositories' JSON (or SARIF) results into one fleet
                                    report: verdicts, noisiest rules, exceptions by expiry, locked
                                    rules, policy versions (behind --current)
  layerguard --version

Exit status: 0 pass, 1 policy failure, 2 usage or configuration error.
`;
function helpOrVersion(argv, io) {
  const command = argv[0];
  switch (command) {
    case void 0:
    case "-h":
    case "--help":
    case "help":
      io.stdout(HELP);
      return command === void 0 ? 2 : 0;
    case "-v":
    case "--version":
      io.stdout(VERSION + "\n");
      return 0;
    default:
      return void 0;
  }
}

// src/cli/code-cache.ts
var CODE_CACHE_HEADER = "layerguard code cache 1; parts: ";
function parseCodeCache(bytes) {
  const eol = bytes.indexOf(10);
  if (eol < 0 || eol > 4096) return void 0;
  const head = bytes.toString("latin1", 0, eol);
  if (!head.startsWith(CODE_CACHE_HEADER)) return void 0;
  const parts = head.slice(CODE_CACHE_HEADER.length).split(",").filter(Boolean);
  return { data: bytes.subarray(eol + 1), parts: new Set(parts) };
}

// src/cli/launcher.ts
function codeCacheFile(env, hash) {
  if (/^(?:off|0|false|no)$/i.test(env.LAYERGUARD_CODE_CACHE ?? "")) return void 0;
  const dir = defaultCacheDir(env);
  if (!dir) return void 0;
  return (0, import_node_path2.join)(dir, "code", `cli-${hash}-v8-${process.versions.v8}-${process.arch}.bin`);
}
function readCache(file) {
  if (!file) return void 0;
  try {
    const stat = (0, import_node_fs2.lstatSync)(file);
    if (!stat.isFile() || (stat.mode & 18) !== 0) return void 0;
    if (process.getuid && stat.uid !== process.getuid()) return void 0;
    return parseCodeCache((0, import_node_fs2.readFileSync)(file));
  } catch {
    return void 0;
  }
}
var MAX_CODE_CACHES = 8;
function writeCache(file, script, parts) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const header = Buffer.from(`${CODE_CACHE_HEADER}${[...parts].sort().join(",")}
`, "latin1");
    const data = Buffer.concat([header, script.createCachedData()]);
    const dir = (0, import_node_path2.dirname)(file);
    (0, import_node_fs2.mkdirSync)(dir, { recursive: true });
    (0, import_node_fs2.writeFileSync)(tmp, data, { mode: 420 });
    (0, import_node_fs2.renameSync)(tmp, file);
    const caches = (0, import_node_fs2.readdirSync)(dir).filter((name) => /^cli-[0-9a-f]+-.*\.bin$/.test(name)).map((name) => ({ name, mtime: (0, import_node_fs2.statSync)((0, import_node_path2.join)(dir, name)).mtimeMs })).sort((a, b) => b.mtime - a.mtime);
    for (const old of caches.slice(MAX_CODE_CACHES)) (0, import_node_fs2.rmSync)((0, import_node_path2.join)(dir, old.name), { force: true });
  } catch {
    try {
      (0, import_node_fs2.rmSync)(tmp, { force: true });
    } catch {
    }
  }
}
var v8 = () => require("node:v8");
function keepBytecode() {
  v8().setFlagsFromString("--no-flush-bytecode");
}
function defaultFlags(core) {
  if (!/flush[-_]bytecode/.test(process.execArgv.join(" "))) v8().setFlagsFromString("--flush-bytecode");
  core.untuneHeap();
}
var outputStreamed = () => true;
function exitWhenIdle(code) {
  setImmediate(() => {
    if (outputStreamed()) return;
    if (process.getActiveResourcesInfo().length > 0 || process.listenerCount("beforeExit") > 0) return;
    process.exit(code);
  });
}
async function runCore() {
  const corePath = (0, import_node_path2.join)(__dirname, "cli-core.cjs");
  const cacheFile = codeCacheFile(process.env, "3fde9ac362ccbaa8");
  const cached = readCache(cacheFile);
  const script = new import_node_vm.Script((0, import_node_fs2.readFileSync)(corePath, "latin1"), {
    filename: corePath,
    cachedData: cached?.data,
    // The bundle imports nothing at run time, but an import() must not fail for want of a loader.
    importModuleDynamically: import_node_vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
  });
  const writes = cacheFile !== void 0 && (!cached || script.cachedDataRejected === true);
  if (writes) keepBytecode();
  const core = { exports: {} };
  script.runInThisContext()(
    core.exports,
    require,
    core,
    corePath,
    (0, import_node_path2.dirname)(corePath)
  );
  const code = await core.exports.runProcess();
  outputStreamed = core.exports.outputStreamed;
  if (cacheFile) {
    const used = core.exports.codePartsUsed();
    if (writes) {
      defaultFlags(core.exports);
      writeCache(cacheFile, script, used);
    } else if (cached && used.some((part) => !cached.parts.has(part))) {
      defaultFlags(core.exports);
      writeCache(cacheFile, script, [.../* @__PURE__ */ new Set([...cached.parts, ...used])]);
    }
  }
  return code;
}
var stdout = fdOutput(1, () => process.stdout);
var early = helpOrVersion(process.argv.slice(2), { stdout: (s) => stdout.write(s) });
if (early !== void 0) process.exitCode = early;
else
  void runCore().then((code) => {
    process.exitCode = code;
    exitWhenIdle(code);
  });
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MAX_CODE_CACHES,
  codeCacheFile
});
