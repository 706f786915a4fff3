import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  Evaluation,
  check,
  compareFindings,
  evaluate,
  forEachConcurrent,
  mapConcurrent,
  summarise
} from "./chunk-GQUB34Q3.js";
import "./chunk-CF4HCGIZ.js";
import "./chunk-BT6IPNOZ.js";
import "./chunk-4XNID4UN.js";
import {
  RULES
} from "./chunk-UII4SQXL.js";
import "./chunk-7AJUONT3.js";
import "./chunk-FVNUNBU7.js";
import "./chunk-F357WPAC.js";
import "./chunk-3MTITDVE.js";
import "./chunk-2TR3644I.js";
import "./chunk-PE7UAB63.js";
import "./chunk-UBAVAVET.js";
import "./chunk-LAZJ3NYX.js";
import "./chunk-D2KG54VX.js";
import "./chunk-WKSGSSAF.js";
import "./chunk-PAWJHQJD.js";
import "./chunk-I2AWKOE3.js";
import "./chunk-VOMKYOLP.js";
import "./chunk-YJ6SUC6Q.js";
export {
  Evaluation,
  RULES,
  check,
  compareFindings,
  evaluate,
  forEachConcurrent,
  mapConcurrent,
  summarise
};
