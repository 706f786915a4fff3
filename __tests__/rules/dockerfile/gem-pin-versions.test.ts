import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/gem-pin-versions';

describe(ID, () => {
  it('reports gems without a version, with the range of the gem words', () => {
    const out = lint(ID, 'FROM ruby:3.3\nRUN gem install --no-document bundler:2.5.6 rails\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 45, endLine: 2, endColumn: 50 });
    expect(out[0].message).toContain('`rails`');
  });

  it('accepts name:version, -v/--version, Gemfile installs and local .gem files', () => {
    const text = dedent(`
      FROM ruby:3.3
      RUN gem install bundler:2.5.6
      RUN gem install rails -v 7.1.3
      RUN gem install rails --version=7.1.3
      RUN gem install -g Gemfile
      RUN gem install ./pkg/tool-1.0.gem
      RUN gem update --system
      RUN gem install -i /usr/local/bundle -n /usr/local/bin rake:13.1.0
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('counts versions from ARG/ENV as pinned', () => {
    const text = dedent(`
      FROM ruby:3.3
      ARG BUNDLER_VERSION
      RUN gem install "bundler:\${BUNDLER_VERSION}"
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks heredocs and ONBUILD', () => {
    const text = dedent(`
      FROM ruby:3.3
      RUN <<EOF
      gem install rake
      EOF
      ONBUILD RUN gem install foreman
    `);
    expect(lint(ID, text).map((f) => [f.line, f.column])).toEqual([
      [3, 13],
      [5, 25],
    ]);
  });
});
