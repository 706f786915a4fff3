import { runRule } from '../../helpers/rule-tester.js';
import { file, imageModel, layer } from '../../image/helpers.js';

describe('image/history', () => {
  it('reports layers without created_by (docker commit), naming them', () => {
    const model = imageModel({
      layers: [layer([file('a')], 'ADD rootfs /'), layer([file('b')], '')],
      history: [
        { createdBy: 'ADD rootfs /', emptyLayer: false, layerIndex: 0 },
        { createdBy: '', comment: 'hotfix by bob', emptyLayer: false, layerIndex: 1 },
      ],
    });
    const [f, ...rest] = runRule('image/history', model);
    expect(rest).toEqual([]);
    expect(f.message).toMatch(
      /^Layer 2 has no created_by \(comment: "hotfix by bob"\): it was made by `docker commit`/,
    );
    expect(f.context).toEqual({ layer: 2 });
  });
  it('reports layers that no history entry accounts for, and an image without any history', () => {
    const model = imageModel({
      layers: [layer([file('a')], 'x'), layer([file('b')], '')],
      history: [{ createdBy: 'x', emptyLayer: false, layerIndex: 0 }],
    });
    expect(runRule('image/history', model)[0].message).toMatch(/^Layer 2 has no history entry/);
    expect(
      runRule('image/history', imageModel({ layers: [layer([file('a')], '')], history: [] }))[0].message,
    ).toMatch(/has no history/);
  });
  it('accepts a full history, and inspect output (which has none)', () => {
    expect(runRule('image/history', imageModel({ layers: [layer([file('a')], 'RUN x')] }))).toEqual([]);
    expect(
      runRule(
        'image/history',
        imageModel({ source: 'inspect-json', layers: [layer(undefined, '')], history: [] }),
      ),
    ).toEqual([]);
  });
});
