import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile, link } from 'node:fs/promises';
import { join } from 'node:path';
import { Env } from '../config/env';

/** Where a generated secret is kept, under STORAGE_DIR (never used when JWT_SECRET is set). */
export const JWT_SECRET_FILE = '.jwt-secret';

/**
 * The key that signs access tokens. JWT_SECRET when set; in production it must be (validateEnv
 * refuses to start). Elsewhere, when unset: a random 256-bit secret generated on the first start
 * and kept in STORAGE_DIR/.jwt-secret (mode 0600), so that restarts keep sessions, with a warning.
 * Created by writing a temporary file and linking it into place, which fails if another process
 * got there first: replicas starting together on one STORAGE_DIR end up with the same secret.
 */
export async function resolveJwtSecret(
  env: Env,
  logger = new Logger('JwtSecret'),
): Promise<string> {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  if (env.NODE_ENV === 'production') throw new Error('JWT_SECRET is required in production');
  const file = join(env.STORAGE_DIR, JWT_SECRET_FILE);
  const existing = await readSecret(file);
  if (existing) return existing;

  await mkdir(env.STORAGE_DIR, { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temporary, randomBytes(32).toString('base64url'), { mode: 0o600 });
  try {
    await link(temporary, file);
    logger.warn(
      `JWT_SECRET is not set: generated one and kept it in ${file} (mode 0600). Set JWT_SECRET in production.`,
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    await rm(temporary, { force: true });
  }
  const secret = await readSecret(file);
  if (!secret) throw new Error(`${file} holds no usable secret; delete it or set JWT_SECRET`);
  return secret;
}

async function readSecret(file: string): Promise<string | null> {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    return text.length >= 32 ? text : null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
