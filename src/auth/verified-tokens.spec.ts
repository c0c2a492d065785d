import { JwtService } from '@nestjs/jwt';
import { createSecretKey, randomUUID } from 'node:crypto';
import { VerifiedTokens } from './verified-tokens';

const options = (secret: string) => ({
  secret: createSecretKey(Buffer.from(secret)),
  signOptions: { algorithm: 'HS256' as const },
  verifyOptions: { algorithms: ['HS256' as const] },
});

describe('VerifiedTokens', () => {
  const jwt = new JwtService(options('the secret of this test, long enough'));
  const claims = {
    sub: randomUUID(),
    sid: randomUUID(),
    username: 'officer',
    role: 'OFFICER',
    officeId: null,
    agencyId: null,
  };
  // 2026-12-04 12:00:00 in Beijing, 04:00 UTC.
  const issuedAt = Date.UTC(2026, 11, 4, 4, 0, 0);

  beforeEach(() => jest.useFakeTimers({ now: issuedAt }));
  afterEach(() => jest.useRealTimers());

  it('checks a signature once, and expiry on every use, to the second', async () => {
    const token = jwt.sign(claims, { expiresIn: 900 });
    const tokens = new VerifiedTokens(jwt);
    const verify = jest.spyOn(jwt, 'verifyAsync');
    await expect(tokens.claims(token)).resolves.toMatchObject(claims);
    jest.setSystemTime(issuedAt + 899_999); // the last millisecond of the 900th second
    await expect(tokens.claims(token)).resolves.toMatchObject(claims);
    expect(verify).toHaveBeenCalledTimes(1);
    jest.setSystemTime(issuedAt + 900_000); // exp: expired, as jsonwebtoken has it
    await expect(tokens.claims(token)).rejects.toThrow('jwt expired');
    await expect(jwt.verifyAsync(token)).rejects.toThrow('jwt expired');
    verify.mockRestore();
  });

  it('remembers nothing it did not verify: another key, a changed payload', async () => {
    const tokens = new VerifiedTokens(jwt);
    const foreign = new JwtService(options('somebody else entirely, also long')).sign(claims, {
      expiresIn: 900,
    });
    await expect(tokens.claims(foreign)).rejects.toThrow('invalid signature');
    await expect(tokens.claims(foreign)).rejects.toThrow('invalid signature');
    const [header, , signature] = jwt.sign(claims, { expiresIn: 900 }).split('.');
    const payload = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    await expect(tokens.claims(`${header}.${payload}.${signature}`)).rejects.toThrow(
      'invalid signature',
    );
  });
});
