import { runRule } from '../../helpers/rule-tester.js';
import { file, imageModel, layer } from '../../image/helpers.js';

describe('image/max-size', () => {
  const model = imageModel({
    layers: [layer([file('a', 200e6)], 'ADD rootfs /'), layer([file('b', 400e6)], '/bin/sh -c make')],
  });

  it('reports an image over the size and names the largest layer', () => {
    const [f] = runRule('image/max-size', model, { max: '500MB' });
    expect(f.message).toMatch(/600 MB, over the 500 MB allowed.*largest is layer 2 \(RUN make\) at 400 MB/);
    expect(f.context).toEqual({ layer: 2 });
  });
  it('accepts binary units, plain numbers and images within the limit', () => {
    expect(runRule('image/max-size', model, { max: '1GiB' })).toEqual([]);
    expect(runRule('image/max-size', model, { max: 600e6 })).toEqual([]);
    expect(runRule('image/max-size', model, { max: 599e6 })).toHaveLength(1);
    expect(runRule('image/max-size', model)).toEqual([]); // default 1GB
  });
  it('uses the inspect size when layer sizes are unknown', () => {
    const inspected = imageModel({ source: 'inspect-json', layers: [layer(undefined)], size: 2e9 });
    const [f] = runRule('image/max-size', inspected);
    expect(f.message).toMatch(/2.00 GB/);
    expect(f.context).toBeUndefined();
  });
  it('rejects a malformed size option', () => {
    expect(() => runRule('image/max-size', model, { max: 'big' })).toThrow(/must be a size/);
  });
});
