import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/use-add-for-archives';

describe(ID, () => {
  it('reports a COPYed tar archive that a later RUN extracts, at the source', () => {
    const text = dedent(`
      FROM debian:12
      COPY dist/app.tar.gz /tmp/
      RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz
    `);
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 6, endLine: 2, endColumn: 21 });
    expect(out[0].message).toContain('line 3');
  });

  it('recognises old-style tar options, --file=, renamed files and heredoc scripts', () => {
    const text = dedent(`
      FROM debian:12
      COPY a.tar /tmp/
      RUN tar xf /tmp/a.tar
      COPY b.tgz /tmp/bundle.tgz
      RUN tar --extract --file=/tmp/bundle.tgz
      COPY c.tar.xz /tmp/
      RUN <<EOF
      tar -xJf /tmp/c.tar.xz -C /usr/local
      EOF
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2, 4, 6]);
  });

  it('accepts archives kept as files, zips, COPY --from and archives extracted in another stage', () => {
    const text = dedent(`
      FROM debian:12 AS build
      COPY project/data.tar.gz /data/
      COPY --from=0 /data/data.tar.gz /tmp/
      RUN tar -tzf /tmp/data.tar.gz
      COPY app.zip /tmp/
      RUN unzip /tmp/app.zip
      COPY x.tar /tmp/
      FROM debian:12
      RUN tar -xf /tmp/x.tar
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
