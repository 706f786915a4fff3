import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/env-self-reference';

describe(ID, () => {
  it('reports a reference to a variable set earlier in the same ENV, at the reference', () => {
    const text = dedent(`
      FROM debian:12
      ENV JAVA_VERSION=21 \\
          JAVA_HOME=/opt/jdk-\${JAVA_VERSION}
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 24, endLine: 3, endColumn: 39 });
    expect(f[0].message).toContain('JAVA_VERSION');
  });

  it('reports a variable redefined with itself twice in one ENV', () => {
    const text = dedent(`
      FROM debian:12
      ENV PATH=/a:$PATH PATH=/b:$PATH
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 27, endColumn: 32 });
  });

  it('accepts self-reference, references across ENVs, escaped and single-quoted dollars, partial names', () => {
    const text = dedent(`
      FROM debian:12
      ENV PATH=/opt/bin:$PATH
      ENV A=1
      ENV B=$A/x C=2
      ENV FOO=1 BAR=\${FOOBAR} BAZ=\\$FOO QUX='$FOO'
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('accepts references after NAME=$NAME, which promotes an ARG without changing its value', () => {
    const text = dedent(`
      FROM debian:12
      ARG HOME=/home/app
      ARG SWIFT_PLATFORM=ubuntu
      ENV HOME=\${HOME} \\
          DOWNLOADS=\${HOME}/Downloads \\
          SWIFT_PLATFORM=$SWIFT_PLATFORM OS_VER=$SWIFT_PLATFORM-24
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('an ENV of 3,000 properties, each referring to the one before: every reference, in one pass', () => {
    const props = Array.from({ length: 3000 }, (_, i) => (i === 0 ? 'V0=x' : `V${i}=$V${i - 1}`));
    const f = lint(ID, `FROM debian:12\nENV ${props.join(' \\\n    ')}\n`);
    expect(f).toHaveLength(2999);
    expect(f[2998]).toMatchObject({ line: 3001 });
    expect(f[2998].message).toContain('`V2998`');
  });
});
