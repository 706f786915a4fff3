import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/user-numeric';

describe(ID, () => {
  it('reports a named final USER, at its argument', () => {
    const text = dedent(`
      FROM debian:12
      RUN useradd -u 10001 app
      USER app:app
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 6, endColumn: 13 });
  });

  it('looks only at the last USER of the final image', () => {
    const text = dedent(`
      FROM debian:12 AS build
      USER builder
      FROM debian:12 AS base
      USER nobody
      FROM base
      USER root
      RUN apt-get update
      USER 65534:nogroup
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('follows the stage chain, resolves variables and skips unknown ones and root', () => {
    const inherited = dedent(`
      FROM debian:12 AS base
      USER node
      FROM base
      RUN true
    `);
    expect(lint(ID, inherited)).toHaveLength(1);
    expect(lint(ID, 'FROM debian:12\nARG UID=1000\nUSER ${UID}\n')).toEqual([]);
    expect(lint(ID, 'FROM debian:12\nARG NAME=app\nUSER ${NAME}\n')).toHaveLength(1);
    expect(lint(ID, 'FROM debian:12\nARG NAME\nUSER $NAME\n')).toEqual([]);
    expect(lint(ID, 'FROM debian:12\nUSER root\n')).toEqual([]);
  });
});
