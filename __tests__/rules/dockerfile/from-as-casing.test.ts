import { dedent, lint } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/from-as-casing';

describe(ID, () => {
  it('reports lower-case as after upper-case FROM (BuildKit docs) and fixes it to AS', () => {
    const text = 'FROM debian:latest as builder\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 1, column: 20, endLine: 1, endColumn: 22 });
    expect(out[0].message).toContain("'as' and 'FROM' keywords' casing do not match");
    expect(applyEdits(text, out[0].fix!.edits)).toBe('FROM debian:latest AS builder\n');
  });

  it('reports upper-case AS after lower-case from (BuildKit testStageName)', () => {
    const text = dedent(`
      # warning: 'AS' should match 'from' cmd casing.
      #
      from scratch AS base

      from scratch as base2
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([3]);
    expect(out[0].message).toContain("'AS' and 'from' keywords' casing do not match");
    expect(applyEdits(text, out[0].fix!.edits)).toContain('from scratch as base\n');
  });

  it('accepts matching casing (BuildKit docs good examples)', () => {
    expect(lint(ID, 'FROM debian:latest AS deb-builder\n')).toEqual([]);
    expect(lint(ID, 'from debian:latest as deb-builder\n')).toEqual([]);
  });

  it('leaves a mixed-case FROM to ConsistentInstructionCasing', () => {
    expect(lint(ID, 'From scratch as base\nFROM scratch AS base2\n')).toEqual([]);
  });
});
