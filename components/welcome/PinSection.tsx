import { t } from '../../lib/i18n';
import { useLoggerShortcut } from './useLoggerShortcut';

/** Where the toolbar button lives in each browser, and the keys that open the logger. */
export function PinSection() {
  const shortcut = useLoggerShortcut();
  const item = t('popup.menu.logGeneric');
  return (
    <section aria-labelledby="pin-heading" className="welcome-section">
      <h2 id="pin-heading">{t('welcome.pin.heading')}</h2>
      <ul>
        <li>{t('welcome.pin.chrome')}</li>
        <li>{t('welcome.pin.firefox')}</li>
      </ul>
      {/* Nothing until the browser answered, rather than a shortcut that may not be the real one. */}
      {shortcut === undefined ? null : (
        <p data-testid="shortcut">
          {shortcut === null ? t('welcome.pin.noShortcut', { item }) : <ShortcutText keys={shortcut} item={item} />}
        </p>
      )}
    </section>
  );
}

/** "Press <kbd>Alt+Shift+L</kbd> on any page…", the keys marked up as keys. */
function ShortcutText(props: { keys: string; item: string }) {
  const [before = '', after = ''] = t('welcome.pin.shortcut', { item: props.item }).split('{shortcut}');
  return (
    <>
      {before}
      <kbd>{props.keys}</kbd>
      {after}
    </>
  );
}
