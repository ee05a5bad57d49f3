import { useState } from 'react';
import { t } from '../../lib/i18n';
import { channelLabel } from '../timeline/labels';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { PastContactLogger } from './PastContactLogger';
import type { LoggerProps } from './useLogTarget';
import { HAND_CHANNELS, type HandChannel } from './hand-channels';

/**
 * Logs any other contact by hand — a chat, a direct message, a letter, a visit in person, an app
 * message, a web form — as it happens (its time is now) or afterwards with its real times. Calls
 * and emails have their own views (a running timer; a reply awaited).
 */
export function ContactLogger(props: LoggerProps & { channel?: HandChannel }) {
  const [channel, setChannel] = useState<HandChannel>(props.channel ?? 'chat');
  return (
    <PastContactLogger
      {...props}
      idPrefix="contact"
      channel={channel}
      heading={(company) => t('popup.contact.heading', { company })}
      submitLabel={t('popup.contact.save', { channel: channelLabel(channel) })}
      suggestions={() => []}
    >
      <ChoiceGroup
        name="contact-channel"
        legend={t('popup.contact.how')}
        value={channel}
        options={HAND_CHANNELS.map((value) => ({ value, label: channelLabel(value) }))}
        onChange={setChannel}
      />
    </PastContactLogger>
  );
}
