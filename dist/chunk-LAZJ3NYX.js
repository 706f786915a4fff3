import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);

// src/targets/runtime/values.ts
var SIZE = /^(\d+(?:\.\d+)?) ?([kmgtp])?(i)?(b)?$/i;
var MULTIPLIERS = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };
function parseMemory(text) {
  const t = text.trim();
  if (t === "-1") return { bytes: -1 };
  const m = SIZE.exec(t);
  if (!m)
    return {
      error: `"${text}" is not a size (a number with an optional unit b, k, m or g, such as 512m or 2g)`
    };
  const n = Number(m[1]);
  const unit = m[2]?.toLowerCase();
  return { bytes: Math.floor(unit ? n * MULTIPLIERS[unit] : n) };
}
function formatBytes(bytes) {
  if (bytes < 0) return String(bytes);
  for (const [unit, mul] of [
    ["g", 2 ** 30],
    ["m", 2 ** 20],
    ["k", 2 ** 10]
  ]) {
    if (bytes >= mul) {
      const v = bytes / mul;
      if (Number.isInteger(v)) return `${v}${unit}`;
      if (Number.isInteger(v * 10)) return `${v.toFixed(1)}${unit}`;
    }
  }
  return `${bytes}`;
}
function parseCpus(text) {
  const t = text.trim();
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(t))
    return { error: `"${text}" is not a number of CPUs (such as 0.5 or 2)` };
  return { cpus: Number(t) };
}
function parseInteger(text) {
  const t = text.trim();
  if (!/^[-+]?\d+$/.test(t)) return { error: `"${text}" is not an integer` };
  return { value: Number(t) };
}
function parseCliBool(text) {
  if (["1", "t", "T", "true", "TRUE", "True"].includes(text)) return true;
  if (["0", "f", "F", "false", "FALSE", "False"].includes(text)) return false;
  return void 0;
}
function parseLooseBool(text) {
  const t = text.trim().toLowerCase();
  if (["true", "yes", "y", "on", "1"].includes(t)) return true;
  if (["false", "no", "n", "off", "0"].includes(t)) return false;
  return void 0;
}
function normaliseCapability(text) {
  const t = text.trim().toUpperCase();
  return t.startsWith("CAP_") ? t.slice(4) : t;
}
function interpolateCompose(text) {
  if (!text.includes("$")) return { text, opaque: false };
  let out = "";
  let opaque = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
    } else if (next === "{") {
      let depth = 1;
      let j = i + 2;
      while (j < text.length && depth > 0) {
        if (text[j] === "{") depth++;
        else if (text[j] === "}") depth--;
        j++;
      }
      if (depth > 0) return { text, opaque: true };
      const body = text.slice(i + 2, j - 1);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?([\s\S]*)$/.exec(body);
      if (m && m[2] && m[2].endsWith("-")) {
        const inner = interpolateCompose(m[3]);
        out += inner.text;
        opaque ||= inner.opaque;
      } else {
        opaque = true;
      }
      i = j;
    } else if (next !== void 0 && /[A-Za-z_]/.test(next)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_]/.test(text[j])) j++;
      opaque = true;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, opaque };
}
function splitVolume(spec) {
  const parts = [];
  let cur = "";
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === ":") {
      const driveLetter = cur.length === 1 && /[A-Za-z]/.test(cur) && /[\\/]/.test(spec[i + 1] ?? "");
      if (!driveLetter) {
        parts.push(cur);
        cur = "";
        continue;
      }
    }
    cur += c;
  }
  parts.push(cur);
  return parts;
}
function isHostPath(source) {
  return /^(?:[/.~\\]|[A-Za-z]:[\\/]|\$)/.test(source);
}
function parseVolumeSpec(spec, opaque) {
  const parts = splitVolume(spec);
  let source;
  let target;
  let mode = "";
  if (parts.length === 1) {
    target = parts[0];
  } else if (parts.length === 2) {
    [source, target] = parts;
  } else {
    source = parts[0];
    target = parts[1];
    mode = parts.slice(2).join(":");
  }
  const modes = mode.split(",").filter((m) => m !== "");
  const readOnly = modes.includes("ro") || modes.includes("readonly");
  let type = "volume";
  if (source === "") source = void 0;
  if (source !== void 0 && isHostPath(source)) type = "bind";
  const sourceOpaque = opaque && source !== void 0 && source.includes("$");
  return { type, source, target, readOnly, ...sourceOpaque ? { opaque: true } : {} };
}
function parseMountSpec(spec, opaque) {
  let type = "volume";
  let source;
  let target;
  let readOnly = false;
  for (const field of spec.split(",")) {
    const eq = field.indexOf("=");
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? void 0 : field.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1");
    switch (key) {
      case "type":
        type = ["bind", "volume", "tmpfs", "npipe", "image", "cluster"].find((t) => t === value) ?? "unknown";
        break;
      case "source":
      case "src":
        source = value;
        break;
      case "target":
      case "destination":
      case "dst":
        target = value;
        break;
      case "readonly":
      case "ro":
        readOnly = value === void 0 || parseCliBool(value) === true;
        break;
    }
  }
  return {
    type,
    source,
    target,
    readOnly,
    ...opaque && (source === void 0 || source.includes("$")) ? { opaque: true } : {}
  };
}
function normaliseHostPath(p) {
  if (!p || !p.startsWith("/")) return void 0;
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return "/" + out.join("/");
}
var QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/;
var QUANTITY_SUFFIX = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18
};
function parseQuantity(text) {
  const m = QUANTITY.exec(text.trim());
  if (!m) {
    return {
      error: `"${text}" is not a Kubernetes quantity (a number with an optional suffix such as Mi, Gi, m or k: 512Mi, 500m)`
    };
  }
  const n = Number(m[1]);
  if (m[2]) return { value: n * QUANTITY_SUFFIX[m[2]] };
  if (m[3]) return { value: n * 10 ** Number(m[3]) };
  return { value: n };
}

export {
  parseMemory,
  formatBytes,
  parseCpus,
  parseInteger,
  parseCliBool,
  parseLooseBool,
  normaliseCapability,
  interpolateCompose,
  parseVolumeSpec,
  parseMountSpec,
  normaliseHostPath,
  parseQuantity
};
