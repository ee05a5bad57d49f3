/** Pure page classifiers: Document in, verdict out. No extension APIs: they run in every page. */
export { hasContactSignal, isSocialPage } from './signal';
export { classifyPage, CONTACT_THRESHOLD, WEIGHTS, type DetectedChannel, type PageVerdict } from './classify';
export { classifyForm, contactForms, type FormKind } from './forms';
export { chatLaunchers, chatVendorOf, focusedLauncherVendor, isChatButton, CHAT_VENDOR_SELECTOR } from './chat';
export { phonesInText, phoneFromTel, normalisePhone, pageCountry } from './phones';
export { emailsInText, parseMailto } from './emails';
export { referenceInText } from './reference';
export { companyHint } from './company';
export { formMessage, formSubject, isSensitiveField } from './form-fields';
