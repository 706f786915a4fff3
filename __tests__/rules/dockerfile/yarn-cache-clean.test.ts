import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/yarn-cache-clean';

describe(ID, () => {
  it('reports yarn install without yarn cache clean, with a fix', () => {
    const text = dedent(`
      FROM node:20-slim
      RUN yarn install --frozen-lockfile
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endColumn: 17 });
    expect(f[0].fix!.edits[0]).toEqual({
      range: { line: 2, column: 35, endLine: 2, endColumn: 35 },
      text: ' && yarn cache clean',
    });
  });

  it('also reports a bare yarn and yarn add', () => {
    const text = dedent(`
      FROM node:20-slim
      RUN yarn --production
      RUN yarn add left-pad@1.3.0
    `);
    expect(lint(ID, text).map((x) => x.line)).toEqual([2, 3]);
  });

  it('accepts yarn cache clean, removing the cache folder, and cache mounts', () => {
    const text = dedent(`
      FROM node:20-slim
      RUN yarn install && yarn cache clean
      RUN yarn install --cache-folder /tmp/yc && rm -rf /tmp/yc
      RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
      RUN yarn install && rm -rf /usr/local/share/.cache
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('needs the clean after the install and ignores other yarn commands', () => {
    const text = dedent(`
      FROM node:20-slim
      RUN yarn cache clean && yarn install
      RUN yarn build && yarn test && yarn --version
    `);
    expect(lint(ID, text).map((x) => x.line)).toEqual([2]);
  });

  it('skips build stages that do not ship', () => {
    const text = dedent(`
      FROM node:20 AS build
      RUN yarn install
      FROM nginx:1.27
      COPY --from=build /app/dist /usr/share/nginx/html
    `);
    expect(lint(ID, text)).toEqual([]);
    expect(lint(ID, text, { onlyShippedStages: false })).toHaveLength(1);
  });
});
