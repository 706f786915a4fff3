import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { offsetAt } from '../../knowledge/instructions.js';

/** `$NAME` or `${NAME…}` where it stands (sticky: matched at lastIndex, with no copy of the rest). */
const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/y;

/**
 * The variables a raw ENV value refers to, with their offsets in the text: `$NAME` and `${NAME…}`
 * outside single quotes and not escaped.
 */
function references(raw: string, escapeChar: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  let single = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (single) {
      if (c === "'") single = false;
      continue;
    }
    if (c === escapeChar) {
      i++;
      continue;
    }
    if (c === "'") {
      single = true;
      continue;
    }
    if (c !== '$') continue;
    REFERENCE.lastIndex = i;
    const m = REFERENCE.exec(raw);
    if (m) {
      out.push({ name: m[1] ?? m[2], start: i, end: i + m[0].length });
      i += m[0].length - 1;
    }
  }
  return out;
}

/** `NAME=$NAME` or `NAME=${NAME}`: the value is the variable itself (no regex built from the name). */
function promotesItself(name: string, value: string | undefined): boolean {
  const v = (value ?? '').trim();
  return v === `$${name}` || v === `\${${name}}`;
}

export default defineRule({
  id: 'dockerfile/env-self-reference',
  aliases: ['DL3044'],
  severity: 'error',
  summary: 'ENV refers to a variable defined earlier in the same ENV',
  check(model: DockerfileModel, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== 'ENV' || inst.properties.length < 2) continue;
      // The names set by the properties before this one, added as the loop goes. `NAME=$NAME`
      // (promoting an ARG to an ENV) does not change the value: later references to it are fine.
      const earlier = new Set<string>();
      for (const prop of inst.properties) {
        const r = prop.valueRange;
        if (r && earlier.size > 0) {
          const from = offsetAt(model, r.line, r.column);
          const raw = model.text.slice(from, offsetAt(model, r.endLine, r.endColumn));
          for (const ref of references(raw, model.escapeChar)) {
            if (!earlier.has(ref.name)) continue;
            report({
              range: model.rangeOf(from + ref.start, from + ref.end),
              message:
                `\`${ref.name}\` is set earlier in this same ENV, but an ENV expands its values before setting any of ` +
                `them, so \`${prop.name}\` gets the previous value of ${ref.name} (or nothing). Set ${ref.name} in an ` +
                'ENV of its own before this one.',
            });
          }
        }
        if (!promotesItself(prop.name, prop.value)) earlier.add(prop.name);
      }
    }
  },
});
