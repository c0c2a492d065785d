import { Module } from '@nestjs/common';
import { DocumentTemplatesModule } from '../documents/document-templates.module';
import { DeliveryService } from './delivery.service';
import { ReminderLettersService } from './reminder-letters.service';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [DocumentTemplatesModule],
  controllers: [RemindersController],
  providers: [RemindersService, ReminderLettersService, DeliveryService],
  exports: [RemindersService, DeliveryService],
})
export class RemindersModule {}
