/**
 * Nigerian mobile numbers written nationally: 11 digits from 070x, 080x, 081x, 090x or 091x
 * ("0803 555 2917"). Some of these prefixes read as a UK freephone or premium line, so a number
 * in this shape is taken as a person's mobile, except the UK's own freephone 0800 and 0808, and
 * 090x (UK premium rate) unless the post is plainly Nigerian.
 */
const NG_MOBILE = /^0(?:70[1-9]|80[1-79]|81\d|91\d)\d{7}$/u;
const NG_PREMIUM_SHARED = /^090[1-9]\d{7}$/u;
const NIGERIAN =
  /₦|\bnaira\b|\b(?:nigeria|nigerian|lagos|abuja|ibadan|kano|port\s+harcourt|mtn|glo|airtel|9mobile|abeg|una|wahala|oga)\b/iu;

/** Whether the written number is a Nigerian mobile. */
export function nigerianMobile(raw: string, text: string): boolean {
  const digits = raw.replace(/\D/gu, '');
  return NG_MOBILE.test(digits) || (NG_PREMIUM_SHARED.test(digits) && NIGERIAN.test(text));
}
