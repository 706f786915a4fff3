import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/pip-no-cache-dir';

describe(ID, () => {
  it('reports pip install without --no-cache-dir, with a fix', () => {
    const text = dedent(`
      FROM python:3.12-slim
      RUN pip install flask==3.0.0
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 16 });
    expect(f[0].fix!.edits).toEqual([
      { range: { line: 2, column: 16, endLine: 2, endColumn: 16 }, text: ' --no-cache-dir' },
    ]);
  });

  it('recognises pip3, pip3.12 and python -m pip', () => {
    const text = dedent(`
      FROM python:3.12-slim
      RUN pip3 install a==1 && pip3.12 install b==1 && python3 -m pip install c==1
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(3);
    expect(f[2]).toMatchObject({ column: 61, endColumn: 72 });
  });

  it('accepts --no-cache-dir, PIP_NO_CACHE_DIR and cache mounts', () => {
    const text = dedent(`
      FROM python:3.12-slim
      RUN pip install --no-cache-dir a==1
      RUN PIP_NO_CACHE_DIR=1 pip install b==1
      RUN export PIP_NO_CACHE_DIR=on && pip install c==1
      RUN --mount=type=cache,target=/root/.cache/pip pip install d==1
      RUN pip install e==1 && pip cache purge
      RUN pip install f==1 && rm -rf /root/.cache/pip
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('accepts an ENV PIP_NO_CACHE_DIR set earlier, but not one set to false', () => {
    expect(
      lint(
        ID,
        dedent(`
        FROM python:3.12-slim
        ENV PIP_NO_CACHE_DIR=1
        RUN pip install a==1
      `),
      ),
    ).toEqual([]);
    expect(
      lint(
        ID,
        dedent(`
        FROM python:3.12-slim
        ENV PIP_NO_CACHE_DIR=false
        RUN pip install a==1
      `),
      ),
    ).toHaveLength(1);
  });

  it('ignores pip commands that install nothing', () => {
    const text = dedent(`
      FROM python:3.12-slim
      RUN pip download a==1 -d /w && pip freeze && pip uninstall -y x
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('skips build stages whose files do not ship, and checks ONBUILD and heredocs', () => {
    const text = dedent(`
      FROM python:3.12 AS build
      RUN pip install build==1.2.1
      FROM python:3.12-slim
      ONBUILD RUN pip install -r requirements.txt
      RUN <<EOF
      pip install gunicorn==22.0.0
      EOF
    `);
    expect(lint(ID, text).map((x) => x.line)).toEqual([4, 6]);
    expect(lint(ID, text, { onlyShippedStages: false }).map((x) => x.line)).toEqual([2, 4, 6]);
  });
});
