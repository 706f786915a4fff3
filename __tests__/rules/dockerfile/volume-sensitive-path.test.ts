import { lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/volume-sensitive-path';

describe(ID, () => {
  it('reports system directories and the Docker socket, in both forms', () => {
    const out = lint(ID, 'FROM alpine\nVOLUME /etc /data\nVOLUME ["/var/run/docker.sock"]\nVOLUME /proc/\n');
    expect(out.map((f) => f.line)).toEqual([2, 3, 4]);
    expect(out[0]).toMatchObject({ column: 8, endColumn: 12 });
    expect(out[1].message).toContain('Docker socket');
  });

  it('accepts application data directories, also from an ARG', () => {
    expect(
      lint(ID, 'FROM alpine\nARG DATA=/var/lib/app\nVOLUME /data $DATA\nVOLUME ["/srv/uploads"]\n'),
    ).toEqual([]);
  });
});
