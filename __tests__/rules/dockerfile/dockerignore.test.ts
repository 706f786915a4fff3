import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/dockerignore';
const ignore = { path: '.dockerignore', patterns: ['.git', 'node_modules'] };

describe(ID, () => {
  const text = dedent(`
    FROM node:20 AS build
    WORKDIR /app
    COPY package.json package-lock.json ./
    RUN npm ci
    COPY . .
    ADD . /again
  `);

  it('reports the first wholesale copy when there is no ignore file', () => {
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 5, column: 6, endColumn: 7 });
    expect(found[0].message).toContain('Dockerfile.dockerignore');
  });

  it('names the Dockerfile-specific ignore file after the Dockerfile', () => {
    const found = lint(ID, text, {}, { path: 'docker/api.Dockerfile' });
    expect(found[0].message).toContain('api.Dockerfile.dockerignore');
  });

  it('accepts a file with an ignore file', () => {
    expect(lint(ID, text, {}, { dockerignore: ignore })).toEqual([]);
    expect(lint(ID, text, {}, { dockerignore: { path: 'Dockerfile.dockerignore', patterns: [] } })).toEqual(
      [],
    );
  });

  it('accepts copies of named files, copies from stages and heredocs', () => {
    const t = dedent(`
      FROM node:20 AS build
      COPY src/ /app/src/
      FROM node:20-slim
      COPY --from=build /app .
      COPY <<EOF /app/.env
      A=1
      EOF
    `);
    expect(lint(ID, t)).toEqual([]);
  });

  it('recognises ./, * and JSON-form sources', () => {
    expect(lint(ID, 'FROM alpine:3.20\nCOPY ./ /app/\n')).toHaveLength(1);
    expect(lint(ID, 'FROM alpine:3.20\nCOPY * /app/\n')).toHaveLength(1);
    const json = lint(ID, 'FROM alpine:3.20\nCOPY [".", "/app"]\n');
    expect(json).toHaveLength(1);
    expect(json[0].line).toBe(2);
  });
});
