import { Injectable } from '@nestjs/common';
import { LEGAL_TIME_ZONE, toLocalDate } from './local-date';

/**
 * The time, injectable so tests can move it (deadlines, reminders) without sleeping.
 * Legal dates are local dates in Asia/Shanghai.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's local date in Asia/Shanghai, `YYYY-MM-DD`. */
  today(): string {
    return toLocalDate(this.now(), LEGAL_TIME_ZONE);
  }
}
