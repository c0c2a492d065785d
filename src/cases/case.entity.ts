import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { decimal } from '../database/decimal.transformer';
import { AgencyEntity } from '../organizations/agency.entity';
import { JudicialOfficeEntity } from '../organizations/judicial-office.entity';
import { UserEntity } from '../users/user.entity';
import {
  ActType,
  ApplicationTimeliness,
  CaseStatus,
  Channel,
  Outcome,
  Procedure,
  SimplifiedGround,
  TerminationReason,
} from './case.enums';


/**
 * A reconsideration case (行政复议案件): one application, its act, its deadlines and its status.
 * Status changes only through CaseWorkflow (the transition table); `version` guards every write.
 * Listing indexes are keyset indexes on (filter, received_on desc, id desc).
 */
@Entity('cases')
@Unique('cases_number_key', ['number'])
@Unique('cases_year_seq_key', ['year', 'seq'])
@Index('cases_status_received_idx', ['status', 'receivedOn', 'id'])
@Index('cases_office_received_idx', ['officeId', 'receivedOn', 'id'])
@Index('cases_respondent_received_idx', ['respondentId', 'receivedOn', 'id'])
@Index('cases_current_due_idx', ['currentDueOn'])
// The unfiltered listing's keyset index also carries every column the statistics read, so a
// year's figures are an index-only scan (created by hand: TypeORM cannot declare INCLUDE).
@Index('cases_received_idx', { synchronize: false })
// Search (created by hand in the migrations): trigrams over number and names (gin_trgm_ops), and
// the list of names for two-character names, which have no trigram.
@Index('cases_applicant_names_trgm_idx', { synchronize: false })
@Index('cases_applicant_name_list_idx', { synchronize: false })
// Deemed acceptances by day, for the statistics (partial: few cases are deemed accepted).
@Index('cases_deemed_accepted_idx', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** e.g. 临复〔2026〕17号: prefix, year of receipt, sequence within that year. */
  @Column({ type: 'varchar', length: 40 })
  number!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status' })
  status!: CaseStatus;

  @Column({ type: 'enum', enum: Channel, enumName: 'case_channel' })
  channel!: Channel;

  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @ManyToOne(() => JudicialOfficeEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'cases_office_fk' })
  office?: JudicialOfficeEntity;

  @Column({ type: 'uuid' })
  respondentId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'respondent_id', foreignKeyConstraintName: 'cases_respondent_fk' })
  respondent?: AgencyEntity;

  @Column({ type: 'date' })
  receivedOn!: string;

  @Column({ type: 'enum', enum: ActType, enumName: 'act_type' })
  actType!: ActType;

  @Column({ type: 'varchar', length: 100, nullable: true })
  actDocumentNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  actOn!: string | null;

  @Column({ type: 'date', nullable: true })
  knownOn!: string | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: decimal })
  actAmountYuan!: number | null;

  @Column({ type: 'text', nullable: true })
  actSummary!: string | null;

  /** The act was made on the spot (当场作出): a simplified-procedure ground, Art. 53 ¶1 (1). */
  @Column({ type: 'boolean', default: false })
  actOnTheSpot!: boolean;

  /** The act is a warning or public criticism (警告或者通报批评): Art. 53 ¶1 (2). */
  @Column({ type: 'boolean', default: false })
  actWarningOrCriticism!: boolean;

  /** Every party agreed to the simplified procedure (Art. 53 ¶2). */
  @Column({ type: 'boolean', default: false })
  partiesAgreeSimplified!: boolean;

  /** The act concerns immovable property (不动产): the outer limit is 20 years, not 5 (Art. 21). */
  @Column({ type: 'boolean', default: false })
  immovableProperty!: boolean;

  /** A law gives a period longer than 60 days (Art. 20 ¶1 但书): its length in days. */
  @Column({ type: 'smallint', nullable: true })
  statutoryPeriodDays!: number | null;

  /** The agency did not tell the applicant of the right to apply (Art. 20 ¶3)… */
  @Column({ type: 'boolean', default: false })
  notInformedOfRight!: boolean;

  /** …who learned of it on this day. */
  @Column({ type: 'date', nullable: true })
  learnedOfRightOn!: string | null;

  /** Force majeure or another good reason held the application up (Art. 20 ¶2): from… */
  @Column({ type: 'date', nullable: true })
  obstacleFrom!: string | null;

  /** …until this day, when the obstacle ended. */
  @Column({ type: 'date', nullable: true })
  obstacleEndedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  obstacleReason!: string | null;

  @Column({ type: 'text' })
  requests!: string;

  @Column({ type: 'text', nullable: true })
  factsAndReasons!: string | null;

  @Column({ type: 'boolean', default: false })
  enterpriseRelated!: boolean;

  /** Every applicant's name, for search (the parties themselves are in case_applicants). */
  @Column({ type: 'text' })
  applicantNames!: string;

  @Column({ type: 'boolean' })
  applicationLate!: boolean;

  /** Arts. 20–21 applied to the facts above; `applicationLate` is "not IN_TIME". */
  @Column({
    type: 'enum',
    enum: ApplicationTimeliness,
    enumName: 'application_timeliness',
    default: ApplicationTimeliness.IN_TIME,
  })
  applicationTimeliness!: ApplicationTimeliness;

  @Column({ type: 'enum', enum: Procedure, enumName: 'case_procedure' })
  suggestedProcedure!: Procedure;

  @Column({ type: 'enum', enum: Procedure, enumName: 'case_procedure', nullable: true })
  procedure!: Procedure | null;

  /** The Art. 53 ground the officer relied on when accepting under the simplified procedure. */
  @Column({ type: 'enum', enum: SimplifiedGround, enumName: 'simplified_ground', nullable: true })
  simplifiedGround!: SimplifiedGround | null;

  /** Where the acceptance clock runs from: receipt, or the receipt of the supplemented material. */
  @Column({ type: 'date' })
  acceptanceClockFrom!: string;

  @Column({ type: 'date' })
  acceptanceDueOn!: string;

  @Column({ type: 'date', nullable: true })
  supplementDueOn!: string | null;

  /**
   * The legal day of acceptance, from which the decision clock runs: the day recorded, or the last
   * day of the review period when that passed first (deemed acceptance, Art. 30 ¶3).
   */
  @Column({ type: 'date', nullable: true })
  acceptedOn!: string | null;

  /** The day the officer's acceptance said, kept when it came after the deemed day. */
  @Column({ type: 'date', nullable: true })
  acceptanceRecordedOn!: string | null;

  /** Accepted by the law itself, the review period having ended without a refusal (Art. 30 ¶3). */
  @Column({ type: 'boolean', default: false })
  deemedAccepted!: boolean;

  @Column({ type: 'date', nullable: true })
  decisionDueOn!: string | null;

  /**
   * The respondent's answer clock (Art. 48; simplified Art. 54): the copy of the application is
   * due to the respondent within 7 (3) working days of acceptance…
   */
  @Column({ type: 'date', nullable: true })
  answerCopyDueOn!: string | null;

  @Column({ type: 'date', nullable: true })
  answerCopySentOn!: string | null;

  /** …the respondent received it on this day, and owes its answer within 10 (5) working days… */
  @Column({ type: 'date', nullable: true })
  answerCopyReceivedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  answerDueOn!: string | null;

  /** …and answered on this day (after answerDueOn: Art. 70 applies). */
  @Column({ type: 'date', nullable: true })
  answeredOn!: string | null;

  /** The day a simplified case was switched to the ordinary procedure (Art. 55), if it was. */
  @Column({ type: 'date', nullable: true })
  convertedToOrdinaryOn!: string | null;

  /** Start of the suspension in force (中止), null when not suspended. */
  @Column({ type: 'date', nullable: true })
  suspendedOn!: string | null;

  /** Days the decision clock stood still, over every ended suspension. */
  @Column({ type: 'integer', default: 0 })
  suspendedDays!: number;

  /** Days added by the (one) approved extension; ordinary procedure only. */
  @Column({ type: 'integer', default: 0 })
  extensionDays!: number;

  /** The deadline running now (acceptance, supplement or decision); null when none runs. */
  @Column({ type: 'date', nullable: true })
  currentDueOn!: string | null;

  @Column({ type: 'date', nullable: true })
  concludedOn!: string | null;

  @Column({ type: 'enum', enum: Outcome, enumName: 'case_outcome', nullable: true })
  outcome!: Outcome | null;

  @Column({ type: 'text', nullable: true })
  notAcceptedReason!: string | null;

  /** Why an accepted application was dismissed (驳回申请, Art. 33). */
  @Column({ type: 'text', nullable: true })
  dismissalReason!: string | null;

  @Column({
    type: 'enum',
    enum: TerminationReason,
    enumName: 'termination_reason',
    nullable: true,
  })
  terminationReason!: TerminationReason | null;

  @Column({ type: 'uuid', nullable: true })
  assignedOfficerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'assigned_officer_id', foreignKeyConstraintName: 'cases_officer_fk' })
  assignedOfficer?: UserEntity;

  @Column({ type: 'uuid' })
  registeredBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Optimistic lock: every write is `UPDATE … WHERE id = $1 AND version = $2`. */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
