import { dedent, lint } from '../../helpers/rule-tester.js';
import type { Reported } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/apt-yes';

/** Applies a finding's fix to the text (edits do not overlap). */
/** The text after the finding's fix (the shared helper applies edits last to first). */
const applyFix = (text: string, f: Reported): string => applyEdits(text, f.fix?.edits ?? []);

describe(ID, () => {
  it('reports apt-get install without -y and fixes it', () => {
    const text = 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl=7.88\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 23, endLine: 2, endColumn: 72 });
    expect(applyFix(text, out[0])).toBe(
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88\n',
    );
  });

  it('accepts -y, --yes, --assume-yes, bundled -yq, -qq, -q=2, --quiet --quiet and the apt setting', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get install -y a
      RUN apt-get --yes install a
      RUN apt-get --assume-yes install a
      RUN apt-get install -yq a
      RUN apt-get -qq install a
      RUN apt-get -q=2 install a
      RUN apt-get --quiet --quiet install a
      RUN apt-get -o APT::Get::Assume-Yes=true install a
      RUN apt-get install a -y
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('does not count a single -q', () => {
    expect(lint(ID, 'FROM debian:12\nRUN apt-get -q install a\n')).toHaveLength(1);
  });

  it('reports other prompting subcommands but not update', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get update && apt-get upgrade && apt-get purge foo && apt-get autoremove -y
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.message.match(/`apt-get (\S+)`/)![1])).toEqual(['upgrade', 'purge']);
    expect(out[0]).toMatchObject({ line: 2, column: 23, endColumn: 38 });
  });

  it('checks heredoc scripts and ONBUILD triggers, and fixes inside heredocs', () => {
    const text = dedent(`
      FROM debian:12
      RUN <<EOF
      apt-get install curl
      EOF
      ONBUILD RUN apt-get install wget
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([3, 5]);
    expect(applyFix(text, out[0])).toContain('apt-get install -y curl');
    expect(applyFix(text, out[1])).toContain('ONBUILD RUN apt-get install -y wget');
  });

  it('offers no fix for exec-form RUN', () => {
    const out = lint(ID, 'FROM debian:12\nRUN ["apt-get", "install", "curl"]\n');
    expect(out).toHaveLength(1);
    expect(out[0].fix).toBeUndefined();
  });
});
