import { RequestMethod } from '@nestjs/common';

/**
 * The health probes and the metrics scrape: served at the root (outside /api/v1), where
 * orchestrators and Prometheus look; not rate limited (@SkipThrottle on their controllers); not
 * covered by the request log, which is not even mounted on them.
 */
export const PROBE_ROUTES = [
  { path: 'health/live', method: RequestMethod.GET },
  { path: 'health/ready', method: RequestMethod.GET },
  { path: 'metrics', method: RequestMethod.GET },
];
