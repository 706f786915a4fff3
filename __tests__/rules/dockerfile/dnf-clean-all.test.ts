import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/dnf-clean-all';

describe(ID, () => {
  it('reports dnf install without dnf clean all', () => {
    const text = dedent(`
      FROM fedora:40
      RUN dnf install -y nginx-1.24.0 \\
          && rm -rf /tmp/x
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endColumn: 16 });
    expect(f[0].message).toContain('dnf clean all');
    expect(f[0].fix!.edits[0]).toEqual({
      range: { line: 3, column: 21, endLine: 3, endColumn: 21 },
      text: ' && dnf clean all',
    });
  });

  it('reports microdnf and dnf upgrade, suggesting the same tool', () => {
    const text = dedent(`
      FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
      RUN microdnf update -y
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0].fix!.edits[0].text).toBe(' && microdnf clean all');
  });

  it('accepts clean all, rm -rf /var/cache/dnf and cache mounts', () => {
    const text = dedent(`
      FROM fedora:40
      RUN dnf install -y a-1 && dnf clean all
      RUN microdnf install b-1 && microdnf clean all
      RUN dnf5 install -y c-1 && rm -rf /var/cache/libdnf5
      RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf install -y d-1
      RUN dnf install -y e-1 && rm -rf /var/cache/*
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('needs the clean-up after the last install of the RUN', () => {
    const text = dedent(`
      FROM fedora:40
      RUN microdnf clean all && microdnf update -y && microdnf install -y x-1
    `);
    expect(lint(ID, text)).toHaveLength(1);
  });

  it('ignores dnf commands that install nothing', () => {
    const text = dedent(`
      FROM fedora:40
      RUN dnf makecache && dnf remove -y x && dnf list
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('accepts a cache mount over the cache of the tool in use (tdnf on Azure Linux) and names it', () => {
    const mounted = dedent(`
      FROM mcr.microsoft.com/azurelinux/base/core:3.0
      RUN --mount=type=cache,target=/var/cache/tdnf tdnf install -y ca-certificates
    `);
    expect(lint(ID, mounted)).toEqual([]);
    const bare = lint(ID, 'FROM photon:5.0\nRUN tdnf install -y curl\n');
    expect(bare).toHaveLength(1);
    expect(bare[0].message).toContain('target=/var/cache/tdnf');
  });
});
