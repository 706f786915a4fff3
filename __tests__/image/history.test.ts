import { historyToDockerfile, parseCreatedBy, shortCreatedBy } from '../../src/targets/image/history.js';
import { parseDockerfile } from '../../src/targets/dockerfile/parse.js';

describe('parseCreatedBy', () => {
  it.each([
    ['/bin/sh -c #(nop)  CMD ["bash"]', 'CMD', '["bash"]'],
    ['/bin/sh -c #(nop) ADD file:0123abcd in / ', 'ADD', 'file:0123abcd /'],
    ['/bin/sh -c #(nop) COPY dir:beef in /app ', 'COPY', 'dir:beef /app'],
    [
      '/bin/sh -c apt-get update && apt-get install -y curl',
      'RUN',
      'apt-get update && apt-get install -y curl',
    ],
    ['RUN /bin/sh -c apk add curl # buildkit', 'RUN', 'apk add curl'],
    ['RUN /bin/bash -o pipefail -c make # buildkit', 'RUN', 'make'],
    ['COPY . /app # buildkit', 'COPY', '. /app'],
    ['ENV NODE_ENV=production', 'ENV', 'NODE_ENV=production'],
    ['EXPOSE map[8080/tcp:{} 53/udp:{}]', 'EXPOSE', '8080/tcp 53/udp'],
    ['VOLUME [/data /cache]', 'VOLUME', '/data /cache'],
    ['SHELL [/bin/bash -o pipefail -c]', 'SHELL', '["/bin/bash","-o","pipefail","-c"]'],
    [
      'HEALTHCHECK &{["CMD-SHELL" "curl -f http://localhost/ || exit 1"] "30s" "3s" "0s" "0s" \'\\x03\'}',
      'HEALTHCHECK',
      'CMD curl -f http://localhost/ || exit 1',
    ],
    ['HEALTHCHECK &{["NONE"] "0s" "0s" "0s" "0s" \'\\x00\'}', 'HEALTHCHECK', 'NONE'],
    ['/bin/sh -c ["/bin/busybox", "sh", "-c", "echo hi"]', 'RUN', '["/bin/busybox", "sh", "-c", "echo hi"]'],
  ])('%s', (createdBy, keyword, body) => {
    expect(parseCreatedBy(createdBy)).toMatchObject({ keyword, body });
  });

  it('keeps the build arguments a RUN recorded', () => {
    expect(parseCreatedBy('|2 TOKEN=abc123 MODE=fast /bin/sh -c make')).toEqual({
      args: [
        { name: 'TOKEN', value: 'abc123' },
        { name: 'MODE', value: 'fast' },
      ],
      keyword: 'RUN',
      body: 'make',
    });
    expect(parseCreatedBy('RUN |1 V=1 /bin/sh -c echo $V # buildkit')).toMatchObject({
      args: [{ name: 'V', value: '1' }],
      body: 'echo $V',
    });
  });

  it('has no keyword for docker commit layers and tools that record other text', () => {
    expect(parseCreatedBy('')).toEqual({ args: [], body: '' });
    expect(parseCreatedBy('bazel build //app:image').keyword).toBeUndefined();
  });

  it('shortens for tables', () => {
    expect(shortCreatedBy('/bin/sh -c #(nop) ADD file:' + 'a'.repeat(64) + ' in / ')).toBe(
      `ADD file:${'a'.repeat(12)}… /`,
    );
    expect(shortCreatedBy('')).toBe('(no created_by)');
    expect(shortCreatedBy('/bin/sh -c ' + 'x'.repeat(200), 20)).toHaveLength(20);
  });
});

describe('historyToDockerfile', () => {
  it('builds Dockerfile text that parses, mapping each line back to its history entry', () => {
    const history = [
      { createdBy: '/bin/sh -c #(nop) ADD file:abc in / ' },
      { createdBy: '/bin/sh -c #(nop)  CMD ["bash"]' },
      { createdBy: '' },
      { createdBy: '|1 API_TOKEN=s3cr3t-v4lue-1234 /bin/sh -c curl -H "x: $API_TOKEN" example.com' },
      { createdBy: 'RUN /bin/sh -c set -e\napt-get update\napt-get install -y curl # buildkit' },
      { createdBy: 'EXPOSE map[22/tcp:{}]' },
    ];
    const { text, lineHistory } = historyToDockerfile(history);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('FROM scratch');
    expect(lines).toContain('ARG API_TOKEN=s3cr3t-v4lue-1234');
    expect(lines).toContain("RUN <<'LAYERGUARD_EOF'");
    expect(lineHistory[lines.indexOf('ARG API_TOKEN=s3cr3t-v4lue-1234')]).toBe(3);
    expect(lineHistory[lines.indexOf('apt-get update')]).toBe(4);
    expect(lineHistory[lines.indexOf('EXPOSE 22/tcp')]).toBe(5);
    const model = parseDockerfile(text, 'history');
    expect(model.errors).toEqual([]);
    expect(model.instructions.map((i) => i.keyword)).toEqual([
      'FROM',
      'ADD',
      'CMD',
      'ARG',
      'RUN',
      'RUN',
      'EXPOSE',
    ]);
    const heredocRun = model.instructions[5];
    expect(heredocRun.heredocs[0].body).toContain('apt-get install -y curl');
  });
});
