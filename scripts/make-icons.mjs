/**
 * Draws the app's icons for the web manifest into public/icons/ as PNG files, with no browser and
 * no image package: a tiny rasteriser fills the shapes and node:zlib writes the PNG.
 * The design is the favicon's (public/favicon.svg): a white speech bubble on NHS blue.
 *
 *   node scripts/make-icons.mjs          write the icons (the PNGs are committed, so builds need nothing)
 *   node scripts/make-icons.mjs --check  exit 1 if the committed icons differ from what this draws
 *
 * The output is byte-for-byte the same on every run, so --check can guard against hand edits.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = fileURLToPath(new URL('../public/icons/', import.meta.url));

const blue = [0x00, 0x5e, 0xb8];
const white = [0xff, 0xff, 0xff];

/** The favicon's bubble, in its 32 × 32 grid: M8 10h16v10H14l-5 4v-4H8z */
const bubble = [
  [8, 10],
  [24, 10],
  [24, 20],
  [14, 20],
  [9, 24],
  [9, 20],
  [8, 20],
];

function insidePolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 32 - radius);
  const cy = Math.min(Math.max(y, radius), 32 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/**
 * @param size pixels per side
 * @param maskable full-bleed background (the platform crops it to its own shape); the bubble
 *   already sits inside the maskable safe zone, a circle of 40% of the size around the centre.
 * @param glyphScale how big the bubble is, about its centre
 */
function draw(size, { maskable, glyphScale }) {
  const samples = 4; // 4 × 4 samples per pixel for smooth edges
  const pixels = Buffer.alloc(size * size * 4);
  const centre = [16, 17];
  const glyph = bubble.map(([x, y]) => [centre[0] + (x - centre[0]) * glyphScale, centre[1] + (y - centre[1]) * glyphScale]);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let foreground = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) * 32) / size;
          const y = ((py + (sy + 0.5) / samples) * 32) / size;
          if (maskable || insideRoundedSquare(x, y, 6)) {
            background++;
            if (insidePolygon(x, y, glyph)) foreground++;
          }
        }
      }
      const total = samples * samples;
      const alpha = background / total;
      const mix = background === 0 ? 0 : foreground / background;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(blue[c] + (white[c] - blue[c]) * mix);
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, pixels);
}

// --- PNG ----------------------------------------------------------------------------------------

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const rowBytes = width * 4;
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (rowBytes + 1)] = 0; // filter: none
    rgba.copy(raw, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- Output -------------------------------------------------------------------------------------

export const icons = [
  { file: 'icon-192.png', size: 192, maskable: false, glyphScale: 1 },
  { file: 'icon-512.png', size: 512, maskable: false, glyphScale: 1 },
  // A little smaller, so that even a circular crop leaves a margin round the bubble.
  { file: 'icon-maskable-512.png', size: 512, maskable: true, glyphScale: 0.85 },
];

const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const icon of icons) {
  const png = draw(icon.size, icon);
  const path = join(outDir, icon.file);
  if (check) {
    if (!existsSync(path) || !readFileSync(path).equals(png)) {
      console.error(`${icon.file} is missing or differs from what scripts/make-icons.mjs draws`);
      stale++;
    }
  } else {
    writeFileSync(path, png);
    console.log(`wrote public/icons/${icon.file} (${png.length} bytes)`);
  }
}
if (stale > 0) process.exit(1);
