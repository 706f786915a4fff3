import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../../helpers/cli.js';
import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/secrets-in-instructions';
const GHP = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';

describe(ID, () => {
  it('reports tokens in RUN arguments and headers, masking them', () => {
    const text = dedent(`
      FROM alpine:3.20
      RUN curl -fsSL -H "Authorization: token ${GHP}" https://api.github.com/repos/acme/app/tarball -o app.tgz
      RUN curl -H "Authorization: Bearer $GITHUB_TOKEN" https://example.com
      RUN git clone https://deploy:s3cr3tPassw0rd@git.example.com/acme/app.git
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([2, 4]);
    expect(out[0].message).toContain(
      'the Authorization header holds a credential written out (ghp_…(40 characters))',
    );
    expect(out[1].message).toContain('a URL with an embedded password');
    for (const f of out) {
      expect(f.message).not.toContain(GHP);
      expect(f.message).not.toContain('s3cr3tPassw0rd');
    }
  });

  it('reports NAME=secret assignments before a command and in export, not references', () => {
    const text = dedent(`
      FROM alpine:3.20
      RUN NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789 npm publish
      RUN export DB_PASSWORD=Sup3rS3cretValue && ./migrate
      RUN NPM_TOKEN=$NPM_TOKEN npm publish && DEBIAN_FRONTEND=noninteractive apt-get install -y curl
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([2, 3]);
    expect(out[1].message).toMatch(
      /^RUN sets DB_PASSWORD to a credential written out \(Sup3…\(16 characters\)\)/,
    );
  });

  it('reports LABEL values and COPY of secret files', () => {
    const text = dedent(`
      FROM alpine:3.20
      LABEL org.opencontainers.image.source=https://github.com/acme/app api_token=${GHP}
      COPY id_rsa /root/.ssh/id_rsa
      COPY .env ./
      COPY .env.example ./
      COPY --from=build /out/server.key /etc/ssl/
      COPY certs/ca.pem /etc/ssl/certs/
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([2, 3, 4]);
    expect(out[0].message).not.toContain(GHP);
    expect(out[1].message).toContain('copies an SSH private key');
  });
});

describe(`${ID} and dockerfile/secrets-in-arg-env: the text report hides the value`, () => {
  const AWS_SECRET = 'wQ9' + 'xZ3+kP7/mN2'.repeat(3) + 'Lr5Tq8v';
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lg-df-secrets-'));
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      [
        'FROM alpine:3.20',
        `ENV AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`,
        `RUN curl -H "Authorization: token ${GHP}" https://api.github.com/user`,
        `LABEL deploy.token=${GHP}`,
        '',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the source lines with the credentials replaced by stars', async () => {
    const { stdout } = await cli(dir, 'check', '--format', 'text', '--shellcheck', 'off');
    expect(stdout).toContain('dockerfile/secrets-in-arg-env');
    expect(stdout).toContain(ID);
    expect(stdout).not.toContain(GHP.slice(0, 12));
    expect(stdout).not.toContain(AWS_SECRET.slice(0, 12));
    expect(stdout).toContain(`ENV AWS_SECRET_ACCESS_KEY=${'*'.repeat(AWS_SECRET.length)}`);
    expect(stdout).toContain(`LABEL deploy.token=${'*'.repeat(GHP.length)}`);
  });
});
