import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/zypper-clean';

describe(ID, () => {
  it('reports zypper install without zypper clean, with a fix', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      RUN zypper -n install httpd=2.4.58
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endColumn: 22 });
    expect(f[0].fix!.edits[0]).toEqual({
      range: { line: 2, column: 35, endLine: 2, endColumn: 35 },
      text: ' && zypper clean --all',
    });
  });

  it('accepts zypper clean, zypper cc, rm of /var/cache/zypp and cache mounts', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      RUN zypper -n in a=1 && zypper clean
      RUN zypper -n in b=1 && zypper cc -a
      RUN zypper -n in c=1 && rm -rf /var/cache/zypp/*
      RUN --mount=type=cache,target=/var/cache/zypp zypper -n in d=1
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('needs the clean-up after the install', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      RUN zypper clean && zypper -n up
    `);
    expect(lint(ID, text)).toHaveLength(1);
  });

  it('skips stages whose files do not ship', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6 AS build
      RUN zypper -n in gcc=13
      FROM scratch
      COPY --from=build /out /
    `);
    expect(lint(ID, text)).toEqual([]);
    expect(lint(ID, text, { onlyShippedStages: false })).toHaveLength(1);
  });
});
