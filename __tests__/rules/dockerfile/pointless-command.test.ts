import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/pointless-command';

describe(ID, () => {
  it('reports commands that make no sense in a build', () => {
    const text = dedent(`
      FROM debian:12
      RUN service nginx start && ps aux | grep nginx
      RUN ssh user@host uptime
    `);
    const out = lint(ID, text);
    expect(out.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [2, 5, 12],
      [2, 28, 30],
      [3, 5, 8],
    ]);
    expect(out[0].message).toContain('ENTRYPOINT');
  });

  it('accepts the names as arguments and other commands', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get install -y openssh-client=1:9.2 vim-tiny=2:9.0 && echo ssh top
      RUN mkdir -p /root/.ssh
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('takes the list from the options', () => {
    const text = 'FROM debian:12\nRUN nano /etc/x && vim /etc/y\n';
    expect(lint(ID, text, { commands: ['nano'] }).map((f) => f.column)).toEqual([5]);
  });

  it('checks heredocs and ONBUILD', () => {
    const text = dedent(`
      FROM debian:12
      RUN <<EOF
      top -b -n 1
      EOF
      ONBUILD RUN mount -t tmpfs none /mnt
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([3, 5]);
  });
});
