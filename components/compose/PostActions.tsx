import { useState } from 'react';
import { browser } from 'wxt/browser';
import { postTarget } from '../../lib/compose/post';
import { nextPartIndex, postedPartsOf, replyParentUrl } from '../../lib/compose/thread-progress';
import { formatDate } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Escalation, Platform } from '../../lib/model';
import { readableServers } from '../../lib/social/servers';
import { useServerAccess } from '../mastodon/useServerAccess';

/**
 * Posting, one part at a time: networks with a prefill page open it in a new tab (on X a
 * thread's next part opens as a reply to the part before, once that part's link is known); the
 * others get the text copied and the company's page opened. The person confirms each part, and
 * where they are in the thread comes from the stored escalation, so closing the popup while
 * the network's tab is open loses nothing.
 */
export function PostActions(props: {
  platform: Platform;
  handle: string;
  parts: readonly string[];
  mastodonServer: string;
  record?: Escalation;
  onOpened: () => Promise<void>;
  onPartPosted: (index: number) => Promise<void>;
  onPartUrl: (index: number, url: string) => Promise<boolean>;
}) {
  const { platform, handle, parts, mastodonServer, record } = props;
  // What happened to the part just opened; it gives way to the progress once that part is recorded.
  const [status, setStatus] = useState<{ index: number; text: string } | undefined>();
  const [url, setUrl] = useState<{ index: number; value: string }>({ index: -1, value: '' });
  const [urlError, setUrlError] = useState('');
  const access = useServerAccess();
  const name = t(`compose.platform.${platform}`);
  const total = platform === 'reddit' ? 1 : parts.length;
  const thread = total > 1;
  const next = nextPartIndex(record, total);
  const current = next ?? total - 1;
  const replyTo = replyParentUrl(record, current);
  const target = postTarget(platform, handle, parts, platform === 'reddit' ? 0 : current, mastodonServer, replyTo);
  const posted = postedPartsOf(record).filter((p) => p.index < total);
  const latest = posted.at(-1);
  // On X a part after the first can join the chain only through its parent's link.
  const needsParentLink = platform === 'x' && next !== undefined && next > 0 && replyTo === undefined;
  const linkIndex = needsParentLink && next !== undefined ? next - 1 : latest?.index;
  const storedLink = posted.find((p) => p.index === linkIndex)?.url ?? '';

  const open = async () => {
    await props.onOpened();
    if (target.intentUrl) {
      await browser.tabs.create({ url: target.intentUrl });
      setStatus({ index: current, text: t('compose.post.opened') });
    } else {
      try {
        await navigator.clipboard.writeText(parts[current] ?? '');
        setStatus({ index: current, text: t('compose.post.copied', { platform: name }) });
      } catch {
        setStatus({ index: current, text: t('compose.post.copyFailed') });
      }
      await browser.tabs.create({ url: target.profileUrl });
    }
  };

  const confirm = async () => {
    if (next === undefined) return;
    await props.onPartPosted(next);
  };

  const n = current + 1;
  const label = !thread
    ? target.intentUrl
      ? t('compose.post.open', { platform: name })
      : t('compose.post.copy', { platform: name })
    : !target.intentUrl
      ? t('compose.post.copyPart', { n, total })
      : platform === 'x' && replyTo !== undefined
        ? t('compose.post.openReply', { n, total })
        : t('compose.post.openPart', { n, total });

  const progress =
    next === undefined && posted.length > 0
      ? thread
        ? t('compose.post.threadRecorded', { total, date: formatDate(Math.min(...posted.map((p) => p.at))) })
        : t('compose.post.recorded', { date: formatDate(posted[0]!.at) })
      : posted.length > 0 && next !== undefined
        ? t('compose.post.partRecorded', { n: latest!.index + 1, total, next: next + 1 })
        : '';

  return (
    <section className="compose-post" aria-label={t('compose.post.open', { platform: name })}>
      {next === undefined ? null : (
        <p className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              // Asked in the click (the browser prompts only within it), and answered before the
              // tab opens: opening it would close a popup and its prompt with it.
              const asked =
                platform === 'mastodon'
                  ? access.ask(readableServers([mastodonServer]), (server) =>
                      t('mastodon.access.postRefused', { server }),
                    )
                  : Promise.resolve();
              void asked.then(open);
            }}
          >
            {label}
          </button>{' '}
          <button type="button" onClick={() => void confirm()}>
            {thread ? t('compose.post.confirmPart', { n: next + 1 }) : t('compose.post.confirm')}
          </button>
        </p>
      )}
      <p role="status" className="muted">
        {status !== undefined && status.index === next ? status.text : progress}
      </p>
      <p role="status" className="muted">
        {access.message}
      </p>
      {needsParentLink && next !== undefined ? (
        <p className="muted">{t('compose.post.replyNeedsLink', { n: next, next: next + 1 })}</p>
      ) : null}
      {linkIndex === undefined ? null : (
        <form
          className="compose-url"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const value = url.index === linkIndex ? url.value : storedLink;
            void props.onPartUrl(linkIndex, value).then((ok) => setUrlError(ok ? '' : t('compose.post.urlInvalid')));
          }}
        >
          <label htmlFor="compose-post-url">
            {thread ? t('compose.post.partUrl', { n: linkIndex + 1 }) : t('compose.post.url')}
          </label>
          <input
            id="compose-post-url"
            type="url"
            inputMode="url"
            value={url.index === linkIndex ? url.value : storedLink}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? 'compose-post-url-error' : undefined}
            onChange={(e) => setUrl({ index: linkIndex, value: e.currentTarget.value })}
          />
          {urlError ? (
            <p id="compose-post-url-error" className="field-error">
              {urlError}
            </p>
          ) : null}
          <button type="submit">{t('compose.post.saveUrl')}</button>
        </form>
      )}
    </section>
  );
}
