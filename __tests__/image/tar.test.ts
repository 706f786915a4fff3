import { TarParser, looksLikeTar } from '../../src/targets/image/tar.js';
import type { TarHeader } from '../../src/targets/image/tar.js';
import { gnuLongName, paxEntry, tarEntry, tarOf } from './helpers.js';

interface Seen {
  header: TarHeader;
  content: Buffer;
}

function parse(buf: Buffer, chunk = buf.length, limits?: { maxNameLength: number; maxRecordBytes: number }) {
  const seen: Seen[] = [];
  const warnings: string[] = [];
  const p = new TarParser(
    {
      entry(header) {
        const parts: Buffer[] = [];
        const s: Seen = { header, content: Buffer.alloc(0) };
        seen.push(s);
        return {
          content: (c, start, end) => parts.push(Buffer.from(c.subarray(start, end))),
          end: () => {
            s.content = Buffer.concat(parts);
          },
        };
      },
      warning: (m) => warnings.push(m),
    },
    limits,
  );
  for (let i = 0; i < buf.length; i += chunk) p.write(buf.subarray(i, i + chunk));
  p.end();
  return { seen, warnings, error: p.error, parser: p };
}

describe('TarParser', () => {
  const archive = tarOf([
    tarEntry({ name: 'etc/', flag: '5' }),
    tarEntry({ name: 'etc/hostname', content: 'box\n' }),
    tarEntry({ name: 'big.bin', content: Buffer.alloc(1500, 7) }),
    tarEntry({ name: 'link', flag: '2', linkname: '/etc/hostname' }),
    tarEntry({ name: 'hard', flag: '1', linkname: 'etc/hostname' }),
    tarEntry({ name: 'usr/bin/su', content: 'x', mode: 0o4755 }),
  ]);

  it.each([1, 7, 511, 512, 513, 4096, archive.length])(
    'reads entries and content with %i-byte chunks',
    (chunk) => {
      const { seen, error } = parse(archive, chunk);
      expect(error).toBeNull();
      expect(seen.map((s) => [s.header.name, s.header.type, s.header.size])).toEqual([
        ['etc/', 'dir', 0],
        ['etc/hostname', 'file', 4],
        ['big.bin', 'file', 1500],
        ['link', 'symlink', 0],
        ['hard', 'hardlink', 0],
        ['usr/bin/su', 'file', 1],
      ]);
      expect(seen[1].content.toString()).toBe('box\n');
      expect(seen[2].content.equals(Buffer.alloc(1500, 7))).toBe(true);
      expect(seen[3].header.linkname).toBe('/etc/hostname');
      expect(seen[5].header.mode).toBe(0o4755);
    },
  );

  it('applies pax path, linkpath and size records to the next entry only', () => {
    const long = 'a/'.repeat(120) + 'file.txt';
    const { seen, error } = parse(
      tarOf([
        paxEntry({ path: long, linkpath: 'x'.repeat(150) }),
        tarEntry({ name: 'short', flag: '2', linkname: 'y' }),
        tarEntry({ name: 'after', content: 'z' }),
      ]),
      100,
    );
    expect(error).toBeNull();
    expect(seen[0].header.name).toBe(long);
    expect(seen[0].header.linkname).toBe('x'.repeat(150));
    expect(seen[1].header.name).toBe('after');
  });

  it('reads GNU long names and base-256 sizes', () => {
    const long = 'deep/'.repeat(40) + 'name';
    const { seen, error } = parse(
      tarOf([gnuLongName(long), tarEntry({ name: 'truncated', content: 'abc', base256: true })]),
      64,
    );
    expect(error).toBeNull();
    expect(seen).toHaveLength(1);
    expect(seen[0].header.name).toBe(long);
    expect(seen[0].header.size).toBe(3);
    expect(seen[0].content.toString()).toBe('abc');
  });

  it('joins the ustar prefix with the name', () => {
    const h = tarEntry({ name: 'file', content: 'x' });
    h.write('some/prefix', 345, 'latin1');
    // Recompute the checksum after editing the header.
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += h[i];
    h.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 'latin1');
    const { seen } = parse(tarOf([h]));
    expect(seen[0].header.name).toBe('some/prefix/file');
  });

  it('stops with an error on a bad checksum, keeping what came before', () => {
    const { seen, error } = parse(
      tarOf([tarEntry({ name: 'ok', content: 'x' }), tarEntry({ name: 'bad', badChecksum: true })]),
    );
    expect(seen.map((s) => s.header.name)).toEqual(['ok']);
    expect(error).toMatch(/bad checksum/);
  });

  it('reports a stream that ends inside an entry', () => {
    const full = tarEntry({ name: 'cut', content: Buffer.alloc(2000, 1) });
    const { error } = parse(full.subarray(0, 1000));
    expect(error).toMatch(/ends in the middle of an entry/);
  });

  it('accepts a tar without end-of-archive blocks', () => {
    const { seen, error } = parse(tarEntry({ name: 'only', content: 'x' }));
    expect(error).toBeNull();
    expect(seen).toHaveLength(1);
  });

  it('skips over-long names with a warning and keeps going', () => {
    const { seen, warnings } = parse(
      tarOf([
        paxEntry({ path: 'n'.repeat(300) }),
        tarEntry({ name: 'x', content: 'abc' }),
        tarEntry({ name: 'next' }),
      ]),
      512,
      { maxNameLength: 200, maxRecordBytes: 1 << 20 },
    );
    expect(warnings[0]).toMatch(/exceeds the limit of 200/);
    expect(seen.map((s) => s.header.name)).toEqual(['next']);
  });

  it('ignores a pax record larger than the limit', () => {
    const { seen, warnings } = parse(
      tarOf([paxEntry({ path: 'p'.repeat(3000) }), tarEntry({ name: 'plain' })]),
      512,
      {
        maxNameLength: 4096,
        maxRecordBytes: 1024,
      },
    );
    expect(warnings[0]).toMatch(/pax header of \d+ bytes/);
    expect(seen[0].header.name).toBe('plain');
  });

  it('sniffs tar headers', () => {
    expect(looksLikeTar(tarEntry({ name: 'a' }))).toBe(true);
    expect(looksLikeTar(Buffer.alloc(512))).toBe(true);
    expect(looksLikeTar(Buffer.from('{"json": true}'.padEnd(512)))).toBe(false);
  });
});
