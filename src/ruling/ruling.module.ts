import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RulingController } from './ruling.controller';
import { RulingService } from './ruling.service';

@Module({ imports: [CasesModule], controllers: [RulingController], providers: [RulingService] })
export class RulingModule {}
