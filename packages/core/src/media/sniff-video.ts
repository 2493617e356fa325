/**
 * The container a file really is, from its first bytes (not its name or the declared type): ISO BMFF ("ftyp" at
 * offset 4: MP4, MOV) or Matroska/WebM (EBML magic 1A 45 DF A3).
 */
export function sniffVideo(head: Uint8Array): "mp4" | "mov" | "webm" | null {
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return "webm";
  if (head.length >= 12 && String.fromCharCode(...head.slice(4, 8)) === "ftyp") {
    const brand = String.fromCharCode(...head.slice(8, 12));
    return brand === "qt  " ? "mov" : "mp4";
  }
  return null;
}
