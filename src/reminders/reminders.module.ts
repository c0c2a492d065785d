import { Module } from '@nestjs/common';
import { DeliveryService } from './delivery.service';
import { ReminderLettersService } from './reminder-letters.service';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  controllers: [RemindersController],
  providers: [RemindersService, ReminderLettersService, DeliveryService],
  exports: [RemindersService, DeliveryService],
})
export class RemindersModule {}
