/** Typed configuration, validated once at start-up from the environment and an optional .env. */
import { Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { Env, validateEnv } from './env';

@Global()
@Module({
  imports: [NestConfigModule.forRoot({ isGlobal: true, validate: validateEnv })],
  // Inject `Env` anywhere for typed settings: constructor(private readonly env: Env).
  providers: [{ provide: Env, useFactory: () => validateEnv(process.env) }],
  exports: [Env],
})
export class ConfigModule {}
