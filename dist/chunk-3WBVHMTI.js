import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  formatJson
} from "./chunk-E7RUIRJF.js";
import "./chunk-YJ6SUC6Q.js";
export {
  formatJson
};
