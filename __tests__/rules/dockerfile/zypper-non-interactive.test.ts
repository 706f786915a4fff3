import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/zypper-non-interactive';

describe(ID, () => {
  it('reports zypper install without a non-interactive switch, with a fix', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      RUN zypper install httpd=2.4.58 && zypper clean
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endColumn: 19 });
    expect(f[0].fix!.edits).toEqual([
      { range: { line: 2, column: 11, endLine: 2, endColumn: 11 }, text: ' --non-interactive' },
    ]);
  });

  it('accepts -n/--non-interactive before the subcommand and -y/--no-confirm after it', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      RUN zypper -n in a=1 && zypper --non-interactive rm b && zypper up -y && zypper patch --no-confirm
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports the short forms and dist-upgrade, and ignores refresh and search', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      RUN zypper refresh && zypper se vim && zypper in vim && zypper dup
    `);
    expect(lint(ID, text).map((x) => x.message.split('`')[1])).toEqual(['zypper in', 'zypper dup']);
  });

  it('checks ONBUILD triggers', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      ONBUILD RUN zypper install git
    `);
    expect(lint(ID, text)[0]).toMatchObject({ line: 2, column: 13 });
  });
});
