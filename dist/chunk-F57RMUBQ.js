import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  Evaluation,
  TargetChecker,
  check,
  compareFindings,
  evaluate,
  forEachConcurrent,
  loadFile,
  mapConcurrent,
  shellcheckContext,
  summarise
} from "./chunk-LLR2PCEP.js";
import "./chunk-WTWUADBB.js";
import "./chunk-3LCV5NUK.js";
import "./chunk-FWAQ3EFQ.js";
import "./chunk-D2KG54VX.js";
import "./chunk-UG5PZLEB.js";
import "./chunk-VWMQMPCK.js";
import "./chunk-IPEZ7FNF.js";
import "./chunk-EWPYXFOK.js";
import "./chunk-I2AWKOE3.js";
import {
  RULES
} from "./chunk-6VALDLUX.js";
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
export {
  Evaluation,
  RULES,
  TargetChecker,
  check,
  compareFindings,
  evaluate,
  forEachConcurrent,
  loadFile,
  mapConcurrent,
  shellcheckContext,
  summarise
};
