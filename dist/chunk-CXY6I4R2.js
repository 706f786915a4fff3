import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  RULES,
  RULES_BY_ID
} from "./chunk-6VALDLUX.js";
import "./chunk-7AJUONT3.js";
import "./chunk-3MTITDVE.js";
import "./chunk-FJVHEQQZ.js";
import "./chunk-LAZJ3NYX.js";
import "./chunk-GBM2JVEN.js";
import "./chunk-EOIBO5SL.js";
import "./chunk-VOMKYOLP.js";
import "./chunk-2TR3644I.js";
import "./chunk-PE7UAB63.js";
import "./chunk-YJ6SUC6Q.js";
export {
  RULES,
  RULES_BY_ID
};
