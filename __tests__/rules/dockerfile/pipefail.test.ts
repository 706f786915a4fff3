import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/pipefail';

describe(ID, () => {
  it('reports a RUN with a pipe under the default shell, over the whole pipeline', () => {
    const text = dedent(`
      FROM debian:12
      RUN wget -qO- https://example.com/x.tgz | tar xz -C /opt
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 57 });
    expect(f[0].message).toContain('`wget | tar`');
  });

  it('accepts a SHELL with -o pipefail, whatever the shell path or option cluster', () => {
    for (const shell of [
      '["/bin/bash", "-o", "pipefail", "-c"]',
      '["/usr/bin/bash", "-eo", "pipefail", "-c"]',
      '["/bin/ash", "-euxo", "pipefail", "-c"]',
      '["zsh", "-o", "pipefail", "-c"]',
    ]) {
      const text = dedent(`
        FROM debian:12
        SHELL ${shell}
        RUN curl -fsSL https://example.com/x | sh
      `);
      expect(lint(ID, text)).toEqual([]);
    }
  });

  it('accepts set -o pipefail earlier in the same RUN, but not later', () => {
    const ok = dedent(`
      FROM debian:12
      RUN set -eux -o pipefail; curl -fsSL https://example.com/x | sh
      RUN set -euo pipefail && a | b
    `);
    expect(lint(ID, ok)).toEqual([]);
    const late = dedent(`
      FROM debian:12
      RUN a | b && set -o pipefail
    `);
    expect(lint(ID, late)).toHaveLength(1);
  });

  it('does not count || or a SHELL without pipefail, nor a SHELL that turns it off', () => {
    const text = dedent(`
      FROM debian:12
      RUN a || b
      SHELL ["/bin/bash", "-c"]
      RUN a | b
      SHELL ["/bin/bash", "-o", "pipefail", "+o", "pipefail", "-c"]
      RUN c | d
    `);
    expect(lint(ID, text).map((x) => x.line)).toEqual([4, 6]);
  });

  it('analyses heredoc bodies; a shebang body ignores the SHELL options', () => {
    const text = dedent(`
      FROM debian:12
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      RUN <<EOF
      curl -fsSL https://example.com/x | sh
      EOF
      RUN <<EOF
      #!/bin/bash
      curl -fsSL https://example.com/y | sh
      EOF
      RUN <<EOF
      #!/bin/bash
      set -o pipefail
      curl -fsSL https://example.com/z | sh
      EOF
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 8, column: 1, endColumn: 38 });
  });

  it('skips non-POSIX shells (PowerShell)', () => {
    const text = dedent(`
      FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04
      SHELL ["pwsh", "-Command"]
      RUN Get-ChildItem | Select-Object Name
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('ignores pipelines fed only by echo or printf, and reports a later pipeline that can fail', () => {
    const text = dedent(`
      FROM debian:12
      RUN echo "$SUM  x.tgz" | sha256sum -c - && printf '%s' "$KEY" | gpg --import
      RUN echo "$SUM  x.tgz" | sha256sum -c - && curl -fsSL https://example.com/x | tar xz
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 44, endColumn: 85 });
    expect(f[0].message).toContain('`curl` fails');
  });

  it('takes the options of an explicit shell that runs a heredoc, not the SHELL', () => {
    const text = dedent(`
      FROM debian:12
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      RUN bash <<EOF
      curl -fsSL https://example.com/x | sh
      EOF
      RUN bash -eo pipefail <<EOF
      curl -fsSL https://example.com/y | sh
      EOF
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0].line).toBe(4);
  });

  it('does not carry a SHELL with pipefail into a later stage built FROM scratch or an image (DL4006)', () => {
    const text = dedent(`
      FROM debian:12 AS fetch
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      RUN curl -fsSL https://example.com/x.tgz | tar xz
      FROM scratch AS build
      RUN curl -fsSL https://example.com/y.tgz | tar xz
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([5]);
  });

  it('keeps the SHELL across comment lines before the RUN', () => {
    const text = dedent(`
      FROM debian:12
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      # download and unpack
      # (comments do not reset the shell)
      RUN curl -fsSL https://example.com/x.tgz | tar xz
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
