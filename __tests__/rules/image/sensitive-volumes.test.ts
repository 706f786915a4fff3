import { runRule } from '../../helpers/rule-tester.js';
import { imageModel } from '../../image/helpers.js';

const withVolumes = (volumes: string[]) =>
  imageModel({ config: { user: '', env: [], labels: {}, exposedPorts: [], volumes } });

describe('image/sensitive-volumes', () => {
  it('reports volumes over system folders, below them, and docker.sock', () => {
    const found = runRule(
      'image/sensitive-volumes',
      withVolumes(['/etc', '/root/', '/usr/lib/x', '/srv/run/docker.sock', '/data']),
    );
    expect(found.map((f) => f.message.split(':')[0])).toEqual([
      'The image declares VOLUME /etc',
      'The image declares VOLUME /root/',
      'The image declares VOLUME /usr/lib/x',
      'The image declares VOLUME /srv/run/docker.sock',
    ]);
  });
  it('accepts data folders and honours a custom list', () => {
    expect(runRule('image/sensitive-volumes', withVolumes(['/data', '/var/lib/postgresql/data']))).toEqual(
      [],
    );
    expect(runRule('image/sensitive-volumes', withVolumes(['/data']), { paths: ['/data'] })).toHaveLength(1);
  });
});
