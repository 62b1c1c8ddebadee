// Files for the upload tests: the committed samples (tests/fixtures) and hostile archives built on the fly.
import { readFileSync } from "node:fs";
import path from "node:path";
import { crc32, deflateRawSync } from "node:zlib";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

export function fixture(name: string): Uint8Array<ArrayBuffer> {
  const buffer = readFileSync(path.join(FIXTURES, name));
  return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
}

/** A small, real PNG (fresh copy each time: the data layer keeps what it is given). */
export const PNG_BYTES = () => fixture("sample.png");

const u16 = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/**
 * A .docx whose document part inflates to `unpackedBytes` of zeros (a "zip bomb"): small on the wire, huge
 * once opened. With `declareOnly`, the central directory claims that size for a tiny part (a lying archive).
 */
export function zipBombDocx(unpackedBytes: number, declareOnly = false): Uint8Array<ArrayBuffer> {
  const parts: [string, Buffer, number][] = [
    ["[Content_Types].xml", Buffer.from('<?xml version="1.0"?><Types/>'), 0],
    [
      "word/document.xml",
      declareOnly ? Buffer.from("<w:document/>") : Buffer.alloc(unpackedBytes),
      unpackedBytes,
    ],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data, declared] of parts) {
    const packed = deflateRawSync(data, { level: 1 });
    const size = declared || data.length;
    const nameBytes = Buffer.from(name, "utf8");
    // prettier-ignore
    const common = Buffer.concat([
      u16(20), u16(0x0800), u16(8), u16(0x6000), u16(0x5d79),
      u32(crc32(data)), u32(packed.length), u32(size), u16(nameBytes.length), u16(0),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, nameBytes, packed]);
    // prettier-ignore
    centrals.push(Buffer.concat([
      u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), nameBytes,
    ]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  // prettier-ignore
  const end = Buffer.concat([
    u32(0x06054b50), u16(0), u16(0), u16(parts.length), u16(parts.length),
    u32(directory.length), u32(offset), u16(0),
  ]);
  const whole = Buffer.concat([...locals, directory, end]);
  return new Uint8Array(whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength));
}
