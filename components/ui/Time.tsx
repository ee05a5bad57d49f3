import { formatDateTime, formatRelative } from '../../lib/format/time';

/** A moment in the user's locale and time zone; the relative form with the exact one as title. */
export function Time(props: { at: number; now?: number; relative?: boolean }) {
  const exact = formatDateTime(props.at);
  const shown = props.relative && props.now !== undefined ? formatRelative(props.at, props.now) : exact;
  return (
    <time dateTime={new Date(props.at).toISOString()} title={props.relative ? exact : undefined}>
      {shown}
    </time>
  );
}
