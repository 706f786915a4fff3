import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  SEVERITY_ICON,
  cell,
  code,
  comparisonParagraph,
  formatMarkdown
} from "./chunk-J3HLTQXE.js";
import "./chunk-LCUHNVZC.js";
import "./chunk-CF4HCGIZ.js";
import "./chunk-BT6IPNOZ.js";
import "./chunk-UII4SQXL.js";
import "./chunk-7AJUONT3.js";
import "./chunk-3MTITDVE.js";
import "./chunk-2TR3644I.js";
import "./chunk-PE7UAB63.js";
import "./chunk-LAZJ3NYX.js";
import "./chunk-EOIBO5SL.js";
import "./chunk-WKSGSSAF.js";
import "./chunk-I2AWKOE3.js";
import "./chunk-VOMKYOLP.js";
import "./chunk-YJ6SUC6Q.js";
export {
  SEVERITY_ICON,
  cell,
  code,
  comparisonParagraph,
  formatMarkdown
};
