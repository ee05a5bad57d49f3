/** The longest side of a timeline thumbnail, in pixels (twice the 48 px it is shown at, for sharp screens). */
export const THUMBNAIL_EDGE = 96;

/** A picture's size scaled down to fit `edge` × `edge`, never up, at least 1 × 1. */
export function thumbnailSize(
  width: number,
  height: number,
  edge: number = THUMBNAIL_EDGE,
): { width: number; height: number } {
  const scale = Math.min(1, edge / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
