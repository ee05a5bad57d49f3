import { describe, expect, it, vi } from 'vitest';
import { createClient, replyOf, type Transport } from '../../../lib/messages/client';

/** The typed client (lib/messages/client.ts): every reply parsed with its message's response schema. */

const UNDONE = { undone: true, caseRemoved: false };

/** A failure of the browser's sendMessage, as a transport answer: it rejects with `reason`. */
class Fails {
  constructor(readonly reason: unknown) {}
}

/** A transport that answers each call with the next of `answers` (a Fails rejects instead). */
function transport(...answers: unknown[]): Transport & { calls: unknown[] } {
  const calls: unknown[] = [];
  const send = (message: unknown): Promise<unknown> => {
    calls.push(message);
    const answer = answers.shift();
    // A browser may reject with anything, not only an Error.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    return answer instanceof Fails ? Promise.reject(answer.reason) : Promise.resolve(answer);
  };
  return Object.assign(send, { calls });
}

describe('replyOf', () => {
  it('gives the data of a reply that fits its schema, typed, and drops what the client does not read', () => {
    const reply = replyOf('cs/attempt-undo', { ok: true, data: { ...UNDONE, extra: 'x' } });
    expect(reply).toEqual({ ok: true, data: UNDONE });
    // Typed: no cast, no field checks by hand.
    if (reply?.ok) expect(reply.data.undone).toBe(true);
  });

  it('passes a refusal on as it came', () => {
    expect(replyOf('cs/attempt-undo', { ok: false, error: 'refused: too late' })).toEqual({
      ok: false,
      error: 'refused: too late',
    });
    expect(replyOf('cs/attempt-undo', { ok: false })).toEqual({ ok: false, error: 'cs/attempt-undo was refused' });
  });

  it('turns data of the wrong shape into a refusal that names the field, and never echoes the data', () => {
    const reply = replyOf('cs/attempt-undo', { ok: true, data: { undone: 'yes, secret', caseRemoved: false } });
    expect(reply).toEqual({
      ok: false,
      error: 'the reply to cs/attempt-undo does not match its schema (undone: invalid_type)',
    });
    expect(replyOf('cs/draft-request', { ok: true })).toEqual({
      ok: false,
      error: 'the reply to cs/draft-request does not match its schema ((reply): invalid_type)',
    });
    expect(replyOf('cs/page-read', { ok: true, data: { kind: 'contact' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^the reply to cs\/page-read does not match its schema \(companyName: invalid_type; known: invalid_type; attached: invalid_type/,
      ) as string,
    });
  });

  it('tells a reply that is not one from no reply at all', () => {
    expect(replyOf('ui/call-changed', { ok: 'true', data: { badge: '' } })).toEqual({
      ok: false,
      error: 'the reply to ui/call-changed is not a reply',
    });
    expect(replyOf('ui/call-changed', [])).toEqual({ ok: false, error: 'the reply to ui/call-changed is not a reply' });
    for (const nothing of [undefined, null, 'ok', 42]) expect(replyOf('ui/call-changed', nothing)).toBeUndefined();
  });
});

describe('createClient', () => {
  it('sends the message once and answers with the parsed reply', async () => {
    const t = transport({ ok: true, data: { badge: '3m' } });
    await expect(createClient(t)({ type: 'ui/call-changed' })).resolves.toEqual({ ok: true, data: { badge: '3m' } });
    expect(t.calls).toEqual([{ type: 'ui/call-changed' }]);
  });

  it('never throws: a reply of the wrong shape, a failure or silence is an {ok:false} reply', async () => {
    const send = createClient(
      transport(
        { ok: true, data: { badge: 7 } },
        new Fails(new Error('Receiving end does not exist.')),
        undefined,
        new Fails('not an Error'),
      ),
    );
    await expect(send({ type: 'ui/call-changed' })).resolves.toEqual({
      ok: false,
      error: 'the reply to ui/call-changed does not match its schema (badge: invalid_type)',
    });
    await expect(send({ type: 'ui/call-changed' })).resolves.toEqual({
      ok: false,
      error: 'Receiving end does not exist.',
    });
    await expect(send({ type: 'ui/call-changed' })).resolves.toEqual({ ok: false, error: 'no reply' });
    await expect(send({ type: 'ui/call-changed' })).resolves.toEqual({ ok: false, error: 'not an Error' });
  });

  it('sends again after each pause while nothing answers, but not after an answer, even a bad one', async () => {
    vi.useFakeTimers();
    try {
      const silent = transport(undefined, new Fails(new Error('port closed')), { ok: true, data: UNDONE });
      const reply = createClient(silent, { pauses: [0, 100, 500] })({ type: 'cs/attempt-undo', id: 'a' });
      await vi.runAllTimersAsync();
      await expect(reply).resolves.toEqual({ ok: true, data: UNDONE });
      expect(silent.calls).toHaveLength(3);

      const bad = transport({ ok: true, data: {} }, { ok: true, data: UNDONE });
      const refused = createClient(bad, { pauses: [0, 100] })({ type: 'cs/attempt-undo', id: 'a' });
      await vi.runAllTimersAsync();
      await expect(refused).resolves.toMatchObject({ ok: false });
      expect(bad.calls).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops once the extension is gone, and says what the context says when nothing answered', async () => {
    const gone = transport(new Fails(new Error('Extension context invalidated.')), { ok: true, data: UNDONE });
    const send = createClient(gone, { pauses: [0, 0], alive: () => false, noAnswer: 'no answer' });
    await expect(send({ type: 'cs/attempt-undo', id: 'a' })).resolves.toEqual({ ok: false, error: 'no answer' });
    expect(gone.calls).toHaveLength(1);
  });
});
