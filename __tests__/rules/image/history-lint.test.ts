import { runRule } from '../../helpers/rule-tester.js';
import { file, imageModel, layer } from '../../image/helpers.js';
import type { HistoryEntry, ImageLayer } from '../../../src/targets/image/model.js';

function fromHistory(createdBy: string[], empty: number[] = []) {
  const history: HistoryEntry[] = [];
  const layers: ImageLayer[] = [];
  createdBy.forEach((c, i) => {
    const e: HistoryEntry = { createdBy: c, emptyLayer: empty.includes(i) };
    if (!e.emptyLayer) {
      e.layerIndex = layers.length;
      layers.push(layer([file(`f${i}`, 1)], c, { historyIndex: i }));
    }
    history.push(e);
  });
  return imageModel({ layers, history });
}

describe('image/history-lint', () => {
  const model = fromHistory(
    [
      '/bin/sh -c #(nop) ADD file:0123456789abcdef in / ',
      '/bin/sh -c #(nop)  CMD ["bash"]',
      'RUN /bin/sh -c apt-get update # buildkit',
      'RUN /bin/sh -c apt-get install -y curl # buildkit',
      'ENV GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      '|1 NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789 /bin/sh -c sudo npm ci',
      'ADD https://example.com/tool.tgz /opt/ # buildkit',
    ],
    [1, 4],
  );

  it('replays the chosen Dockerfile rules on the history and names the layer or step', () => {
    const found = runRule('image/history-lint', model);
    const byRule = (id: string) => found.filter((f) => f.message.includes(`[${id}, on the image history]`));
    expect(byRule('dockerfile/update-without-install')[0].message).toMatch(
      /^Layer 2 \(RUN apt-get update\): /,
    );
    expect(byRule('dockerfile/update-without-install')[0].context).toEqual({ layer: 2 });
    expect(byRule('dockerfile/apt-no-install-recommends')[0].context).toEqual({ layer: 3 });
    const secrets = byRule('dockerfile/secrets-in-arg-env');
    expect(secrets.map((f) => f.message.split(':').slice(0, 2).join(':'))).toEqual([
      'History step 5 (ENV GITHUB_TOKEN=…): ENV GITHUB_TOKEN',
      'Layer 4 (RUN sudo npm ci): ARG NPM_TOKEN',
    ]);
    expect(secrets[0].context).toBeUndefined(); // ENV made no layer
    for (const f of found) expect(f.message).not.toMatch(/ghp_abcdef|npm_abcdef/);
    expect(byRule('dockerfile/no-sudo')[0].context).toEqual({ layer: 4 });
    // Severity of the Dockerfile rule (the engine caps it at this rule's setting).
    expect(byRule('dockerfile/apt-no-install-recommends')[0].severity).toBe('info');
    expect(byRule('dockerfile/no-sudo')[0].severity).toBe('error');
    expect(byRule('add-url')[0].severity).toBeUndefined();
    expect(byRule('add-url')[0].message).toMatch(
      /^Layer 5 \(ADD https:\/\/example.com\/tool.tgz \/opt\/\): ADD downloads/,
    );
    // The classic builder's ADD of the base root file system is not an ADD of a URL or a reason to use COPY.
    expect(found.some((f) => f.context?.layer === 1)).toBe(false);
  });

  it('names layers, not lines of the rebuilt Dockerfile', () => {
    const m = fromHistory(
      ['COPY . /app # buildkit', 'WORKDIR /app', 'RUN /bin/sh -c npm ci # buildkit'],
      [1],
    );
    const [f, ...rest] = runRule('image/history-lint', m, { rules: ['dockerfile/cache-order'] });
    expect(rest).toEqual([]);
    expect(f.message).toMatch(/^Layer 1 \(COPY \. \/app\): .*\(layer 2\)/);
    expect(f.message).not.toMatch(/\bline \d/);
  });

  it('leaves ENV secrets still in the config to image/env-secrets', () => {
    const m = fromHistory(
      ['ENV API_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ENV DB_PASSWORD=old-password-123'],
      [0, 1],
    );
    m.config.env = [{ name: 'API_TOKEN', value: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' }];
    const found = runRule('image/history-lint', m, { rules: ['dockerfile/secrets-in-arg-env'] });
    // DB_PASSWORD was overridden or unset later: only the history still shows it.
    expect(found.map((f) => f.message.split(':').slice(0, 2).join(':'))).toEqual([
      'History step 2 (ENV DB_PASSWORD=…): ENV DB_PASSWORD',
    ]);
  });

  it('runs only the rules listed', () => {
    const found = runRule('image/history-lint', model, { rules: ['dockerfile/no-sudo'] });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/sudo/);
  });

  it('is silent on a clean history and on images without one', () => {
    const clean = fromHistory([
      'RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* # buildkit',
      'ADD --checksum=sha256:abc https://example.com/x.tgz /opt/ # buildkit',
    ]);
    expect(runRule('image/history-lint', clean)).toEqual([]);
    expect(
      runRule('image/history-lint', imageModel({ source: 'inspect-json', layers: [], history: [] })),
    ).toEqual([]);
  });
});
