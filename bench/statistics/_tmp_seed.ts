import { Clock } from '../../src/common/clock';
import { benchDatabaseUrl, connect, createBenchDatabase } from '../support/database';
import { seedListing } from '../listing/seed';
import { seedStatistics } from './seed';
async function main(): Promise<void> {
  const name = 'fuyi_bench_statistics';
  const log = (l: string): void => console.log(`[${new Date().toISOString()}] ${l}`);
  log(`migrations: ${(await createBenchDatabase(name)).length}`);
  const db = await connect(benchDatabaseUrl(name), 'fuyi-bench-seed');
  const today = new Clock().today();
  await seedListing(db, Number(process.argv[2] ?? 1000000), today, '临复', log);
  console.log(await seedStatistics(db, today, new Date(), log));
  await db.end();
}
void main();
