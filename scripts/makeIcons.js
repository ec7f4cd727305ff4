#!/usr/bin/env node
// Draws Duly's add-in icons (a white "D" on a rounded blue square) and writes them as PNG files
// with nothing but zlib: assets/icon-{16,32,80}.png for the ribbon buttons and
// assets/icon-{64,128}.png for the add-in itself. The output is deterministic; the PNGs are
// committed, so run this only when the drawing changes: `node scripts/makeIcons.js`.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const BRAND = [0x0f, 0x6c, 0xbd]; // Fluent's brand blue (colorBrandBackground)
const SAMPLES = 4; // 4 x 4 samples per pixel for anti-aliased edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (rows of width * 4 bytes) as a PNG file. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function insideRoundedSquare(x, y) {
  const inset = 0.03;
  const radius = 0.2;
  const cx = Math.min(Math.max(x, inset + radius), 1 - inset - radius);
  const cy = Math.min(Math.max(y, inset + radius), 1 - inset - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// The "D": a bar with a half disc on its right, minus the same shape shrunk by the stroke width.
function insideD(x, y, grow) {
  const top = 0.22 - grow;
  const bottom = 0.78 + grow;
  const left = 0.3 - grow;
  const bend = 0.47;
  if (y < top || y > bottom || x < left) return false;
  if (x <= bend) return true;
  return (x - bend) ** 2 + (y - 0.5) ** 2 <= (0.28 + grow) ** 2;
}

function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let square = 0;
      let glyph = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          square += 1;
          if (insideD(x, y, 0) && !insideD(x, y, -0.11)) glyph += 1;
        }
      }
      const n = SAMPLES * SAMPLES;
      const white = square ? glyph / square : 0;
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) {
        pixels[at + c] = Math.round(BRAND[c] * (1 - white) + 255 * white);
      }
      pixels[at + 3] = Math.round((255 * square) / n);
    }
  }
  return encodePng(size, size, pixels);
}

const out = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = path.join(out, `icon-${size}.png`);
  fs.writeFileSync(file, draw(size));
  console.log(`wrote ${path.relative(process.cwd(), file)} (${size} x ${size})`);
}
