import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/yum-clean-all';

describe(ID, () => {
  it('reports yum install without yum clean all, with a fix that appends it', () => {
    const text = dedent(`
      FROM centos:7
      RUN yum install -y httpd-2.4.6
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endColumn: 16 });
    expect(f[0].fix!.edits).toEqual([
      { range: { line: 2, column: 31, endLine: 2, endColumn: 31 }, text: ' && yum clean all' },
    ]);
  });

  it('accepts yum clean all, rm of the cache directory, or a cache mount', () => {
    const text = dedent(`
      FROM centos:7
      RUN yum install -y a-1 && yum clean all
      RUN yum install -y b-1 && rm -rf /var/cache/yum/*
      RUN --mount=type=cache,target=/var/cache/yum yum install -y c-1
      RUN yum install -y d-1 && dnf clean all
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('requires the clean-up after the install, and counts yum update', () => {
    const text = dedent(`
      FROM centos:7
      RUN yum clean all && yum install -y a-1
      RUN yum -y update \\
          && yum clean packages
    `);
    const f = lint(ID, text);
    expect(f.map((x) => x.line)).toEqual([2, 3]);
  });

  it('offers no fix when the script ends with a separator', () => {
    const text = dedent(`
      FROM centos:7
      RUN yum install -y a-1;
    `);
    expect(lint(ID, text)[0].fix).toBeUndefined();
  });

  it('skips build stages that do not end up in the image, unless told otherwise', () => {
    const text = dedent(`
      FROM centos:7 AS build
      RUN yum install -y gcc-4.8.5
      FROM centos:7
      COPY --from=build /out /out
    `);
    expect(lint(ID, text)).toEqual([]);
    expect(lint(ID, text, { onlyShippedStages: false })).toHaveLength(1);
  });

  it('checks the stages the final one is built FROM and ONBUILD triggers', () => {
    const text = dedent(`
      FROM centos:7 AS base
      RUN yum install -y a-1
      FROM base
      ONBUILD RUN yum install -y b-1
    `);
    expect(lint(ID, text).map((x) => x.line)).toEqual([2, 4]);
  });
});
