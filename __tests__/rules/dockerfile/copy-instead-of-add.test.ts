import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/copy-instead-of-add';

describe(ID, () => {
  it('reports ADD of local files and replaces the keyword', () => {
    const out = lint(ID, 'FROM python:3.12\nADD --chown=app:app requirements.txt /usr/src/app/\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 4 });
    expect(out[0].fix?.edits).toEqual([
      { range: { line: 2, column: 1, endLine: 2, endColumn: 4 }, text: 'COPY' },
    ]);
  });

  it('keeps the keyword case in the fix and checks JSON form, zip files and ONBUILD', () => {
    const text = dedent(`
      FROM python:3.12
      add src/ /app/
      ADD ["a b.txt", "/app/"]
      ADD release.zip /opt/
      ONBUILD ADD . /app/src
    `);
    const out = lint(ID, text);
    expect(out.map((f) => [f.line, f.column])).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 9],
    ]);
    expect(out[0].fix?.edits[0].text).toBe('copy');
  });

  it('accepts ADD of URLs, git repositories, archives, ADD-only flags and unknown variables', () => {
    const text = dedent(`
      FROM debian:12
      ARG ARCHIVE=rootfs.tar.xz
      ARG SRC
      ADD https://example.com/file.txt /tmp/
      ADD git@github.com:moby/buildkit.git /src
      ADD rootfs.tar.gz /
      ADD app.tgz data.bz2 /opt/
      ADD $ARCHIVE /
      ADD $SRC /x/
      ADD --checksum=sha256:24454f830cdd571e2c4ad15481119c43b0cafd48dd357e1a1c9c6c37fe8a2fdb ./big.bin /x
      ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /buildkit
      COPY app.py /app/
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
