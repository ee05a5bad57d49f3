import { beforeEach, describe, expect, it } from 'vitest';
import type { PageJudgement } from '../../../lib/detect/judge';
import { detectFromClick, detectWidgetSend } from '../../../entrypoints/contact/capture';
import { browserOpacity, el } from './dom-support';

/** Clicks on channels that are not tel:/mailto: links or forms (issue #21). */
function verdictOf(kind: PageJudgement['kind']): PageJudgement {
  return { kind, chatVendors: [], company: { host: 'example.id' } };
}

describe('detectFromClick beyond tel: and mailto:', () => {
  beforeEach(() => browserOpacity());

  it('turns a WhatsApp chat link into a chat with the business’s number, on contact pages only', () => {
    document.body.innerHTML =
      '<a id="w" href="https://wa.me/6289515232062?text=Halo"><i></i> WhatsApp</a><a id="s" href="https://api.whatsapp.com/send?text=Look">Share</a>';
    expect(detectFromClick(el('#w i'), verdictOf('contact'), 'ID')).toEqual({
      channel: 'chat',
      contact: 'WhatsApp +6289515232062',
    });
    expect(detectFromClick(el('#w'), verdictOf('none'), 'ID')).toBeUndefined();
    expect(detectFromClick(el('#s'), verdictOf('contact'), 'ID')).toBeUndefined();
  });

  it('reports the send button of contact fields in no form, once a message is written', () => {
    document.body.innerHTML =
      '<div id="widget"><input name="name"><input type="email" name="email"><textarea name="message"></textarea><button id="send" type="button"><span>Send</span></button></div>';
    expect(detectWidgetSend(el('#send span'))).toBeUndefined();
    el<HTMLTextAreaElement>('textarea').value = 'My order 1234 never arrived';
    const found = detectWidgetSend(el('#send span'));
    expect(found?.channel).toBe('web_form');
    expect(found?.form?.fields.map((field) => field.tag)).toEqual(['input', 'input', 'textarea']);
    // The message itself is not read here (only with the person's copies, from a sent form).
    expect(found?.form?.fields.every((field) => field.value === '')).toBe(true);
  });

  it('but not a button of a form, a reset, or a lone text box', () => {
    document.body.innerHTML =
      '<form><input name="name"><input type="email"><textarea>hi</textarea><button id="in-form">Send</button></form>' +
      '<div><input name="name"><input type="email"><textarea>hi</textarea><button id="reset" type="reset">Clear</button></div>' +
      '<div><textarea>notes</textarea><button id="copy">Copy</button></div>';
    for (const id of ['#in-form', '#reset', '#copy']) expect(detectWidgetSend(el(id)), id).toBeUndefined();
  });
});
