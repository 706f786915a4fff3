import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/tls-verification-disabled';

describe(ID, () => {
  it('reports curl -k/--insecure and wget --no-check-certificate (CKV2_DOCKER_2, CKV2_DOCKER_3) at the option', () => {
    const text = dedent(`
      FROM alpine
      RUN curl -fsSLk https://example.com/a -o /a
      RUN curl --insecure https://example.com/b
      RUN wget --no-check-certificate https://example.com/c
    `);
    const out = lint(ID, text);
    expect(out.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [2, 10, 16],
      [3, 10, 20],
      [4, 10, 32],
    ]);
    expect(out[0].message).toContain('--cacert');
  });

  it('reports pip --trusted-host and PIP_TRUSTED_HOST (CKV2_DOCKER_4, CKV2_DOCKER_16)', () => {
    const text = dedent(`
      FROM python:3.12
      RUN pip install --trusted-host pypi.example.com flask
      RUN python3 -m pip install --trusted-host=pypi.example.com requests
      ENV PIP_TRUSTED_HOST=pypi.example.com
      RUN PIP_TRUSTED_HOST=pypi.example.com pip install x
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2, 3, 4, 5]);
  });

  it('reports the environment switches in ENV, ARG, exports and command prefixes (CKV2_DOCKER_5, 6, 12, 14, 18)', () => {
    const text = dedent(`
      FROM node:20
      ENV PYTHONHTTPSVERIFY=0
      ENV NODE_TLS_REJECT_UNAUTHORIZED 0
      ARG NPM_CONFIG_STRICT_SSL=false
      ENV GIT_SSL_NO_VERIFY=true
      RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci
      RUN npm_config_strict_ssl=false npm ci
      RUN GOINSECURE=example.com go mod download
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('reports npm/yarn strict-ssl false (CKV2_DOCKER_13), git sslVerify off and yum sslverify=0 (CKV2_DOCKER_15)', () => {
    const text = dedent(`
      FROM node:20
      RUN npm config set strict-ssl false
      RUN yarn config set strict-ssl false
      RUN npm install --strict-ssl=false
      RUN git config --global http.sslVerify false
      RUN git -c http.sslVerify=false clone https://example.com/r.git
      RUN yum-config-manager --save --setopt=myrepo.sslverify=0
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('reports the same in ONBUILD triggers', () => {
    expect(lint(ID, 'FROM alpine\nONBUILD RUN curl -k https://x\n').map((f) => f.line)).toEqual([2]);
  });

  it('accepts verified downloads and switches set to their safe values', () => {
    const text = dedent(`
      FROM node:20
      RUN curl -fsSL -o /a https://example.com/a && wget -q https://example.com/b
      RUN curl -K /etc/curlrc https://example.com/c
      ENV PYTHONHTTPSVERIFY=1 NODE_TLS_REJECT_UNAUTHORIZED=1 NPM_CONFIG_STRICT_SSL=true
      RUN npm config set strict-ssl true && git config --global http.sslVerify true
      RUN pip install --index-url https://pypi.example.com/simple flask
      RUN echo "curl -k is bad" > /notes.txt
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
