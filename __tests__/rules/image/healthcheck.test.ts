import { runRule } from '../../helpers/rule-tester.js';
import { imageModel } from '../../image/helpers.js';
import type { ImageHealthcheck } from '../../../src/targets/image/model.js';

const withHc = (healthcheck?: ImageHealthcheck) =>
  imageModel({
    config: {
      user: '',
      env: [],
      labels: {},
      exposedPorts: [],
      volumes: [],
      ...(healthcheck ? { healthcheck } : {}),
    },
  });

describe('image/healthcheck', () => {
  it('reports an image without a health check', () => {
    expect(runRule('image/healthcheck', withHc())[0].message).toMatch(/has no health check/);
  });
  it('reports HEALTHCHECK NONE', () => {
    expect(runRule('image/healthcheck', withHc({ test: ['NONE'] }))[0].message).toMatch(/HEALTHCHECK NONE/);
  });
  it('accepts a health check', () => {
    expect(runRule('image/healthcheck', withHc({ test: ['CMD-SHELL', 'curl -f localhost'] }))).toEqual([]);
  });
});
