import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);

// src/targets/image/model.ts
var PACKAGE_DB_MAX_BYTES = 32 * 1024 * 1024;
function isPackageDb(path) {
  if (path === "var/lib/dpkg/status" || path === "lib/apk/db/installed") return true;
  if (!path.startsWith("var/lib/dpkg/status.d/")) return false;
  const name = path.slice("var/lib/dpkg/status.d/".length);
  return name !== "" && !name.includes("/") && !name.endsWith(".md5sums");
}
var WASTED_FILES_KEPT = 1e3;
function imageStatsOf(stats) {
  const s = stats?.image;
  return s && typeof s === "object" && Array.isArray(s.layers) ? s : void 0;
}

export {
  PACKAGE_DB_MAX_BYTES,
  isPackageDb,
  WASTED_FILES_KEPT,
  imageStatsOf
};
