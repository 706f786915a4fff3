import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/label-key-format';

describe(ID, () => {
  it('reports upper case, reserved namespaces, bad ends and doubled separators at the key', () => {
    const text = dedent(`
      FROM debian:12
      LABEL Version=1 com.docker.x=y -lead=a trail.=b a..b=c
    `);
    const f = lint(ID, text);
    expect(f.map((x) => x.column)).toEqual([7, 17, 32, 40, 49]);
    expect(f[0]).toMatchObject({ line: 2, endColumn: 14 });
    expect(f[0].message).toContain('upper-case');
    expect(f[1].message).toContain('com.docker.');
  });

  it('accepts reverse-DNS keys; underscores and slashes only outside strict mode', () => {
    const text = dedent(`
      FROM debian:12
      LABEL org.opencontainers.image.title=x com.example.my-team=y io.k8s.description=z my.label/with_underscore=u
    `);
    expect(lint(ID, text)).toEqual([]);
    expect(lint(ID, text, { strict: true })).toHaveLength(1);
  });

  it('honours the allow list and skips keys made from variables', () => {
    const text = dedent(`
      FROM debian:12
      LABEL IMAGEPRIVACY=true \${KEY}=v
    `);
    expect(lint(ID, text, { allow: ['IMAGEPRIVACY'] })).toEqual([]);
  });
});
