import { describe, expect, it } from 'vitest';
import { pageText, squash } from '../../../lib/detect/text';
import { pageWith } from './load-page';

describe('pageText (the readable text of a page)', () => {
  it('keeps the text around scripts, styles, templates and form controls, and drops their bodies', () => {
    const doc = pageWith(
      '<h1>Contact us</h1><script>var ref = "Case 99999";</script><p>Call 0800 123 4567</p><style>.a{color:red}</style>' +
        '<template><p>Hidden template <script>inner()</script></template><textarea>draft text</textarea><p>Ref 4471</p>',
    );
    expect(squash(pageText(doc.body))).toBe('Contact us Call 0800 123 4567 Ref 4471');
  });

  it('keeps the visible words when a script body repeats them', () => {
    const doc = pageWith('<p>alert(1)</p>\n<script>alert(1)</script>\n<p>end</p>');
    expect(squash(pageText(doc.body))).toBe('alert(1) end');
  });

  it('stops at the cap', () => {
    const doc = pageWith(`<p>${'a'.repeat(500)}</p><script>x()</script><p>${'b'.repeat(500)}</p>`);
    expect(pageText(doc.body, 600)).toHaveLength(600);
    expect(pageText(doc.body, 100)).toBe('a'.repeat(100));
  });
});
