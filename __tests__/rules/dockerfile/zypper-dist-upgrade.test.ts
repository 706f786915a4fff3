import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/zypper-dist-upgrade';

describe(ID, () => {
  it('reports zypper dist-upgrade and dup', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      RUN zypper -n dist-upgrade
      RUN zypper --non-interactive dup && zypper clean
    `);
    const f = lint(ID, text);
    expect(f.map((x) => [x.line, x.column, x.endColumn])).toEqual([
      [2, 5, 27],
      [3, 5, 33],
    ]);
  });

  it('accepts update and patch', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      RUN zypper -n update && zypper -n patch
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks ONBUILD triggers', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      ONBUILD RUN zypper dup -y
    `);
    expect(lint(ID, text)).toHaveLength(1);
  });
});
