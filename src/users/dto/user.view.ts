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
      version: u.version,
    };
  }
}
