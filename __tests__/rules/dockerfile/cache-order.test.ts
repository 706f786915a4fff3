import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/cache-order';

describe(ID, () => {
  it('reports COPY . before npm ci, on the source, naming the manifests', () => {
    const text = dedent(`
      FROM node:20
      WORKDIR /app
      COPY . .
      RUN npm ci
      CMD ["node", "index.js"]
    `);
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, column: 6, endColumn: 7 });
    expect(found[0].message).toContain('package.json and package-lock.json');
    expect(found[0].message).toContain('`npm ci` (line 4)');
  });

  it('accepts manifests copied first and the sources after the install', () => {
    const text = dedent(`
      FROM node:20
      WORKDIR /app
      COPY package.json package-lock.json ./
      RUN npm ci
      COPY . .
      RUN npm run build
    `);
    expect(lint(ID, text)).toEqual([]);
    const glob = dedent(`
      FROM node:20
      WORKDIR /app
      COPY package*.json ./
      RUN npm ci
      COPY . .
    `);
    expect(lint(ID, glob)).toEqual([]);
  });

  it.each([
    ['yarn install --frozen-lockfile', 'yarn.lock'],
    ['pnpm install --frozen-lockfile', 'pnpm-lock.yaml'],
    ['pip install --no-cache-dir -r requirements.txt', 'requirements.txt'],
    ['python3 -m pip install -r requirements/prod.txt', 'requirements/prod.txt'],
    ['poetry install --no-root', 'poetry.lock'],
    ['pipenv install --deploy', 'Pipfile.lock'],
    ['uv sync --frozen', 'uv.lock'],
    ['go mod download', 'go.sum'],
    ['bundle install', 'Gemfile.lock'],
    ['composer install --no-dev', 'composer.lock'],
    ['cargo fetch', 'Cargo.lock'],
    ['mvn -B dependency:go-offline', 'pom.xml'],
    ['./gradlew dependencies', 'settings.gradle'],
    ['dotnet restore', '*.csproj'],
  ])('reports %s after a broad copy', (cmd, manifest) => {
    const found = lint(ID, `FROM base:1\nADD . /src\nWORKDIR /src\nRUN ${cmd}\n`);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(manifest);
  });

  it('reports build commands that fetch dependencies, unless a dedicated step came first', () => {
    const bad = dedent(`
      FROM golang:1.22 AS build
      WORKDIR /src
      COPY . .
      RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app
    `);
    const found = lint(ID, bad);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('`go mod download`');
    expect(found[0].message).toContain('go.mod and go.sum');
    const good = dedent(`
      FROM golang:1.22 AS build
      WORKDIR /src
      COPY go.mod go.sum ./
      RUN go mod download
      COPY . .
      RUN go build -o /out/app ./cmd/app
    `);
    expect(lint(ID, good)).toEqual([]);
    const cached = dedent(`
      FROM golang:1.22 AS build
      COPY . .
      RUN --mount=type=cache,target=/go/pkg/mod go build -o /out/app .
    `);
    expect(lint(ID, cached)).toEqual([]);
    expect(lint(ID, 'FROM golang:1.22\nCOPY . .\nRUN go build -mod=vendor .\n')).toEqual([]);
  });

  it('reports a directory copied into the directory where the install runs', () => {
    const text = dedent(`
      FROM node:20
      WORKDIR /app
      COPY frontend/ ./
      RUN npm ci
    `);
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, column: 6, endColumn: 15 });
    expect(found[0].message).toContain('into /app');
  });

  it('follows cd and --prefix to the install directory', () => {
    expect(lint(ID, 'FROM node:20\nCOPY web /srv/web\nRUN cd /srv/web && npm ci\n')).toHaveLength(1);
    expect(lint(ID, 'FROM node:20\nCOPY web /srv/web\nRUN npm ci --prefix /srv/web\n')).toHaveLength(1);
    expect(lint(ID, 'FROM node:20\nCOPY web /srv/web\nRUN cd /elsewhere && npm ci\n')).toEqual([]);
  });

  it('ignores other directories, files, and installs of named packages', () => {
    const text = dedent(`
      FROM python:3.12
      WORKDIR /app
      COPY patches/ /app/patches/
      COPY LICENSE README.md ./
      COPY MLX_VERSION ./
      COPY . /src
      RUN pip install --no-cache-dir flask==3.0.0
      RUN npm install -g pnpm@9
      RUN apt-get update && apt-get install -y curl
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('looks only within the stage', () => {
    const text = dedent(`
      FROM node:20 AS src
      COPY . /app
      FROM node:20
      WORKDIR /app
      COPY package.json package-lock.json ./
      RUN npm ci
      COPY --from=src /app .
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('reads heredoc scripts and reports once per copy and ecosystem', () => {
    const text = dedent(`
      FROM node:20
      WORKDIR /app
      COPY . .
      RUN <<EOF
      npm ci
      npm run build
      EOF
      RUN npm ci --omit=dev
      RUN pip install -r requirements.txt
    `);
    const found = lint(ID, text);
    expect(found).toHaveLength(2);
    expect(found[0].message).toContain('line 4');
    expect(found[1].message).toContain('requirements.txt');
  });

  it('works with ARG-resolved paths and the backtick escape directive', () => {
    const text =
      '# escape=`\nFROM node:20\nARG SRC=.\nWORKDIR /app\nCOPY ${SRC} `\n  ./\nSHELL ["/bin/sh", "-c"]\nRUN npm ci\n';
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(5);
  });
});
