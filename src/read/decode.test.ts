import { describe, expect, it } from 'vitest';
import { decode } from './decode.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('decode', () => {
  it('reads UTF-8 with and without BOM, reporting the BOM', () => {
    expect(decode(Buffer.from('Astaná'))).toMatchObject({ text: 'Astaná', encoding: 'utf-8', bomLength: 0 });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Astaná')]))).toMatchObject({ text: 'Astaná', bomLength: 1 });
  });

  it('reads UTF-16 little- and big-endian with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Türkiye “quote”', 'utf16le')]);
    expect(decode(le)).toMatchObject({ text: 'Türkiye “quote”', encoding: 'utf-16le' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: 'Türkiye “quote”', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 with a warning when the bytes are not UTF-8', () => {
    const bytes = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]); // “Hi” café
    const decoded = decode(bytes);
    expect(decoded.text).toBe('“Hi” café');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings.map((w) => w.code)).toEqual(['DECODED_AS_WINDOWS_1252']);
  });

  it('rejects bytes that are neither UTF-8 nor Windows-1252', () => {
    expect(code(() => decode(Buffer.from([0x41, 0x81, 0x42, 0xe9])))).toBe('INVALID_ENCODING');
    expect(code(() => decode(Buffer.from([0xff, 0xfe, 0x41])))).toBe('INVALID_ENCODING');
  });

  it('rejects empty and binary input with their own codes', () => {
    expect(code(() => decode(new Uint8Array()))).toBe('EMPTY_INPUT');
    expect(code(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))).toBe('BINARY_INPUT');
    expect(code(() => decode(Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))))).toBe('BINARY_INPUT');
  });
});
