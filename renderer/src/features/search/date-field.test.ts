import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './date-field';

describe('typing a date as dd/mm/yyyy', () => {
  it('reads the forms officials type', () => {
    expect(parseDay('13/07/2020')).toBe('2020-07-13');
    expect(parseDay('1/2/2021')).toBe('2021-02-01');
    expect(parseDay(' 05.11.2019 ')).toBe('2019-11-05');
  });

  it('refuses days that do not exist and other text', () => {
    expect(parseDay('31/02/2020')).toBeNull();
    expect(parseDay('2020-07-13')).toBeNull();
    expect(parseDay('13/13/2020')).toBeNull();
    expect(parseDay('hôm qua')).toBeNull();
  });

  it('shows a stored day back as dd/mm/yyyy', () => {
    expect(formatDay('2020-07-13')).toBe('13/07/2020');
    expect(formatDay(undefined)).toBe('');
  });
});
