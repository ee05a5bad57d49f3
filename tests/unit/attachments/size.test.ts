import { describe, expect, it } from 'vitest';
import { formatBytes, sizeProblem } from '../../../lib/attachments/size';
import { MAX_ATTACHMENT_BYTES } from '../../../lib/model';

const MB = 1024 * 1024;

describe('size messages', () => {
  it('names the file, its size and the limit', () => {
    expect(sizeProblem('bill.pdf', 34 * MB)).toBe('“bill.pdf” is 34 MB; the largest file Paper Trail keeps is 20 MB.');
    // Just over the limit never reads as "20 MB" against a 20 MB limit.
    expect(sizeProblem('scan.png', MAX_ATTACHMENT_BYTES + 1)).toBe(
      '“scan.png” is 21 MB; the largest file Paper Trail keeps is 20 MB.',
    );
    expect(sizeProblem('empty.txt', 0)).toBe('“empty.txt” is empty.');
  });

  it('accepts files up to the limit', () => {
    expect(sizeProblem('bill.pdf', 1)).toBeUndefined();
    expect(sizeProblem('bill.pdf', MAX_ATTACHMENT_BYTES)).toBeUndefined();
  });

  it('formats sizes for people', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(12 * MB)).toBe('12 MB');
    expect(formatBytes(2.1 * 1024 * MB)).toBe('2.1 GB');
  });
});
