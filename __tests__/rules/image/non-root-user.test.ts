import { runRule } from '../../helpers/rule-tester.js';
import { imageModel } from '../../image/helpers.js';

const withUser = (user: string) =>
  imageModel({ config: { user, env: [], labels: {}, exposedPorts: [], volumes: [] } });

describe('image/non-root-user', () => {
  it.each(['', 'root', '0', '0:0', 'root:staff', '000'])('reports user %j', (user) => {
    const [f] = runRule('image/non-root-user', withUser(user));
    expect(f.message).toMatch(/root/);
    expect(f.message).toMatch(/USER 10001/);
  });
  it.each(['app', '1000', '1000:0', 'nobody', '10001:10001'])('accepts user %j', (user) => {
    expect(runRule('image/non-root-user', withUser(user))).toEqual([]);
  });
});
