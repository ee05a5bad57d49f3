import { useMemo, useState } from 'react';
import { countPost } from '../../lib/compose/count';
import { draftFor } from '../../lib/compose/draft';
import { rulesFor } from '../../lib/compose/limits';
import { joinThread, splitPost } from '../../lib/compose/split';
import { etiquetteFor } from '../../lib/compose/etiquette';
import { handleInfo } from '../../lib/compose/handle';
import { nextPartIndex, postedPartsOf, threadInProgress } from '../../lib/compose/thread-progress';
import { answerWindow } from '../../lib/followup/answer-window';
import { suggestedKind } from '../../lib/followup/suggested-kind';
import { formatWeekdayTime } from '../../lib/followup/weekday-time';
import { t } from '../../lib/i18n';
import { type Escalation, type EscalationKind, PLATFORMS, type Platform, type Tone } from '../../lib/model';
import { useNow } from '../ui/useNow';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { EtiquetteNotice } from './EtiquetteNotice';
import { markPartPosted, saveDraft, savePartUrl, type DraftToSave } from './escalation-record';
import { HandlePicker } from './HandlePicker';
import { PartEditor } from './PartEditor';
import { PostActions } from './PostActions';
import { useCaseRecords, useSettings } from './useComposeData';
import './compose.css';

const TONES: Tone[] = ['friendly', 'firm', 'final'];
const KINDS: EscalationKind[] = ['initial', 'follow_up', 'thanks'];

/** Escalation composer for one case: network, tone, account, the post(s), checks, posting. */
export function ComposePanel(props: { caseId: string; onDone?: () => void }) {
  const records = useCaseRecords(props.caseId);
  const settings = useSettings();
  const now = useNow();
  const [platform, setPlatform] = useState<Platform>('x');
  const [tone, setTone] = useState<Tone>('friendly');
  const [kind, setKind] = useState<EscalationKind | undefined>();
  const [handles, setHandles] = useState<Partial<Record<Platform, string>>>({});
  const [edits, setEdits] = useState<string[] | undefined>();
  const [escalationId, setEscalationId] = useState<string>(() => crypto.randomUUID());
  const [saved, setSaved] = useState<Escalation | undefined>();
  const [resume, setResume] = useState<{ checked: boolean; id?: string }>({ checked: false });
  // The suggestion is made once, when the composer opens: a window passing while typing must not flip the draft.
  const [openedAt] = useState(() => Date.now());

  // A thread left half posted (the popup closes when the network's tab opens) is taken up where
  // it stopped, once, when the records first arrive; the person can start a new post instead.
  if (records && !resume.checked) {
    const open = records.caseRecord.status === 'open' ? threadInProgress(records.escalations) : undefined;
    setResume({ checked: true, ...(open ? { id: open.id } : {}) });
    if (open) {
      setEscalationId(open.id);
      setPlatform(open.platform);
      setTone(open.tone);
      setKind(open.kind);
      setHandles({ [open.platform]: open.handle });
      setEdits(open.parts);
    }
  }
  // The stored escalation, live: a part seen posted on the network's page shows up here too.
  const record =
    records?.escalations.find((e) => e.id === escalationId) ?? (saved?.id === escalationId ? saved : undefined);
  const setRecord = setSaved;
  const startOver = () => {
    setResume({ checked: true });
    setEscalationId(crypto.randomUUID());
    setKind(undefined);
    setEdits(undefined);
  };

  const info = useMemo(() => handleInfo(records?.company, platform), [records?.company, platform]);
  const handle = handles[platform] ?? info.handle ?? '';
  // Default kind from the history before this post (recording it must not flip the draft).
  const suggestion = useMemo(() => {
    if (!records) return { kind: 'initial' as const, window: undefined };
    const before = {
      case: records.caseRecord,
      attempts: records.attempts,
      escalations: records.escalations.filter((e) => e.id !== escalationId),
      responses: records.responses,
    };
    return {
      kind: suggestedKind(before, openedAt, settings.remindAfterPostHours),
      window:
        records.caseRecord.status === 'open'
          ? answerWindow(before, openedAt, settings.remindAfterPostHours)
          : undefined,
    };
  }, [records, escalationId, openedAt, settings.remindAfterPostHours]);
  const resolvedKind: EscalationKind = kind ?? suggestion.kind;
  const followUpFrom = suggestion.window;

  // The generated draft depends on the records and choices, not on the clock ticking.
  const minute = Math.floor(now / 60_000);
  const draft = useMemo(
    () =>
      records
        ? draftFor({
            ...records,
            // The post being written never cites itself.
            escalations: records.escalations.filter((e) => e.id !== escalationId),
            platform,
            tone,
            kind: resolvedKind,
            handle,
            now: minute * 60_000,
            mastodonLimit: settings.mastodonLimit,
          })
        : undefined,
    [records, escalationId, platform, tone, resolvedKind, handle, minute, settings.mastodonLimit],
  );

  if (records === undefined) return <p className="muted">{t('compose.loading')}</p>;
  if (records === null || !draft) return <p>{t('compose.notFound')}</p>;

  // Once a part is out, the text is what was posted: new facts must not rewrite the rest of it.
  const parts = edits ?? (record?.status === 'posted' ? record.parts : draft.parts);
  const advice = etiquetteFor(records.attempts, now);
  const toSave = (): DraftToSave => ({
    id: escalationId,
    caseRecord: records.caseRecord,
    platform,
    handle,
    kind: resolvedKind,
    tone,
    parts,
  });
  // A change of network, tone, kind or account starts again from the logged facts.
  const choose =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setEdits(undefined);
      // What went out stays as it went out: another network, tone or account is another post.
      if (record?.status === 'posted') {
        setResume({ checked: true });
        setEscalationId(crypto.randomUUID());
      }
    };
  const postedIndexes = new Set(postedPartsOf(record).map((p) => p.index));
  const editPart = (i: number) => (text: string) => setEdits(parts.map((p, j) => (j === i ? text : p)));
  const countOptions = { mastodonLimit: settings.mastodonLimit };
  // An edited post that grew past the limit can be split (again) into a numbered thread.
  const canSplit =
    platform !== 'reddit' &&
    // Splitting again would rewrite parts already posted.
    postedIndexes.size === 0 &&
    rulesFor(platform, countOptions).threads &&
    parts.some((p) => !countPost(platform, p, countOptions).fits);
  const split = () => setEdits(splitPost(platform, joinThread(parts), countOptions));

  return (
    <div className="compose">
      <h2>{t('compose.title.heading')}</h2>
      {resume.id !== undefined && resume.id === escalationId && record ? (
        <p className="card" role="note">
          {t('compose.post.continuing', {
            platform: t(`compose.platform.${record.platform}`),
            n: (nextPartIndex(record, record.parts.length) ?? 0) + 1,
            total: record.parts.length,
          })}{' '}
          <button type="button" className="link-button" onClick={startOver}>
            {t('compose.post.startOver')}
          </button>
        </p>
      ) : null}
      <EtiquetteNotice advice={advice} />
      <ChoiceGroup
        name="compose-network"
        legend={t('compose.network')}
        value={platform}
        options={PLATFORMS.map((p) => ({ value: p, label: t(`compose.platform.${p}`) }))}
        onChange={choose(setPlatform)}
      />
      <ChoiceGroup
        name="compose-tone"
        legend={t('compose.tone.label')}
        value={tone}
        options={TONES.map((v) => ({ value: v, label: t(`compose.tone.${v}`) }))}
        onChange={choose(setTone)}
      />
      <ChoiceGroup
        name="compose-kind"
        legend={t('compose.kind.label')}
        value={resolvedKind}
        options={KINDS.map((v) => ({ value: v, label: t(`compose.kind.${v}`) }))}
        onChange={choose(setKind)}
      />
      {followUpFrom?.pending ? (
        <p className="muted">{t('compose.kind.followUpFrom', { time: formatWeekdayTime(followUpFrom.opensAt) })}</p>
      ) : null}
      <HandlePicker
        platform={platform}
        info={info}
        value={handle}
        onChange={(h) => choose(setHandles)({ ...handles, [platform]: h })}
      />
      <div className="compose-parts">
        {parts.map((part, i) => {
          const reddit = platform === 'reddit';
          const label = reddit
            ? t(i === 0 ? 'compose.title.label' : 'compose.body.label')
            : parts.length > 1
              ? t('compose.part.label', { n: i + 1, total: parts.length })
              : t('compose.part.single');
          const posted = postedIndexes.has(i);
          return (
            <PartEditor
              key={`${platform}-${i}`}
              id={`compose-part-${i}`}
              label={posted ? t('compose.part.posted', { label }) : label}
              readOnly={posted}
              platform={platform}
              role={reddit && i === 0 ? 'title' : 'body'}
              rows={reddit && i === 0 ? 2 : draft.parts.length > 1 ? 5 : 8}
              mastodonLimit={settings.mastodonLimit}
              value={part}
              onChange={editPart(i)}
            />
          );
        })}
      </div>
      <p className="actions">
        <button type="button" onClick={() => setEdits(undefined)} disabled={!edits}>
          {t('compose.regenerate')}
        </button>{' '}
        {canSplit ? (
          <>
            <button type="button" onClick={split}>
              {t('compose.split')}
            </button>{' '}
          </>
        ) : null}
        <button type="button" onClick={() => void saveDraft(toSave(), Date.now()).then(setRecord)}>
          {t('compose.post.saveDraft')}
        </button>
      </p>
      <PostActions
        key={`${platform}-${parts.length}`}
        platform={platform}
        handle={handle}
        parts={parts}
        mastodonServer={settings.mastodonServer}
        record={record}
        onOpened={async () => setRecord(await saveDraft(toSave(), Date.now()))}
        onPartPosted={async (index) => setRecord(await markPartPosted(toSave(), index, Date.now()))}
        onPartUrl={async (index, url) => {
          const stored = await savePartUrl(escalationId, index, url, Date.now());
          if (stored === 'invalid') return false;
          setRecord(stored);
          return true;
        }}
      />
      {record?.status === 'posted' && props.onDone ? (
        <p>
          <button type="button" onClick={props.onDone}>
            {t('action.close')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
