import { runRule } from '../../helpers/rule-tester.js';
import { file, imageModel, layer } from '../../image/helpers.js';

describe('image/setuid-files', () => {
  const model = imageModel({
    layers: [
      layer([
        file('usr/bin/passwd', 10, { mode: 0o4755 }),
        file('usr/bin/wall', 10, { mode: 0o2755 }),
        file('bin/ls', 10, { mode: 0o755 }),
      ]),
      layer([file('usr/local/bin/tool', 10, { mode: 0o6755 }), file('usr/bin/wall', 10, { mode: 0o755 })]),
    ],
  });

  it('lists the setuid/setgid files of the final file system, one finding per image', () => {
    const [f, ...rest] = runRule('image/setuid-files', model);
    expect(rest).toEqual([]);
    expect(f.message).toMatch(
      /2 setuid\/setgid files: \/usr\/bin\/passwd \(setuid, layer 1\), \/usr\/local\/bin\/tool \(setuid\+setgid, layer 2\)/,
    );
    expect(f.message).not.toMatch(/wall/); // its bit was removed by layer 2
  });

  it('honours the allow list', () => {
    const [f] = runRule('image/setuid-files', model, { allow: ['/usr/bin/passwd'] });
    expect(f.message).toMatch(/^The image has 1 setuid\/setgid file: \/usr\/local\/bin\/tool/);
    expect(runRule('image/setuid-files', model, { allow: ['usr/**'] })).toEqual([]);
  });

  it('is silent without setuid files', () => {
    expect(
      runRule('image/setuid-files', imageModel({ layers: [layer([file('bin/ls', 1, { mode: 0o755 })])] })),
    ).toEqual([]);
  });
});
