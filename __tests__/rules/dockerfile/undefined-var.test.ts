import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/undefined-var';

describe(ID, () => {
  it('reports an undefined build argument (BuildKit docs bad example) at the reference', () => {
    const out = lint(ID, 'FROM alpine AS base\nCOPY $foo .\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 6, endLine: 2, endColumn: 10 });
    expect(out[0].message).toContain("Usage of undefined variable '$foo'");
  });

  it('accepts a declared ARG (BuildKit docs good example), with or without a default', () => {
    expect(lint(ID, 'FROM alpine AS base\nARG foo\nCOPY $foo .\n')).toEqual([]);
    expect(lint(ID, '\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n')).toEqual([]);
  });

  it('reports an undefined variable in an ARG default, and knows the base image ENV (BuildKit docs)', () => {
    expect(lint(ID, 'FROM alpine AS base\nARG VERSION=$foo\n').map((f) => f.line)).toEqual([2]);
    expect(lint(ID, 'FROM python AS base\nARG VERSION=$PYTHON_VERSION\n')).toEqual([]);
  });

  it('suggests the name a typo is close to (BuildKit docs and testUnmatchedVars)', () => {
    const a = lint(ID, 'FROM alpine\nENV PATH=$PAHT:/app/bin\n');
    expect(a[0].message).toContain("Usage of undefined variable '$PAHT' (did you mean $PATH?)");
    const text = dedent(`
      FROM alpine
      ARG DIR_BINARIES=binaries/
      ARG DIR_ASSETS=assets/
      ARG DIR_CONFIG=config/
      COPY $DIR_ASSET .
    `);
    const b = lint(ID, text);
    expect(b.map((f) => f.line)).toEqual([5]);
    expect(b[0].message).toContain("'$DIR_ASSET' (did you mean $DIR_ASSETS?)");
  });

  it('follows the order of declarations and ignores RUN (BuildKit testUnmatchedVars)', () => {
    expect(lint(ID, 'FROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n').map((f) => f.line)).toEqual([
      2,
    ]);
    expect(lint(ID, 'FROM alpine\nRUN echo $PATH $undefined\nCMD echo $nope\n')).toEqual([]);
  });

  it('sees the ARGs and ENVs of the stage a stage is built on (BuildKit testUnmatchedVars)', () => {
    const text = dedent(`
      FROM alpine AS base
      ARG foo=Dockerfile

      FROM base
      COPY $foo .
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports per stage (BuildKit testAllTargetUnmarshal)', () => {
    const text = dedent(`
      FROM scratch AS first
      COPY $foo .

      FROM scratch AS second
      COPY $bar .
    `);
    expect(lint(ID, text).map((f) => [f.line, f.message.slice(0, 34)])).toEqual([
      [2, "Usage of undefined variable '$foo'"],
      [5, "Usage of undefined variable '$bar'"],
    ]);
  });

  it('respects quotes and escapes as the builder does, and one ENV does not see its own pairs', () => {
    expect(lint(ID, "FROM alpine\nENV A='$x' B=\\$y\n")).toEqual([]);
    expect(lint(ID, 'FROM alpine\nENV A=1 B=$A\n').map((f) => f.message.slice(0, 31))).toEqual([
      "Usage of undefined variable '$A",
    ]);
    expect(lint(ID, 'FROM alpine\nARG A=1 B=$A\n')).toEqual([]);
  });

  it('checks COPY --chown, USER, WORKDIR, VOLUME, LABEL, STOPSIGNAL, but not COPY heredoc bodies', () => {
    const text = dedent(`
      FROM alpine
      COPY --chown=$owner a /b
      USER $user
      WORKDIR $dir
      VOLUME $vol
      LABEL version=$ver
      STOPSIGNAL $sig
      COPY <<EOF /x
      $notchecked
      EOF
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('on an unknown base image, assumes UPPER_CASE names may come from it unless asked to be strict', () => {
    const text = 'FROM ghcr.io/acme/base:1\nWORKDIR $APP_HOME\nCOPY $src .\n';
    expect(lint(ID, text).map((f) => f.line)).toEqual([3]);
    expect(lint(ID, text, { unknownBaseImages: 'strict' }).map((f) => f.line)).toEqual([2, 3]);
    expect(
      lint(ID, text, {
        baseImageEnv: { 'ghcr.io/acme/base': ['APP_HOME'] },
        unknownBaseImages: 'strict',
      }).map((f) => f.line),
    ).toEqual([3]);
  });
});

describe(`${ID}: real files' shapes`, () => {
  it('accepts ${X:+…} and ${X:-…} of an unset X, as in the official tomcat image, but checks the word', () => {
    const tomcat = dedent(`
      FROM eclipse-temurin:21-jdk-jammy
      ENV CATALINA_HOME /usr/local/tomcat
      ENV TOMCAT_NATIVE_LIBDIR $CATALINA_HOME/native-jni-lib
      ENV LD_LIBRARY_PATH \${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$TOMCAT_NATIVE_LIBDIR
      ENV A=\${UNSET_A:-x} B=\${UNSET_B-y} C=\${UNSET_C+z}
    `);
    expect(lint(ID, tomcat)).toEqual([]);
    const inWord = lint(ID, 'FROM alpine\nENV A=${UNSET:-$nope}\n');
    expect(inWord.map((f) => f.message)).toEqual([expect.stringContaining("'$nope'")]);
    // ${X:?} fails the build when X is unset: still worth a finding.
    expect(lint(ID, 'FROM alpine\nENV A=${must:?set it}\n')).toHaveLength(1);
  });

  it('treats a base named by a build argument as unknown (FROM $BASE with a debian default)', () => {
    const text = dedent(`
      ARG BASE=debian:13
      FROM scratch AS packages
      COPY packages /
      FROM $BASE
      ENV ENTRYPOINTD=\${HOME}/entrypoint.d
      ENV LD_LIBRARY_PATH="\${LD_LIBRARY_PATH}:/usr/lib/axcl"
    `);
    expect(lint(ID, text)).toEqual([]);
    // The same lines on a literal debian base are reported: debian sets neither.
    expect(lint(ID, text.replace('FROM $BASE', 'FROM debian:13'))).toHaveLength(2);
  });

  it('does not take $HOME for a typo of a build argument on an unknown base', () => {
    const text = dedent(`
      ARG base
      FROM \${base}
      ARG ROLE=gitpod
      ENV PYENV_ROOT="$HOME/.pyenv"
      ENV X=$ROEL
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.message)).toEqual([expect.stringContaining("'$ROEL' (did you mean $ROLE?)")]);
  });
});
