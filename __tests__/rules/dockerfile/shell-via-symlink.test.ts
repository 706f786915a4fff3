import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/shell-via-symlink';

describe(ID, () => {
  it('reports linking another shell over /bin/sh', () => {
    const text = dedent(`
      FROM debian:12
      RUN ln -sf /bin/bash /bin/sh
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endColumn: 29 });
    expect(f[0].message).toContain('SHELL');
  });

  it('accepts other links and SHELL', () => {
    const text = dedent(`
      FROM debian:12
      SHELL ["/bin/bash", "-c"]
      RUN ln -s /bin/sh /usr/local/bin/mysh && ln -s /usr/bin/python3 /usr/bin/python
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks ONBUILD triggers and /usr/bin/sh', () => {
    const text = dedent(`
      FROM debian:12
      ONBUILD RUN ln -s -f bash /usr/bin/sh
    `);
    expect(lint(ID, text)[0]).toMatchObject({ line: 2, column: 13 });
  });
});
