import { afterEach, describe, expect, it } from 'vitest';
import { formatAnswer } from '../../src/note/formatAnswer';
import { defaultValueFor } from '../../src/features/wizard/defaultValues';

/** "When did you find it?" is practice (London) time, even on a PC set to another zone. */
describe('found time in practice time', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it.each(['Europe/London', 'America/New_York', 'Asia/Tokyo'])('reads and shows the same wall-clock time with the PC in %s', (tz) => {
    process.env.TZ = tz;
    expect(formatAnswer('foundAt', { foundAt: '2026-11-25T09:30' })).toBe('25 November 2026, 09:30 GMT');
    expect(defaultValueFor('foundAt', undefined, new Date('2026-07-01T08:15:00Z'))).toBe('2026-07-01T09:15'); // BST
    expect(defaultValueFor('foundAt', undefined, new Date('2026-11-25T09:30:00Z'))).toBe('2026-11-25T09:30'); // GMT
  });
});
