import {
  REPORT_ADDRESS_MAX,
  REPORT_NAME_MAX,
  Settings,
  type Settings as SettingsValue,
} from '../../lib/settings/schema';

export interface PreparedByValues {
  name: string;
  address: string;
}

export type PreparedByResult =
  | { ok: true; patch: Pick<SettingsValue, 'reportName' | 'reportAddress'> }
  | { ok: false; errors: { name?: number; address?: number } };

export function preparedByToForm(s: Pick<SettingsValue, 'reportName' | 'reportAddress'>): PreparedByValues {
  return { name: s.reportName, address: s.reportAddress };
}

/**
 * The form's text checked against the settings schema (the boundary): trimmed, blank lines at the
 * ends dropped; an error carries the limit it broke, for the message.
 */
export function readPreparedBy(values: PreparedByValues): PreparedByResult {
  const name = values.name.trim();
  const address = values.address.replace(/\r\n?/g, '\n').trim();
  const errors: { name?: number; address?: number } = {};
  if (!Settings.shape.reportName.safeParse(name).success) errors.name = REPORT_NAME_MAX;
  if (!Settings.shape.reportAddress.safeParse(address).success) errors.address = REPORT_ADDRESS_MAX;
  if (errors.name !== undefined || errors.address !== undefined) return { ok: false, errors };
  return { ok: true, patch: { reportName: name, reportAddress: address } };
}
