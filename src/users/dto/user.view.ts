import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../../access/role';
import { UserEntity } from '../user.entity';

/** A user as the API shows it (never the password hash). */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) officeId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) agencyId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({
    description: 'Head of the reconsideration office (行政复议机构负责人, ARL Arts. 55, 62 ¶1)',
  })
  headsOffice!: boolean;
  @ApiProperty({
    description: 'Head of the reconsideration organ (行政复议机关负责人, ARL Art. 61 ¶1)',
  })
  headsOrgan!: boolean;
  @ApiProperty() version!: number;

  static of(u: UserEntity): UserView {
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      officeId: u.officeId,
      agencyId: u.agencyId,
      active: u.active,
      headsOffice: u.headsOffice,
      headsOrgan: u.headsOrgan,
      version: u.version,
    };
  }
}
