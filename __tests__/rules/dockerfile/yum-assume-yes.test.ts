import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/yum-assume-yes';

describe(ID, () => {
  it('reports yum install without -y, with its position and a fix', () => {
    const text = dedent(`
      FROM centos:7
      RUN yum install httpd-2.4.6 && yum clean all
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 16 });
    expect(f[0].message).toContain('-y');
    expect(f[0].fix!.edits).toEqual([
      { range: { line: 2, column: 16, endLine: 2, endColumn: 16 }, text: ' -y' },
    ]);
  });

  it('accepts -y, --assumeyes and -y inside an option cluster, before or after the subcommand', () => {
    const text = dedent(`
      FROM centos:7
      RUN yum install -y a-1 && yum -y install b-1 && yum --assumeyes install c-1 && yum -qy install d-1
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('also reports update, remove and group install, and looks through sudo', () => {
    const text = dedent(`
      FROM centos:7
      RUN yum update && sudo yum remove x && yum group install "Development Tools"
    `);
    const f = lint(ID, text);
    expect(f.map((x) => x.message.split('`')[1])).toEqual(['yum update', 'yum remove', 'yum install']);
    expect(f[2]).toMatchObject({ line: 2, column: 40 });
  });

  it('ignores yum commands that change nothing, and other package managers', () => {
    const text = dedent(`
      FROM centos:7
      RUN yum makecache && yum clean all && yum list installed && dnf install x
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks ONBUILD RUN triggers', () => {
    const text = dedent(`
      FROM centos:7
      ONBUILD RUN yum install git
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 13 });
  });

  it('checks heredoc scripts', () => {
    const text = dedent(`
      FROM centos:7
      RUN <<EOF
      yum install git
      EOF
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 1, endColumn: 12 });
  });
});
