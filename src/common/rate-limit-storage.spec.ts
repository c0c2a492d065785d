import { RateLimitStorage } from './rate-limit-storage';

describe('RateLimitStorage', () => {
  const start = new Date('2026-03-02T09:00:00Z').getTime();
  let storage: RateLimitStorage;

  beforeEach(() => {
    jest.useFakeTimers({ now: start });
    storage = new RateLimitStorage();
  });
  afterEach(() => jest.useRealTimers());

  const hit = (key = 'k', limit = 3, blockMs = 60_000) =>
    storage.increment(key, 60_000, limit, blockMs, 'default');

  it('counts hits in a window, blocks past the limit until the block ends', async () => {
    expect(await hit()).toEqual({
      totalHits: 1,
      timeToExpire: 60,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    await hit();
    expect((await hit()).isBlocked).toBe(false);
    jest.advanceTimersByTime(10_000);
    expect(await hit()).toEqual({
      totalHits: 4,
      timeToExpire: 50,
      isBlocked: true,
      timeToBlockExpire: 60,
    });
    // Blocked requests are not counted, and stay blocked.
    jest.advanceTimersByTime(59_000);
    expect(await hit()).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 1 });
    jest.advanceTimersByTime(1_000);
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('starts a new window when the old one ends', async () => {
    await hit();
    await hit();
    jest.advanceTimersByTime(60_000);
    expect(await hit()).toMatchObject({ totalHits: 1, timeToExpire: 60, isBlocked: false });
  });

  it('counts each caller and limit apart', async () => {
    for (let i = 0; i < 4; i++) await hit('a');
    expect((await hit('a')).isBlocked).toBe(true);
    expect(await hit('b')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('without a block duration, refuses until the window ends', async () => {
    for (let i = 0; i < 3; i++) await hit('k', 3, 0);
    jest.advanceTimersByTime(30_000);
    expect(await hit('k', 3, 0)).toMatchObject({ isBlocked: true, timeToBlockExpire: 30 });
    jest.advanceTimersByTime(30_000);
    expect(await hit('k', 3, 0)).toMatchObject({ totalHits: 1, isBlocked: false });
  });
});
