import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/copy-dest-slash';

describe(ID, () => {
  it('reports several sources into a destination without a slash, and appends it', () => {
    const out = lint(ID, 'FROM node:20\nCOPY package.json package-lock.json /app\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 37, endLine: 2, endColumn: 41 });
    expect(out[0].fix?.edits).toEqual([
      { range: { line: 2, column: 41, endLine: 2, endColumn: 41 }, text: '/' },
    ]);
  });

  it('places the slash inside quotes, ignores flags, and checks ADD and ONBUILD', () => {
    const text = dedent(`
      FROM node:20
      COPY --link --chown=1000:1000 a b "/app"
      ADD x.txt y.txt /data
      ONBUILD COPY a b c
    `);
    const out = lint(ID, text);
    expect(out.map((f) => [f.line, f.column])).toEqual([
      [2, 35],
      [3, 17],
      [4, 18],
    ]);
    expect(out[0].fix?.edits[0].range).toEqual({ line: 2, column: 40, endLine: 2, endColumn: 40 });
  });

  it('reports the JSON form without a fix', () => {
    const out = lint(ID, 'FROM node:20\nCOPY ["a", "b", "/app"]\n');
    expect(out).toHaveLength(1);
    expect(out[0].fix).toBeUndefined();
  });

  it('accepts one source, a trailing slash, . and directories from variables', () => {
    const text = dedent(`
      FROM node:20
      ARG DEST=/srv/
      ARG UNKNOWN
      COPY --link ./Dockerfile /Dockerfile
      COPY a b /app/
      COPY package.json yarn.lock .
      COPY a b ./
      COPY a b $DEST
      COPY a b $UNKNOWN
      COPY ["a", "b", "/app/"]
      COPY --from=build /out /bin/tool
      COPY <<EOF /etc/motd
      hello
      world again
      EOF
      COPY <<EOF /empty.done
      EOF
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
