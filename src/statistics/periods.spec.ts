import { periodRange } from './snapshots.service';
import { monthsOf } from './statistics.service';

describe('monthsOf', () => {
  it('every month from the first to the last, inclusive', () => {
    expect(monthsOf('2020-01-01', '2020-12-31')).toEqual([
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
      '2020-07',
      '2020-08',
      '2020-09',
      '2020-10',
      '2020-11',
      '2020-12',
    ]);
  });

  it('from and to in the middle of months, across a year end', () => {
    expect(monthsOf('2019-11-15', '2020-02-03')).toEqual([
      '2019-11',
      '2019-12',
      '2020-01',
      '2020-02',
    ]);
  });

  it('one day', () => {
    expect(monthsOf('2020-02-29', '2020-02-29')).toEqual(['2020-02']);
  });

  it('a reversed period has no month', () => {
    expect(monthsOf('2020-03-01', '2020-02-01')).toEqual([]);
  });
});

describe('periodRange', () => {
  it('a past year, a past month: the whole of it', () => {
    expect(periodRange('2019', '2020-12-15')).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    expect(periodRange('2020-02', '2020-12-15')).toEqual({ from: '2020-02-01', to: '2020-02-29' });
    expect(periodRange('2019-02', '2020-12-15')).toEqual({ from: '2019-02-01', to: '2019-02-28' });
    expect(periodRange('2020-12', '2021-01-01')).toEqual({ from: '2020-12-01', to: '2020-12-31' });
  });

  it('the current year or month: to date', () => {
    expect(periodRange('2020', '2020-12-15')).toEqual({ from: '2020-01-01', to: '2020-12-15' });
    expect(periodRange('2020-12', '2020-12-15')).toEqual({ from: '2020-12-01', to: '2020-12-15' });
  });
});
