/** Login, token rotation and the global access guard (every route declares who may call it). */
import { Global, Module } from '@nestjs/common';
import { Sessions } from '../access/sessions';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { Env } from '../config/env';
import { AccessGuard } from './access.guard';
import { resolveJwtSecret } from './jwt-secret';
import { SessionRegistry } from './session-registry';
import { VerifiedTokens } from './verified-tokens';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      global: true,
      inject: [Env],
      useFactory: async (env: Env) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries it as a public
        // key and builds (and throws away) an exception on every verification (a tenth of the
        // API's CPU while registering; docs/benchmarks.md).
        secret: createSecretKey(Buffer.from(await resolveJwtSecret(env))),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionRegistry,
    VerifiedTokens,
    { provide: Sessions, useExisting: AuthService },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [Sessions],
})
export class AuthModule {}
