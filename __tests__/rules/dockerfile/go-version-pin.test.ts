import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/go-version-pin';

describe(ID, () => {
  it('reports go install of a remote package without a version', () => {
    const text = dedent(`
      FROM golang:1.22
      RUN go install github.com/golangci/golangci-lint/cmd/golangci-lint
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 16, endColumn: 67 });
    expect(f[0].message).toContain('@v1.2.3');
  });

  it('reports go get, go run and moving versions like @latest', () => {
    const text = dedent(`
      FROM golang:1.22
      RUN go get -u golang.org/x/tools/gopls && go install honnef.co/go/tools/cmd/staticcheck@latest
      RUN go run github.com/x/tool arg1 arg2
    `);
    const f = lint(ID, text);
    expect(f.map((x) => x.line)).toEqual([2, 2, 3]);
    expect(f[1].message).toContain('"latest"');
  });

  it('accepts pinned versions, versions from variables, and local packages', () => {
    const text = dedent(`
      FROM golang:1.22
      ARG LINT_VERSION
      RUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1 \\
          && go install github.com/x/y@\${LINT_VERSION} \\
          && go install ./cmd/... && go install . && go install tool \\
          && go run ./main.go -v && go run github.com/x/auth@v0.1.0 github.com/not/a/package \\
          && go install -ldflags "-s -w" -o /bin/app ./cmd/app && go build ./...
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks ONBUILD triggers', () => {
    const text = dedent(`
      FROM golang:1.22
      ONBUILD RUN go install github.com/a/b
    `);
    expect(lint(ID, text)[0]).toMatchObject({ line: 2, column: 24 });
  });
});
