import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/pip-pin-versions';

describe(ID, () => {
  it('reports unpinned packages with the range of the package words', () => {
    const out = lint(ID, 'FROM python:3.12\nRUN pip install --no-cache-dir requests flask==3.0.0\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 32, endLine: 2, endColumn: 40 });
    expect(out[0].message).toContain('`requests`');
  });

  it('recognises pip3, pipX.Y and python -m pip', () => {
    const text = dedent(`
      FROM python:3.12
      RUN pip3 install requests
      RUN pip3.12 install requests
      RUN python3 -m pip install --upgrade pip
    `);
    expect(lint(ID, text).map((f) => [f.line, f.column])).toEqual([
      [2, 18],
      [3, 21],
      [4, 38],
    ]);
  });

  it('accepts version specifiers, requirement and constraint files, URLs, paths and wheels', () => {
    const text = dedent(`
      FROM python:3.12
      RUN pip install "requests>=2.31,<3" flask==3.0 attrs~=23.1 "six!=1.0"
      RUN pip install -r requirements.txt
      RUN pip install --requirement=/tmp/req.txt extra
      RUN pip install -c constraints.txt pykafka
      RUN pip install git+https://github.com/o/r@v1.0 https://x/pkg-1.0.tar.gz
      RUN pip install . /app ./dist/pkg-1.0-py3-none-any.whl
      RUN pip install "pkg @ https://example.com/pkg.zip"
      RUN pip install --index-url https://example.com/simple foobar==1.0.0
      RUN pip install -e ./src
      RUN pip download requests
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('counts versions supplied through ARG/ENV as pinned, and expands package lists', () => {
    const good = dedent(`
      FROM python:3.12
      ARG YAMLLINT_VERSION
      ENV PACKAGE_NAME=poetry PACKAGE_VERSION=1.8.5
      RUN pip install --no-cache-dir yamllint=="\${YAMLLINT_VERSION:-1.26.3}"
      RUN python -m pip install "\${PACKAGE_NAME}==\${PACKAGE_VERSION}"
    `);
    expect(lint(ID, good)).toEqual([]);
    const bad = dedent(`
      FROM python:3.12
      ENV TOOLS="black ruff==0.4.0"
      RUN pip install $TOOLS
    `);
    const out = lint(ID, bad);
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('`black`');
  });

  it('checks heredocs and ONBUILD', () => {
    const text = dedent(`
      FROM python:3.12
      RUN <<EOF
      pip install requests
      EOF
      ONBUILD RUN pip install flask
    `);
    expect(lint(ID, text).map((f) => [f.line, f.column])).toEqual([
      [3, 13],
      [5, 25],
    ]);
  });
});
