import { dedent, lint } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/legacy-key-value-format';

describe(ID, () => {
  it('reports ENV and LABEL in the legacy form (BuildKit testLegacyKeyValueFormat) and fixes them', () => {
    const text = '\nFROM scratch\nENV testkey value\nLABEL key value\n';
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([3, 4]);
    expect(out[0].message).toContain(
      '"ENV key=value" should be used instead of legacy "ENV key value" format',
    );
    expect(out[1].message).toContain(
      '"LABEL key=value" should be used instead of legacy "LABEL key value" format',
    );
    expect(out.reduce((t, f) => applyEdits(t, f.fix!.edits), text)).toBe(
      '\nFROM scratch\nENV testkey=value\nLABEL key=value\n',
    );
  });

  it('quotes a value of several words, keeps a quoted one, and keeps variables', () => {
    const text = dedent(`
      FROM alpine
      ENV PATH /usr/local/bin:$PATH
      ENV GREETING hello big world
      LABEL description "a small image"
    `);
    const out = lint(ID, text);
    expect(out.reduce((t, f) => applyEdits(t, f.fix!.edits), text)).toBe(
      'FROM alpine\nENV PATH=/usr/local/bin:$PATH\nENV GREETING="hello big world"\nLABEL description="a small image"\n',
    );
  });

  it('offers no fix when rewriting the value could change it', () => {
    const out = lint(ID, 'FROM alpine\nENV MSG it\'s "quoted" text\n');
    expect(out).toHaveLength(1);
    expect(out[0].fix).toBeUndefined();
  });

  it('reports ARG name value (BuildKit docs bad example), which declares two ARGs', () => {
    const out = lint(ID, 'FROM alpine\nARG foo bar\n');
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('ARG foo=bar');
    expect(out[0].fix).toBeUndefined();
  });

  it('accepts key=value (BuildKit docs and test good examples)', () => {
    expect(lint(ID, 'FROM alpine\nARG foo=bar\n')).toEqual([]);
    expect(lint(ID, '\nFROM scratch\nENV testkey=value\nLABEL key=value\nARG a=1 b\nARG c\n')).toEqual([]);
  });

  it('reports in stages the default build does not reach too', () => {
    const text = dedent(`
      FROM scratch AS a

      FROM a AS b
      ENV testkey value
      LABEL key value

      FROM a AS c
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([4, 5]);
  });
});
