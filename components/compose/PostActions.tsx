import { useState } from 'react';
import { browser } from 'wxt/browser';
import { postTarget } from '../../lib/compose/post';
import { formatDate } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Escalation, Platform } from '../../lib/model';

/**
 * Posting: networks with a prefill page open it in a new tab (a thread one part per click);
 * the others get the text copied and the company's page opened. The user then confirms.
 */
export function PostActions(props: {
  platform: Platform;
  handle: string;
  parts: readonly string[];
  mastodonServer: string;
  posted?: Escalation;
  onOpened: () => Promise<void>;
  onPosted: () => Promise<void>;
  onPostUrl: (url: string) => Promise<boolean>;
}) {
  const { platform, handle, parts, mastodonServer, posted } = props;
  const [next, setNext] = useState(0);
  const [status, setStatus] = useState('');
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState('');
  const name = t(`compose.platform.${platform}`);
  const threadParts = platform === 'reddit' ? 1 : parts.length;
  const target = postTarget(platform, handle, parts, Math.min(next, parts.length - 1), mastodonServer);

  const open = async () => {
    await props.onOpened();
    if (target.intentUrl) {
      await browser.tabs.create({ url: target.intentUrl });
      setStatus(t('compose.post.opened'));
    } else {
      const text = parts[Math.min(next, parts.length - 1)] ?? '';
      try {
        await navigator.clipboard.writeText(text);
        setStatus(t('compose.post.copied', { platform: name }));
      } catch {
        setStatus(t('compose.post.copyFailed'));
      }
      await browser.tabs.create({ url: target.profileUrl });
    }
    setNext((n) => (n + 1 < threadParts ? n + 1 : n));
  };

  const label =
    threadParts > 1
      ? target.intentUrl
        ? t('compose.post.openPart', { n: next + 1, total: threadParts })
        : t('compose.post.copyPart', { n: next + 1, total: threadParts })
      : target.intentUrl
        ? t('compose.post.open', { platform: name })
        : t('compose.post.copy', { platform: name });

  return (
    <section className="compose-post" aria-label={t('compose.post.open', { platform: name })}>
      <p className="actions">
        <button type="button" className="primary" onClick={() => void open()}>
          {label}
        </button>{' '}
        {posted?.status === 'posted' ? null : (
          <button type="button" onClick={() => void props.onPosted()}>
            {t('compose.post.confirm')}
          </button>
        )}
      </p>
      <p role="status" className="muted">
        {posted?.status === 'posted' && posted.postedAt ? t('compose.post.recorded', { date: formatDate(posted.postedAt) }) : status}
      </p>
      {posted?.status === 'posted' ? (
        <form
          className="compose-url"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void props.onPostUrl(url).then((ok) => setUrlError(ok ? '' : t('compose.post.urlInvalid')));
          }}
        >
          <label htmlFor="compose-post-url">{t('compose.post.url')}</label>
          <input
            id="compose-post-url"
            type="url"
            inputMode="url"
            value={url || posted.postUrl || ''}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? 'compose-post-url-error' : undefined}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
          {urlError ? (
            <p id="compose-post-url-error" className="field-error">
              {urlError}
            </p>
          ) : null}
          <button type="submit">{t('compose.post.saveUrl')}</button>
        </form>
      ) : null}
    </section>
  );
}
