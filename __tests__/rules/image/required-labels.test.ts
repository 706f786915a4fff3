import { runRule } from '../../helpers/rule-tester.js';
import { imageModel } from '../../image/helpers.js';

const withLabels = (labels: Record<string, string>) =>
  imageModel({ config: { user: '', env: [], labels, exposedPorts: [], volumes: [] } });

describe('image/required-labels', () => {
  it('requires org.opencontainers.image.source by default', () => {
    const [f] = runRule('image/required-labels', withLabels({}));
    expect(f.message).toMatch(/no "org.opencontainers.image.source" label/);
    expect(
      runRule(
        'image/required-labels',
        withLabels({ 'org.opencontainers.image.source': 'https://github.com/o/r' }),
      ),
    ).toEqual([]);
  });
  it('checks value patterns (RE2), given as objects or as a map', () => {
    const labels = { team: 'payments', 'org.opencontainers.image.licenses': 'GPL-3.0' };
    const asList = runRule('image/required-labels', withLabels(labels), {
      labels: [
        'team',
        { name: 'org.opencontainers.image.licenses', pattern: '^(MIT|Apache-2\\.0)$' },
        { name: 'owner' },
      ],
    });
    expect(asList.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /"org.opencontainers.image.licenses" label is "GPL-3.0", which does not match the pattern/,
      ),
      expect.stringMatching(/no "owner" label/),
    ]);
    const asMap = runRule('image/required-labels', withLabels(labels), {
      labels: { team: '^pay', owner: null },
    });
    expect(asMap.map((f) => f.message)).toEqual([expect.stringMatching(/no "owner" label/)]);
  });
  it('treats an empty value as missing', () => {
    expect(
      runRule('image/required-labels', withLabels({ team: ' ' }), { labels: ['team'] })[0].message,
    ).toMatch(/no "team" label value/);
  });
  it('requires nothing with an empty list', () => {
    expect(runRule('image/required-labels', withLabels({}), { labels: [] })).toEqual([]);
  });
});
