import { t } from '../lib/i18n';

// The page says which language its text is in (screen readers pronounce it, hyphenation and
// quotes follow it): the locale the browser chose for the extension's strings, not a fixed "en".
document.documentElement.lang = t('meta.locale');
