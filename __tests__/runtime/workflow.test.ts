import { dedent, load, specs } from './helpers.js';
import { workflowTarget } from '../../src/targets/runtime/index.js';

const WORKFLOW = dedent(`
  on: [push]
  jobs:
    test:
      runs-on: ubuntu-latest
      container:
        image: node:20
        options: --cpus 1 --memory \${{ matrix.mem }} --privileged
        volumes:
          - /var/run/docker.sock:/var/run/docker.sock
      services:
        redis:
          image: redis:7
          options: >-
            --health-cmd "redis-cli ping"
            --memory 256m
            --cap-add SYS_ADMIN
        plain: postgres:16
      steps:
        - uses: actions/checkout@v4
        - name: Run the tests
          run: |
            echo "docker run --privileged not-a-command"
            # layerguard ignore=runtime/privileged -- the test needs it
            docker run --privileged \\
              -m \${{ inputs.memory }} \\
              app:\${{ github.sha }} npm test
        - run: docker run --userns=host -m 1g alpine
        - run: >
            docker run
            --pid=host
            busybox
        - shell: python
          run: print("docker run --privileged x")
`);

describe('workflow files', () => {
  it('reads the job container, its service containers and the run steps', () => {
    const t = load('workflow', WORKFLOW);
    expect(t.problems).toEqual([]);
    expect(t.units.map((u) => u.context?.service)).toEqual([
      'job test: container',
      'job test: service redis',
      'job test: service plain',
      'job test, step "Run the tests": docker run app:${{ github.sha }}',
      'job test, step 3: docker run alpine',
      'job test, step 4: docker run busybox',
    ]);
  });

  it('reads container options as docker create flags, with expressions opaque', () => {
    const [container, redis, plain] = specs('workflow', WORKFLOW);
    expect(container).toMatchObject({
      engine: 'docker',
      source: { kind: 'workflow', syntax: 'cli', job: 'test', range: { line: 5, column: 5 } },
      image: { value: 'node:20' },
      cpus: { value: 1, range: { line: 7, column: 16, endColumn: 24 } },
      memory: { opaque: true, raw: '${{ matrix.mem }}', range: { line: 7, column: 25 } },
      privileged: { value: true, range: { line: 7, column: 52 } },
      volumes: [{ type: 'bind', source: '/var/run/docker.sock', range: { line: 9 } }],
    });
    expect(container.memory?.value).toBeUndefined();
    expect(redis.memory).toMatchObject({ value: 256 * 2 ** 20, range: { line: 15, column: 11 } });
    expect(redis.capAdd).toMatchObject([{ value: 'SYS_ADMIN', range: { line: 16, column: 11 } }]);
    expect(plain).toMatchObject({ image: { value: 'postgres:16' }, source: { range: { line: 17 } } });
    expect(plain.memory).toBeUndefined();
  });

  it('maps run-step commands back to the lines of the block scalar', () => {
    const [, , , step, userns, folded] = specs('workflow', WORKFLOW);
    expect(step.source.range).toMatchObject({ line: 24, column: 11, endLine: 24, endColumn: 21 });
    expect(step.privileged).toMatchObject({ value: true, range: { line: 24, column: 22, endColumn: 34 } });
    expect(step.memory).toMatchObject({ opaque: true, range: { line: 25, column: 13 } });
    expect(step.image).toMatchObject({ opaque: true, range: { line: 26, column: 13 } });
    expect(userns.userns).toMatchObject({ value: 'host', range: { line: 27, column: 25, endColumn: 38 } });
    expect(userns.memory?.value).toBe(2 ** 30);
    expect(folded.pid).toMatchObject({ value: 'host', range: { line: 30, column: 11, endColumn: 21 } });
    expect(folded.image?.value).toBe('busybox');
  });

  it('keeps the comments inside run scripts for inline suppressions', () => {
    const t = load('workflow', WORKFLOW);
    expect(t.comments).toContainEqual({
      text: 'layerguard ignore=runtime/privileged -- the test needs it',
      range: { line: 23, column: 11, endLine: 23, endColumn: 70 },
    });
  });

  it('honours the default shell and skips non-POSIX shells', () => {
    const text = dedent(`
      on: push
      defaults:
        run:
          shell: pwsh
      jobs:
        a:
          runs-on: windows-latest
          steps:
            - run: docker run --privileged x
        b:
          runs-on: ubuntu-latest
          defaults:
            run:
              shell: bash
          steps:
            - run: docker run --privileged y
    `);
    expect(specs('workflow', text).map((s) => s.image?.value)).toEqual(['y']);
  });

  it('reports broken YAML with its position', () => {
    const t = load('workflow', 'on: push\njobs:\n  a:\n    steps:\n      - run: "docker run\n');
    expect(t.problems[0]).toMatchObject({
      message: expect.stringMatching(/YAML/),
      range: { line: expect.any(Number) },
    });
    expect(t.units).toEqual([]);
  });

  it('claims workflow files by path', () => {
    expect(workflowTarget.claims('.github/workflows/ci.yml', '')).toBe(true);
    expect(workflowTarget.claims('sub/.github/workflows/release.yaml', '')).toBe(true);
    expect(workflowTarget.claims('.github/dependabot.yml', '')).toBe(false);
    expect(workflowTarget.claimsExplicit!('ci.yml', 'on: push\njobs:\n  a: {}\n')).toBe(true);
  });
});
