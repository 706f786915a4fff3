import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/label-rfc3339';

describe(ID, () => {
  it('reports a created label that is not an RFC 3339 date-time', () => {
    const text = dedent(`
      FROM debian:12
      LABEL org.opencontainers.image.created="2024-05-01 12:00"
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 40 });
  });

  it('accepts Z and offsets, fractions; rejects impossible dates', () => {
    const ok = dedent(`
      FROM debian:12
      LABEL org.opencontainers.image.created=2024-02-29T23:59:60.5+05:30
      LABEL org.label-schema.build-date=2024-05-01T12:00:00Z
    `);
    expect(lint(ID, ok)).toEqual([]);
    const bad = dedent(`
      FROM debian:12
      LABEL org.opencontainers.image.created=2023-02-29T10:00:00Z
    `);
    expect(lint(ID, bad)).toHaveLength(1);
  });

  it('skips values from build arguments', () => {
    const text = dedent(`
      FROM debian:12
      ARG BUILD_DATE
      LABEL org.opencontainers.image.created=\${BUILD_DATE}
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
