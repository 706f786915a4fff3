import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  annotationCommand,
  escapeData,
  escapeLogLine,
  escapeProperty,
  formatGithub,
  neutraliseCommandStart
} from "./chunk-C54YOXCC.js";
import "./chunk-YJ6SUC6Q.js";
export {
  annotationCommand,
  escapeData,
  escapeLogLine,
  escapeProperty,
  formatGithub,
  neutraliseCommandStart
};
