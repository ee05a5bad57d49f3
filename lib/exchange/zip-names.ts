import { t } from '../i18n';
import { ZipProblem } from './zip-problem';

export const BACKUP_ENTRY = 'backup.json';
export const FILES_FOLDER = 'files/';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The entry name of an attachment's file. */
export const fileEntryName = (id: string) => `${FILES_FOLDER}${id}`;

/** What an entry is: the document, or the file of the attachment with this id. */
export type EntryRole = { kind: 'backup' } | { kind: 'file'; id: string };

/** Why a name is unsafe to follow anywhere (undefined: it is not). Checked before what it is. */
function unsafeReason(name: string): string | undefined {
  if (name.includes('\\')) return t('exchange.zip.reason.backslash');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return t('exchange.zip.reason.absolute');
  if (name.split('/').includes('..')) return t('exchange.zip.reason.parent');
  if ([...name].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f))
    return t('exchange.zip.reason.control');
  return undefined;
}

/** Only `backup.json` and `files/<uuid>`: anything else is refused, naming the entry. */
export function entryRole(name: string): EntryRole {
  const shown = JSON.stringify(name);
  const reason = unsafeReason(name);
  if (reason) throw new ZipProblem(t('exchange.zip.unsafeName', { entry: shown, reason }), name);
  if (name === BACKUP_ENTRY) return { kind: 'backup' };
  const id = name.startsWith(FILES_FOLDER) ? name.slice(FILES_FOLDER.length) : '';
  if (UUID.test(id)) return { kind: 'file', id };
  throw new ZipProblem(t('exchange.zip.badName', { entry: shown }), name);
}
