import { runRule } from '../../helpers/rule-tester.js';
import { file, imageModel, layer, whiteout } from '../../image/helpers.js';

describe('image/package-caches', () => {
  it('reports each cache left in the final file system with its bytes and layer', () => {
    const model = imageModel({
      layers: [
        layer(
          [
            file('var/lib/apt/lists/lock', 0),
            file('var/lib/apt/lists/deb.debian.org_dists_main_Packages.lz4', 9_000_000),
          ],
          'RUN apt-get update',
        ),
        layer(
          [file('root/.cache/pip/http/a/b', 300_000), file('var/cache/apk/APKINDEX.tar.gz', 50_000)],
          'RUN pip install x',
        ),
        layer(
          [
            file('usr/local/share/.cache/yarn/v6/pkg.tgz', 2_000_000),
            file('home/node/.npm/_cacache/index-v5/aa', 400_000),
          ],
          'RUN yarn',
        ),
      ],
    });
    const found = runRule('image/package-caches', model);
    expect(found.map((f) => [f.message.split(':')[0], f.context?.layer])).toEqual([
      ['The image keeps the apt package lists', 1],
      ['The image keeps the pip cache', 2],
      ['The image keeps the npm cache', 3],
      ['The image keeps the yarn cache', 3],
    ]);
    expect(found[0].message).toMatch(/9.00 MB in 1 file, mostly from layer 1.*rm -rf \/var\/lib\/apt\/lists/);
  });

  it('does not report caches deleted later (wasted-space does) or below minBytes', () => {
    const model = imageModel({
      layers: [
        layer([
          file('var/lib/apt/lists/x_Packages', 5_000_000),
          file('var/cache/apk/APKINDEX.tar.gz', 50_000),
        ]),
        layer([whiteout('var/lib/apt/lists')]),
      ],
    });
    expect(runRule('image/package-caches', model)).toEqual([]);
    expect(runRule('image/package-caches', model, { minBytes: 1000 })[0].message).toMatch(/apk cache/);
  });
});
