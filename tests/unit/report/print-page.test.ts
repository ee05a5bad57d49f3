import { describe, expect, it } from 'vitest';
import { counterContent, cssString, printPageCss } from '../../../components/report/print-page';

describe('the printed footer', () => {
  it('turns the translated template into page counters', () => {
    expect(counterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(counterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
    expect(counterContent('')).toBe('""');
  });

  it('escapes what the person typed, so a title cannot break out of the string or the style element', () => {
    expect(cssString('Say "hi" \\ now')).toBe('"Say \\"hi\\" \\\\ now"');
    expect(cssString('a</style><script>')).toBe('"a\\3C /style>\\3C script>"');
    expect(cssString('two\nlines\u0000')).toBe('"two lines "');
  });

  it('puts the title bottom left and the page number bottom right', () => {
    const css = printPageCss({ left: 'Complaint history: Overcharged', pageTemplate: 'Page {page} of {pages}' });
    expect(css).toContain('@bottom-left { content: "Complaint history: Overcharged";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });
});
