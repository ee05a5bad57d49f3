import { useEffect, useRef, useState, type Ref } from 'react';
import { formatBytes } from '../../lib/attachments/size';
import { removeAttachment } from '../../lib/attachments/store';
import { t } from '../../lib/i18n';
import type { Attachment } from '../../lib/model';
import { openSuffix, viewerHref } from './labels';
import { Thumbnail } from './Thumbnail';
import { useAttach, type Owner } from './useAttach';
import { useScreenshotTarget } from './useScreenshotTarget';
import './attachments.css';

/** What the file chooser offers first; the content decides in the end (lib/attachments/sniff.ts). */
const ACCEPT =
  'image/png,image/jpeg,image/webp,image/gif,application/pdf,text/plain,.png,.jpg,.jpeg,.webp,.gif,.pdf,.txt';

function AttachmentRow(props: { attachment: Attachment; onRemoved: (name: string) => void }) {
  const a = props.attachment;
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  return (
    <li className="attachment" data-testid="attachment">
      <a className="attachment-link" href={viewerHref(a.id)} target="_blank" rel="noopener">
        <Thumbnail attachment={a} />
        <span className="attachment-name">{a.name}</span>
        <span className="visually-hidden"> {openSuffix(a)}</span>
      </a>
      <span className="muted attachment-size">{formatBytes(a.size)}</span>
      {confirming ? (
        <span className="attachment-confirm" role="group" aria-label={t('attachments.removeConfirm', { name: a.name })}>
          <span>{t('attachments.removeConfirm', { name: a.name })}</span>
          <button
            ref={confirmRef}
            type="button"
            className="danger"
            onClick={() => void removeAttachment(a.id).then(() => props.onRemoved(a.name))}
          >
            {t('attachments.remove')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('action.cancel')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="link-button danger"
          onClick={() => setConfirming(true)}
          aria-label={t('attachments.removeLabel', { name: a.name })}
        >
          {t('attachments.remove')}
        </button>
      )}
    </li>
  );
}

/** One way to attach; `fullLabel` names the owner for screen readers. */
function AttachAction({
  ref,
  ...props
}: {
  label: string;
  fullLabel: string;
  busy: boolean;
  onClick: () => void;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button ref={ref} type="button" disabled={props.busy} onClick={props.onClick} aria-label={props.fullLabel}>
      {props.label}
    </button>
  );
}

/**
 * The attachments of one case, attempt or response: thumbnails that open the file in a new tab,
 * Remove (asked inline), Attach (files) and, where the browser allows it, Screenshot this tab.
 * `what` names the owner for screen readers ("the contact of 3 Dec, 14:02").
 */
export function Attachments(props: Owner & { what: string; list: readonly Attachment[] }) {
  const { caseId, ownerType, ownerId } = props;
  const { state, attachFiles, attachScreenshot, attachTranscript } = useAttach({ caseId, ownerType, ownerId });
  const [removed, setRemoved] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const attachButton = useRef<HTMLButtonElement>(null);
  const target = useScreenshotTarget();
  const status = state.busy ? t('attachments.saving') : removed || state.done;
  // A new attachment starts afresh: the last "removed" message goes.
  const fresh = (run: () => void) => {
    setRemoved('');
    run();
  };
  return (
    <div className="attachments">
      {props.list.length > 0 ? (
        <ul className="attachment-list" aria-label={t('attachments.list', { what: props.what })}>
          {props.list.map((a) => (
            <AttachmentRow
              key={a.id}
              attachment={a}
              onRemoved={(name) => {
                setRemoved(t('attachments.removed', { name }));
                // The row is gone: the keyboard continues from this owner's Attach button.
                attachButton.current?.focus();
              }}
            />
          ))}
        </ul>
      ) : null}
      <p className="attach-actions">
        <AttachAction
          ref={attachButton}
          busy={state.busy}
          onClick={() => fresh(() => input.current?.click())}
          label={t('attachments.attach')}
          fullLabel={t('attachments.attachTo', { what: props.what })}
        />
        {target ? (
          <>
            <AttachAction
              busy={state.busy}
              onClick={() => fresh(() => void attachScreenshot(target))}
              label={t('attachments.screenshot')}
              fullLabel={t('attachments.screenshotTo', { what: props.what })}
            />
            <AttachAction
              busy={state.busy}
              onClick={() => fresh(() => void attachTranscript())}
              label={t('attachments.transcript.save')}
              fullLabel={t('attachments.transcript.saveTo', { what: props.what })}
            />
          </>
        ) : null}
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={ACCEPT}
          aria-label={t('attachments.attachTo', { what: props.what })}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Cleared so that choosing the same file again (after a refusal, say) is seen.
            event.currentTarget.value = '';
            if (files.length) void attachFiles(files);
          }}
        />
        <span role="status" className="muted attach-status">
          {status}
        </span>
      </p>
      {state.errors.length > 0 ? (
        <div role="alert" className="attach-errors">
          {state.errors.map((message, i) => (
            <p key={i} className="field-error">
              {message}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
