/** Agencies (respondents and defendants) and judicial offices (township filing points). */
import { Module } from '@nestjs/common';
import { AgenciesController, JudicialOfficesController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  controllers: [AgenciesController, JudicialOfficesController],
  providers: [OrganizationsService],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
