import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import "./chunk-Y3MIJE7F.mjs";

// src/policy/generated/rule-options.ts
var options6 = validate0;
var schema0 = { "type": "object", "properties": { "ignore": { "type": "array", "items": { "type": "string" }, "description": "Image patterns that need no digest (`*` matches any run of characters; no registry means Docker Hub).", "default": [] } }, "additionalProperties": false };
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
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
      if (!(key0 === "ignore")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data0 = data.ignore;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.ignore.items.type, parentSchema: schema0.properties.ignore.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.ignore.type, parentSchema: schema0.properties.ignore, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options7 = validate1;
var schema1 = { "type": "object", "properties": { "warnDays": { "type": "integer", "minimum": 0, "description": "Also report (as info) a release that reaches end of life within this many days; 0: only past ones.", "default": 90 }, "today": { "type": ["string", "null"], "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "The date to judge against (YYYY-MM-DD); null: the day of the run.", "default": null } }, "additionalProperties": false };
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
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
      if (!(key0 === "warnDays" || key0 === "today")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.warnDays !== void 0) {
      let data0 = data.warnDays;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/warnDays", schemaPath: "#/properties/warnDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.properties.warnDays.type, parentSchema: schema1.properties.warnDays, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/warnDays", schemaPath: "#/properties/warnDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1.properties.warnDays, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.today !== void 0) {
      let data1 = data.today;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/today", schemaPath: "#/properties/today/type", keyword: "type", params: { type: schema1.properties.today.type }, message: "must be string,null", schema: schema1.properties.today.type, parentSchema: schema1.properties.today, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err4 = { instancePath: instancePath + "/today", schemaPath: "#/properties/today/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema1.properties.today, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate1.errors = vErrors;
  return errors === 0;
}
validate1.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options16 = validate2;
var schema2 = { "type": "object", "properties": { "allow": { "type": "array", "items": { "type": "string" }, "description": "Images (patterns as in trusted-registries, e.g. `tonistiigi/xx`) made to be copied whole into another image, such as the binary-only images Docker publishes.", "default": ["tonistiigi/xx", "moby/moby-bin", "dockereng/cli-bin", "docker/buildx-bin", "docker/compose-bin"] }, "rootTargetOnly": { "type": "boolean", "description": "Report only copies of a whole filesystem onto `/` (`COPY --from=x / /`), as hadolint does; by default a copy into any folder is reported.", "default": false } }, "additionalProperties": false };
function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate2.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allow" || key0 === "rootTargetOnly")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data0 = data.allow;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/allow/" + i0, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.allow.items.type, parentSchema: schema2.properties.allow.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.allow.type, parentSchema: schema2.properties.allow, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.rootTargetOnly !== void 0) {
      let data2 = data.rootTargetOnly;
      if (typeof data2 !== "boolean") {
        const err3 = { instancePath: instancePath + "/rootTargetOnly", schemaPath: "#/properties/rootTargetOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema2.properties.rootTargetOnly.type, parentSchema: schema2.properties.rootTargetOnly, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.type, parentSchema: schema2, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate2.errors = vErrors;
  return errors === 0;
}
validate2.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options21 = validate3;
var schema3 = { "type": "object", "properties": { "images": { "type": "array", "items": { "anyOf": [{ "type": "string" }, { "type": "object", "properties": { "pattern": { "type": "string" }, "reason": { "type": "string" } }, "required": ["pattern"], "additionalProperties": false }] }, "description": "Denied images: `pattern` (`centos`, `node:14*`, `python:2*`, `debian:stretch*`: `*` matches any text; no registry means Docker Hub; a tag in the pattern must match too) and the `reason` quoted in the message.", "default": [] } }, "additionalProperties": false };
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
    for (const key0 in data) {
      if (!(key0 === "images")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema3, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.images !== void 0) {
      let data0 = data.images;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs5 = errors;
          let valid3 = false;
          const _errs6 = errors;
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema3.properties.images.items.anyOf[0].type, parentSchema: schema3.properties.images.items.anyOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          var _valid0 = _errs6 === errors;
          valid3 = valid3 || _valid0;
          const _errs8 = errors;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.pattern === void 0) {
              const err2 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/anyOf/1/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'", schema: schema3.properties.images.items.anyOf[1].required, parentSchema: schema3.properties.images.items.anyOf[1], data: data1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "pattern" || key1 === "reason")) {
                const err3 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema3.properties.images.items.anyOf[1], data: data1 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.pattern !== void 0) {
              let data2 = data1.pattern;
              if (typeof data2 !== "string") {
                const err4 = { instancePath: instancePath + "/images/" + i0 + "/pattern", schemaPath: "#/properties/images/items/anyOf/1/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema3.properties.images.items.anyOf[1].properties.pattern.type, parentSchema: schema3.properties.images.items.anyOf[1].properties.pattern, data: data2 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.reason !== void 0) {
              let data3 = data1.reason;
              if (typeof data3 !== "string") {
                const err5 = { instancePath: instancePath + "/images/" + i0 + "/reason", schemaPath: "#/properties/images/items/anyOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema3.properties.images.items.anyOf[1].properties.reason.type, parentSchema: schema3.properties.images.items.anyOf[1].properties.reason, data: data3 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema3.properties.images.items.anyOf[1].type, parentSchema: schema3.properties.images.items.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var _valid0 = _errs8 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const err7 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema3.properties.images.items.anyOf, parentSchema: schema3.properties.images.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          } else {
            errors = _errs5;
            if (vErrors !== null) {
              if (_errs5) {
                vErrors.length = _errs5;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema3.properties.images.type, parentSchema: schema3.properties.images, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema3.type, parentSchema: schema3, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate3.errors = vErrors;
  return errors === 0;
}
validate3.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options23 = validate4;
var schema4 = { "type": "object", "properties": { "onlyShippedStages": { "type": "boolean", "description": "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.", "default": true } }, "additionalProperties": false };
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate4.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "onlyShippedStages")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema4, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.onlyShippedStages !== void 0) {
      let data0 = data.onlyShippedStages;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/onlyShippedStages", schemaPath: "#/properties/onlyShippedStages/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema4.properties.onlyShippedStages.type, parentSchema: schema4.properties.onlyShippedStages, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema4.type, parentSchema: schema4, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate4.errors = vErrors;
  return errors === 0;
}
validate4.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options42 = validate5;
var schema5 = { "type": "object", "properties": { "labels": { "type": "array", "items": { "type": "string" }, "description": "Label keys (or `*` patterns) whose value must be an e-mail address (RFC 5322), e.g. `maintainer`. Empty: none is checked.", "default": [] } }, "additionalProperties": false };
function validate5(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate5.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema5, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data0 = data.labels;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.labels.items.type, parentSchema: schema5.properties.labels.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema5.properties.labels.type, parentSchema: schema5.properties.labels, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema5.type, parentSchema: schema5, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate5.errors = vErrors;
  return errors === 0;
}
validate5.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options43 = validate6;
var schema6 = { "type": "object", "properties": { "labels": { "type": "array", "items": { "type": "string" }, "description": "Label keys (or `*` patterns) that must not be empty. Empty list: none is checked (an empty value is also how a Dockerfile clears a label inherited from its base image).", "default": [] } }, "additionalProperties": false };
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
    for (const key0 in data) {
      if (!(key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data0 = data.labels;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.labels.items.type, parentSchema: schema6.properties.labels.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.labels.type, parentSchema: schema6.properties.labels, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.type, parentSchema: schema6, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate6.errors = vErrors;
  return errors === 0;
}
validate6.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options44 = validate7;
var schema7 = { "type": "object", "properties": { "labels": { "type": "array", "items": { "type": "string" }, "description": "Label keys (or `*` patterns) whose value must be a git commit hash, e.g. `org.opencontainers.image.revision`. Empty: none is checked.", "default": [] } }, "additionalProperties": false };
function validate7(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate7.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data0 = data.labels;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.labels.items.type, parentSchema: schema7.properties.labels.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.properties.labels.type, parentSchema: schema7.properties.labels, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.type, parentSchema: schema7, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate7.errors = vErrors;
  return errors === 0;
}
validate7.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options45 = validate8;
var schema8 = { "type": "object", "properties": { "strict": { "type": "boolean", "description": 'Also reject "_" and "/" in keys, as the Docker key-format recommendation (and hadolint) do; by default they are accepted, since Docker documents them as valid key characters.', "default": false }, "allow": { "type": "array", "items": { "type": "string" }, "description": "Keys (or `*` patterns) accepted as they are, e.g. keys another tool requires.", "default": [] } }, "additionalProperties": false };
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "strict" || key0 === "allow")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.strict !== void 0) {
      let data0 = data.strict;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema8.properties.strict.type, parentSchema: schema8.properties.strict, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data1 = data.allow;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err2 = { instancePath: instancePath + "/allow/" + i0, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.allow.items.type, parentSchema: schema8.properties.allow.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.properties.allow.type, parentSchema: schema8.properties.allow, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.type, parentSchema: schema8, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate8.errors = vErrors;
  return errors === 0;
}
validate8.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options46 = validate9;
var schema9 = { "type": "object", "properties": { "labels": { "type": "array", "items": { "type": "string" }, "description": "Label keys the final image must set (hadolint's label-schema keys), e.g. `org.opencontainers.image.source`. Empty: nothing is required.", "default": [] } }, "additionalProperties": false };
function validate9(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate9.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data0 = data.labels;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.labels.items.type, parentSchema: schema9.properties.labels.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema9.properties.labels.type, parentSchema: schema9.properties.labels, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.type, parentSchema: schema9, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate9.errors = vErrors;
  return errors === 0;
}
validate9.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options47 = validate10;
var schema10 = { "type": "object", "properties": { "labels": { "type": "array", "items": { "type": "string" }, "description": "Label keys (or `*` patterns) whose value must be an RFC 3339 date-time.", "default": ["org.opencontainers.image.created", "org.label-schema.build-date"] } }, "additionalProperties": false };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate10.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data0 = data.labels;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.labels.items.type, parentSchema: schema10.properties.labels.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema10.properties.labels.type, parentSchema: schema10.properties.labels, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.type, parentSchema: schema10, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
validate10.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options48 = validate11;
var schema11 = { "type": "object", "properties": { "labels": { "type": "array", "items": { "type": "string" }, "description": "Label keys (or `*` patterns) whose value must be a semantic version, e.g. `org.opencontainers.image.version`. Empty: none is checked.", "default": [] }, "allowPrefixV": { "type": "boolean", "description": 'Accept a leading "v" (`v1.2.3`), as git tags often have.', "default": false } }, "additionalProperties": false };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate11.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "labels" || key0 === "allowPrefixV")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data0 = data.labels;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.items.type, parentSchema: schema11.properties.labels.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.type, parentSchema: schema11.properties.labels, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.allowPrefixV !== void 0) {
      let data2 = data.allowPrefixV;
      if (typeof data2 !== "boolean") {
        const err3 = { instancePath: instancePath + "/allowPrefixV", schemaPath: "#/properties/allowPrefixV/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.allowPrefixV.type, parentSchema: schema11.properties.allowPrefixV, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
validate11.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options49 = validate12;
var schema12 = { "type": "object", "properties": { "labels": { "type": "array", "items": { "type": "string" }, "description": "Label keys (or `*` patterns) whose value must be an SPDX license identifier or expression.", "default": ["org.opencontainers.image.licenses", "org.label-schema.license"] } }, "additionalProperties": false };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate12.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data0 = data.labels;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.labels.items.type, parentSchema: schema12.properties.labels.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.labels.type, parentSchema: schema12.properties.labels, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
validate12.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options50 = validate13;
var schema13 = { "type": "object", "properties": { "allowed": { "type": "array", "items": { "type": "string" }, "description": "The only label keys (or `*` patterns such as `org.opencontainers.image.*`) a Dockerfile may set, like hadolint's strict-labels with a label-schema. Empty: every key is allowed.", "default": [] } }, "additionalProperties": false };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate13.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allowed")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allowed !== void 0) {
      let data0 = data.allowed;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/allowed/" + i0, schemaPath: "#/properties/allowed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.allowed.items.type, parentSchema: schema13.properties.allowed.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.allowed.type, parentSchema: schema13.properties.allowed, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
validate13.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options51 = validate14;
var schema14 = { "type": "object", "properties": { "labels": { "type": "array", "items": { "type": "string" }, "description": "Label keys (or `*` patterns) whose value must be an absolute URL.", "default": ["org.opencontainers.image.url", "org.opencontainers.image.source", "org.opencontainers.image.documentation"] } }, "additionalProperties": false };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate14.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data0 = data.labels;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.labels.items.type, parentSchema: schema14.properties.labels.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.labels.type, parentSchema: schema14.properties.labels, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
validate14.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options54 = validate15;
var schema15 = { "type": "object", "properties": { "max": { "type": "integer", "minimum": 1, "description": "Most RUN, COPY and ADD instructions the final image may add on top of its base image.", "default": 20 } }, "additionalProperties": false };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate15.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "max")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data0 = data.max;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.max.type, parentSchema: schema15.properties.max, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.properties.max, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
validate15.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options61 = validate16;
var schema16 = { "type": "object", "properties": { "requireUser": { "type": "boolean", "description": "Also report a final image that never sets a non-root USER (itself or through the stages it is built on).", "default": true } }, "additionalProperties": false };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate16.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "requireUser")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.requireUser !== void 0) {
      let data0 = data.requireUser;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/requireUser", schemaPath: "#/properties/requireUser/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.requireUser.type, parentSchema: schema16.properties.requireUser, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
validate16.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options65 = validate17;
var schema17 = { "type": "object", "properties": { "onlyShippedStages": { "type": "boolean", "description": "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); a cache left in another build stage never ships.", "default": true } }, "additionalProperties": false };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate17.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "onlyShippedStages")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.onlyShippedStages !== void 0) {
      let data0 = data.onlyShippedStages;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/onlyShippedStages", schemaPath: "#/properties/onlyShippedStages/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.onlyShippedStages.type, parentSchema: schema17.properties.onlyShippedStages, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
validate17.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options68 = validate18;
var schema18 = { "type": "object", "properties": { "ignoreEchoPipes": { "type": "boolean", "description": 'Accept pipelines in which only `echo`/`printf` feed the pipe (`echo "$SUM  f" | sha256sum -c`): they cannot fail, so pipefail changes nothing. hadolint reports them.', "default": true } }, "additionalProperties": false };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate18.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ignoreEchoPipes")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ignoreEchoPipes !== void 0) {
      let data0 = data.ignoreEchoPipes;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/ignoreEchoPipes", schemaPath: "#/properties/ignoreEchoPipes/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.ignoreEchoPipes.type, parentSchema: schema18.properties.ignoreEchoPipes, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
validate18.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options69 = validate19;
var schema19 = { "type": "object", "properties": { "commands": { "type": "array", "items": { "type": "string" }, "description": "Command names to report when a RUN executes them.", "default": ["free", "ifconfig", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"] } }, "additionalProperties": false };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate19.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "commands")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.commands !== void 0) {
      let data0 = data.commands;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/commands/" + i0, schemaPath: "#/properties/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.commands.items.type, parentSchema: schema19.properties.commands.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.commands.type, parentSchema: schema19.properties.commands, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
validate19.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options74 = validate20;
var schema20 = { "type": "object", "properties": { "exclude": { "type": "array", "items": { "type": "string", "pattern": "^(SC)?\\d{4}$" }, "description": 'ShellCheck codes not to report, e.g. ["SC2086"] (SC1090, SC1091 and SC2187 are never reported).', "default": [] }, "minimumLevel": { "type": "string", "enum": ["style", "info", "warning", "error"], "description": "The lowest ShellCheck level reported.", "default": "style" } }, "additionalProperties": false };
var pattern1 = new RegExp("^(SC)?\\d{4}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "exclude" || key0 === "minimumLevel")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data0 = data.exclude;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern1.test(data1)) {
              const err1 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/pattern", keyword: "pattern", params: { pattern: "^(SC)?\\d{4}$" }, message: 'must match pattern "^(SC)?\\d{4}$"', schema: "^(SC)?\\d{4}$", parentSchema: schema20.properties.exclude.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.exclude.items.type, parentSchema: schema20.properties.exclude.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.exclude.type, parentSchema: schema20.properties.exclude, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.minimumLevel !== void 0) {
      let data2 = data.minimumLevel;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/minimumLevel", schemaPath: "#/properties/minimumLevel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.minimumLevel.type, parentSchema: schema20.properties.minimumLevel, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data2 === "style" || data2 === "info" || data2 === "warning" || data2 === "error")) {
        const err5 = { instancePath: instancePath + "/minimumLevel", schemaPath: "#/properties/minimumLevel/enum", keyword: "enum", params: { allowedValues: schema20.properties.minimumLevel.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.minimumLevel.enum, parentSchema: schema20.properties.minimumLevel, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options80 = validate21;
var schema21 = { "type": "object", "properties": { "registries": { "type": "array", "items": { "type": "string" }, "description": "Trusted registries: a host (`ghcr.io`), `*`, `*.suffix`, `prefix*`, or host/path (`ghcr.io/acme/*`). Unqualified image names are Docker Hub (`docker.io`). The rule is silent while the list is empty.", "default": [] } }, "additionalProperties": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "registries")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.registries !== void 0) {
      let data0 = data.registries;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/registries/" + i0, schemaPath: "#/properties/registries/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.registries.items.type, parentSchema: schema21.properties.registries.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/registries", schemaPath: "#/properties/registries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.registries.type, parentSchema: schema21.properties.registries, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options82 = validate22;
var schema22 = { "type": "object", "properties": { "baseImageEnv": { "type": "object", "description": 'ENV names your own base images define, by image name (`registry/repo` without tag), e.g. `{"ghcr.io/acme/base": ["APP_HOME"]}`. Official images such as python, node and golang are known.', "additionalProperties": { "type": "array", "items": { "type": "string" } }, "default": {} }, "unknownBaseImages": { "type": "string", "enum": ["lenient", "strict"], "description": "For stages built on an image whose ENV is not known: `lenient` assumes it may define any UPPER_CASE variable (and still reports likely typos of known names), `strict` reports every name not defined in the file.", "default": "lenient" } }, "additionalProperties": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "baseImageEnv" || key0 === "unknownBaseImages")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.baseImageEnv !== void 0) {
      let data0 = data.baseImageEnv;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          let data1 = data0[key1];
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 !== "string") {
                const err1 = { instancePath: instancePath + "/baseImageEnv/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/baseImageEnv/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.baseImageEnv.additionalProperties.items.type, parentSchema: schema22.properties.baseImageEnv.additionalProperties.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
          } else {
            const err2 = { instancePath: instancePath + "/baseImageEnv/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/baseImageEnv/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.baseImageEnv.additionalProperties.type, parentSchema: schema22.properties.baseImageEnv.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/baseImageEnv", schemaPath: "#/properties/baseImageEnv/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.baseImageEnv.type, parentSchema: schema22.properties.baseImageEnv, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.unknownBaseImages !== void 0) {
      let data3 = data.unknownBaseImages;
      if (typeof data3 !== "string") {
        const err4 = { instancePath: instancePath + "/unknownBaseImages", schemaPath: "#/properties/unknownBaseImages/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.unknownBaseImages.type, parentSchema: schema22.properties.unknownBaseImages, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data3 === "lenient" || data3 === "strict")) {
        const err5 = { instancePath: instancePath + "/unknownBaseImages", schemaPath: "#/properties/unknownBaseImages/enum", keyword: "enum", params: { allowedValues: schema22.properties.unknownBaseImages.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.unknownBaseImages.enum, parentSchema: schema22.properties.unknownBaseImages, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options86 = validate23;
var schema23 = { "type": "object", "properties": { "everyUser": { "type": "boolean", "description": "Report every USER of every stage whose user is not numeric (root included), as hadolint does, instead of only the USER the final image keeps.", "default": false } }, "additionalProperties": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "everyUser")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.everyUser !== void 0) {
      let data0 = data.everyUser;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/everyUser", schemaPath: "#/properties/everyUser/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.everyUser.type, parentSchema: schema23.properties.everyUser, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options87 = validate24;
var schema24 = { "type": "object", "properties": { "maxDigits": { "type": "integer", "description": "UIDs with more digits than this are reported (hadolint: 5, i.e. UIDs from 100000).", "default": 5, "minimum": 1 } }, "additionalProperties": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxDigits")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.maxDigits !== void 0) {
      let data0 = data.maxDigits;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/maxDigits", schemaPath: "#/properties/maxDigits/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.maxDigits.type, parentSchema: schema24.properties.maxDigits, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/maxDigits", schemaPath: "#/properties/maxDigits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.maxDigits, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options88 = validate25;
var schema25 = { "type": "object", "properties": { "names": { "type": "array", "items": { "type": "string" }, "description": "Patterns (case-insensitive, `*` matches any text) of ARG names whose value changes on every build: build date, commit, CI run number, application version\u2026", "default": ["*BUILD_DATE*", "*BUILDDATE*", "*BUILD_TIME*", "*BUILDTIME*", "*TIMESTAMP*", "*COMMIT*", "*GIT_SHA", "*GIT_HASH", "*GIT_REF*", "*GIT_TAG*", "*GIT_BRANCH*", "*GIT_DESCRIBE*", "*REVISION*", "VCS_REF", "*_VCS_REF", "GITHUB_SHA", "GITHUB_REF*", "CI_*", "*BUILD_NUMBER*", "*BUILD_ID*", "*RUN_NUMBER*", "*RUN_ID*", "*PIPELINE_ID*", "VERSION", "APP_VERSION", "BUILD_VERSION", "RELEASE_VERSION", "IMAGE_VERSION", "IMAGE_TAG", "RELEASE", "*SEMVER*"] } }, "additionalProperties": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "names")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.names !== void 0) {
      let data0 = data.names;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/names/" + i0, schemaPath: "#/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.names.items.type, parentSchema: schema25.properties.names.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/names", schemaPath: "#/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.names.type, parentSchema: schema25.properties.names, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options95 = validate26;
var schema26 = { "type": "object", "properties": { "onlyShippedStages": { "type": "boolean", "description": "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); a cache left in another build stage never ships.", "default": true } }, "additionalProperties": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "onlyShippedStages")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.onlyShippedStages !== void 0) {
      let data0 = data.onlyShippedStages;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/onlyShippedStages", schemaPath: "#/properties/onlyShippedStages/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.onlyShippedStages.type, parentSchema: schema26.properties.onlyShippedStages, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options97 = validate27;
var schema27 = { "type": "object", "properties": { "onlyShippedStages": { "type": "boolean", "description": "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.", "default": true } }, "additionalProperties": false };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "onlyShippedStages")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.onlyShippedStages !== void 0) {
      let data0 = data.onlyShippedStages;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/onlyShippedStages", schemaPath: "#/properties/onlyShippedStages/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.onlyShippedStages.type, parentSchema: schema27.properties.onlyShippedStages, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options99 = validate28;
var schema28 = { "type": "object", "properties": { "onlyShippedStages": { "type": "boolean", "description": "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.", "default": true } }, "additionalProperties": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "onlyShippedStages")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.onlyShippedStages !== void 0) {
      let data0 = data.onlyShippedStages;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/onlyShippedStages", schemaPath: "#/properties/onlyShippedStages/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema28.properties.onlyShippedStages.type, parentSchema: schema28.properties.onlyShippedStages, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options105 = validate29;
var schema29 = { "type": "object", "properties": { "deny": { "type": "array", "items": { "type": ["string", "integer"] }, "description": "Ports the image must not expose: `22` (any protocol) or `53/udp`.", "default": ["22", "23", "2375", "2376", "3389", "5900"] } }, "additionalProperties": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "deny")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.deny !== void 0) {
      let data0 = data.deny;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string" && !(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
            const err1 = { instancePath: instancePath + "/deny/" + i0, schemaPath: "#/properties/deny/items/type", keyword: "type", params: { type: schema29.properties.deny.items.type }, message: "must be string,integer", schema: schema29.properties.deny.items.type, parentSchema: schema29.properties.deny.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/deny", schemaPath: "#/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.deny.type, parentSchema: schema29.properties.deny, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options108 = validate30;
var schema30 = { "type": "object", "properties": { "rules": { "type": "array", "items": { "type": "string" }, "description": "Which checks to replay: any of dockerfile/update-without-install, dockerfile/cache-order, dockerfile/apt-lists-cleanup, dockerfile/apt-no-install-recommends, dockerfile/apk-no-cache, dockerfile/pip-no-cache-dir, dockerfile/yarn-cache-clean, dockerfile/dnf-clean-all, dockerfile/yum-clean-all, dockerfile/zypper-clean, dockerfile/secrets-in-arg-env, dockerfile/no-sudo, and `add-url`.", "default": ["dockerfile/update-without-install", "dockerfile/cache-order", "dockerfile/apt-lists-cleanup", "dockerfile/apt-no-install-recommends", "dockerfile/apk-no-cache", "dockerfile/pip-no-cache-dir", "dockerfile/yarn-cache-clean", "dockerfile/dnf-clean-all", "dockerfile/yum-clean-all", "dockerfile/zypper-clean", "dockerfile/secrets-in-arg-env", "dockerfile/no-sudo", "add-url"] } }, "additionalProperties": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "rules")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data0 = data.rules;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.rules.items.type, parentSchema: schema30.properties.rules.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.rules.type, parentSchema: schema30.properties.rules, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options109 = validate31;
var schema31 = { "type": "object", "properties": { "max": { "type": "integer", "minimum": 1, "description": "Most layers the image may have.", "default": 40 } }, "additionalProperties": false };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "max")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data0 = data.max;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.max.type, parentSchema: schema31.properties.max, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.max, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options110 = validate32;
var schema32 = { "type": "object", "properties": { "max": { "type": ["string", "number"], "description": "Largest uncompressed image size: a number of bytes or a size such as `500MB` or `1.5GiB`.", "default": "1GB" } }, "additionalProperties": false };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "max")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data0 = data.max;
      if (typeof data0 !== "string" && !(typeof data0 == "number")) {
        const err1 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: schema32.properties.max.type }, message: "must be string,number", schema: schema32.properties.max.type, parentSchema: schema32.properties.max, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options112 = validate33;
var schema33 = { "type": "object", "properties": { "minBytes": { "type": ["string", "number"], "description": "Smallest cache worth reporting (a size such as `100kB`, or bytes).", "default": "100kB" } }, "additionalProperties": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "minBytes")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.minBytes !== void 0) {
      let data0 = data.minBytes;
      if (typeof data0 !== "string" && !(typeof data0 == "number")) {
        const err1 = { instancePath: instancePath + "/minBytes", schemaPath: "#/properties/minBytes/type", keyword: "type", params: { type: schema33.properties.minBytes.type }, message: "must be string,number", schema: schema33.properties.minBytes.type, parentSchema: schema33.properties.minBytes, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options113 = validate34;
var schema34 = { "type": "object", "properties": { "labels": { "type": ["array", "object"], "description": "Labels the image must carry: names, `{ name, pattern }` objects, or a map of name to pattern (RE2, searched; null for any value).", "default": ["org.opencontainers.image.source"] } }, "additionalProperties": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data0 = data.labels;
      if (!data0 || typeof data0 != "object") {
        const err1 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: schema34.properties.labels.type }, message: "must be array,object", schema: schema34.properties.labels.type, parentSchema: schema34.properties.labels, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options114 = validate35;
var schema35 = { "type": "object", "properties": { "allow": { "type": "array", "items": { "type": "string" }, "description": "Glob patterns of image paths not to report (test fixtures, public keys shipped on purpose).", "default": ["**/{test,tests,testdata,fixtures,__tests__}/**"] } }, "additionalProperties": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allow")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data0 = data.allow;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/allow/" + i0, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.allow.items.type, parentSchema: schema35.properties.allow.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.allow.type, parentSchema: schema35.properties.allow, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options115 = validate36;
var schema36 = { "type": "object", "properties": { "paths": { "type": "array", "items": { "type": "string" }, "description": "Folders (and everything under them) that must not be volumes.", "default": ["/", "/etc", "/root", "/home", "/usr", "/bin", "/sbin", "/lib", "/lib64", "/boot", "/proc", "/sys", "/dev", "/run", "/var/run", "/var/lib/docker"] } }, "additionalProperties": false };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "paths")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data0 = data.paths;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.paths.items.type, parentSchema: schema36.properties.paths.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.paths.type, parentSchema: schema36.properties.paths, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options116 = validate37;
var schema37 = { "type": "object", "properties": { "allow": { "type": "array", "items": { "type": "string" }, "description": "Glob patterns of image paths that may keep their setuid/setgid bit (e.g. `usr/bin/sudo`).", "default": [] } }, "additionalProperties": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allow")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data0 = data.allow;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/allow/" + i0, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.allow.items.type, parentSchema: schema37.properties.allow.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.allow.type, parentSchema: schema37.properties.allow, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options117 = validate38;
var schema38 = { "type": "object", "properties": { "maxPercent": { "type": "number", "minimum": 0, "description": "Largest allowed growth of the uncompressed size against the baseline, in percent.", "default": 10 } }, "additionalProperties": false };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxPercent")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.maxPercent !== void 0) {
      let data0 = data.maxPercent;
      if (typeof data0 == "number") {
        if (data0 < 0 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/maxPercent", schemaPath: "#/properties/maxPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema38.properties.maxPercent, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/maxPercent", schemaPath: "#/properties/maxPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.maxPercent.type, parentSchema: schema38.properties.maxPercent, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options118 = validate39;
var schema39 = { "type": "object", "properties": { "minEfficiency": { "type": "number", "minimum": 0, "maximum": 1, "description": "Lowest efficiency score (dive's: smallest size of each path over all its sizes across layers).", "default": 0.95 }, "maxWastedBytes": { "type": ["string", "number", "null"], "description": "Most wasted bytes allowed (a size such as `20MB`); null for no limit.", "default": null }, "maxWastedPercent": { "type": ["number", "null"], "minimum": 0, "description": "Most wasted bytes allowed as a percent of the bytes added after the base layer; null for no limit.", "default": null } }, "additionalProperties": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "minEfficiency" || key0 === "maxWastedBytes" || key0 === "maxWastedPercent")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.minEfficiency !== void 0) {
      let data0 = data.minEfficiency;
      if (typeof data0 == "number") {
        if (data0 > 1 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/minEfficiency", schemaPath: "#/properties/minEfficiency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema39.properties.minEfficiency, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/minEfficiency", schemaPath: "#/properties/minEfficiency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.minEfficiency, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/minEfficiency", schemaPath: "#/properties/minEfficiency/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.minEfficiency.type, parentSchema: schema39.properties.minEfficiency, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.maxWastedBytes !== void 0) {
      let data1 = data.maxWastedBytes;
      if (typeof data1 !== "string" && !(typeof data1 == "number") && data1 !== null) {
        const err4 = { instancePath: instancePath + "/maxWastedBytes", schemaPath: "#/properties/maxWastedBytes/type", keyword: "type", params: { type: schema39.properties.maxWastedBytes.type }, message: "must be string,number,null", schema: schema39.properties.maxWastedBytes.type, parentSchema: schema39.properties.maxWastedBytes, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.maxWastedPercent !== void 0) {
      let data2 = data.maxWastedPercent;
      if (!(typeof data2 == "number") && data2 !== null) {
        const err5 = { instancePath: instancePath + "/maxWastedPercent", schemaPath: "#/properties/maxWastedPercent/type", keyword: "type", params: { type: schema39.properties.maxWastedPercent.type }, message: "must be number,null", schema: schema39.properties.maxWastedPercent.type, parentSchema: schema39.properties.maxWastedPercent, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 < 0 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/maxWastedPercent", schemaPath: "#/properties/maxWastedPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.maxWastedPercent, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options128 = validate40;
var schema40 = { "type": "object", "properties": { "forbid": { "type": "array", "items": { "type": "string" }, "description": "Capabilities that must not be added (with or without the CAP_ prefix; ALL is --cap-add=ALL).", "default": ["ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH"] }, "allow": { "type": ["array", "null"], "items": { "type": "string" }, "description": "When set, the only capabilities that may be added (the Pod Security Standards allow AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT at baseline, only NET_BIND_SERVICE at restricted); null for no list.", "default": null }, "requireDropAll": { "type": "boolean", "description": "Also require every container to drop all capabilities (cap_drop: [ALL]) and add back only what it needs.", "default": false } }, "additionalProperties": false };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "forbid" || key0 === "allow" || key0 === "requireDropAll")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.forbid !== void 0) {
      let data0 = data.forbid;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/forbid/" + i0, schemaPath: "#/properties/forbid/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.forbid.items.type, parentSchema: schema40.properties.forbid.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/forbid", schemaPath: "#/properties/forbid/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.forbid.type, parentSchema: schema40.properties.forbid, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data2 = data.allow;
      if (!Array.isArray(data2) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: schema40.properties.allow.type }, message: "must be array,null", schema: schema40.properties.allow.type, parentSchema: schema40.properties.allow, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/allow/" + i1, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.allow.items.type, parentSchema: schema40.properties.allow.items, data: data3 };
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
    if (data.requireDropAll !== void 0) {
      let data4 = data.requireDropAll;
      if (typeof data4 !== "boolean") {
        const err5 = { instancePath: instancePath + "/requireDropAll", schemaPath: "#/properties/requireDropAll/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema40.properties.requireDropAll.type, parentSchema: schema40.properties.requireDropAll, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options129 = validate41;
var schema41 = { "type": "object", "properties": { "max": { "type": ["number", "null"], "description": "Largest number of CPUs allowed (`--cpus`, or quota / period); null for no maximum.", "default": null } }, "additionalProperties": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "max")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data0 = data.max;
      if (!(typeof data0 == "number") && data0 !== null) {
        const err1 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: schema41.properties.max.type }, message: "must be number,null", schema: schema41.properties.max.type, parentSchema: schema41.properties.max, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options130 = validate42;
var schema42 = { "type": "object", "properties": { "sockets": { "type": "array", "items": { "type": "string" }, "description": "File names of container-engine API sockets.", "default": ["docker.sock", "podman.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock", "dockershim.sock", "buildkitd.sock"] } }, "additionalProperties": false };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "sockets")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.sockets !== void 0) {
      let data0 = data.sockets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/sockets/" + i0, schemaPath: "#/properties/sockets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.sockets.items.type, parentSchema: schema42.properties.sockets.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/sockets", schemaPath: "#/properties/sockets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.sockets.type, parentSchema: schema42.properties.sockets, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options131 = validate43;
var schema43 = { "type": "object", "properties": { "weakValues": { "type": "string", "enum": ["error", "warning", "info", "off"], "description": "Severity (at most the rule's) for a credential variable whose literal value reads like a typed demo or default password (`postgres`, `secret`, `P@ssw0rd`: shorter than 16 characters or mixing fewer than three kinds of character) rather than a generated secret or a known token format, which are always reported at the rule's severity.", "default": "warning" } }, "additionalProperties": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "weakValues")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.weakValues !== void 0) {
      let data0 = data.weakValues;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/weakValues", schemaPath: "#/properties/weakValues/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.weakValues.type, parentSchema: schema43.properties.weakValues, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "error" || data0 === "warning" || data0 === "info" || data0 === "off")) {
        const err2 = { instancePath: instancePath + "/weakValues", schemaPath: "#/properties/weakValues/enum", keyword: "enum", params: { allowedValues: schema43.properties.weakValues.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.weakValues.enum, parentSchema: schema43.properties.weakValues, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options132 = validate44;
var schema44 = { "type": "object", "properties": { "allow": { "type": "array", "items": { "enum": ["pid", "ipc", "uts", "network", "cgroup"] }, "description": "Host namespaces that may be shared.", "default": [] } }, "additionalProperties": false };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allow")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data0 = data.allow;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(data1 === "pid" || data1 === "ipc" || data1 === "uts" || data1 === "network" || data1 === "cgroup")) {
            const err1 = { instancePath: instancePath + "/allow/" + i0, schemaPath: "#/properties/allow/items/enum", keyword: "enum", params: { allowedValues: schema44.properties.allow.items.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.allow.items.enum, parentSchema: schema44.properties.allow.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.allow.type, parentSchema: schema44.properties.allow, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options133 = validate45;
var schema45 = { "type": "object", "properties": { "allow": { "type": "array", "items": { "type": "string" }, "description": "Absolute host paths that may be mounted, with everything below them.", "default": [] }, "allowReadOnly": { "type": "boolean", "description": "Allow host paths mounted read-only.", "default": false } }, "additionalProperties": false };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allow" || key0 === "allowReadOnly")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data0 = data.allow;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/allow/" + i0, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.allow.items.type, parentSchema: schema45.properties.allow.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.allow.type, parentSchema: schema45.properties.allow, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.allowReadOnly !== void 0) {
      let data2 = data.allowReadOnly;
      if (typeof data2 !== "boolean") {
        const err3 = { instancePath: instancePath + "/allowReadOnly", schemaPath: "#/properties/allowReadOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.allowReadOnly.type, parentSchema: schema45.properties.allowReadOnly, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options134 = validate46;
var schema46 = { "type": "object", "properties": { "allow": { "type": "array", "items": { "type": "integer" }, "description": "Host ports that may be used.", "default": [] } }, "additionalProperties": false };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allow")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data0 = data.allow;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
            const err1 = { instancePath: instancePath + "/allow/" + i0, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.allow.items.type, parentSchema: schema46.properties.allow.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.allow.type, parentSchema: schema46.properties.allow, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options135 = validate47;
var schema47 = { "type": "object", "properties": { "require": { "type": "string", "enum": ["services", "unless-task", "always"], "description": "Which containers must have a limit: `services` (kept running: `docker run -d`, `--restart`, compose `restart:`/`deploy:`, Kubernetes workloads), `unless-task` (all but one-shot runs: `docker run --rm` in the foreground, GitHub workflow containers, Kubernetes Jobs), or `always`.", "default": "services" }, "max": { "type": ["string", "number", "null"], "description": "Largest memory limit allowed (`2g`, `512m`, or bytes); null for no maximum.", "default": null } }, "additionalProperties": false };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "require" || key0 === "max")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.require !== void 0) {
      let data0 = data.require;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.require.type, parentSchema: schema47.properties.require, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "services" || data0 === "unless-task" || data0 === "always")) {
        const err2 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/enum", keyword: "enum", params: { allowedValues: schema47.properties.require.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.require.enum, parentSchema: schema47.properties.require, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data1 = data.max;
      if (typeof data1 !== "string" && !(typeof data1 == "number") && data1 !== null) {
        const err3 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: schema47.properties.max.type }, message: "must be string,number,null", schema: schema47.properties.max.type, parentSchema: schema47.properties.max, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options136 = validate48;
var schema48 = { "type": "object", "properties": { "rootImages": { "type": "boolean", "description": "Also report a long-running container with no user whose image is an official image known to run as root (alpine, debian, ubuntu, python, node, golang\u2026; see the rule page).", "default": true } }, "additionalProperties": false };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "rootImages")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.rootImages !== void 0) {
      let data0 = data.rootImages;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/rootImages", schemaPath: "#/properties/rootImages/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema48.properties.rootImages.type, parentSchema: schema48.properties.rootImages, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options137 = validate49;
var schema49 = { "type": "object", "properties": { "max": { "type": ["integer", "null"], "description": "Largest process limit allowed; null for no maximum.", "default": null } }, "additionalProperties": false };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "max")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data0 = data.max;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0))) && data0 !== null) {
        const err1 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: schema49.properties.max.type }, message: "must be integer,null", schema: schema49.properties.max.type, parentSchema: schema49.properties.max, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options141 = validate50;
var schema50 = { "type": "object", "properties": { "requireNoNewPrivileges": { "type": "boolean", "description": "Also require no-new-privileges, so setuid binaries cannot raise privileges in the container.", "default": false }, "requireSeccompProfile": { "type": "boolean", "description": "Kubernetes: also require a seccomp profile (securityContext.seccompProfile.type RuntimeDefault or Localhost), since the kubelet runs containers Unconfined unless told otherwise. Docker and podman apply their default profile, so this asks nothing of them.", "default": false }, "restrictSelinux": { "type": "boolean", "description": "Also report SELinux labels outside the container types (container_t, container_init_t, container_kvm_t, container_engine_t) and any custom SELinux user or role, as the Pod Security Standards do.", "default": false } }, "additionalProperties": false };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "requireNoNewPrivileges" || key0 === "requireSeccompProfile" || key0 === "restrictSelinux")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.requireNoNewPrivileges !== void 0) {
      let data0 = data.requireNoNewPrivileges;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/requireNoNewPrivileges", schemaPath: "#/properties/requireNoNewPrivileges/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.requireNoNewPrivileges.type, parentSchema: schema50.properties.requireNoNewPrivileges, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.requireSeccompProfile !== void 0) {
      let data1 = data.requireSeccompProfile;
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/requireSeccompProfile", schemaPath: "#/properties/requireSeccompProfile/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.requireSeccompProfile.type, parentSchema: schema50.properties.requireSeccompProfile, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.restrictSelinux !== void 0) {
      let data2 = data.restrictSelinux;
      if (typeof data2 !== "boolean") {
        const err3 = { instancePath: instancePath + "/restrictSelinux", schemaPath: "#/properties/restrictSelinux/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.restrictSelinux.type, parentSchema: schema50.properties.restrictSelinux, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options142 = validate51;
var schema51 = { "type": "object", "properties": { "paths": { "type": "array", "items": { "type": "string" }, "description": "Host paths that must not be bind-mounted themselves (their subfolders may be).", "default": ["/", "/etc", "/proc", "/sys", "/dev", "/var/run", "/run", "/root", "/home", "/boot", "/usr", "/lib", "/bin", "/sbin", "/var", "/var/lib"] }, "prefixes": { "type": "array", "items": { "type": "string" }, "description": "Host paths that must not be bind-mounted, nor anything below them.", "default": ["/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/sudoers.d", "/etc/ssh", "/etc/kubernetes", "/etc/docker", "/root", "/proc/sys", "/proc/sysrq-trigger", "/proc/kcore", "/sys/kernel", "/sys/firmware", "/dev/mem", "/dev/kmem", "/boot", "/lib/modules", "/var/lib/docker", "/var/lib/containerd", "/var/lib/containers", "/var/lib/kubelet"] }, "allowReadOnly": { "type": "boolean", "description": "Allow these paths when mounted read-only.", "default": false } }, "additionalProperties": false };
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "paths" || key0 === "prefixes" || key0 === "allowReadOnly")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data0 = data.paths;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.paths.items.type, parentSchema: schema51.properties.paths.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.paths.type, parentSchema: schema51.properties.paths, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.prefixes !== void 0) {
      let data2 = data.prefixes;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 !== "string") {
            const err3 = { instancePath: instancePath + "/prefixes/" + i1, schemaPath: "#/properties/prefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.prefixes.items.type, parentSchema: schema51.properties.prefixes.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/prefixes", schemaPath: "#/properties/prefixes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.prefixes.type, parentSchema: schema51.properties.prefixes, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.allowReadOnly !== void 0) {
      let data4 = data.allowReadOnly;
      if (typeof data4 !== "boolean") {
        const err5 = { instancePath: instancePath + "/allowReadOnly", schemaPath: "#/properties/allowReadOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.allowReadOnly.type, parentSchema: schema51.properties.allowReadOnly, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options143 = validate52;
var schema52 = { "type": "object", "properties": { "allow": { "type": "array", "items": { "type": "string" }, "description": "Sysctls that may be set (default: the safe set of the Pod Security Standards).", "default": ["kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"] } }, "additionalProperties": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allow")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data0 = data.allow;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/allow/" + i0, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.allow.items.type, parentSchema: schema52.properties.allow.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.allow.type, parentSchema: schema52.properties.allow, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options144 = validate53;
var schema53 = { "type": "object", "properties": { "requireKubernetesUserNamespace": { "type": "boolean", "description": "Kubernetes: also require `hostUsers: false`, since pods share the node's user namespace unless they ask for their own (Kubernetes 1.30+ with a runtime that supports it).", "default": false } }, "additionalProperties": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "requireKubernetesUserNamespace")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.requireKubernetesUserNamespace !== void 0) {
      let data0 = data.requireKubernetesUserNamespace;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/requireKubernetesUserNamespace", schemaPath: "#/properties/requireKubernetesUserNamespace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema53.properties.requireKubernetesUserNamespace.type, parentSchema: schema53.properties.requireKubernetesUserNamespace, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options145 = validate54;
var schema54 = { "type": "object", "properties": { "allow": { "type": "array", "items": { "type": "string" }, "description": "Volume types that may be mounted (default: those the restricted Pod Security Standard allows).", "default": ["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"] } }, "additionalProperties": false };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allow")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data0 = data.allow;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/allow/" + i0, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.allow.items.type, parentSchema: schema54.properties.allow.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.allow.type, parentSchema: schema54.properties.allow, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var OPTION_VALIDATORS = /* @__PURE__ */ new Map([
  ["dockerfile/base-image-digest", [3549222520, options6]],
  ["dockerfile/base-image-eol", [871768649, options7]],
  ["dockerfile/copy-from-root", [942162010, options16]],
  ["dockerfile/denied-base-images", [3232430911, options21]],
  ["dockerfile/dnf-clean-all", [335067479, options23]],
  ["dockerfile/label-email", [4120048503, options42]],
  ["dockerfile/label-empty", [976617282, options43]],
  ["dockerfile/label-git-hash", [3579504913, options44]],
  ["dockerfile/label-key-format", [421413693, options45]],
  ["dockerfile/label-required", [3531815703, options46]],
  ["dockerfile/label-rfc3339", [3200420641, options47]],
  ["dockerfile/label-semver", [2057235817, options48]],
  ["dockerfile/label-spdx", [854010728, options49]],
  ["dockerfile/label-superfluous", [1047657787, options50]],
  ["dockerfile/label-url", [676265937, options51]],
  ["dockerfile/max-layers", [1438817684, options54]],
  ["dockerfile/non-root-user", [1019208207, options61]],
  ["dockerfile/pip-no-cache-dir", [3603321524, options65]],
  ["dockerfile/pipefail", [1718253503, options68]],
  ["dockerfile/pointless-command", [4201227421, options69]],
  ["dockerfile/shellcheck", [673004203, options74]],
  ["dockerfile/trusted-registries", [60519043, options80]],
  ["dockerfile/undefined-var", [1571689003, options82]],
  ["dockerfile/user-numeric", [2150803102, options86]],
  ["dockerfile/useradd-no-log-init", [1414350283, options87]],
  ["dockerfile/volatile-arg-early", [3319693233, options88]],
  ["dockerfile/yarn-cache-clean", [3603321524, options95]],
  ["dockerfile/yum-clean-all", [335067479, options97]],
  ["dockerfile/zypper-clean", [335067479, options99]],
  ["image/exposed-ports", [2394909005, options105]],
  ["image/history-lint", [857873239, options108]],
  ["image/max-layers", [836859019, options109]],
  ["image/max-size", [3469017727, options110]],
  ["image/package-caches", [1375421646, options112]],
  ["image/required-labels", [2754951933, options113]],
  ["image/secret-files", [210776170, options114]],
  ["image/sensitive-volumes", [1671095525, options115]],
  ["image/setuid-files", [3862853802, options116]],
  ["image/size-growth", [2698655972, options117]],
  ["image/wasted-space", [4225328018, options118]],
  ["runtime/capabilities", [3346911163, options128]],
  ["runtime/cpu-limit", [1383305183, options129]],
  ["runtime/docker-socket", [1224322748, options130]],
  ["runtime/env-secrets", [2632158084, options131]],
  ["runtime/host-namespaces", [190704128, options132]],
  ["runtime/host-path", [490107344, options133]],
  ["runtime/host-ports", [932137012, options134]],
  ["runtime/memory-limit", [1276177067, options135]],
  ["runtime/non-root-user", [2908351870, options136]],
  ["runtime/pids-limit", [1206481638, options137]],
  ["runtime/security-opt", [3057070913, options141]],
  ["runtime/sensitive-mounts", [3494256589, options142]],
  ["runtime/sysctls", [3638158025, options143]],
  ["runtime/userns", [498305344, options144]],
  ["runtime/volume-types", [2022161801, options145]]
]);
export {
  OPTION_VALIDATORS,
  options105,
  options108,
  options109,
  options110,
  options112,
  options113,
  options114,
  options115,
  options116,
  options117,
  options118,
  options128,
  options129,
  options130,
  options131,
  options132,
  options133,
  options134,
  options135,
  options136,
  options137,
  options141,
  options142,
  options143,
  options144,
  options145,
  options16,
  options21,
  options23,
  options42,
  options43,
  options44,
  options45,
  options46,
  options47,
  options48,
  options49,
  options50,
  options51,
  options54,
  options6,
  options61,
  options65,
  options68,
  options69,
  options7,
  options74,
  options80,
  options82,
  options86,
  options87,
  options88,
  options95,
  options97,
  options99
};
