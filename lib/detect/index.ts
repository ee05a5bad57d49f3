/** Page classifiers: reading a Document (in the page) and judging the reading (anywhere). No extension APIs. */
export { hasContactSignal, isSocialPage } from './signal';
export { classifyPage } from './classify';
export { judgePage, CONTACT_THRESHOLD, WEIGHTS, type DetectedChannel, type PageVerdict } from './judge';
export { readPage } from './read';
export { classifyForm, contactForms, type FormKind } from './forms';
export { chatLaunchers, chatVendorOf, focusedLauncherVendor, isChatButton, CHAT_VENDOR_SELECTOR } from './chat';
export { phonesInText, phoneFromTel, normalisePhone, pageCountry } from './phones';
export { emailsInText, parseMailto } from './emails';
export { referenceInText } from './reference';
export { formMessage, formSubject, isSensitiveField } from './form-fields';
