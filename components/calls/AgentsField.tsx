import { useId } from 'react';
import { t } from '../../lib/i18n';

/** Several agents for one call (transfers): add, edit and remove names. */
export function AgentsField(props: {
  idPrefix: string;
  agents: string[];
  onChange: (agents: string[]) => void;
  error?: string;
}) {
  const headingId = useId();
  const { agents, onChange } = props;
  const list = agents.length === 0 ? [''] : agents;
  return (
    <fieldset
      className="agents"
      aria-labelledby={headingId}
      aria-describedby={props.error ? `${props.idPrefix}-agents-error` : undefined}
    >
      <legend id={headingId}>{t('popup.field.agents')}</legend>
      {list.map((name, i) => (
        <div className="agent-row" key={i}>
          <label
            className="visually-hidden"
            htmlFor={i === 0 ? `${props.idPrefix}-agents` : `${props.idPrefix}-agent-${i}`}
          >
            {t('popup.field.agentN', { n: i + 1 })}
          </label>
          <input
            id={i === 0 ? `${props.idPrefix}-agents` : `${props.idPrefix}-agent-${i}`}
            value={name}
            maxLength={200}
            autoComplete="off"
            placeholder={t('popup.field.agentPlaceholder')}
            onChange={(e) => {
              const next = [...list];
              next[i] = e.currentTarget.value;
              onChange(next);
            }}
          />
          {list.length > 1 ? (
            <button
              type="button"
              aria-label={t('popup.field.removeAgent', { n: i + 1 })}
              onClick={() => onChange(list.filter((_, j) => j !== i))}
            >
              −
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" onClick={() => onChange([...list, ''])}>
        {t('popup.field.addAgent')}
      </button>
      {props.error ? (
        <p id={`${props.idPrefix}-agents-error`} className="field-error">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
