import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/package-signature-disabled';

describe(ID, () => {
  it('reports apk --allow-untrusted (CKV2_DOCKER_7) at the option', () => {
    const out = lint(ID, 'FROM alpine\nRUN apk add --allow-untrusted /tmp/pkg.apk\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 13, endLine: 2, endColumn: 30 });
    expect(out[0].message).toContain('/etc/apk/keys');
  });

  it('reports apt-get --allow-unauthenticated and --force-yes (CKV2_DOCKER_8, CKV2_DOCKER_11) and -o switches', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get install -y --allow-unauthenticated curl
      RUN apt-get install -y --force-yes curl
      RUN apt-get -o APT::Get::AllowUnauthenticated=true install -y curl
      RUN echo "deb [trusted=yes] http://repo.example.com/ stable main" > /etc/apt/sources.list.d/x.list
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2, 3, 4, 5]);
  });

  it('reports --nogpgcheck of yum/dnf (CKV2_DOCKER_9) and rpm --nosignature/--nodigest (CKV2_DOCKER_10)', () => {
    const text = dedent(`
      FROM fedora:40
      RUN dnf install -y --nogpgcheck foo
      RUN yum install -y --nogpgcheck foo
      RUN rpm -ivh --nosignature /tmp/foo.rpm
      RUN rpm -ivh --nodigest /tmp/foo.rpm
      RUN dnf install -y --setopt=gpgcheck=0 foo
      RUN zypper --no-gpg-checks install -y foo
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('accepts signed installs', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get update && apt-get install -y --no-install-recommends curl
      RUN apk add --no-cache curl
      RUN rpm --import https://example.com/key.asc && dnf install -y foo
      RUN echo "deb [signed-by=/usr/share/keyrings/x.gpg] http://repo.example.com/ stable main" > /etc/apt/sources.list.d/x.list
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
