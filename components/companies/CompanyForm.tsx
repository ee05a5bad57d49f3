import { useEffect, useId, useRef, useState } from 'react';
import { handleSourceText } from '../../lib/companies/source-words';
import {
  companyFromDraft,
  draftFromCompany,
  emptyDraft,
  type CompanyDraft,
  type DraftError,
  type DraftErrors,
  type DraftField,
} from '../../lib/companies/draft';
import { t, type MessageKey } from '../../lib/i18n';
import { PLATFORMS, Sector, type Company, type Platform } from '../../lib/model';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useSaveErrors } from '../ui/useSaveErrors';
import { SelectField, TextArea, TextField } from '../ui/Field';

const platformLabel: Record<Platform, MessageKey> = {
  x: 'compose.platform.x',
  bluesky: 'compose.platform.bluesky',
  mastodon: 'compose.platform.mastodon',
  threads: 'compose.platform.threads',
  linkedin: 'compose.platform.linkedin',
  facebook: 'compose.platform.facebook',
  instagram: 'compose.platform.instagram',
  reddit: 'compose.platform.reddit',
};

const sectorOptions = Sector.options.map((value) => ({ value, label: t(`settings.companies.sector.${value}`) }));

export function errorText(error: DraftError | undefined): string | undefined {
  return error && t(`settings.companies.error.${error.key}`, error.params);
}

/** Where the entry's handle comes from, while the field still holds it (a typed one is the person's own). */
function handleHint(base: Company | undefined, platform: Platform, typed: string): string | undefined {
  const handle = base?.handles[platform];
  if (!handle || handle.handle.toLowerCase() !== typed.trim().replace(/^@/, '').toLowerCase()) return undefined;
  return handleSourceText({ source: handle.source, confidence: handle.confidence, origin: base.source });
}

export interface CompanyFormProps {
  /** The entry being corrected (bundled or the person's own); absent when adding. */
  base?: Company;
  /** Turns a valid draft into the record to save, or field errors (lets the caller pick the id and check domains). */
  validate: (draft: CompanyDraft) => ReturnType<typeof companyFromDraft>;
  /** Saves; resolves to field errors when the store refused (e.g. a domain taken meanwhile). */
  onSave: (company: Company) => Promise<DraftErrors | undefined>;
  onCancel: () => void;
}

/** Add or correct one company. Nothing is saved unless every field is valid. */
export function CompanyForm(props: CompanyFormProps) {
  const prefix = useId();
  const [draft, setDraft] = useState<CompanyDraft>(() => (props.base ? draftFromCompany(props.base) : emptyDraft()));
  const { errors, tries, refuse } = useSaveErrors<DraftErrors>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const set = <K extends keyof CompanyDraft>(key: K, value: CompanyDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const id = (field: DraftField) => `${prefix}-${field}`;
  const err = (field: DraftField) => errorText(errors[field]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (busy) return;
    const result = props.validate(draft);
    if (!result.ok) return refuse(result.errors);
    setBusy(true);
    try {
      const refused = await props.onSave(result.company);
      if (refused) refuse(refused);
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.fromEntries(Object.entries(errors).map(([field, e]) => [field, errorText(e)]));

  return (
    <form
      className="card company-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${prefix}-heading`}
    >
      <h3 id={`${prefix}-heading`} ref={heading} tabIndex={-1}>
        {props.base
          ? t('settings.companies.form.editHeading', { name: props.base.name })
          : t('settings.companies.form.addHeading')}
      </h3>
      <ErrorSummary errors={summary} idPrefix={prefix} attempt={tries} />
      <TextField
        id={id('name')}
        label={t('settings.companies.field.name')}
        value={draft.name}
        onChange={(v) => set('name', v)}
        error={err('name')}
        maxLength={200}
        autoComplete="off"
      />
      <TextArea
        id={id('domains')}
        label={t('settings.companies.field.domains')}
        hint={t('settings.companies.field.domainsHint')}
        value={draft.domains}
        onChange={(v) => set('domains', v)}
        error={err('domains')}
        rows={2}
        spellCheck={false}
      />
      <SelectField
        id={id('sector')}
        label={t('settings.companies.field.sector')}
        value={draft.sector}
        options={sectorOptions}
        onChange={(v) => set('sector', v)}
      />
      <TextField
        id={id('country')}
        label={t('settings.companies.field.country')}
        hint={t('settings.companies.field.countryHint')}
        value={draft.country}
        onChange={(v) => set('country', v)}
        error={err('country')}
        maxLength={8}
        size={8}
        autoComplete="off"
      />
      <fieldset className="company-handles" aria-describedby={`${prefix}-handles-hint`}>
        <legend>{t('settings.companies.field.handles')}</legend>
        <p id={`${prefix}-handles-hint`} className="muted">
          {t('settings.companies.field.handlesHint')}
        </p>
        {PLATFORMS.map((platform) => (
          <TextField
            key={platform}
            id={id(`handle-${platform}`)}
            label={t('settings.companies.field.handle', { platform: t(platformLabel[platform]) })}
            value={draft.handles[platform]}
            onChange={(v) => set('handles', { ...draft.handles, [platform]: v })}
            hint={handleHint(props.base, platform, draft.handles[platform])}
            error={err(`handle-${platform}`)}
            maxLength={121}
            autoComplete="off"
            spellCheck={false}
          />
        ))}
      </fieldset>
      <TextArea
        id={id('phones')}
        label={t('settings.companies.field.phones')}
        hint={t('settings.companies.field.phonesHint')}
        value={draft.phones}
        onChange={(v) => set('phones', v)}
        error={err('phones')}
        rows={2}
      />
      <TextArea
        id={id('emails')}
        label={t('settings.companies.field.emails')}
        hint={t('settings.companies.field.emailsHint')}
        value={draft.emails}
        onChange={(v) => set('emails', v)}
        error={err('emails')}
        rows={2}
        spellCheck={false}
      />
      <TextArea
        id={id('contactUrls')}
        label={t('settings.companies.field.contactUrls')}
        hint={t('settings.companies.field.contactUrlsHint')}
        value={draft.contactUrls}
        onChange={(v) => set('contactUrls', v)}
        error={err('contactUrls')}
        rows={2}
        spellCheck={false}
      />
      <TextArea
        id={id('notes')}
        label={t('settings.companies.field.notes')}
        value={draft.notes}
        onChange={(v) => set('notes', v)}
        error={err('notes')}
        rows={2}
      />
      <p className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('settings.companies.form.save')}
        </button>{' '}
        <button type="button" onClick={props.onCancel}>
          {t('action.cancel')}
        </button>
      </p>
    </form>
  );
}
