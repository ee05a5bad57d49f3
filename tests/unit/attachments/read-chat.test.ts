import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readVisibleChat } from '../../../lib/attachments/read-chat';
import { ChatReading } from '../../../lib/attachments/transcript';

// happy-dom lays nothing out: every element is given a size, and `hidden` ones none, as a browser would.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const hidden = this.closest('[hidden]') !== null;
    return {
      width: hidden ? 0 : 100,
      height: hidden ? 0 : 20,
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 100,
      bottom: 20,
      toJSON: () => ({}),
    };
  });
  document.title = 'Help — Acme';
});

describe('readVisibleChat', () => {
  it('reads the visible messages of a widget with their times and authors', () => {
    document.body.innerHTML = `
      <main><h1>Help</h1><p class="intro">Questions? Chat with us.</p></main>
      <div id="chat-widget" aria-label="Chat with Acme">
        <ol role="log">
          <li class="row visitor"><div class="message"><span class="time">14:02</span> My refund for order 1182 has not arrived.</div></li>
          <li class="row agent"><span class="author">Priya</span><div class="message">I have issued it now. <time datetime="2026-12-06T14:03">14:03</time></div></li>
          <li class="row agent" hidden><div class="message">(older, folded away)</div></li>
        </ol>
      </div>`;
    const reading = ChatReading.parse(readVisibleChat());
    expect(reading.source).toBe('Chat with Acme');
    expect(reading.messages).toEqual([
      { who: 'You', time: '14:02', text: 'My refund for order 1182 has not arrived.' },
      { who: 'Priya', time: '14:03', text: 'I have issued it now.' },
    ]);
  });

  it('finds nothing on a page without an open chat', () => {
    document.body.innerHTML = '<main><h1>Contact us</h1><p>Call 0800 123 456</p></main>';
    expect(readVisibleChat().messages).toEqual([]);
  });

  it('does not store the query string of the page', () => {
    document.body.innerHTML = '<div class="chat"><div class="message">Hello</div></div>';
    expect(readVisibleChat().pageUrl).not.toContain('?');
  });
});
