import { lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/chpasswd';

describe(ID, () => {
  it('reports chpasswd, also through sudo (Checkov CKV2_DOCKER_17)', () => {
    const out = lint(
      ID,
      'FROM debian:12\nRUN echo "root:secret" | chpasswd\nRUN echo "app:x" | sudo chpasswd -e\n',
    );
    expect(out.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [2, 26, 34],
      [3, 25, 33],
    ]);
    expect(out[0].message).toContain('layer');
  });

  it('accepts users created without a password', () => {
    expect(
      lint(ID, 'FROM debian:12\nRUN useradd --system --no-log-init app\nRUN echo chpasswd is not run here\n'),
    ).toEqual([]);
  });
});
