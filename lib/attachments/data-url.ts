/**
 * The bytes of a base64 `data:` URL (what `tabs.captureVisibleTab` returns), decoded here rather
 * than with fetch(), so an extension page never makes a request for them.
 */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([\w/+.-]+);base64,([A-Za-z0-9+/=\s]*)$/.exec(dataUrl);
  if (!match?.[1] || match[2] === undefined) throw new Error('not a base64 data URL');
  const binary = atob(match[2].replace(/\s/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: match[1] });
}
