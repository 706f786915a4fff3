import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/npm-pin-versions';

describe(ID, () => {
  it('reports named packages without a version, with the range of the package words', () => {
    const out = lint(ID, 'FROM node:20\nRUN npm install -g typescript@5.4.5 nodemon\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 37, endLine: 2, endColumn: 44 });
    expect(out[0].message).toContain('`nodemon@<version>`');
  });

  it('treats moving dist-tags as unpinned and handles scoped packages', () => {
    const text = dedent(`
      FROM node:20
      RUN npm i -g npm@latest @angular/cli
      RUN npm add @scope/pkg@1.2.3
    `);
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 14, endColumn: 37 });
    expect(out[0].message).toMatch(/`npm@latest`, `@angular\/cli`/);
    expect(out[0].message).toContain('`npm@<version>`');
  });

  it('accepts npm install without packages, option values, local paths, tarballs and pinned git refs', () => {
    const text = dedent(`
      FROM node:20
      RUN npm install --unsafe-perm
      RUN npm install --loglevel verbose
      RUN npm ci --omit dev
      RUN npm install --registry https://registry.example.com sax@0.1.1
      RUN npm install --global nodemon@"2.0.16" --registry https://registry.npmjs.org/
      RUN npm install /app ./local ../sibling pkg-1.0.0.tgz https://example.com/pkg.tgz
      RUN npm install github:o/r#v1.0.0 o/r#abc123 git+https://github.com/o/r.git#v2
      RUN npm run install
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports git references without a commit-ish', () => {
    const out = lint(ID, 'FROM node:20\nRUN npm install expressjs/express\n');
    expect(out).toHaveLength(1);
  });

  it('counts versions from ARG/ENV as pinned', () => {
    const text = dedent(`
      FROM node:20
      ARG PNPM_VERSION
      ENV YARN_VERSION=1.22.22
      RUN npm install -g pnpm@\${PNPM_VERSION} "yarn@$YARN_VERSION"
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks heredocs and ONBUILD', () => {
    const text = dedent(`
      FROM node:20
      RUN <<EOF
      npm install -g pm2
      EOF
      ONBUILD RUN npm install left-pad
    `);
    expect(lint(ID, text).map((f) => [f.line, f.column])).toEqual([
      [3, 16],
      [5, 25],
    ]);
  });
});
