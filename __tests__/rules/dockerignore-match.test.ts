import { cleanPath, compileIgnore, globMatches, ignoredBy } from '../../src/knowledge/dockerignore-match.js';

describe('dockerignore matching', () => {
  it('cleans paths as the builder does', () => {
    expect(cleanPath('./a//b/../c/')).toBe('a/c');
    expect(cleanPath('')).toBe('.');
    expect(cleanPath('/x/./y')).toBe('/x/y');
    expect(cleanPath('../a')).toBe('../a');
  });

  it('matches *, ?, classes, escapes and ** within and across segments', () => {
    expect(globMatches('*.md', 'README.md')).toBe(true);
    expect(globMatches('*.md', 'docs/README.md')).toBe(false);
    expect(globMatches('**/*.md', 'docs/a/README.md')).toBe(true);
    expect(globMatches('**/*.md', 'README.md')).toBe(true);
    expect(globMatches('docs/**', 'docs/a/b')).toBe(true);
    expect(globMatches('file?.txt', 'file1.txt')).toBe(true);
    expect(globMatches('file?.txt', 'file/.txt')).toBe(false);
    expect(globMatches('[a-c]x', 'bx')).toBe(true);
    expect(globMatches('[^a-c]x', 'bx')).toBe(false);
    expect(globMatches('\\*x', '*x')).toBe(true);
    expect(globMatches('*/tmp/*', './tmp/a')).toBe(true);
  });

  it('excludes by parent directory and re-includes with !, the last matching pattern winning', () => {
    const p = compileIgnore([
      '# comment',
      'node_modules',
      '*.log',
      '!keep.log',
      '/build/',
      'secrets',
      '!secrets/public.pem',
    ]);
    expect(ignoredBy(p, 'node_modules/x/index.js')?.source).toBe('node_modules');
    expect(ignoredBy(p, 'app.log')?.source).toBe('*.log');
    expect(ignoredBy(p, 'keep.log')).toBeUndefined();
    expect(ignoredBy(p, 'build/out.bin')?.source).toBe('/build/');
    expect(ignoredBy(p, 'secrets/private.pem')?.source).toBe('secrets');
    expect(ignoredBy(p, 'secrets/public.pem')).toBeUndefined();
    expect(ignoredBy(p, 'src/main.go')).toBeUndefined();
  });

  it('stays fast on patterns built to backtrack', () => {
    const pattern = '*a*a*a*a*a*a*a*a*a*a*a*b';
    const file = 'a'.repeat(200);
    expect(globMatches(pattern, file)).toBe(false);
  });
});
