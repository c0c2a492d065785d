import { cronProblem, validateEnv } from './env';

describe('the *_CRON settings', () => {
  it('the defaults are valid', () => {
    expect(() => validateEnv({})).not.toThrow();
  });

  it.each(['0 3 * * *', '*/5 * * * *', '0 30 1 * * *', '@daily', '15 0 * * 1-5'])(
    '%j is a cron expression',
    (cron) => expect(cronProblem(cron)).toBeNull(),
  );

  it.each([
    '61 * * * *',
    'every day',
    '0 3 * *',
    '* * * * * * *',
    '0 0 31 2 *',
    '*/0 * * * *',
    ' ',
  ])('%j is refused', (cron) => expect(cronProblem(cron)).not.toBeNull());

  it('a bad one stops the start with a line naming the variable and the reason', () => {
    expect(() => validateEnv({ TOKEN_PURGE_CRON: '0 25 * * *' })).toThrow(
      /^Invalid configuration: TOKEN_PURGE_CRON must be a cron expression \(Asia\/Shanghai\): .*range 0-23.*\(got "0 25 \* \* \*"\)$/,
    );
    expect(() => validateEnv({ REMINDER_SWEEP_CRON: '* * * *' })).toThrow(
      /REMINDER_SWEEP_CRON must be a cron expression .*4 fields/,
    );
  });

  it('every *_CRON setting is checked', () => {
    for (const name of [
      'TOKEN_PURGE_CRON',
      'SUPPLEMENT_EXPIRY_CRON',
      'DEEMED_ACCEPTANCE_CRON',
      'DEADLINE_ALERTS_CRON',
      'REMINDER_SWEEP_CRON',
      'STATISTICS_SNAPSHOT_CRON',
    ]) {
      expect(() => validateEnv({ [name]: 'nonsense' })).toThrow(
        new RegExp(`${name} must be a cron`),
      );
    }
    const settings = Object.keys(validateEnv({})).filter((k) => k.endsWith('_CRON'));
    expect(settings).toHaveLength(6);
  });
});
