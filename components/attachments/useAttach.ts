import { useState } from 'react';
import { screenshotName, transcriptName } from '../../lib/attachments/file-name';
import { prepareAttachment, type AttachmentInput } from '../../lib/attachments/prepare';
import { AttachmentRefused } from '../../lib/attachments/refusal';
import { saveAttachment } from '../../lib/attachments/store';
import { isImage } from '../../lib/attachments/sniff';
import { formatTranscript } from '../../lib/attachments/transcript';
import { plural, t } from '../../lib/i18n';
import type { Attachment, AttachmentOwner } from '../../lib/model';
import { captureActiveTab } from './screenshot';
import { makeThumbnail } from './thumbnail';
import { readChatOnActiveTab } from './transcript-capture';

export interface Owner {
  caseId: string;
  ownerType: AttachmentOwner;
  ownerId: string;
}

export interface AttachState {
  busy: boolean;
  /** What was attached, for the status line. */
  done: string;
  /** One message per file refused (nothing of that file was saved). */
  errors: string[];
}

/** Checks, thumbnails and stores one file; the refusal's message, or the attachment kept. */
async function keep(input: AttachmentInput): Promise<Attachment> {
  const prepared = await prepareAttachment(input);
  const thumbnail = isImage(prepared.attachment.type) ? await makeThumbnail(prepared.data) : undefined;
  return saveAttachment(prepared, thumbnail, Date.now());
}

function messageOf(error: unknown, name: string): string {
  if (error instanceof AttachmentRefused) return error.message;
  return t('attachments.error.unreadable', { name });
}

/** Attaching files and screenshots to one owner, one file at a time, each all or nothing. */
export function useAttach(owner: Owner) {
  const [state, setState] = useState<AttachState>({ busy: false, done: '', errors: [] });

  const run = async (items: { blob: Blob; name: string; kind: AttachmentInput['kind'] }[]) => {
    setState({ busy: true, done: '', errors: [] });
    const kept: Attachment[] = [];
    const errors: string[] = [];
    for (const item of items) {
      try {
        kept.push(await keep({ ...owner, ...item, now: Date.now() }));
      } catch (error) {
        errors.push(messageOf(error, item.name));
      }
    }
    const [first] = kept;
    const done = first ? plural(kept.length, 'attachments.saved', { name: first.name }) : '';
    setState({ busy: false, done, errors });
  };

  return {
    state,
    attachFiles: (files: readonly File[]) => run(files.map((f) => ({ blob: f, name: f.name, kind: 'file' as const }))),
    attachScreenshot: async (pageUrl: string | undefined) => {
      let blob: Blob;
      try {
        blob = await captureActiveTab();
      } catch {
        setState({ busy: false, done: '', errors: [t('attachments.error.screenshot')] });
        return;
      }
      await run([{ blob, name: screenshotName(pageUrl, new Date()), kind: 'screenshot' }]);
    },
    attachTranscript: async () => {
      setState({ busy: true, done: '', errors: [] });
      const reading = await readChatOnActiveTab().catch(() => undefined);
      if (!reading) {
        setState({ busy: false, done: '', errors: [t('attachments.transcript.none')] });
        return;
      }
      const savedAt = new Date();
      const text = formatTranscript(reading, savedAt);
      await run([
        {
          blob: new Blob([text], { type: 'text/plain' }),
          name: transcriptName(reading.pageUrl, savedAt),
          kind: 'transcript',
        },
      ]);
    },
    clear: () => setState({ busy: false, done: '', errors: [] }),
  };
}
