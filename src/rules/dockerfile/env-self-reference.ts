import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

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
    let lineStarts: number[] | undefined;
    const offsetOf = (line: number, column: number) => {
      if (!lineStarts) {
        lineStarts = [0];
        for (const l of model.lines) lineStarts.push(lineStarts[lineStarts.length - 1] + l.length + 1);
      }
      return lineStarts[line - 1] + column - 1;
    };
    for (const inst of model.instructions) {
      if (inst.keyword !== 'ENV' || inst.properties.length < 2) continue;
      // The names set by the properties before the current one, added as it goes (one pass, however
      // many properties). `NAME=$NAME` (promoting an ARG to an ENV) does not change the value: later
      // references to it are fine.
      const earlier = new Set<string>();
      inst.properties.forEach((prop, i) => {
        if (i > 0) {
          const before = inst.properties[i - 1];
          if (!promotesItself(before.name, before.value)) earlier.add(before.name);
        }
        if (i === 0 || !prop.valueRange) return;
        const from = offsetOf(prop.valueRange.line, prop.valueRange.column);
        const to = offsetOf(prop.valueRange.endLine, prop.valueRange.endColumn);
        const raw = model.text.slice(from, to);
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
      });
    }
  },
});
