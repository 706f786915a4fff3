import { dedent, lint } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/json-args-recommended';

describe(ID, () => {
  it('reports a shell-form ENTRYPOINT (BuildKit docs) and converts a plain command to the JSON form', () => {
    const text = 'FROM alpine\nENTRYPOINT my-program start\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 12, endLine: 2, endColumn: 28 });
    expect(out[0].message).toContain('JSON arguments recommended for ENTRYPOINT');
    expect(applyEdits(text, out[0].fix!.edits)).toBe('FROM alpine\nENTRYPOINT ["my-program", "start"]\n');
  });

  it('reports CMD and ENTRYPOINT in shell form (BuildKit testJSONArgsRecommended)', () => {
    expect(lint(ID, '\nFROM scratch\nCMD mycommand\n').map((f) => [f.line, f.message.slice(0, 43)])).toEqual([
      [3, 'JSON arguments recommended for CMD to preve'],
    ]);
    expect(lint(ID, '\nFROM scratch\nENTRYPOINT mycommand\n').map((f) => f.line)).toEqual([3]);
  });

  it('accepts the exec form (BuildKit docs good example)', () => {
    expect(lint(ID, 'FROM alpine\nENTRYPOINT ["my-program", "start"]\nCMD ["--port", "80"]\n')).toEqual([]);
  });

  it('accepts shell form once a SHELL is declared, in the stage or in the stage it is built on', () => {
    expect(
      lint(ID, 'FROM alpine\nRUN apk add bash\nSHELL ["/bin/bash", "-c"]\nENTRYPOINT echo "hello world"\n'),
    ).toEqual([]);
    expect(lint(ID, '\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n')).toEqual([]);
    const text = dedent(`
      FROM scratch AS base
      SHELL ["/usr/bin/customshell"]

      FROM base
      ENTRYPOINT mycommand
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('still reports a CMD that comes before the SHELL, and offers no fix when the shell does real work', () => {
    const out = lint(ID, 'FROM alpine\nCMD echo $HOME && run\nSHELL ["/bin/bash", "-c"]\n');
    expect(out).toHaveLength(1);
    expect(out[0].fix).toBeUndefined();
  });
});
