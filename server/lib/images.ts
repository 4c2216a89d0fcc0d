import type { Sharp } from "sharp";

/** The formats an uploaded logo may be in; it is stored in the same one, re-encoded. */
const formats = {
  png: { type: "image/png", extension: "png" },
  jpeg: { type: "image/jpeg", extension: "jpg" },
  webp: { type: "image/webp", extension: "webp" },
} as const;
type Format = keyof typeof formats;

/** Largest side of a stored logo; it is shown at 64 px at most, twice that on dense screens. */
export const maxLogoSide = 512;
/**
 * Largest image we agree to decode (about 5000 × 5000). A 512 KB file can declare far more
 * pixels than that (a "decompression bomb"); libvips refuses it from the header, before
 * allocating anything.
 */
export const maxInputPixels = 25_000_000;

export class NotAnImage extends Error {}

let loaded: Promise<typeof import("sharp").default> | undefined;

/**
 * sharp (libvips) is loaded on the first upload, not at start-up, so a server nobody uploads
 * to never pays for it. Only the PNG, JPEG and WebP decoders may run: SVG, TIFF, HEIF, PDF and
 * the rest are blocked for the whole process, so a file cannot reach a decoder we do not need.
 */
function loadSharp() {
  loaded ??= import("sharp").then(({ default: sharp }) => {
    sharp.cache(false);
    sharp.concurrency(1);
    sharp.block({ operation: ["VipsForeignLoad"] });
    sharp.unblock({
      operation: [
        "VipsForeignLoadPngBuffer",
        "VipsForeignLoadJpegBuffer",
        "VipsForeignLoadWebpBuffer",
      ],
    });
    return sharp;
  });
  return loaded;
}

const isFormat = (format: string | undefined): format is Format =>
  format !== undefined && Object.hasOwn(formats, format);

/**
 * Decodes an uploaded logo and encodes a fresh copy: at most {@link maxLogoSide} pixels a side,
 * turned upright, first frame only, with no metadata (no EXIF location, no comments). Whatever
 * is not pixels (bytes appended after the image, a polyglot's HTML, chunks a browser might
 * sniff) never reaches storage. Throws {@link NotAnImage} for anything that does not decode as
 * a PNG, JPEG or WebP within the pixel limit, whatever its name, declared type or first bytes.
 */
export async function reencodeLogo(bytes: Buffer) {
  const sharp = await loadSharp();
  const open = (): Sharp =>
    sharp(bytes, { limitInputPixels: maxInputPixels, sequentialRead: true, failOn: "error" });
  let format: Format;
  try {
    const header = await open().metadata();
    if (!isFormat(header.format)) throw new NotAnImage(`not a PNG, JPEG or WebP image`);
    format = header.format;
    const pipeline = open()
      .rotate()
      .resize(maxLogoSide, maxLogoSide, { fit: "inside", withoutEnlargement: true });
    const encoded =
      format === "png"
        ? pipeline.png({ compressionLevel: 9 })
        : format === "jpeg"
          ? pipeline.jpeg({ quality: 85 })
          : pipeline.webp({ quality: 85 });
    const output = await encoded.toBuffer();
    return { bytes: output, ...formats[format] };
  } catch (error) {
    if (error instanceof NotAnImage) throw error;
    // libvips says why (truncated, too many pixels, bad header): the caller only needs "no".
    throw new NotAnImage(error instanceof Error ? error.message : String(error));
  }
}

/** The media type of a stored logo, from the extension it was stored under. */
export function typeOfStored(name: string): string {
  const extension = name.split(".").pop();
  return (
    Object.values(formats).find((f) => f.extension === extension)?.type ??
    "application/octet-stream"
  );
}
