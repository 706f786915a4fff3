import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  MAX_EXTENDS_DEPTH,
  POLICY_FILE_NAMES,
  builtinPresets,
  discoverPolicyFile,
  effectiveRule,
  loadPolicy,
  presetList,
  presetsDir
} from "./chunk-WTWUADBB.js";
import "./chunk-D2KG54VX.js";
import "./chunk-EWPYXFOK.js";
import "./chunk-I2AWKOE3.js";
import "./chunk-3MTITDVE.js";
import "./chunk-VOMKYOLP.js";
import "./chunk-IEK5ZW2B.js";
import {
  suggest
} from "./chunk-F357WPAC.js";
import "./chunk-2TR3644I.js";
import "./chunk-PE7UAB63.js";
import "./chunk-YJ6SUC6Q.js";
export {
  MAX_EXTENDS_DEPTH,
  POLICY_FILE_NAMES,
  builtinPresets,
  discoverPolicyFile,
  effectiveRule,
  loadPolicy,
  presetList,
  presetsDir,
  suggest
};
