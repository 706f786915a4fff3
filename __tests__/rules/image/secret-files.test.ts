import fc from 'fast-check';
import { runRule } from '../../helpers/rule-tester.js';
import { mayNameSecret, secretKindOfName } from '../../../src/rules/image/secret-files.js';
import { dir, file, imageModel, layer, whiteout } from '../../image/helpers.js';

describe('image/secret-files', () => {
  it('reports secrets by name and by key header, in every layer, even when a later layer deletes them', () => {
    const model = imageModel({
      layers: [
        layer(
          [file('etc/ssh/ssh_host_ed25519_key', 400), file('etc/ssh/ssh_host_ed25519_key.pub', 100)],
          'ADD rootfs /',
        ),
        layer(
          [
            file('app/.env', 50),
            file('app/.env.example', 50),
            file('app/certs/server.pem', 1700, { keyHeader: 'RSA PRIVATE KEY' }),
            file('root/.aws/credentials', 80),
            dir('app/.git'),
            file('app/.git/config', 200),
            file('app/.git/HEAD', 20),
          ],
          'COPY . /app # buildkit',
        ),
        layer([whiteout('root/.aws/credentials')], '/bin/sh -c rm /root/.aws/credentials'),
      ],
    });
    const found = runRule('image/secret-files', model);
    const lines = found.map((f) => `${f.context?.layer} ${f.message.split(' looks like ')[0]}`);
    expect(lines).toEqual([
      '1 /etc/ssh/ssh_host_ed25519_key in layer 1 (ADD rootfs /)',
      '2 /app/.env in layer 2 (COPY . /app)',
      '2 /app/certs/server.pem in layer 2 (COPY . /app)',
      '2 /root/.aws/credentials in layer 2 (COPY . /app)',
      '2 /app/.git in layer 2 (COPY . /app)',
    ]);
    expect(found[2].message).toMatch(/a private key \(RSA PRIVATE KEY\)/);
    expect(found[3].message).toMatch(/a later layer hides it, but it is still in this layer/);
    expect(found[1].message).not.toMatch(/later layer hides/);
  });

  it('honours the allow list (test fixtures by default)', () => {
    const model = imageModel({
      layers: [
        layer([
          file('usr/lib/python3/site-packages/x/tests/key.pem', 10, { keyHeader: 'PRIVATE KEY' }),
          file('srv/id_rsa', 10),
        ]),
      ],
    });
    expect(runRule('image/secret-files', model).map((f) => f.message.split(' ')[0])).toEqual(['/srv/id_rsa']);
    expect(runRule('image/secret-files', model, { allow: ['srv/**', '**/tests/**'] })).toEqual([]);
  });

  it('is silent for ordinary files and without file indexes', () => {
    expect(
      runRule(
        'image/secret-files',
        imageModel({
          layers: [layer([file('etc/passwd', 10), file('app/env.js', 10), file('id_rsa.pub', 10)])],
        }),
      ),
    ).toEqual([]);
    expect(runRule('image/secret-files', imageModel({ layers: [layer(undefined)] }))).toEqual([]);
  });

  it('caps the number of findings', () => {
    const many = imageModel({
      layers: [layer(Array.from({ length: 30 }, (_, i) => file(`k/${i}/id_rsa`, 1)))],
    });
    const found = runRule('image/secret-files', many);
    expect(found).toHaveLength(26);
    expect(found[25].message).toMatch(/5 more files in the image look like secrets/);
  });

  it('skips by its first letters only names that no check would find (asked of every file of an image)', () => {
    // Names the checks know, in other cases, joined into paths at random, with near misses and
    // characters that lower-case to ASCII (the Kelvin sign is a k to toLowerCase).
    const pieces = [
      'id_rsa',
      'id_ed25519_sk',
      'ssh_host_rsa_key',
      '.env',
      '.ENV.local',
      '.env.example',
      'x.P12',
      'k.keystore',
      'k.\u212Aeystore',
      '.aws',
      'credentials',
      '.docker',
      'config.json',
      '.kube',
      'config',
      '.config',
      'gcloud',
      'legacy_credentials',
      'credentials.db',
      '.azure',
      'msal_token_cache.bin',
      '.git-credentials',
      '.NETRC',
      '_netrc',
      '_NETRC',
      '.npmrc',
      '.pypirc',
      '.pgpass',
      '.vault-token',
      'Terraform.tfstate',
      'usr',
      'lib',
      'I',
      'S',
      'T',
      '\u0130d_rsa',
      'a',
      '.',
      '',
    ];
    const segment = fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...pieces)).map(([a, b]) => a + b);
    let found = 0;
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const path = segments.join('/');
        if (secretKindOfName(path) === null) return true;
        found++;
        return mayNameSecret(path);
      }),
      { numRuns: 20_000 },
    );
    expect(found).toBeGreaterThan(1_000); // the property was put to the test
    expect(mayNameSecret('usr/lib/python3/dist-packages/pkg/module.py')).toBe(false);
  });
});
