/**
 * The process's output goes straight to its descriptors when they are pipes, files or sockets
 * (src/cli/fd-write.ts), and through Node's stream otherwise or after a write the descriptor refuses;
 * and a `check` of a few named files leaves V8's heap settings alone (src/cli/process-io.ts).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fdOutput } from '../src/cli/fd-write.js';
import { isSmallRun, SMALL_RUN_FILES } from '../src/cli/process-io.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-process-io-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A stand-in for process.stdout that keeps what it is given. */
function fakeStream() {
  const chunks: string[] = [];
  const stream = {
    isTTY: true,
    write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk).toString('utf8')) > 0,
  } as unknown as NodeJS.WriteStream;
  return { chunks, get: () => stream };
}

test('a file takes the writes directly, in order, without the stream', () => {
  const file = path.join(tmp, 'out.txt');
  const fd = openSync(file, 'w');
  const fake = fakeStream();
  const out = fdOutput(fd, fake.get);
  expect(out.isTTY).toBe(false);
  out.write('one ');
  out.write('');
  out.write('twö\n');
  closeSync(fd);
  expect(readFileSync(file, 'utf8')).toBe('one twö\n');
  expect(fake.chunks).toEqual([]);
  expect(out.streamed).toBe(false);
});

test('a write the descriptor refuses goes, with all later ones, through the stream', () => {
  const file = path.join(tmp, 'read-only.txt');
  writeFileSync(file, '');
  const fd = openSync(file, 'r'); // a regular file, but writes fail (EBADF)
  const fake = fakeStream();
  const out = fdOutput(fd, fake.get);
  out.write('first\n');
  out.write('second\n');
  closeSync(fd);
  expect(fake.chunks.join('')).toBe('first\nsecond\n');
  expect(out.streamed).toBe(true);
});

test('a descriptor that is no pipe, file or socket is left to the stream (a terminal)', () => {
  const fd = openSync('/dev/zero', 'w'); // a character device, as a terminal is
  const fake = fakeStream();
  const out = fdOutput(fd, fake.get);
  expect(out.isTTY).toBe(true); // the stream's answer
  out.write('x');
  closeSync(fd);
  expect(fake.chunks).toEqual(['x']);
});

test('/dev/null takes the writes directly, and is no terminal', () => {
  const fd = openSync('/dev/null', 'w');
  const fake = fakeStream();
  const out = fdOutput(fd, fake.get);
  expect(out.isTTY).toBe(false);
  out.write('x');
  closeSync(fd);
  expect(fake.chunks).toEqual([]);
  expect(out.streamed).toBe(false);
});

test('only a check of a few named files counts as a small run', () => {
  writeFileSync(path.join(tmp, 'Dockerfile'), 'FROM alpine:3.19\n');
  const small = (...argv: string[]) => isSmallRun(argv, tmp);
  expect(small('check', 'Dockerfile', '--shellcheck', 'off', '--no-baseline-file')).toBe(true);
  expect(small('check', '--policy', 'p.yml', 'Dockerfile', '-f', 'json')).toBe(true);
  expect(small('baseline', 'Dockerfile')).toBe(true);
  expect(small('check', ...Array<string>(SMALL_RUN_FILES).fill('Dockerfile'))).toBe(true);
  expect(small('check', ...Array<string>(SMALL_RUN_FILES + 1).fill('Dockerfile'))).toBe(false);
  expect(small('check')).toBe(false); // the working folder
  expect(small('check', '.')).toBe(false);
  expect(small('check', '**/Dockerfile')).toBe(false);
  expect(small('check', '-')).toBe(false);
  expect(small('check', 'Dockerfile', '--image', 'app.tar')).toBe(false);
  expect(small('check', 'Dockerfile', '--container-inspect', 'inspect.json')).toBe(false);
  expect(small('verify')).toBe(false);
  expect(small('rules')).toBe(false);
});
