import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  LineIndex,
  emptySpec,
  get,
  items,
  normaliseCapability,
  parseVolumeSpec,
  rangeOfEntry,
  rangeOfNode,
  require_dist,
  scalarString,
  sourceOf
} from "./chunk-IES6AQKX.mjs";
import {
  __toESM
} from "./chunk-Y3MIJE7F.mjs";

// src/targets/runtime/inspect.ts
var import_yaml = __toESM(require_dist(), 1);
function jsonErrorOffset(text, message) {
  const m = /position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const index = new LineIndex(text);
    return index.lineStart(Number(lc[1])) + Number(lc[2]) - 1;
  }
  return 0;
}
var MOUNT_TYPES = ["bind", "volume", "tmpfs", "npipe", "image", "cluster"];
async function loadContainerInspect(relPath, text) {
  return readContainerInspect(relPath, text);
}
function readContainerInspect(relPath, text) {
  const index = new LineIndex(text);
  const problems = [];
  const target = { kind: "runtime", file: relPath, text, units: [], problems, comments: [] };
  try {
    JSON.parse(text);
  } catch (e) {
    const message = e.message;
    const at = jsonErrorOffset(text, message);
    problems.push({
      message: `not valid JSON (${message}); expected the output of docker container inspect`,
      range: index.range(at, at + 1)
    });
    return target;
  }
  const doc = (0, import_yaml.parseDocument)(text, { version: "1.2", prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    problems.push({
      message: `cannot read this JSON: ${e.message.split("\n")[0]}`,
      range: index.range(e.pos[0], e.pos[1])
    });
    return target;
  }
  const ctx = { doc, text, index, budget: { left: 1e5 } };
  const root = doc.contents;
  const records = (0, import_yaml.isSeq)(root) ? items(root, ctx).map((i) => i.value) : [root];
  records.forEach((rec, n) => {
    if (!(0, import_yaml.isMap)(rec) || !get(rec, "HostConfig", ctx) && !get(rec, "Config", ctx)) {
      problems.push({
        message: "this is not a container inspect record (no HostConfig or Config); expected the output of docker container inspect",
        range: rec ? rangeOfNode(rec, ctx) : index.range(0, 0)
      });
      return;
    }
    const unit = recordUnit(rec, n, relPath, ctx);
    target.units.push(unit);
  });
  target.stats = { format: "inspect", containers: target.units.length };
  return target;
}
function recordUnit(rec, n, file, ctx) {
  const nameEntry = get(rec, "Name", ctx);
  const id = scalarString(get(rec, "Id", ctx)?.value ?? null);
  const name = scalarString(nameEntry?.value ?? null)?.replace(/^\//, "") || (id ? id.slice(0, 12) : `container ${n + 1}`);
  const recRange = rangeOfNode(rec, ctx);
  const podman = !!(get(rec, "OCIRuntime", ctx) || get(rec, "ConmonPidFile", ctx));
  const spec = emptySpec(
    {
      file,
      kind: "inspect",
      syntax: "inspect",
      name,
      range: nameEntry ? rangeOfEntry(nameEntry, ctx) : { ...recRange, endLine: recRange.line, endColumn: recRange.column + 1 }
    },
    podman ? "podman" : "docker"
  );
  const host = get(rec, "HostConfig", ctx)?.value ?? null;
  const config = get(rec, "Config", ctx)?.value ?? null;
  const h = (key) => get(host, key, ctx);
  const num = (e, key, scale = 1) => {
    if (!e) return void 0;
    const range = rangeOfEntry(e, ctx);
    const raw = sourceOf(e.value, ctx) || "null";
    if ((0, import_yaml.isScalar)(e.value) && e.value.value === null) return { value: 0, raw, range, key };
    if (!(0, import_yaml.isScalar)(e.value) || typeof e.value.value !== "number")
      return { raw, range, key, invalid: `${key} is not a number` };
    return { value: e.value.value / scale, raw, range, key };
  };
  const str = (e, key) => {
    const s = scalarString(e?.value ?? null);
    if (!e || s === void 0 || s === "") return void 0;
    return { value: s, raw: sourceOf(e.value, ctx), range: rangeOfEntry(e, ctx), key };
  };
  const bool = (e, key) => {
    if (!e || !(0, import_yaml.isScalar)(e.value) || typeof e.value.value !== "boolean") return void 0;
    return { value: e.value.value, raw: sourceOf(e.value, ctx), range: rangeOfEntry(e, ctx), key };
  };
  const list = (e, key) => items(e?.value ?? null, ctx).flatMap((it) => {
    const s = scalarString(it.value);
    return s === void 0 ? [] : [{ value: s, raw: sourceOf(it.written, ctx), range: rangeOfNode(it.written, ctx), key }];
  });
  const image = str(get(config, "Image", ctx), "Config.Image");
  if (image) spec.image = image;
  spec.memory = num(h("Memory"), "HostConfig.Memory");
  spec.memorySwap = num(h("MemorySwap"), "HostConfig.MemorySwap");
  spec.memoryReservation = num(h("MemoryReservation"), "HostConfig.MemoryReservation");
  spec.cpus = num(h("NanoCpus"), "HostConfig.NanoCpus", 1e9);
  spec.cpuQuota = num(h("CpuQuota"), "HostConfig.CpuQuota");
  spec.cpuPeriod = num(h("CpuPeriod"), "HostConfig.CpuPeriod");
  spec.cpuShares = num(h("CpuShares"), "HostConfig.CpuShares");
  spec.cpusetCpus = str(h("CpusetCpus"), "HostConfig.CpusetCpus");
  spec.pidsLimit = num(h("PidsLimit"), "HostConfig.PidsLimit");
  spec.userns = str(h("UsernsMode"), "HostConfig.UsernsMode");
  spec.privileged = bool(h("Privileged"), "HostConfig.Privileged");
  spec.readOnly = bool(h("ReadonlyRootfs"), "HostConfig.ReadonlyRootfs");
  spec.pid = str(h("PidMode"), "HostConfig.PidMode");
  spec.ipc = str(h("IpcMode"), "HostConfig.IpcMode");
  spec.uts = str(h("UTSMode"), "HostConfig.UTSMode");
  spec.network = str(h("NetworkMode"), "HostConfig.NetworkMode");
  spec.cgroupns = str(h("CgroupnsMode"), "HostConfig.CgroupnsMode");
  spec.user = str(get(config, "User", ctx), "Config.User");
  spec.capAdd = list(h("CapAdd"), "HostConfig.CapAdd").map((s) => ({
    ...s,
    value: normaliseCapability(s.value)
  }));
  spec.capDrop = list(h("CapDrop"), "HostConfig.CapDrop").map((s) => ({
    ...s,
    value: normaliseCapability(s.value)
  }));
  spec.securityOpt = list(h("SecurityOpt"), "HostConfig.SecurityOpt");
  spec.devices = items(h("Devices")?.value ?? null, ctx).flatMap((it) => {
    const p = scalarString(get(it.value, "PathOnHost", ctx)?.value ?? null);
    return p === void 0 ? [] : [
      {
        value: p,
        raw: sourceOf(it.written, ctx),
        range: rangeOfNode(it.written, ctx),
        key: "HostConfig.Devices"
      }
    ];
  });
  spec.volumes = inspectMounts(rec, host, ctx);
  for (const it of items(get(config, "Env", ctx)?.value ?? null, ctx)) {
    const s = scalarString(it.value);
    const eq = s === void 0 ? -1 : s.indexOf("=");
    if (s === void 0 || eq <= 0) continue;
    const range = rangeOfNode(it.written, ctx);
    spec.env.push({
      name: s.slice(0, eq),
      value: s.slice(eq + 1),
      source: "literal",
      range,
      nameRange: range,
      key: "Config.Env"
    });
  }
  for (const k of Object.keys(spec)) if (spec[k] === void 0) delete spec[k];
  return { model: spec, context: { service: name, ...image?.value ? { image: image.value } : {} } };
}
function inspectMounts(rec, host, ctx) {
  const out = [];
  const field = (node, key) => get(node, key, ctx)?.value ?? null;
  const top = get(rec, "Mounts", ctx);
  if (top && (0, import_yaml.isSeq)(top.value)) {
    for (const it of items(top.value, ctx)) {
      const type = scalarString(field(it.value, "Type")) ?? "unknown";
      const mountType = MOUNT_TYPES.find((t) => t === type) ?? "unknown";
      const rw = field(it.value, "RW");
      out.push({
        type: mountType,
        source: mountType === "volume" ? scalarString(field(it.value, "Name")) : scalarString(field(it.value, "Source")),
        target: scalarString(field(it.value, "Destination")),
        readOnly: (0, import_yaml.isScalar)(rw) && rw.value === false,
        raw: sourceOf(it.written, ctx),
        range: rangeOfNode(it.written, ctx),
        key: "Mounts"
      });
    }
    return out;
  }
  for (const it of items(field(host, "Binds"), ctx)) {
    const s = scalarString(it.value);
    if (s !== void 0) {
      out.push({
        ...parseVolumeSpec(s, false),
        raw: sourceOf(it.written, ctx),
        range: rangeOfNode(it.written, ctx),
        key: "HostConfig.Binds"
      });
    }
  }
  for (const it of items(field(host, "Mounts"), ctx)) {
    const type = scalarString(field(it.value, "Type")) ?? "volume";
    const ro = field(it.value, "ReadOnly");
    out.push({
      type: MOUNT_TYPES.find((t) => t === type) ?? "unknown",
      source: scalarString(field(it.value, "Source")),
      target: scalarString(field(it.value, "Target")),
      readOnly: (0, import_yaml.isScalar)(ro) && ro.value === true,
      raw: sourceOf(it.written, ctx),
      range: rangeOfNode(it.written, ctx),
      key: "HostConfig.Mounts"
    });
  }
  return out;
}
export {
  loadContainerInspect,
  readContainerInspect
};
