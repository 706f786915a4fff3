import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../../helpers/cli.js';
import { at, dedent, lintRuntime, specs } from '../../runtime/helpers.js';
import { secretValueKind } from '../../../src/knowledge/secrets.js';

const ID = 'runtime/env-secrets';

// Credential-shaped values built at run time, so that this file holds no token a scanner would flag.
const GH_TOKEN = 'ghp_' + 'a1B2c3D4e5'.repeat(4).slice(0, 36);
const AWS_KEY_ID = 'AKIA' + 'Q7ZL3M5N2P4R6T8V';
const AWS_SECRET = 'wQ9' + 'xZ3+kP7/mN2'.repeat(3) + 'Lr5Tq8v'; // 43 characters, mixed: generated-looking
const PEM_B64 = Buffer.from('-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIPRGWwLh75nNXnkk37zDfN8o\n').toString(
  'base64',
);

describe(`${ID}: compose`, () => {
  const compose = dedent(`
    services:
      db:
        image: postgres:16
        env_file: .env
        environment:
          POSTGRES_PASSWORD: postgres
          AWS_SECRET_ACCESS_KEY: ${AWS_SECRET}
          GITHUB_TOKEN: "${GH_TOKEN}"
          POSTGRES_USER: app
          DB_PASSWORD: \${DB_PASSWORD}
          API_TOKEN: $API_TOKEN
          ADMIN_PASSWORD: changeme
          SMTP_PASSWORD: ""
          EXAMPLE_SECRET: example
          SLACK_TOKEN: <token>
          POSTGRES_PASSWORD_FILE: /run/secrets/db_password
          PASSTHROUGH_TOKEN:
          MYSQL_ALLOW_EMPTY_PASSWORD: "yes"
  `);

  it('reports literal credentials in the map form, on the value, and keeps references quiet', () => {
    const f = lintRuntime(ID, 'compose', compose);
    expect(at(f)).toEqual(['6:26', '7:30', '8:21']);
    expect(f.map((x) => x.severity)).toEqual(['warning', undefined, undefined]);
    // The range covers the value exactly (quotes included), on its line.
    expect(f[1]).toMatchObject({ line: 7, endLine: 7, endColumn: 30 + AWS_SECRET.length });
    expect(f[2].message).toMatch(
      /GITHUB_TOKEN: its value looks like a GitHub token\. Its value is written out/,
    );
    expect(f[0].message).toMatch(/reads like a demo or default password/);
    expect(f[0].message).toMatch(/\$\{POSTGRES_PASSWORD\}.*\.env.*secrets:/);
    expect(f.every((x) => x.redact && x.redact.line === x.line)).toBe(true);
  });

  it('never quotes the value', () => {
    for (const x of lintRuntime(ID, 'compose', compose)) {
      expect(x.message).not.toContain(GH_TOKEN.slice(4, 12));
      expect(x.message).not.toContain(AWS_SECRET.slice(0, 6));
      expect(x.message).not.toContain('postgres\u0020');
    }
  });

  it('reads the list form, quoted items and pass-through names', () => {
    const text = dedent(`
      services:
        app:
          image: app:1
          environment:
            - API_TOKEN=${GH_TOKEN}
            - "DB_PASSWORD=hunter2"
            - SECRET_KEY
            - WIREGUARD_PRIVATE_KEY='<PRIVKEY>'
            - ADMIN_PASSWORD=\${ADMIN_PASSWORD:-admin}
            - SESSION_SECRET=\${SESSION_SECRET:-${AWS_SECRET}}
            - LOG_LEVEL=debug
    `);
    const f = lintRuntime(ID, 'compose', text);
    expect(at(f)).toEqual(['5:19', '6:22', '10:24']);
    expect(f[0]).toMatchObject({ endColumn: 19 + GH_TOKEN.length });
    expect(f[1]).toMatchObject({ severity: 'warning', endColumn: 29 });
    // A typed fallback is quiet; a generated-looking one ships a working secret.
    expect(f[2].message).toMatch(/Its default value is written out/);
    const env = specs('compose', text)[0].env;
    expect(env.map((e) => `${e.name}:${e.source}`)).toEqual([
      'API_TOKEN:literal',
      'DB_PASSWORD:literal',
      'SECRET_KEY:passthrough',
      'WIREGUARD_PRIVATE_KEY:literal',
      'ADMIN_PASSWORD:default',
      'SESSION_SECRET:default',
      'LOG_LEVEL:literal',
    ]);
  });

  it('ignores environment: values compose does not accept, and reads aliased items', () => {
    const text = dedent(`
      x-token: &token API_TOKEN=${GH_TOKEN}
      services:
        a: {image: a:1, environment: "oops"}
        b:
          image: b:1
          environment:
            - *token
            - 42
    `);
    const [a, b] = specs('compose', text);
    expect(a.env).toEqual([]);
    expect(b.env.map((e) => [e.name, e.source, e.range.line])).toEqual([['API_TOKEN', 'literal', 7]]);
    expect(at(lintRuntime(ID, 'compose', text))).toEqual(['7:9']);
  });

  it('weakValues sets the severity of typed demo passwords, or drops them', () => {
    expect(lintRuntime(ID, 'compose', compose, { weakValues: 'off' }).map((x) => x.line)).toEqual([7, 8]);
    expect(lintRuntime(ID, 'compose', compose, { weakValues: 'error' })[0].severity).toBe('error');
  });

  it('reports a credential in an anchored environment once, where it is written', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'layerguard-env-secrets-'));
    try {
      writeFileSync(
        path.join(dir, 'compose.yaml'),
        [
          'x-env: &env',
          `  API_TOKEN: ${GH_TOKEN}`,
          'services:',
          '  a: {image: a:1, environment: *env}',
          '  b: {image: b:1, environment: {<<: *env, LEVEL: debug}}',
          '',
        ].join('\n'),
      );
      const { stdout } = await cli(dir, 'check', '--format', 'json');
      const found = JSON.parse(stdout).findings.filter((x: { ruleId: string }) => x.ruleId === ID);
      expect(found.map((x: { line: number; column: number }) => `${x.line}:${x.column}`)).toEqual(['2:14']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds a base64-encoded private key whatever the name', () => {
    const text = `services:\n  idp:\n    image: idp:1\n    environment:\n      SIGNING_KEY: ${PEM_B64}\n`;
    const f = lintRuntime(ID, 'compose', text);
    expect(f.map((x) => x.message)).toEqual([
      expect.stringContaining('looks like a PEM private key (base64-encoded)'),
    ]);
    expect(
      secretValueKind(Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB' + 'A'.repeat(40)).toString('base64')),
    ).toBe(null);
  });
});

describe('secretValueKind', () => {
  it('knows every credential shape, inside a longer word too', () => {
    const alnum = (n: number) => 'aB3dE5gH7j'.repeat(10).slice(0, n);
    const upper = (n: number) => 'AB3DE5GH7J'.repeat(10).slice(0, n);
    const kinds: [string, string][] = [
      ['-----BEGIN EC PRIVATE KEY-----', 'a PEM private key'],
      [`ghs_${alnum(36)}`, 'a GitHub token'],
      [`github_pat_${alnum(40)}`, 'a GitHub fine-grained personal access token'],
      [`glpat-${alnum(20)}`, 'a GitLab personal access token'],
      [`ANPA${upper(16)}`, 'an AWS access key ID'],
      [`xoxr-${alnum(12)}`, 'a Slack token'],
      [`xapp-1-${alnum(12)}`, 'a Slack app token'],
      [`rk_test_${alnum(16)}`, 'a Stripe secret key'],
      [`npm_${alnum(36)}`, 'an npm access token'],
      [`pypi-${alnum(50)}`, 'a PyPI API token'],
      [`AIza${alnum(35)}`, 'a Google API key'],
      [`sk-ant-${alnum(32)}`, 'an OpenAI/Anthropic API key'],
      [`SG.${alnum(22)}.${alnum(43)}`, 'a SendGrid API key'],
      [`eyJ${alnum(12)}.eyJ${alnum(12)}.${alnum(12)}`, 'a JSON Web Token'],
      [PEM_B64, 'a PEM private key (base64-encoded)'],
    ];
    for (const [value, what] of kinds) {
      expect([value, secretValueKind(value)]).toEqual([value, what]);
      expect([value, secretValueKind(`--token=${value}`)]).toEqual([value, what]);
    }
    expect(secretValueKind('--build-arg=VERSION=1.2.3')).toBe(null);
  });
});

describe(`${ID}: docker and podman run`, () => {
  it('reads -e, --env and --env=, in scripts, with the value range', () => {
    const script = [
      `docker run -d -e API_TOKEN=${GH_TOKEN} \\`,
      `  --env AWS_ACCESS_KEY_ID=${AWS_KEY_ID} \\`,
      `  --env=DB_PASSWORD=hunter2 -e "AWS_SECRET_ACCESS_KEY=${AWS_SECRET}" \\`,
      '  -e TOKEN=$TOKEN -e "PASS=${PASS}" -e GITHUB_TOKEN -e LEVEL=debug app:1',
      `podman run --rm -e NPM_TOKEN=${'npm_' + 'x7Y8z9A0b1'.repeat(4).slice(0, 36)} node:22 npm publish`,
      `echo docker run -e API_TOKEN=${GH_TOKEN} app`,
    ].join('\n');
    const f = lintRuntime(ID, 'sh', script);
    expect(at(f)).toEqual(['1:28', '2:27', '3:21', '3:55', '5:30']);
    expect(f[2].severity).toBe('warning');
    expect(f[3]).toMatchObject({ endColumn: 55 + AWS_SECRET.length });
    expect(f[0].message).toMatch(/^API_TOKEN: .*-e API_TOKEN/);
    expect(f[4].message).toMatch(/^NPM_TOKEN: its value looks like an npm access token/);
  });

  it('reads the short forms -e=K=V and -eK=V; --env-file and --env-host are not variables', () => {
    const s = specs(
      'sh',
      `docker run -e=DB_PASSWORD=hunter2 -eAPI_TOKEN=${GH_TOKEN} --env-file .env -e ENV_FILE=x app:1\npodman run --env-host app:1\n`,
    );
    expect(s[0].env.map((e) => [e.name, e.source, e.value, e.range.column])).toEqual([
      ['DB_PASSWORD', 'literal', 'hunter2', 27],
      ['API_TOKEN', 'literal', GH_TOKEN, 47],
      ['ENV_FILE', 'literal', 'x', 116],
    ]);
    expect(s[1].env).toEqual([]);
  });

  it('maps Makefile recipes to their lines; $$VAR is a reference', () => {
    const make = `deploy:\n\t@docker run --rm \\\n\t\t-e DEPLOY_TOKEN=$$DEPLOY_TOKEN \\\n\t\t-e SLACK_TOKEN=${'xoxb-' + '1234567890-abcdefABCDEF'} app\n`;
    expect(at(lintRuntime(ID, 'make', make))).toEqual(['4:18']);
  });
});

describe(`${ID}: GitHub workflows`, () => {
  const workflow = dedent(`
    on: push
    env:
      REGISTRY_PASSWORD: hunter2-but-longer-Passw0rd
      REGISTRY: ghcr.io
    jobs:
      test:
        runs-on: ubuntu-latest
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
          CACHE_KEY: \${{ env.CACHE_KEY }}
          SONAR_TOKEN: ${GH_TOKEN}
        container:
          image: node:22
          env:
            DATABASE_URL: postgres://app:S3cr3t-Passw0rd-X9@db/app
        services:
          db:
            image: postgres:16
            env:
              POSTGRES_PASSWORD: postgres
        steps:
          - name: Deploy
            env:
              AWS_ACCESS_KEY_ID: ${AWS_KEY_ID}
              AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
            run: |
              docker run --rm -e AWS_ACCESS_KEY_ID -e API_KEY=${GH_TOKEN} deployer:1
          - uses: actions/checkout@v4
            env:
              TOKEN: "\${{ github.token }}"
  `);

  it('reads env at workflow, job and step level, and in job and service containers', () => {
    const f = lintRuntime(ID, 'workflow', workflow);
    expect(f.map((x) => `${x.line}:${x.column} ${x.container}`)).toEqual([
      '3:22 workflow env',
      '11:20 job test: env',
      '15:23 job test: container',
      '20:30 job test: service db',
      '24:30 job test, step "Deploy": env',
      '27:59 docker run deployer:1',
    ]);
    expect(f[0].message).toMatch(/^REGISTRY_PASSWORD: .*\$\{\{ secrets\.REGISTRY_PASSWORD \}\}/);
    expect(f[4].message).toMatch(/^AWS_ACCESS_KEY_ID: .*\$\{\{ secrets\.AWS_ACCESS_KEY_ID \}\}/);
    // A run step's container: pass the variable through from the step's env.
    expect(f[5].message).toMatch(
      /`-e API_KEY`, with `API_KEY: \$\{\{ secrets\.API_KEY \}\}` under the step's `env:`/,
    );
    expect(f[2].message).toMatch(/^DATABASE_URL: its value looks like a URL with an embedded password/);
    expect(f[3].severity).toBe('warning');
  });

  it('env blocks are not containers: no other rule fires on them, and they are not counted as containers', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'layerguard-env-secrets-'));
    try {
      mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
      writeFileSync(
        path.join(dir, '.github/workflows/ci.yml'),
        `on: push\nenv:\n  API_TOKEN: ${GH_TOKEN}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env: {LEVEL: debug}\n    steps:\n      - run: make\n`,
      );
      const strict = await cli(dir, 'check', '--policy', 'builtin:strict', '--format', 'json');
      const json = JSON.parse(strict.stdout);
      expect(json.findings.map((x: { ruleId: string; line: number }) => `${x.ruleId}:${x.line}`)).toEqual([
        `${ID}:3`,
      ]);
      expect(json.targets[0].stats.containers).toBe(0);
      // Custom asserts about containers do not see env blocks; asserts about `env` do.
      writeFileSync(
        path.join(dir, 'policy.yml'),
        [
          'extends: [builtin:recommended]',
          'customRules:',
          '  - id: custom/memory',
          '    kind: assert',
          '    path: memory',
          '    operator: exists',
          '    message: set a memory limit',
          '  - id: custom/no-api-token',
          '    kind: assert',
          '    path: env[*].name',
          '    operator: notIn',
          '    value: [API_TOKEN]',
          '    message: "{value} is retired"',
          '',
        ].join('\n'),
      );
      const custom = await cli(dir, 'check', '.github', '--policy', 'policy.yml', '--format', 'json');
      expect(
        JSON.parse(custom.stdout).findings.map(
          (x: { ruleId: string; line: number }) => `${x.ruleId}:${x.line}`,
        ),
      ).toEqual(['custom/no-api-token:3', `${ID}:3`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe(`${ID}: Kubernetes`, () => {
  it('reports value:, never valueFrom:, $(VAR) expansions or envFrom', () => {
    const manifest = dedent(`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api}
      spec:
        template:
          spec:
            containers:
              - name: api
                image: api:1
                envFrom:
                  - secretRef: {name: api-env}
                env:
                  - name: DB_PASSWORD
                    value: "rootpasswd"
                  - name: STRIPE_KEY
                    value: ${'sk_live_' + 'Zx81Qw27Er36Ty45Ui'}
                  - name: API_TOKEN
                    valueFrom:
                      secretKeyRef: {name: api, key: token}
                  - name: DATABASE_URL
                    value: postgres://app:$(DB_PASSWORD)@db/app
                  - name: MODE
                    value: production
    `);
    const f = lintRuntime(ID, 'kubernetes', manifest);
    expect(at(f)).toEqual(['14:22', '16:22']);
    expect(f[0].severity).toBe('warning');
    expect(f[1].message).toMatch(/^STRIPE_KEY: its value looks like a Stripe secret key.*secretKeyRef/);
    expect(specs('kubernetes', manifest)[0].env.map((e) => e.source)).toEqual([
      'literal',
      'literal',
      'valueFrom',
      'reference',
      'literal',
    ]);
  });
});

describe(`${ID}: container inspect`, () => {
  it('reads Config.Env', () => {
    const json = JSON.stringify(
      [
        {
          Name: '/api',
          Config: { Image: 'api:1', Env: [`API_TOKEN=${GH_TOKEN}`, 'PATH=/usr/bin'] },
          HostConfig: {},
        },
      ],
      null,
      2,
    );
    const f = lintRuntime(ID, 'inspect', json);
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/^API_TOKEN: .*secret store/)]);
  });
});

describe(`${ID}: reports`, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'layerguard-env-secrets-'));
    writeFileSync(
      path.join(dir, 'compose.yaml'),
      [
        'services:',
        '  api:',
        '    image: api:1.2',
        '    environment:',
        `      GITHUB_TOKEN: ${GH_TOKEN}`,
        '      # layerguard ignore=runtime/env-secrets -- local test database only',
        '      POSTGRES_PASSWORD: hunter2',
        '  worker:',
        '    image: worker:1.2',
        '    environment:',
        `      - AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`,
        '',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('masks the value in text, JSON and SARIF output', async () => {
    for (const format of ['text', 'json', 'sarif', 'github', 'markdown']) {
      const { stdout } = await cli(dir, 'check', '--format', format);
      expect(stdout).toContain(ID);
      for (const secret of [GH_TOKEN, AWS_SECRET, 'hunter2']) {
        expect({ format, leaked: stdout.includes(secret.slice(0, 12)) }).toEqual({ format, leaked: false });
      }
    }
    const { stdout } = await cli(dir, 'check', '--format', 'text');
    expect(stdout).toContain(`GITHUB_TOKEN: ${'*'.repeat(GH_TOKEN.length)}`);
    expect(stdout).toContain(`- AWS_SECRET_ACCESS_KEY=${'*'.repeat(AWS_SECRET.length)}`);
  });

  it('honours inline suppressions; the verdict fails on the generated secrets', async () => {
    const { code, stdout } = await cli(dir, 'check', '--format', 'json');
    const json = JSON.parse(stdout);
    const findings = json.findings.filter((x: { ruleId: string }) => x.ruleId === ID);
    expect(
      findings.map((x: { line: number; severity: string; suppressed?: unknown }) => [
        x.line,
        x.severity,
        !!x.suppressed,
      ]),
    ).toEqual([
      [5, 'error', false],
      [7, 'warning', true],
      [11, 'error', false],
    ]);
    expect(code).toBe(1);
  });
});
