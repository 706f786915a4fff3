import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import "./chunk-Y3MIJE7F.mjs";

// src/policy/generated/policy-structure.ts
function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  while (pos < len) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len && (str.charCodeAt(pos) & 64512) === 56320) pos++;
  }
  return length;
}
var validateStructure = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/layerguard/layerguard/v1.0.0/policies/layerguard.schema.json", "title": "layerguard policy", "description": "A layerguard policy: see docs/policy.md.", "type": "object", "additionalProperties": false, "properties": { "extends": { "description": "Policies this one builds on, merged depth first, later wins: builtin:recommended, builtin:strict, ./relative.yml, github:owner/repo/path.yml@ref, https://\u2026#sha256-<base64>. Without extends a policy builds on builtin:recommended; [] starts from the rules\u2019 defaults.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "rules": { "$ref": "#/$defs/ruleSettings" }, "overrides": { "description": "Settings for the files matching globs, applied in order (the last match wins).", "type": "array", "items": { "$ref": "#/$defs/override" } }, "exceptions": { "description": "Accepted findings, each with a reason and an expiry date.", "type": "array", "items": { "$ref": "#/$defs/exception" } }, "locked": { "description": "Rules that policies extending this one and inline comments cannot weaken.", "type": "array", "items": { "$ref": "#/$defs/ruleId" } }, "suppressions": { "description": "How inline suppression comments are treated.", "type": "object", "properties": { "inline": { "type": "boolean", "description": "Honour inline comments (default true)." }, "requireReason": { "type": "boolean", "description": "Report comments without `-- reason` (default false)." }, "reportUnused": { "type": "boolean", "description": "Report comments that silence nothing (default false)." } }, "additionalProperties": false }, "customRules": { "description": "Declarative rules without code, reported as custom/<name>.", "type": "array", "items": { "$ref": "#/$defs/customRule" } }, "failOn": { "description": "The lowest severity that fails the run (default error).", "enum": ["error", "warning", "info", "none"] }, "maxWarnings": { "description": "More enforced, unsuppressed warnings than this fail the run.", "type": "integer", "minimum": 0 }, "mode": { "$ref": "#/$defs/mode" }, "warnBeforeDays": { "description": "Report policy/exception-expiring this many days before an exception expires (default 14).", "type": "integer", "minimum": 0, "maximum": 366 } }, "$defs": { "severity": { "enum": ["off", "info", "warning", "error"] }, "mode": { "description": "enforce: findings can fail the run; audit: they are reported and never fail it.", "enum": ["enforce", "audit"] }, "ruleId": { "type": "string" }, "globs": { "description": "A glob or a list of globs, relative to the repository root (picomatch syntax).", "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "ruleSettings": { "type": "object", "additionalProperties": { "description": "A rule (default: warning)", "if": { "type": "string" }, "then": { "$ref": "#/$defs/severity" }, "else": { "type": "object", "properties": { "severity": { "$ref": "#/$defs/severity" }, "options": { "type": "object" }, "mode": { "$ref": "#/$defs/mode" } }, "additionalProperties": false } } }, "override": { "type": "object", "required": ["files"], "properties": { "files": { "$ref": "#/$defs/globs" }, "excludeFiles": { "$ref": "#/$defs/globs" }, "rules": { "$ref": "#/$defs/ruleSettings" }, "mode": { "$ref": "#/$defs/mode" } }, "additionalProperties": false }, "exception": { "type": "object", "required": ["rules", "reason", "expires"], "properties": { "rules": { "description": "The rule ids the exception covers (or shellcheck/SCnnnn for one ShellCheck code).", "type": "array", "minItems": 1, "items": { "type": "string" } }, "files": { "$ref": "#/$defs/globs" }, "reason": { "type": "string", "minLength": 1, "description": "Why the findings are accepted." }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "YYYY-MM-DD; the exception applies through the end of that day (UTC)." }, "ticket": { "type": "string", "minLength": 1, "description": "Where the follow-up is tracked." } }, "additionalProperties": false }, "selector": { "description": "An instruction keyword, or {instruction, match}.", "type": ["string", "object"], "pattern": "^[A-Za-z]+$", "properties": { "instruction": { "type": "string", "pattern": "^[A-Za-z]+$" }, "match": { "type": "string" } }, "required": ["instruction"], "additionalProperties": false }, "customRule": { "type": "object", "required": ["id", "kind", "message"], "properties": { "id": { "type": "string", "pattern": "^custom/[a-z][a-z0-9]*(-[a-z0-9]+)*$", "description": "custom/<kebab-case-name>" }, "kind": { "enum": ["instruction", "order", "required", "assert"] }, "severity": { "$ref": "#/$defs/severity" }, "message": { "type": "string", "minLength": 1 }, "summary": { "type": "string" }, "instruction": { "type": ["string", "array"], "pattern": "^[A-Za-z]+$", "minItems": 1, "items": { "type": "string", "pattern": "^[A-Za-z]+$" } }, "match": { "type": "string", "description": "RE2 regular expression (linear time)." }, "notMatch": { "type": "string", "description": "RE2 regular expression (linear time)." }, "stage": { "enum": ["any", "final"] }, "first": { "$ref": "#/$defs/selector" }, "then": { "$ref": "#/$defs/selector" }, "min": { "type": "integer", "minimum": 0 }, "max": { "type": "integer", "minimum": 0 }, "target": { "enum": ["dockerfile", "runtime", "image"] }, "path": { "type": "string", "minLength": 1 }, "operator": { "enum": ["equals", "notEquals", "in", "notIn", "matches", "notMatches", "contains", "notContains", "exists", "notExists", "lt", "lte", "gt", "gte"] }, "value": {}, "quantifier": { "enum": ["all", "any", "none"] } }, "additionalProperties": false, "allOf": [{ "if": { "properties": { "kind": { "const": "instruction" } } }, "then": { "required": ["instruction"] } }, { "if": { "properties": { "kind": { "const": "order" } } }, "then": { "required": ["first", "then"] } }, { "if": { "properties": { "kind": { "const": "required" } } }, "then": { "required": ["instruction"] } }, { "if": { "properties": { "kind": { "const": "assert" } } }, "then": { "required": ["path", "operator"] } }] } } };
var schema11 = { "type": "string" };
var schema4 = { "description": "enforce: findings can fail the run; audit: they are reported and never fail it.", "enum": ["enforce", "audit"] };
var func0 = Object.prototype.hasOwnProperty;
var func1 = ucs2length;
var schema1 = { "type": "object", "additionalProperties": { "description": "A rule (default: warning)", "if": { "type": "string" }, "then": { "$ref": "#/$defs/severity" }, "else": { "type": "object", "properties": { "severity": { "$ref": "#/$defs/severity" }, "options": { "type": "object" }, "mode": { "$ref": "#/$defs/mode" } }, "additionalProperties": false } } };
var schema2 = { "enum": ["off", "info", "warning", "error"] };
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate1.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      const _errs3 = errors;
      let valid1 = true;
      const _errs4 = errors;
      if (typeof data0 !== "string") {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs6 = errors;
        if (!(data0 === "off" || data0 === "info" || data0 === "warning" || data0 === "error")) {
          const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema2.enum }, message: "must be equal to one of the allowed values", schema: schema2.enum, parentSchema: schema2, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs8 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          for (const key1 in data0) {
            if (!(key1 === "severity" || key1 === "options" || key1 === "mode")) {
              const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.additionalProperties.else, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data0.severity !== void 0) {
            let data1 = data0.severity;
            if (!(data1 === "off" || data1 === "info" || data1 === "warning" || data1 === "error")) {
              const err3 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema2.enum }, message: "must be equal to one of the allowed values", schema: schema2.enum, parentSchema: schema2, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data0.options !== void 0) {
            let data2 = data0.options;
            if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
              const err4 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/options", schemaPath: "#/additionalProperties/else/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.additionalProperties.else.properties.options.type, parentSchema: schema1.additionalProperties.else.properties.options, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data0.mode !== void 0) {
            let data3 = data0.mode;
            if (!(data3 === "enforce" || data3 === "audit")) {
              const err5 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/mode", schemaPath: "#/$defs/mode/enum", keyword: "enum", params: { allowedValues: schema4.enum }, message: "must be equal to one of the allowed values", schema: schema4.enum, parentSchema: schema4, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        } else {
          const err6 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.additionalProperties.else.type, parentSchema: schema1.additionalProperties.else, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var _valid0 = _errs8 === errors;
        valid1 = _valid0;
        ifClause0 = "else";
      }
      if (!valid1) {
        const err7 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema1.additionalProperties.if, parentSchema: schema1.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate1.errors = vErrors;
  return errors === 0;
}
validate1.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema5 = { "type": "object", "required": ["files"], "properties": { "files": { "$ref": "#/$defs/globs" }, "excludeFiles": { "$ref": "#/$defs/globs" }, "rules": { "$ref": "#/$defs/ruleSettings" }, "mode": { "$ref": "#/$defs/mode" } }, "additionalProperties": false };
var schema6 = { "description": "A glob or a list of globs, relative to the repository root (picomatch syntax).", "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate3.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.files === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema5.required, parentSchema: schema5, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "files" || key0 === "excludeFiles" || key0 === "rules" || key0 === "mode")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema5, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data0 = data.files;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err2 = { instancePath: instancePath + "/files", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: schema6.type }, message: "must be string,array", schema: schema6.type, parentSchema: schema6, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/files", schemaPath: "#/$defs/globs/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/files", schemaPath: "#/$defs/globs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func1(data1) < 1) {
              const err5 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.type, parentSchema: schema6.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.excludeFiles !== void 0) {
      let data2 = data.excludeFiles;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err7 = { instancePath: instancePath + "/excludeFiles", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: schema6.type }, message: "must be string,array", schema: schema6.type, parentSchema: schema6, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func1(data2) < 1) {
          const err8 = { instancePath: instancePath + "/excludeFiles", schemaPath: "#/$defs/globs/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err9 = { instancePath: instancePath + "/excludeFiles", schemaPath: "#/$defs/globs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func1(data3) < 1) {
              const err10 = { instancePath: instancePath + "/excludeFiles/" + i1, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/excludeFiles/" + i1, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.type, parentSchema: schema6.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      if (!validate1(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      }
    }
    if (data.mode !== void 0) {
      let data5 = data.mode;
      if (!(data5 === "enforce" || data5 === "audit")) {
        const err12 = { instancePath: instancePath + "/mode", schemaPath: "#/$defs/mode/enum", keyword: "enum", params: { allowedValues: schema4.enum }, message: "must be equal to one of the allowed values", schema: schema4.enum, parentSchema: schema4, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema5.type, parentSchema: schema5, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate3.errors = vErrors;
  return errors === 0;
}
validate3.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema9 = { "type": "object", "required": ["rules", "reason", "expires"], "properties": { "rules": { "description": "The rule ids the exception covers (or shellcheck/SCnnnn for one ShellCheck code).", "type": "array", "minItems": 1, "items": { "type": "string" } }, "files": { "$ref": "#/$defs/globs" }, "reason": { "type": "string", "minLength": 1, "description": "Why the findings are accepted." }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "YYYY-MM-DD; the exception applies through the end of that day (UTC)." }, "ticket": { "type": "string", "minLength": 1, "description": "Where the follow-up is tracked." } }, "additionalProperties": false };
var pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate6.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rules === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema9.required, parentSchema: schema9, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema9.required, parentSchema: schema9, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema9.required, parentSchema: schema9, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rules" || key0 === "files" || key0 === "reason" || key0 === "expires" || key0 === "ticket")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data0 = data.rules;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema9.properties.rules, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err5 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.rules.items.type, parentSchema: schema9.properties.rules.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema9.properties.rules.type, parentSchema: schema9.properties.rules, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data2 = data.files;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err7 = { instancePath: instancePath + "/files", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: schema6.type }, message: "must be string,array", schema: schema6.type, parentSchema: schema6, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func1(data2) < 1) {
          const err8 = { instancePath: instancePath + "/files", schemaPath: "#/$defs/globs/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err9 = { instancePath: instancePath + "/files", schemaPath: "#/$defs/globs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func1(data3) < 1) {
              const err10 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.type, parentSchema: schema6.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      }
    }
    if (data.reason !== void 0) {
      let data4 = data.reason;
      if (typeof data4 === "string") {
        if (func1(data4) < 1) {
          const err12 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.reason, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.reason.type, parentSchema: schema9.properties.reason, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data5 = data.expires;
      if (typeof data5 === "string") {
        if (!pattern0.test(data5)) {
          const err14 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema9.properties.expires, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.expires.type, parentSchema: schema9.properties.expires, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0) {
      let data6 = data.ticket;
      if (typeof data6 === "string") {
        if (func1(data6) < 1) {
          const err16 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.ticket, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.ticket.type, parentSchema: schema9.properties.ticket, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.type, parentSchema: schema9, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate6.errors = vErrors;
  return errors === 0;
}
validate6.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema12 = { "type": "object", "required": ["id", "kind", "message"], "properties": { "id": { "type": "string", "pattern": "^custom/[a-z][a-z0-9]*(-[a-z0-9]+)*$", "description": "custom/<kebab-case-name>" }, "kind": { "enum": ["instruction", "order", "required", "assert"] }, "severity": { "$ref": "#/$defs/severity" }, "message": { "type": "string", "minLength": 1 }, "summary": { "type": "string" }, "instruction": { "type": ["string", "array"], "pattern": "^[A-Za-z]+$", "minItems": 1, "items": { "type": "string", "pattern": "^[A-Za-z]+$" } }, "match": { "type": "string", "description": "RE2 regular expression (linear time)." }, "notMatch": { "type": "string", "description": "RE2 regular expression (linear time)." }, "stage": { "enum": ["any", "final"] }, "first": { "$ref": "#/$defs/selector" }, "then": { "$ref": "#/$defs/selector" }, "min": { "type": "integer", "minimum": 0 }, "max": { "type": "integer", "minimum": 0 }, "target": { "enum": ["dockerfile", "runtime", "image"] }, "path": { "type": "string", "minLength": 1 }, "operator": { "enum": ["equals", "notEquals", "in", "notIn", "matches", "notMatches", "contains", "notContains", "exists", "notExists", "lt", "lte", "gt", "gte"] }, "value": {}, "quantifier": { "enum": ["all", "any", "none"] } }, "additionalProperties": false, "allOf": [{ "if": { "properties": { "kind": { "const": "instruction" } } }, "then": { "required": ["instruction"] } }, { "if": { "properties": { "kind": { "const": "order" } } }, "then": { "required": ["first", "then"] } }, { "if": { "properties": { "kind": { "const": "required" } } }, "then": { "required": ["instruction"] } }, { "if": { "properties": { "kind": { "const": "assert" } } }, "then": { "required": ["path", "operator"] } }] };
var schema14 = { "description": "An instruction keyword, or {instruction, match}.", "type": ["string", "object"], "pattern": "^[A-Za-z]+$", "properties": { "instruction": { "type": "string", "pattern": "^[A-Za-z]+$" }, "match": { "type": "string" } }, "required": ["instruction"], "additionalProperties": false };
var pattern1 = new RegExp("^custom/[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
var pattern2 = new RegExp("^[A-Za-z]+$", "u");
function validate8(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate8.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind !== void 0) {
      if ("instruction" !== data.kind) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.instruction === void 0) {
        const err1 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "instruction" }, message: "must have required property 'instruction'", schema: schema12.allOf[0].then.required, parentSchema: schema12.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[0].if, parentSchema: schema12.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind !== void 0) {
      if ("order" !== data.kind) {
        const err3 = {};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.first === void 0) {
        const err4 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema12.allOf[1].then.required, parentSchema: schema12.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.then === void 0) {
        const err5 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "then" }, message: "must have required property 'then'", schema: schema12.allOf[1].then.required, parentSchema: schema12.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err6 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[1].if, parentSchema: schema12.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  const _errs12 = errors;
  let valid5 = true;
  const _errs13 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind !== void 0) {
      if ("required" !== data.kind) {
        const err7 = {};
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  var _valid2 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs15 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.instruction === void 0) {
        const err8 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "instruction" }, message: "must have required property 'instruction'", schema: schema12.allOf[2].then.required, parentSchema: schema12.allOf[2].then, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid2 = _errs15 === errors;
    valid5 = _valid2;
  }
  if (!valid5) {
    const err9 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[2].if, parentSchema: schema12.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  const _errs17 = errors;
  let valid7 = true;
  const _errs18 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind !== void 0) {
      if ("assert" !== data.kind) {
        const err10 = {};
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  }
  var _valid3 = _errs18 === errors;
  errors = _errs17;
  if (vErrors !== null) {
    if (_errs17) {
      vErrors.length = _errs17;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs20 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.path === void 0) {
        const err11 = { instancePath, schemaPath: "#/allOf/3/then/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema12.allOf[3].then.required, parentSchema: schema12.allOf[3].then, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data.operator === void 0) {
        const err12 = { instancePath, schemaPath: "#/allOf/3/then/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'", schema: schema12.allOf[3].then.required, parentSchema: schema12.allOf[3].then, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    var _valid3 = _errs20 === errors;
    valid7 = _valid3;
  }
  if (!valid7) {
    const err13 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[3].if, parentSchema: schema12.allOf[3], data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func0.call(schema12.properties, key0)) {
        const err17 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data4 = data.id;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err18 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^custom/[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^custom/[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^custom/[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema12.properties.id, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.id.type, parentSchema: schema12.properties.id, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data5 = data.kind;
      if (!(data5 === "instruction" || data5 === "order" || data5 === "required" || data5 === "assert")) {
        const err20 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema12.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.kind.enum, parentSchema: schema12.properties.kind, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data6 = data.severity;
      if (!(data6 === "off" || data6 === "info" || data6 === "warning" || data6 === "error")) {
        const err21 = { instancePath: instancePath + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema2.enum }, message: "must be equal to one of the allowed values", schema: schema2.enum, parentSchema: schema2, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data7 = data.message;
      if (typeof data7 === "string") {
        if (func1(data7) < 1) {
          const err22 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.message, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.message.type, parentSchema: schema12.properties.message, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data8 = data.summary;
      if (typeof data8 !== "string") {
        const err24 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.summary.type, parentSchema: schema12.properties.summary, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.instruction !== void 0) {
      let data9 = data.instruction;
      if (typeof data9 !== "string" && !Array.isArray(data9)) {
        const err25 = { instancePath: instancePath + "/instruction", schemaPath: "#/properties/instruction/type", keyword: "type", params: { type: schema12.properties.instruction.type }, message: "must be string,array", schema: schema12.properties.instruction.type, parentSchema: schema12.properties.instruction, data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data9 === "string") {
        if (!pattern2.test(data9)) {
          const err26 = { instancePath: instancePath + "/instruction", schemaPath: "#/properties/instruction/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+$" }, message: 'must match pattern "^[A-Za-z]+$"', schema: "^[A-Za-z]+$", parentSchema: schema12.properties.instruction, data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err27 = { instancePath: instancePath + "/instruction", schemaPath: "#/properties/instruction/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.instruction, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (typeof data10 === "string") {
            if (!pattern2.test(data10)) {
              const err28 = { instancePath: instancePath + "/instruction/" + i0, schemaPath: "#/properties/instruction/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+$" }, message: 'must match pattern "^[A-Za-z]+$"', schema: "^[A-Za-z]+$", parentSchema: schema12.properties.instruction.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/instruction/" + i0, schemaPath: "#/properties/instruction/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.instruction.items.type, parentSchema: schema12.properties.instruction.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      }
    }
    if (data.match !== void 0) {
      let data11 = data.match;
      if (typeof data11 !== "string") {
        const err30 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.match.type, parentSchema: schema12.properties.match, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.notMatch !== void 0) {
      let data12 = data.notMatch;
      if (typeof data12 !== "string") {
        const err31 = { instancePath: instancePath + "/notMatch", schemaPath: "#/properties/notMatch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.notMatch.type, parentSchema: schema12.properties.notMatch, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data13 = data.stage;
      if (!(data13 === "any" || data13 === "final")) {
        const err32 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/enum", keyword: "enum", params: { allowedValues: schema12.properties.stage.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.stage.enum, parentSchema: schema12.properties.stage, data: data13 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.first !== void 0) {
      let data14 = data.first;
      if (typeof data14 !== "string" && !(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
        const err33 = { instancePath: instancePath + "/first", schemaPath: "#/$defs/selector/type", keyword: "type", params: { type: schema14.type }, message: "must be string,object", schema: schema14.type, parentSchema: schema14, data: data14 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data14 === "string") {
        if (!pattern2.test(data14)) {
          const err34 = { instancePath: instancePath + "/first", schemaPath: "#/$defs/selector/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+$" }, message: 'must match pattern "^[A-Za-z]+$"', schema: "^[A-Za-z]+$", parentSchema: schema14, data: data14 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.instruction === void 0) {
          const err35 = { instancePath: instancePath + "/first", schemaPath: "#/$defs/selector/required", keyword: "required", params: { missingProperty: "instruction" }, message: "must have required property 'instruction'", schema: schema14.required, parentSchema: schema14, data: data14 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        for (const key1 in data14) {
          if (!(key1 === "instruction" || key1 === "match")) {
            const err36 = { instancePath: instancePath + "/first", schemaPath: "#/$defs/selector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data14 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data14.instruction !== void 0) {
          let data15 = data14.instruction;
          if (typeof data15 === "string") {
            if (!pattern2.test(data15)) {
              const err37 = { instancePath: instancePath + "/first/instruction", schemaPath: "#/$defs/selector/properties/instruction/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+$" }, message: 'must match pattern "^[A-Za-z]+$"', schema: "^[A-Za-z]+$", parentSchema: schema14.properties.instruction, data: data15 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/first/instruction", schemaPath: "#/$defs/selector/properties/instruction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.instruction.type, parentSchema: schema14.properties.instruction, data: data15 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data14.match !== void 0) {
          let data16 = data14.match;
          if (typeof data16 !== "string") {
            const err39 = { instancePath: instancePath + "/first/match", schemaPath: "#/$defs/selector/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.match.type, parentSchema: schema14.properties.match, data: data16 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      }
    }
    if (data.then !== void 0) {
      let data17 = data.then;
      if (typeof data17 !== "string" && !(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
        const err40 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/selector/type", keyword: "type", params: { type: schema14.type }, message: "must be string,object", schema: schema14.type, parentSchema: schema14, data: data17 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (typeof data17 === "string") {
        if (!pattern2.test(data17)) {
          const err41 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/selector/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+$" }, message: 'must match pattern "^[A-Za-z]+$"', schema: "^[A-Za-z]+$", parentSchema: schema14, data: data17 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.instruction === void 0) {
          const err42 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/selector/required", keyword: "required", params: { missingProperty: "instruction" }, message: "must have required property 'instruction'", schema: schema14.required, parentSchema: schema14, data: data17 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        for (const key2 in data17) {
          if (!(key2 === "instruction" || key2 === "match")) {
            const err43 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/selector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data17 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data17.instruction !== void 0) {
          let data18 = data17.instruction;
          if (typeof data18 === "string") {
            if (!pattern2.test(data18)) {
              const err44 = { instancePath: instancePath + "/then/instruction", schemaPath: "#/$defs/selector/properties/instruction/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+$" }, message: 'must match pattern "^[A-Za-z]+$"', schema: "^[A-Za-z]+$", parentSchema: schema14.properties.instruction, data: data18 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/then/instruction", schemaPath: "#/$defs/selector/properties/instruction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.instruction.type, parentSchema: schema14.properties.instruction, data: data18 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data17.match !== void 0) {
          let data19 = data17.match;
          if (typeof data19 !== "string") {
            const err46 = { instancePath: instancePath + "/then/match", schemaPath: "#/$defs/selector/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.match.type, parentSchema: schema14.properties.match, data: data19 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      }
    }
    if (data.min !== void 0) {
      let data20 = data.min;
      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)))) {
        const err47 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.min.type, parentSchema: schema12.properties.min, data: data20 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      if (typeof data20 == "number") {
        if (data20 < 0 || isNaN(data20)) {
          const err48 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.min, data: data20 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      }
    }
    if (data.max !== void 0) {
      let data21 = data.max;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
        const err49 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.max.type, parentSchema: schema12.properties.max, data: data21 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      if (typeof data21 == "number") {
        if (data21 < 0 || isNaN(data21)) {
          const err50 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.max, data: data21 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
    }
    if (data.target !== void 0) {
      let data22 = data.target;
      if (!(data22 === "dockerfile" || data22 === "runtime" || data22 === "image")) {
        const err51 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/enum", keyword: "enum", params: { allowedValues: schema12.properties.target.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.target.enum, parentSchema: schema12.properties.target, data: data22 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data23 = data.path;
      if (typeof data23 === "string") {
        if (func1(data23) < 1) {
          const err52 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.path, data: data23 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.path.type, parentSchema: schema12.properties.path, data: data23 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.operator !== void 0) {
      let data24 = data.operator;
      if (!(data24 === "equals" || data24 === "notEquals" || data24 === "in" || data24 === "notIn" || data24 === "matches" || data24 === "notMatches" || data24 === "contains" || data24 === "notContains" || data24 === "exists" || data24 === "notExists" || data24 === "lt" || data24 === "lte" || data24 === "gt" || data24 === "gte")) {
        const err54 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/enum", keyword: "enum", params: { allowedValues: schema12.properties.operator.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.operator.enum, parentSchema: schema12.properties.operator, data: data24 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.quantifier !== void 0) {
      let data25 = data.quantifier;
      if (!(data25 === "all" || data25 === "any" || data25 === "none")) {
        const err55 = { instancePath: instancePath + "/quantifier", schemaPath: "#/properties/quantifier/enum", keyword: "enum", params: { allowedValues: schema12.properties.quantifier.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.quantifier.enum, parentSchema: schema12.properties.quantifier, data: data25 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
  } else {
    const err56 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  }
  validate8.errors = vErrors;
  return errors === 0;
}
validate8.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate0.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func0.call(schema0.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data0 = data.extends;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: schema0.properties.extends.type }, message: "must be string,array", schema: schema0.properties.extends.type, parentSchema: schema0.properties.extends, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.extends, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func1(data1) < 1) {
              const err3 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.extends.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.extends.items.type, parentSchema: schema0.properties.extends.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      if (!validate1(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      }
    }
    if (data.overrides !== void 0) {
      let data3 = data.overrides;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate3(data3[i1], { instancePath: instancePath + "/overrides/" + i1, parentData: data3, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.overrides.type, parentSchema: schema0.properties.overrides, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data5 = data.exceptions;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate6(data5[i2], { instancePath: instancePath + "/exceptions/" + i2, parentData: data5, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.exceptions.type, parentSchema: schema0.properties.exceptions, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.locked !== void 0) {
      let data7 = data.locked;
      if (Array.isArray(data7)) {
        const len3 = data7.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data8 = data7[i3];
          if (typeof data8 !== "string") {
            const err7 = { instancePath: instancePath + "/locked/" + i3, schemaPath: "#/$defs/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.type, parentSchema: schema11, data: data8 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/locked", schemaPath: "#/properties/locked/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.locked.type, parentSchema: schema0.properties.locked, data: data7 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.suppressions !== void 0) {
      let data9 = data.suppressions;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          if (!(key1 === "inline" || key1 === "requireReason" || key1 === "reportUnused")) {
            const err9 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.suppressions, data: data9 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data9.inline !== void 0) {
          let data10 = data9.inline;
          if (typeof data10 !== "boolean") {
            const err10 = { instancePath: instancePath + "/suppressions/inline", schemaPath: "#/properties/suppressions/properties/inline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.suppressions.properties.inline.type, parentSchema: schema0.properties.suppressions.properties.inline, data: data10 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data9.requireReason !== void 0) {
          let data11 = data9.requireReason;
          if (typeof data11 !== "boolean") {
            const err11 = { instancePath: instancePath + "/suppressions/requireReason", schemaPath: "#/properties/suppressions/properties/requireReason/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.suppressions.properties.requireReason.type, parentSchema: schema0.properties.suppressions.properties.requireReason, data: data11 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data9.reportUnused !== void 0) {
          let data12 = data9.reportUnused;
          if (typeof data12 !== "boolean") {
            const err12 = { instancePath: instancePath + "/suppressions/reportUnused", schemaPath: "#/properties/suppressions/properties/reportUnused/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.suppressions.properties.reportUnused.type, parentSchema: schema0.properties.suppressions.properties.reportUnused, data: data12 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.suppressions.type, parentSchema: schema0.properties.suppressions, data: data9 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.customRules !== void 0) {
      let data13 = data.customRules;
      if (Array.isArray(data13)) {
        const len4 = data13.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate8(data13[i4], { instancePath: instancePath + "/customRules/" + i4, parentData: data13, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/customRules", schemaPath: "#/properties/customRules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.customRules.type, parentSchema: schema0.properties.customRules, data: data13 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data15 = data.failOn;
      if (!(data15 === "error" || data15 === "warning" || data15 === "info" || data15 === "none")) {
        const err15 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema0.properties.failOn.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.failOn.enum, parentSchema: schema0.properties.failOn, data: data15 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.maxWarnings !== void 0) {
      let data16 = data.maxWarnings;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
        const err16 = { instancePath: instancePath + "/maxWarnings", schemaPath: "#/properties/maxWarnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.maxWarnings.type, parentSchema: schema0.properties.maxWarnings, data: data16 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data16 == "number") {
        if (data16 < 0 || isNaN(data16)) {
          const err17 = { instancePath: instancePath + "/maxWarnings", schemaPath: "#/properties/maxWarnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.maxWarnings, data: data16 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.mode !== void 0) {
      let data17 = data.mode;
      if (!(data17 === "enforce" || data17 === "audit")) {
        const err18 = { instancePath: instancePath + "/mode", schemaPath: "#/$defs/mode/enum", keyword: "enum", params: { allowedValues: schema4.enum }, message: "must be equal to one of the allowed values", schema: schema4.enum, parentSchema: schema4, data: data17 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.warnBeforeDays !== void 0) {
      let data18 = data.warnBeforeDays;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
        const err19 = { instancePath: instancePath + "/warnBeforeDays", schemaPath: "#/properties/warnBeforeDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.warnBeforeDays.type, parentSchema: schema0.properties.warnBeforeDays, data: data18 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data18 == "number") {
        if (data18 > 366 || isNaN(data18)) {
          const err20 = { instancePath: instancePath + "/warnBeforeDays", schemaPath: "#/properties/warnBeforeDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 366 }, message: "must be <= 366", schema: 366, parentSchema: schema0.properties.warnBeforeDays, data: data18 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data18 < 0 || isNaN(data18)) {
          const err21 = { instancePath: instancePath + "/warnBeforeDays", schemaPath: "#/properties/warnBeforeDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.warnBeforeDays, data: data18 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  validateStructure
};
