import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/no-sudo';

describe(ID, () => {
  it('reports sudo with the range of the sudo word', () => {
    const out = lint(ID, 'FROM debian:12\nUSER app\nRUN sudo apt-get install -y curl\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 3, column: 5, endLine: 3, endColumn: 9 });
    expect(out[0].message).toMatch(/USER root/);
  });

  it('finds sudo behind env, in pipelines, subshells, heredocs and ONBUILD', () => {
    const text = dedent(`
      FROM debian:12
      RUN env FOO=1 sudo make install
      RUN curl -fsS https://x | sudo tee /etc/x
      RUN (cd /src && /usr/bin/sudo make)
      RUN <<EOF
      sudo ls
      EOF
      ONBUILD RUN sudo true
    `);
    expect(lint(ID, text).map((f) => [f.line, f.column])).toEqual([
      [2, 15],
      [3, 27],
      [4, 17],
      [6, 1],
      [8, 13],
    ]);
  });

  it('accepts gosu, su-exec and the word sudo as an argument', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get install -y gosu=1.14 && echo sudo && useradd -G sudo app
      ENTRYPOINT ["gosu", "app", "server"]
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
