import { dedent, lint } from '../../helpers/rule-tester.js';
import type { Reported } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/apt-no-install-recommends';

/** The text after the finding's fix (the shared helper applies edits last to first). */
const applyFix = (text: string, f: Reported): string => applyEdits(text, f.fix?.edits ?? []);

describe(ID, () => {
  it('reports apt-get install without --no-install-recommends and fixes it', () => {
    const text = 'FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get install -y curl=8.5\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 3, column: 5, endLine: 3, endColumn: 32 });
    expect(applyFix(text, out[0])).toBe(
      'FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get install --no-install-recommends -y curl=8.5\n',
    );
  });

  it('accepts the flag anywhere, and the apt option that turns recommends off', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get --no-install-recommends install -y a
      RUN apt-get install -y a --no-install-recommends
      RUN apt-get install -y -o APT::Install-Recommends=false a
      RUN apt-get install -y -o APT::Install-Recommends=0 a
      RUN apt-get update
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('accepts an earlier RUN that turned recommends off in the apt configuration', () => {
    const text = dedent(`
      FROM debian:12 AS base
      RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends
      FROM base
      RUN apt-get install -y a
    `);
    expect(lint(ID, text)).toEqual([]);
    // …but not when the configuration comes later.
    const later = dedent(`
      FROM debian:12
      RUN apt-get install -y a
      RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends
    `);
    expect(lint(ID, later)).toHaveLength(1);
  });

  it('checks apt install, heredocs and ONBUILD', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt install -y a
      COPY <<EOF /etc/motd
      apt-get install -y not-a-script
      EOF
      RUN <<EOF
      apt-get install -y b
      EOF
      ONBUILD RUN apt-get install -y c
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2, 7, 9]);
  });
});
