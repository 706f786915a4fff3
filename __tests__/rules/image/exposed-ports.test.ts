import { runRule } from '../../helpers/rule-tester.js';
import { imageModel } from '../../image/helpers.js';

const withPorts = (exposedPorts: string[]) =>
  imageModel({ config: { user: '', env: [], labels: {}, exposedPorts, volumes: [] } });

describe('image/exposed-ports', () => {
  it('reports SSH and other denied ports', () => {
    const found = runRule('image/exposed-ports', withPorts(['22/tcp', '8080/tcp', '2375/tcp']));
    expect(found.map((f) => f.message.split(',')[0])).toEqual([
      'The image exposes port 22/tcp (SSH)',
      'The image exposes port 2375/tcp (the unencrypted Docker API)',
    ]);
  });
  it('matches a protocol when the deny entry names one', () => {
    expect(
      runRule('image/exposed-ports', withPorts(['53/udp', '53/tcp']), { deny: ['53/udp'] }),
    ).toHaveLength(1);
    expect(runRule('image/exposed-ports', withPorts(['53/tcp']), { deny: [53] })).toHaveLength(1);
  });
  it('accepts ordinary ports', () => {
    expect(runRule('image/exposed-ports', withPorts(['80/tcp', '443/tcp']))).toEqual([]);
  });
});
