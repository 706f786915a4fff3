import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/copy-ignored-file';
const ignore = (...patterns: string[]) => ({ dockerignore: { path: '.dockerignore', patterns } });

describe(ID, () => {
  it('reports copying a file .dockerignore excludes (BuildKit docs)', () => {
    const out = lint(ID, 'FROM scratch\nCOPY ./tmp/helloworld.txt /helloworld.txt\n', {}, ignore('*/tmp/*'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 6, endLine: 2, endColumn: 26 });
    expect(out[0].message).toContain(
      'Attempting to Copy file "./tmp/helloworld.txt" that is excluded by .dockerignore',
    );
  });

  it('accepts a file the patterns do not exclude (BuildKit docs good example)', () => {
    expect(
      lint(ID, 'FROM scratch\nCOPY ./forever/helloworld.txt /helloworld.txt\n', {}, ignore('*/tmp/*')),
    ).toEqual([]);
  });

  it('reports COPY and ADD of the context (BuildKit testCopyIgnoredFiles)', () => {
    const out = lint(
      ID,
      '\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n',
      {},
      ignore('Dockerfile'),
    );
    expect(out.map((f) => [f.line, f.message.split(' that')[0]])).toEqual([
      [3, 'Attempting to Copy file "Dockerfile"'],
      [4, 'Attempting to Add file "Dockerfile"'],
    ]);
  });

  it('ignores COPY --from, which does not read the context (BuildKit testCopyIgnoredFiles)', () => {
    const text = dedent(`
      FROM scratch AS base
      COPY Dockerfile /foobar
      ADD Dockerfile /windy

      FROM base
      COPY --from=base /foobar /Dockerfile
    `);
    expect(lint(ID, text, {}, ignore('foobar'))).toEqual([]);
  });

  it('applies directory patterns, ** and ! exceptions as the builder does', () => {
    const text = dedent(`
      FROM alpine
      COPY . /app
      COPY src/index.js /app/
      COPY secrets/key.pem /app/
      COPY docs/a/b/c.md /app/
      ADD https://example.com/x.tgz /tmp/
    `);
    const out = lint(ID, text, {}, ignore('*', '!src', '!docs', 'secrets', '**/*.md'));
    expect(out.map((f) => f.line)).toEqual([4, 5]);
  });

  it('does nothing without a .dockerignore', () => {
    expect(lint(ID, 'FROM alpine\nCOPY Dockerfile .\n')).toEqual([]);
  });
});
