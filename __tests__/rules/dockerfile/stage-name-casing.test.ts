import { dedent, lint } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/stage-name-casing';

describe(ID, () => {
  it('reports a stage name with upper-case letters (BuildKit docs: AS BuilderBase) and lower-cases it', () => {
    const text = 'FROM alpine AS BuilderBase\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 1, column: 16, endLine: 1, endColumn: 27 });
    expect(out[0].message).toContain("Stage name 'BuilderBase' should be lowercase");
    expect(applyEdits(text, out[0].fix!.edits)).toBe('FROM alpine AS builderbase\n');
  });

  it('reports only the mixed-case stage of BuildKit testStageName', () => {
    const text = dedent(`
      # warning: stage name should be lowercase
      #
      FROM scratch AS BadStageName

      # warning: 'as' should match 'FROM' cmd casing.
      #
      FROM scratch as base2

      FROM scratch AS base3
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([3]);
  });

  it('accepts lower-case names (builder-base) and unnamed stages', () => {
    expect(lint(ID, 'FROM alpine AS builder-base\nFROM alpine\nFROM alpine AS b2.x_y\n')).toEqual([]);
  });
});
