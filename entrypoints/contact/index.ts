import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addressOf, addressWords, afterContactPage, contactLook } from '../../lib/detect/signal';
import { runGate } from './gate';
import { askIfFollowed, loadPagePart } from './load-page-part';
import { reportSentForm } from './sent-report';

/**
 * The always-on contact script, declared in manifest.config.ts for the top frame of every http(s)
 * page except the social networks, at document end: a gate that costs a page almost nothing (see
 * runGate for when it asks for the page part). An unlisted script rather than a WXT content
 * script on purpose: WXT's content-script context touches the extension API as it starts, and
 * that first touch alone costs a page more than half a millisecond. Here nothing touches an
 * extension API until the page part is needed.
 *
 * At document end — as soon as the page's markup is parsed, before its images and frames load —
 * not at document idle, which may come only after the load event: a person (or autofill) can
 * press a phone number or send a form before that, and the gate must be listening by then.
 * Starts at once: waiting for an idle callback would cost more than the look (the callback's
 * deadline object alone is a new kind of object for this script's world to build). The address
 * is read from `document.URL`, not `location`, for the same reason.
 */
export default defineUnlistedScript(() => {
  const address = () => document.URL;
  runGate({
    look: contactLook(document, address),
    confirms: () => addressWords(addressOf(address()), document.title) === 'confirmation',
    address,
    load: loadPagePart,
    follow: (read) => {
      if (afterContactPage(document.referrer, address())) askIfFollowed(read);
    },
    reportSent: (event, activity) => reportSentForm(event, activity),
  });
});
