/**
 * Image checks and metadata stripping for uploaded photos, without an image library: the type is decided by the
 * file's first bytes (never by its name or Content-Type), and the containers are rewritten without the segments and
 * chunks that carry EXIF (GPS position, camera serial), XMP, comments and timestamps. Pixel data is copied as is.
 */

/** Image types we accept. */
export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp'

/** The bytes are not a well-formed image of the type they claim. */
export class InvalidImageError extends Error {
  override name = 'InvalidImageError'
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The image type by magic bytes, or null for anything else (text renamed .jpg, GIF, HEIC, PDF…). */
export function detectImageType(buf: Buffer): ImageMime | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg'
  if (buf.length >= 8 && buf.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png'
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP')
    return 'image/webp'
  return null
}

/**
 * JPEG: keeps SOI, APP0 (JFIF), tables, frame and scan data and EOI; drops APP1–APP15 (EXIF, XMP, ICC, Photoshop
 * IRB with its own GPS copy…) and COM. Anything after EOI (appended payloads) is dropped too.
 */
export function stripJpeg(buf: Buffer): Buffer {
  if (buf.length < 4 || buf[0] !== 0xff || buf[1] !== 0xd8) throw new InvalidImageError('not a JPEG')
  const out: Buffer[] = [buf.subarray(0, 2)]
  let pos = 2
  let sawEoi = false
  while (pos < buf.length) {
    if (buf[pos] !== 0xff) throw new InvalidImageError(`expected a marker at ${pos}`)
    // Fill bytes: any number of 0xFF before a marker.
    while (pos < buf.length && buf[pos] === 0xff) pos++
    if (pos >= buf.length) throw new InvalidImageError('truncated marker')
    const marker = buf[pos]!
    pos++
    if (marker === 0xd9) {
      out.push(Buffer.from([0xff, 0xd9]))
      sawEoi = true
      break
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      out.push(Buffer.from([0xff, marker]))
      continue
    }
    if (pos + 2 > buf.length) throw new InvalidImageError('truncated segment length')
    const length = buf.readUInt16BE(pos)
    if (length < 2 || pos + length > buf.length) throw new InvalidImageError('segment runs past the end')
    const segmentEnd = pos + length
    const dropped = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe
    if (!dropped) out.push(Buffer.concat([Buffer.from([0xff, marker]), buf.subarray(pos, segmentEnd)]))
    pos = segmentEnd
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      let scan = pos
      while (scan + 1 < buf.length) {
        if (buf[scan] === 0xff) {
          const next = buf[scan + 1]!
          if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) break
        }
        scan++
      }
      if (scan + 1 >= buf.length) throw new InvalidImageError('scan data without an end marker')
      out.push(buf.subarray(pos, scan))
      pos = scan
    }
  }
  if (!sawEoi) throw new InvalidImageError('no end-of-image marker')
  return Buffer.concat(out)
}

/** PNG chunks that carry metadata (EXIF, text, modification time); everything else is kept. */
const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME'])

/** PNG: copies chunks up to IEND, dropping {@link PNG_DROPPED}. */
export function stripPng(buf: Buffer): Buffer {
  if (!buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new InvalidImageError('not a PNG')
  const out: Buffer[] = [PNG_SIGNATURE]
  let pos = 8
  let first = true
  while (true) {
    if (pos + 12 > buf.length) throw new InvalidImageError('truncated chunk')
    const length = buf.readUInt32BE(pos)
    const type = buf.toString('latin1', pos + 4, pos + 8)
    const end = pos + 12 + length
    if (end > buf.length) throw new InvalidImageError('chunk runs past the end')
    if (first && type !== 'IHDR') throw new InvalidImageError('PNG must start with IHDR')
    first = false
    if (!PNG_DROPPED.has(type)) out.push(buf.subarray(pos, end))
    pos = end
    if (type === 'IEND') break
  }
  return Buffer.concat(out)
}

/** WebP: drops the EXIF and XMP chunks, clears their flags in VP8X, and rewrites the RIFF size. */
export function stripWebp(buf: Buffer): Buffer {
  if (detectImageType(buf) !== 'image/webp') throw new InvalidImageError('not a WebP')
  const riffEnd = Math.min(buf.length, 8 + buf.readUInt32LE(4))
  const chunks: Buffer[] = []
  let pos = 12
  while (pos + 8 <= riffEnd) {
    const fourcc = buf.toString('latin1', pos, pos + 4)
    const size = buf.readUInt32LE(pos + 4)
    const end = pos + 8 + size + (size % 2)
    if (pos + 8 + size > riffEnd) throw new InvalidImageError('chunk runs past the end')
    if (fourcc !== 'EXIF' && fourcc !== 'XMP ') {
      const chunk = Buffer.from(buf.subarray(pos, Math.min(end, riffEnd)))
      // VP8X flags byte: bit 3 = EXIF present, bit 2 = XMP present.
      if (fourcc === 'VP8X' && chunk.length > 8) chunk[8] = chunk[8]! & ~0x0c
      chunks.push(chunk)
    }
    pos = end
  }
  if (chunks.length === 0) throw new InvalidImageError('WebP without image data')
  const body = Buffer.concat(chunks)
  const header = Buffer.alloc(12)
  header.write('RIFF', 0, 'latin1')
  header.writeUInt32LE(4 + body.length, 4)
  header.write('WEBP', 8, 'latin1')
  return Buffer.concat([header, body])
}

/** Detects the type by content and returns the image without metadata; throws {@link InvalidImageError}. */
export function sanitiseImage(buf: Buffer): { mime: ImageMime; data: Buffer } {
  const mime = detectImageType(buf)
  if (!mime) throw new InvalidImageError('not a JPEG, PNG or WebP image')
  const data = mime === 'image/jpeg' ? stripJpeg(buf) : mime === 'image/png' ? stripPng(buf) : stripWebp(buf)
  return { mime, data }
}
