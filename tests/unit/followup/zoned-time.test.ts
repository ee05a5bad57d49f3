import { describe, expect, it } from 'vitest';
import { addLocalDays, addWorkingDays, fromWallTime, wallTime } from '../../../lib/followup/zoned-time';
import { DAY, HOUR } from '../../../lib/time-units';

const NY = 'America/New_York';
const LONDON = 'Europe/London';

describe('zoned time', () => {
  it('reads wall-clock time and weekday in an explicit zone', () => {
    const at = Date.UTC(2026, 5, 5, 3, 0); // Fri 03:00 UTC = Thu 23:00 in New York
    expect(wallTime(at, 'UTC')).toMatchObject({ weekday: 5, hour: 3 });
    expect(wallTime(at, NY)).toMatchObject({ weekday: 4, hour: 23, day: 4 });
  });

  it('skips weekends: five working days from a Friday is the next Friday', () => {
    const friday = Date.UTC(2026, 5, 5, 14, 0); // Fri 10:00 EDT
    expect(addWorkingDays(friday, 5, NY)).toBe(friday + 7 * DAY);
    expect(addWorkingDays(friday, 1, NY)).toBe(friday + 3 * DAY); // Monday
  });

  it('counts from Monday when the message was sent on a weekend', () => {
    const saturday = Date.UTC(2026, 5, 6, 12, 0);
    expect(wallTime(addWorkingDays(saturday, 1, 'UTC'), 'UTC')).toMatchObject({ weekday: 1, hour: 12 });
  });

  it('keeps the local time across the autumn change (New York, 1 Nov 2026)', () => {
    const tuesday = Date.UTC(2026, 9, 27, 14, 0); // Tue 27 Oct 10:00 EDT
    const due = addWorkingDays(tuesday, 5, NY);
    expect(due).toBe(Date.UTC(2026, 10, 3, 15, 0)); // Tue 3 Nov 10:00 EST
    expect(due - tuesday).toBe(7 * DAY + HOUR);
  });

  it('keeps the local time across the spring change (London, 29 Mar 2026)', () => {
    const thursday = Date.UTC(2026, 2, 26, 9, 0); // Thu 09:00 GMT
    expect(addWorkingDays(thursday, 5, LONDON)).toBe(Date.UTC(2026, 3, 2, 8, 0)); // Thu 09:00 BST
    expect(addLocalDays(thursday, 7, LONDON)).toBe(Date.UTC(2026, 3, 2, 8, 0));
  });

  it('moves a wall time inside the spring gap forward and takes the first of an ambiguous hour', () => {
    expect(fromWallTime({ year: 2026, month: 3, day: 8, hour: 2, minute: 30, second: 0 }, NY)).toBe(
      Date.UTC(2026, 2, 8, 7, 30),
    );
    expect(fromWallTime({ year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0 }, NY)).toBe(
      Date.UTC(2026, 10, 1, 5, 30),
    );
  });

  it('gives different answers in different zones for the same instant', () => {
    const friday = Date.UTC(2026, 5, 5, 23, 30); // Fri 23:30 UTC = Sat 08:30 in Tokyo
    expect(wallTime(addWorkingDays(friday, 1, 'UTC'), 'UTC').weekday).toBe(1);
    expect(wallTime(addWorkingDays(friday, 1, 'Asia/Tokyo'), 'Asia/Tokyo')).toMatchObject({
      weekday: 1,
      hour: 8,
      minute: 30,
    });
  });
});
