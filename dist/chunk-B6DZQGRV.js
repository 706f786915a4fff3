import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  formatText
} from "./chunk-VBXQHA2M.js";
import "./chunk-LCUHNVZC.js";
import "./chunk-UG5PZLEB.js";
import "./chunk-VWMQMPCK.js";
import "./chunk-I2AWKOE3.js";
import "./chunk-C54YOXCC.js";
import "./chunk-7AJUONT3.js";
import "./chunk-EOIBO5SL.js";
import "./chunk-2TR3644I.js";
import "./chunk-YJ6SUC6Q.js";
export {
  formatText
};
