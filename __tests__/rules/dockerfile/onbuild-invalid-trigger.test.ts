import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/onbuild-invalid-trigger';

describe(ID, () => {
  it('reports ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER at the trigger keyword', () => {
    const text = dedent(`
      FROM debian:12
      ONBUILD ONBUILD RUN echo hi
      ONBUILD FROM debian:12
      ONBUILD MAINTAINER me
    `);
    const f = lint(ID, text);
    expect(f.map((x) => [x.line, x.column, x.endColumn])).toEqual([
      [2, 9, 16],
      [3, 9, 13],
      [4, 9, 19],
    ]);
    expect(f[2].message).toContain('org.opencontainers.image.authors');
  });

  it('accepts ordinary triggers', () => {
    const text = dedent(`
      FROM debian:12
      ONBUILD COPY . /app
      ONBUILD RUN make
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
