/** SHA-256 of the bytes as lower-case hex: what the report prints and a restore checks. */
export async function sha256Hex(data: Blob | ArrayBuffer | Uint8Array): Promise<string> {
  const buffer = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', buffer as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The first hex digits, enough to tell files apart on paper (the full hash is in the backup). */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
