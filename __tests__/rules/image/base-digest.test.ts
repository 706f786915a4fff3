import { runRule } from '../../helpers/rule-tester.js';
import { imageModel } from '../../image/helpers.js';

const NAME = 'org.opencontainers.image.base.name';
const DIGEST = 'org.opencontainers.image.base.digest';

describe('image/base-digest', () => {
  it('reports an image that records neither', () => {
    expect(runRule('image/base-digest', imageModel())[0].message).toMatch(
      `does not record ${NAME} and ${DIGEST}`,
    );
  });
  it('reports a name without a valid digest', () => {
    const m = imageModel({ annotations: { [NAME]: 'docker.io/library/alpine:3.20', [DIGEST]: 'latest' } });
    expect(runRule('image/base-digest', m)[0].message).toMatch(
      /does not record org.opencontainers.image.base.digest \(the digest given, "latest", is not a digest\)/,
    );
  });
  it('accepts annotations or labels', () => {
    const digest = 'sha256:' + 'a'.repeat(64);
    expect(
      runRule('image/base-digest', imageModel({ annotations: { [NAME]: 'alpine:3.20', [DIGEST]: digest } })),
    ).toEqual([]);
    const labels = { [NAME]: 'alpine:3.20', [DIGEST]: digest };
    expect(
      runRule(
        'image/base-digest',
        imageModel({ config: { user: '', env: [], labels, exposedPorts: [], volumes: [] } }),
      ),
    ).toEqual([]);
  });
});
