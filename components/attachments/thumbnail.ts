import { thumbnailSize } from '../../lib/attachments/thumbnail-size';

/**
 * A small JPEG of a picture, made in the page (createImageBitmap decodes off the main thread where
 * the browser can). Undefined when the browser cannot decode it: the timeline then shows an icon,
 * and the attachment is kept all the same.
 */
export async function makeThumbnail(image: Blob): Promise<Blob | undefined> {
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(image);
    const { width, height } = thumbnailSize(bitmap.width, bitmap.height);
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) return undefined;
      context.drawImage(bitmap, 0, 0, width, height);
      return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob | undefined>((resolve) =>
      canvas.toBlob((b) => resolve(b ?? undefined), 'image/jpeg', 0.8),
    );
  } catch {
    return undefined;
  } finally {
    bitmap?.close();
  }
}
