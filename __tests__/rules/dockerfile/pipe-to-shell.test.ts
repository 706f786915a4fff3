import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/pipe-to-shell';

describe(ID, () => {
  it('reports curl | sh and wget -O- | bash at the interpreter', () => {
    const text = dedent(`
      FROM debian:12
      RUN curl -fsSL https://get.example.com | sh
      RUN wget -qO- https://example.com/install.sh | sudo bash -s -- --yes
    `);
    const out = lint(ID, text);
    expect(out.map((f) => [f.line, f.column])).toEqual([
      [2, 42],
      [3, 53],
    ]);
    expect(out[0].message).toContain('sha256sum');
  });

  it('reports command and process substitution of a download', () => {
    const text = dedent(`
      FROM debian:12
      RUN sh -c "$(curl -fsSL https://example.com/install.sh)"
      RUN bash <(wget -O- https://example.com/install.sh)
      RUN curl -s https://example.com/x.py | python3 -
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2, 3, 4]);
  });

  it('accepts downloads that are checked before they run', () => {
    const text = dedent(`
      FROM debian:12
      RUN curl -fsSLo /tmp/i.sh https://example.com/install.sh \\
       && echo "abc123  /tmp/i.sh" | sha256sum -c - \\
       && sh /tmp/i.sh
      RUN curl -fsSL https://example.com/data.json | jq .version
      RUN echo "curl x | sh" > /notes
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
