// A small but valid sdist (ustar in gzip, PEP 625 name) so indexes can list sdists beside wheels.
import { gzipSync } from 'node:zlib';
import { escapeName, renderMetadata, type WheelOptions } from './wheel.js';

export function sdistFilename(name: string, version: string): string {
  return `${escapeName(name)}-${version}.tar.gz`;
}

export function makeSdist(options: WheelOptions): Uint8Array {
  const root = `${escapeName(options.name)}-${options.version}`;
  const pkgInfo = renderMetadata(options);
  const pyproject = [
    '[build-system]',
    'requires = ["setuptools"]',
    'build-backend = "setuptools.build_meta"',
    '',
    '[project]',
    `name = ${JSON.stringify(options.name)}`,
    `version = ${JSON.stringify(options.version)}`,
    '',
  ].join('\n');
  const blocks: Buffer[] = [];
  for (const [path, text] of [
    [`${root}/PKG-INFO`, pkgInfo],
    [`${root}/pyproject.toml`, pyproject],
  ] as const) {
    const data = Buffer.from(text, 'utf8');
    blocks.push(tarHeader(path, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return new Uint8Array(gzipSync(Buffer.concat(blocks)));
}

function tarHeader(path: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  const octal = (value: number, width: number): string => `${value.toString(8).padStart(width - 1, '0')}\0`;
  header.write(path, 0, 100, 'utf8');
  header.write(octal(0o644, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii');
  header.write(octal(0, 8), 116, 'ascii');
  header.write(octal(size, 12), 124, 'ascii');
  header.write(octal(0, 12), 136, 'ascii');
  header.write('        ', 148, 'ascii');
  header.write('0', 156, 'ascii');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return header;
}
