import { ApiProperty } from '@nestjs/swagger';
import { UserView } from '../../users/dto/user.view';

export class TokenPairDto {
  @ApiProperty({ description: 'JWT for the Authorization: Bearer header' })
  accessToken!: string;

  @ApiProperty({ description: 'Opaque; one use only: each refresh returns a new one' })
  refreshToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires' })
  expiresIn!: number;

  @ApiProperty({ type: () => UserView })
  user!: UserView;
}

export class MeDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['ADMIN', 'REVIEWER', 'OFFICER', 'AGENT', 'AGENCY_LIAISON', 'VIEWER'] })
  role!: string;
  @ApiProperty({ type: String, nullable: true }) officeId!: string | null;
  @ApiProperty({ type: String, nullable: true }) agencyId!: string | null;
}
