import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  formatText
} from "./chunk-QZAYDABX.js";
import "./chunk-LCUHNVZC.js";
import "./chunk-CF4HCGIZ.js";
import "./chunk-BT6IPNOZ.js";
import "./chunk-C54YOXCC.js";
import "./chunk-7AJUONT3.js";
import "./chunk-2TR3644I.js";
import "./chunk-EOIBO5SL.js";
import "./chunk-I2AWKOE3.js";
import "./chunk-YJ6SUC6Q.js";
export {
  formatText
};
