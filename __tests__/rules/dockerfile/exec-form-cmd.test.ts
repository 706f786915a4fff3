import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/exec-form-cmd';

describe(ID, () => {
  it('reports shell-form CMD and converts a plain command', () => {
    const out = lint(ID, 'FROM node:20\nCMD node server.js --port 8080\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 31 });
    expect(out[0].fix?.edits).toEqual([
      {
        range: { line: 2, column: 5, endLine: 2, endColumn: 31 },
        text: '["node", "server.js", "--port", "8080"]',
      },
    ]);
  });

  it('drops a leading exec and keeps quoted arguments whole', () => {
    const out = lint(ID, `FROM nginx:1.27\nENTRYPOINT exec nginx -g 'daemon off;'\n`);
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('ignores CMD');
    expect(out[0].fix?.edits[0].text).toBe('["nginx", "-g", "daemon off;"]');
  });

  it('reports scripts that need a shell without offering a fix', () => {
    const text = dedent(`
      FROM node:20
      CMD node server.js --port $PORT
      CMD npm run migrate && npm start
      CMD ./start.sh > /var/log/app.log
      CMD cd /app && ./run
      ONBUILD CMD npm start
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([2, 3, 4, 5, 6]);
    expect(out.slice(0, 4).every((f) => f.fix === undefined)).toBe(true);
    expect(out[4].fix?.edits[0].text).toBe('["npm", "start"]');
  });

  it('accepts the JSON form', () => {
    const text = dedent(`
      FROM node:20
      ENTRYPOINT ["docker-entrypoint.sh"]
      CMD ["node", "server.js"]
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
