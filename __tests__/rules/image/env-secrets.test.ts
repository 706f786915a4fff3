import { runRule } from '../../helpers/rule-tester.js';
import { file, imageModel, layer } from '../../image/helpers.js';

const withEnv = (
  env: Record<string, string>,
  history: { createdBy: string; emptyLayer: boolean; layerIndex?: number }[] = [],
) =>
  imageModel({
    config: {
      user: '',
      env: Object.entries(env).map(([name, value]) => ({ name, value })),
      labels: {},
      exposedPorts: [],
      volumes: [],
    },
    history,
  });

describe('image/env-secrets', () => {
  it('reports credential-looking names and values without echoing the value', () => {
    const found = runRule(
      'image/env-secrets',
      withEnv({ DB_PASSWORD: 'hunter2hunter2', AWS_KEY: 'AKIAIOSFODNN7EXAMPLE', PATH: '/usr/bin' }),
    );
    expect(found.map((f) => f.message.split(':')[0])).toEqual(['Env DB_PASSWORD', 'Env AWS_KEY']);
    for (const f of found) {
      expect(f.message).not.toMatch(/hunter2|AKIAIOSFODNN7EXAMPLE/);
      expect(f.message).toMatch(/docker inspect/);
    }
  });
  it('ignores ordinary variables', () => {
    expect(
      runRule('image/env-secrets', withEnv({ NODE_ENV: 'production', PATH: '/bin', HOME: '/root' })),
    ).toEqual([]);
  });
  it('names the layer of the step that set it when that step made one', () => {
    const model = withEnv({ API_TOKEN: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' }, [
      { createdBy: '/bin/sh -c #(nop) ENV API_TOKEN=ghp_x', emptyLayer: true },
      { createdBy: 'ENV API_TOKEN=ghp_y', emptyLayer: false, layerIndex: 0 },
    ]);
    model.layers = [layer([file('a')])];
    expect(runRule('image/env-secrets', model)[0].context).toEqual({ layer: 1 });
  });
});
