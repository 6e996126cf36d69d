import { DossierError, warning, type Warning } from '../core/errors.js';

/** The result of turning input bytes into text. */
export interface Decoded {
  /** The decoded text, without BOM; line endings not yet normalised. */
  readonly text: string;
  /** The encoding that was used. */
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Code units dropped from the front (a BOM), so offsets can be mapped back. */
  readonly bomLength: number;
  readonly warnings: readonly Warning[];
}

// Byte values that Windows-1252 leaves undefined: text that contains them is not Windows-1252.
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
// How many bytes to sniff for NUL and control characters.
const SNIFF_BYTES = 8192;

/**
 * Decode input bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 where the bytes
 * are not valid UTF-8. Throws {@link DossierError} for empty, binary or undecodable input.
 */
export function decode(bytes: Uint8Array, path?: string): Decoded {
  const where = path === undefined ? {} : { path };
  if (bytes.length === 0) throw new DossierError('EMPTY_INPUT', 'the input is empty', where);

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', where);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', where);

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  assertNotBinary(body, where);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text, encoding: 'utf-8', bomLength: hasBom ? 1 : 0, warnings: [] };
  } catch {
    // Not UTF-8: fall back to Windows-1252, the usual encoding of old saved pages.
  }
  const undefinedByte = body.find((b) => CP1252_UNDEFINED.has(b));
  if (undefinedByte !== undefined) {
    throw new DossierError(
      'INVALID_ENCODING',
      `the bytes are not valid UTF-8 and byte 0x${undefinedByte.toString(16)} is undefined in Windows-1252; convert the file to UTF-8`,
      where,
    );
  }
  const text = decodeWindows1252(body);
  return { text, encoding: 'windows-1252', bomLength: 0, warnings: [warning('DECODED_AS_WINDOWS_1252')] };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', where: { path?: string }): Decoded {
  if (bytes.length % 2 !== 0) {
    throw new DossierError('INVALID_ENCODING', `the input has a ${encoding} BOM but an odd number of bytes`, where);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch (cause) {
    throw new DossierError('INVALID_ENCODING', `the input has a ${encoding} BOM but is not valid ${encoding}`, { ...where, cause });
  }
  if (text.includes('\u0000')) throw new DossierError('BINARY_INPUT', 'the input contains NUL characters', where);
  return { text, encoding, bomLength: 1, warnings: [] };
}

function assertNotBinary(bytes: Uint8Array, where: { path?: string }): void {
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of sniff) {
    if (b === 0) {
      throw new DossierError('BINARY_INPUT', 'the input contains NUL bytes: it looks like a binary file, not text or HTML', where);
    }
    // Control characters other than tab, LF, FF and CR are rare in text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  if (sniff.length > 0 && control / sniff.length > 0.05) {
    throw new DossierError('BINARY_INPUT', 'the input is full of control characters: it looks like a binary file', where);
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; Node's TextDecoder treats the label as
// Latin-1, so the printable characters of that range are mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as string) : String.fromCharCode(b))).join('');
  }
  return out;
}
