import { dedent, lint } from '../../helpers/rule-tester.js';
import { nameWords, secretLike } from '../../../src/knowledge/secrets.js';

const ID = 'dockerfile/secrets-in-arg-env';

describe('secretLike', () => {
  it.each([
    'AWS_SECRET_ACCESS_KEY',
    'DB_PASSWORD',
    'GITHUB_TOKEN',
    'API_KEY',
    'PRIVATE_KEY',
    'NPM_AUTH_TOKEN',
    'dbPassword',
    'clientSecret',
    'SECRET_KEY_BASE',
    'SSH_KEY',
    'LICENSE_KEY',
    'DB_PASS',
    'COMPOSER_AUTH',
    'passwd',
    'GPG_PRIVATE_KEY',
    'SIGNING_KEY_PASSPHRASE',
    'AWS_ACCESS_KEY_ID',
    'microscannertoken',
    'ROOTPASSWORD',
  ])('flags the name %s on its own', (name) => {
    expect(secretLike(name)).not.toBeNull();
    expect(secretLike(name)!.reason).toContain(name);
  });

  it.each([
    ['X', 'ghp_0123456789abcdefghijABCDEFGHIJ0123456789'],
    ['X', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['CONFIG', 'AKIAIOSFODNN7EXAMPLE'],
    ['CERT', '-----BEGIN RSA PRIVATE KEY-----\nMIIEow…'],
    ['CERT', '-----BEGIN OPENSSH PRIVATE KEY-----'],
    ['CERT', '-----BEGIN PRIVATE KEY-----'],
    ['SLACK', 'xoxb-123456789012-1234567890123-abcdefghijklmnop'],
    ['STRIPE', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['REGISTRY', 'glpat-abcdefghij0123456789'],
    ['DATABASE_URL', 'postgres://app:s3cr3t-pw@db:5432/app'],
  ])('flags %s with a credential-shaped value', (name, value) => {
    expect(secretLike(name, value)?.reason).toMatch(/^its value looks like/);
  });

  it.each([
    ['GITHUB_TOKEN_FILE', undefined],
    ['DB_PASSWORD_FILE', '/run/secrets/db'],
    ['SSH_KEY_PATH', '/root/.ssh/id_ed25519'],
    ['AUTH_URL', 'https://auth.example.com'],
    ['TOKEN_ENDPOINT', undefined],
    ['SECRETS_DIR', '/run/secrets'],
    ['PUBLIC_KEY', undefined],
    ['SSH_PUBLIC_KEY', 'ssh-ed25519 AAAAC3Nza…'],
    ['NEXT_PUBLIC_API_KEY', 'pk_test_abc'],
    ['GPG_KEY', 'A035C8C19219BA821ECEA86B64E628F8D684696D'],
    ['GPG_KEYS', undefined],
    ['APT_KEY', undefined],
    ['GOPRIVATE', 'github.com/acme/*'],
    ['PASSWORD_MIN_LENGTH', '12'],
    ['TOKEN_TTL', '3600'],
    ['SECRET_NAME', 'db-credentials'],
    ['KMS_KEY_ID', 'alias/app'],
    ['AUTH_METHOD', 'token'],
    ['NODE_VERSION', '20.11.1'],
    ['KEYCLOAK_HOST', 'kc'],
    ['CACHE_KEY', 'v1'],
    ['DATABASE_URL', 'postgres://db:5432/app'],
    ['DATABASE_URL', 'postgres://app:${DB_PASSWORD}@db/app'],
    ['PATH', '/usr/local/bin:/usr/bin'],
    ['DB_PASSWORD', ''],
    ['ALLOW_EMPTY_PASSWORD', 'no'],
    ['NGINX_SERVER_TOKENS', 'off'],
    ['SSL_PRIVATE_KEY', '/etc/ssl/private/app.key'],
    ['TRUST_STORE_PASSWORD', '/opt/app/secrets/store.pass'],
    ['OPENVPN_PASSWORD_SECRETFILE', '/run/secrets/openvpn'],
    ['DOCKER_CREDENTIAL_GCR_CONFIG', '/kaniko/.config/gcloud/config.json'],
    ['SWIFT_SIGNING_KEY', 'A62AE125BBBFBB96A6E042EC925CC1CCED3D1561'],
    ['GPG_COUCH_KEY', undefined],
    ['LLVM_KEY', '6084F3CF814B57C1CF12EFD515CF4D18AF4F7421'],
    ['SOLR_KEYS', 'EDF961FF03E647F9CA8A9C2C758051CCA3A13A7F 50E3EE1C91C7E0CB'],
    ['KEY_RPM_DOWNLOAD_SHA256', 'fcf0eab4f05a1c0de6363ac4b707600a27a9d774e9b491059e59e6921b255a84'],
    ['IMAGE_PULL_SECRET', 'regcred'],
    ['Filters__0__Key', 'ProcessId'],
    ['MTP_SECRET', '00000000000000000000000000000000'],
    ['PASSWORD', 'XXXXXXXXXXXXXXXX'],
    ['API_TOKEN', '<your token>'],
    ['COMPOSER_AUTH', '{}'],
  ])('does not flag %s', (name: string, value: string | undefined) => {
    expect(secretLike(name, value)).toBeNull();
  });

  it('needs a real-looking value when the name alone is not conclusive', () => {
    expect(secretLike('KEY')).toBeNull();
    expect(secretLike('KEY', '')).toBeNull();
    expect(secretLike('KEY', 'changeme')).toBeNull();
    expect(secretLike('KEY', '<your-key>')).toBeNull();
    expect(secretLike('KEY', '${KEY}')).toBeNull();
    expect(secretLike('AUTH', 'true')).toBeNull();
    expect(secretLike('KEY', 'f3a9c07e1b2d4c5e8a9b')).not.toBeNull();
  });

  it('flags default passwords and references that copy a build argument into the image', () => {
    expect(secretLike('PASSWORD', 'alpine')).not.toBeNull();
    expect(secretLike('COMPOSER_AUTH', '${COMPOSER_AUTH}')).not.toBeNull();
    expect(secretLike('SSH_KEY', '${SSH_KEY}')).not.toBeNull();
  });

  it('reports the key ID half when its value is a real key ID', () => {
    expect(secretLike('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE')).not.toBeNull();
  });

  it('splits names into words', () => {
    expect(nameWords('dbPassword')).toEqual(['db', 'password']);
    expect(nameWords('AWS_SECRET_ACCESS_KEY')).toEqual(['aws', 'secret', 'access', 'key']);
    expect(nameWords('HTTPProxyURL')).toEqual(['http', 'proxy', 'url']);
  });
});

describe(ID, () => {
  it('reports ARG and ENV names that look like credentials, on the name', () => {
    const text = dedent(`
      ARG GITHUB_TOKEN
      FROM alpine:3.20
      ARG NPM_TOKEN
      ENV DB_PASSWORD=hunter2 APP_PORT=8080
    `);
    const found = lint(ID, text);
    expect(found.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [1, 5, 17],
      [3, 5, 14],
      [4, 5, 16],
    ]);
    expect(found[0].message).toContain('RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN');
    expect(found[2].message).toContain('ENV values are stored in the image config');
  });

  it('reports a credential-shaped value on the value', () => {
    const found = lint(
      ID,
      'FROM alpine:3.20\nENV HELPER_CONFIG=ghp_0123456789abcdefghijABCDEFGHIJ0123456789\n',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 19, endColumn: 63 });
    expect(found[0].message).toContain('GitHub token');
  });

  it('reports legacy ENV form and ONBUILD triggers', () => {
    const found = lint(ID, 'FROM alpine:3.20\nENV API_KEY abc123def456\nONBUILD ARG DEPLOY_TOKEN\n');
    expect(found.map((f) => f.line)).toEqual([2, 3]);
  });

  it('accepts file/path/url names, public keys and GPG_KEY', () => {
    const text = dedent(`
      FROM python:3.12
      ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
      ENV DB_PASSWORD_FILE=/run/secrets/db_password
      ARG TOKEN_URL=https://auth.example.com/token
      ENV PUBLIC_KEY_PATH=/etc/app/key.pub NEXT_PUBLIC_API_KEY=pk_test_123
      ARG GOPRIVATE=github.com/acme
      ENV PASSWORD_MIN_LENGTH=12
      LABEL secret=no
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('does not look at RUN --mount=type=secret, the right way', () => {
    const text = 'FROM alpine:3.20\nRUN --mount=type=secret,id=token,env=GITHUB_TOKEN ./fetch.sh\n';
    expect(lint(ID, text)).toEqual([]);
  });
});

describe('hadolint DL3064 / BuildKit SecretsUsedInArgOrEnv agreement', () => {
  it('reports a credential ARG declared before the first FROM (a global build argument)', () => {
    const out = lint(
      ID,
      dedent(`
      ARG AWS_ACCESS_KEY_ID
      ARG AWS_SECRET_ACCESS_KEY
      FROM amazon/aws-cli:2.15.0
      RUN aws s3 cp s3://bucket/file .
    `),
    );
    expect(out.map((f) => [f.line, f.column])).toEqual([
      [1, 5],
      [2, 5],
    ]);
  });

  it('judges the name alone when the default is a placeholder: the real value comes by --build-arg', () => {
    const out = lint(
      ID,
      dedent(`
      FROM python:3.12-slim
      ARG AWS_SECRET_ACCESS_KEY=FAKEFAKEFAKEFAKE
      ARG GITHUB_TOKEN=changeme
      ENV SA_PASSWORD=<YourStrong!Passw0rd>
      ENV ALLOW_EMPTY_PASSWORD=yes
    `),
    );
    expect(out.map((f) => f.line)).toEqual([2, 3, 4]);
    expect(out[0].message).toContain('AWS_SECRET_ACCESS_KEY');
  });

  it('finds credential words glued to another word (no word boundary inside the name)', () => {
    const out = lint(
      ID,
      dedent(`
      FROM mcr.microsoft.com/mssql/server:2019-latest
      ARG microscannertoken
      ENV sa_password=Str0ngPassw0rdValue
      ENV TOKENIZERS_PARALLELISM=false
    `),
    );
    expect(out.map((f) => f.line)).toEqual([2, 3]);
    expect(out[0].message).toContain('token');
  });
});
