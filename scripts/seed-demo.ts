/**
 * `npm run seed:demo`: loads a demo district through the same services the API uses, so that every
 * list, deadline, alert and statistic has something to show.
 *
 * The application boots in-process (createHttpApp, role `api`, not listening) with a Clock this
 * script moves. Two years of the office's work up to today are then replayed in time order: before
 * each step the clock is set to its moment, and the agent, officer, reviewer or liaison of the
 * moment calls the service its controller would call. Legal dates are never after the clock and
 * every deadline is computed by the services from the dates given, as in real use. The worker's
 * nightly runs, deemed acceptance (视为受理, Art. 30 ¶3) at 00:01 and supplement expiry (视为放弃)
 * at 00:15, run every night of the two years, and the reminder sweep at each letter's send time,
 * so letters carry the instant they would have been issued.
 *
 * The 2023 law is followed as the services enforce it: refusals within the five-working-day review
 * period (an application found wanting later is dismissed, 驳回申请, Art. 33), one supplement
 * notice per case within that period, the simplified procedure only on a ground of Art. 53 the
 * registered facts support (or the parties' agreement), and the respondent's answer recorded only
 * while the case is under review. The demo also has applications accepted by law, withdrawn
 * before acceptance, late or time-barred (Arts. 20–21), third parties, agents and representatives
 * (Arts. 15–17), answers in time, late and missing (Arts. 48, 54, 70) and stays (Art. 42).
 *
 * The review follows the 2023 law too. Of the two lead reviewers, the head of the office
 * (headsOffice) assigns the cases, allows withdrawals and settlements (Art. 41 item 1, Art. 74),
 * approves extensions (Art. 62 ¶1) and switches from the simplified procedure (Art. 55); the
 * deputy district head in charge (分管副区长: the organ is the district government; headsOrgan)
 * consents to decisions, and the decisions she drafts herself,
 * those heard at a 听证 or put to the committee and some others pass a collective discussion
 * (Art. 61 ¶1). Nearly every ordinary case has the parties' views heard before its draft (Art. 49);
 * a handful go to a 听证 noticed 5 working days ahead (Arts. 50–51), a few to the committee
 * (Art. 52). Suspensions rest on a ground of Art. 39 ¶1 with their notices served; terminations
 * on the grounds of Art. 41, one after 60 days of suspension; mediations in review end in a
 * 调解书 (调解结案, Art. 73), a failure or a party backing out. Decisions take the forms of
 * Arts. 63–72 (驳回复议请求 only for a failure to act, alterations never less favourable, remakes
 * within a period, compensation claimed with the application, one administrative agreement);
 * most are served, and the respondent reports its performance of those that order it to act,
 * a few late and a few not yet (Arts. 75, 77).
 *
 * The lawsuits follow the Administrative Litigation Law and the Supreme People's Court's 2020
 * provisions on heads of agencies in court. After an upholding decision the respondent and the
 * organ (the district government) are co-defendants (ALL Art. 26 ¶2), after a changing one the
 * organ alone; each defendant has its own letters, and after each hearing the office records who
 * appeared for each: mostly a head (principal, deputy, or the deputy-level leader in charge) with
 * identity proof, some staff, a few heads excused with reason and proof (the court then mostly
 * adjourning to a further hearing), two heads without identity proof, one agency with nobody in
 * court, the organ once sending the head of its justice bureau, instances with two or three
 * hearings where a head attended one, the courts' notices to appear (one served late); a few
 * appeals to the intermediate court, judgments of the common kinds, and judicial recommendations
 * answered in time, late or not at all.
 *
 * Each step's document (文书, docs/domain.md "Documents and service") is drafted and issued by the
 * case's officer in the step's own moment and served as the office would: the 补正通知书, 受理通知书,
 * 不予受理决定书, 驳回申请决定书, 答复通知书 (its service on the respondent is what records the copy's
 * receipt), 听证, 中止, 恢复 and 延期 notices, 终止决定书, 调解书, 决定书 (its first service puts the
 * decision in effect, or finds it recorded the same day with the day to perform) and the 意见书 and
 * 建议书. Handed over at the window or, for the cases filed at a 司法所, by its agent; by post, the
 * day of receipt a few working days later; electronically for online applications; once by public
 * notice (公告送达); and at most twice a served 决定书 corrected by a superseding one. Those draws
 * come from a stream of their own, so the cases' plan is the same with or without them.
 *
 * A fixed pseudo-random seed makes runs on the same day identical. Idempotent: when the demo
 * agencies exist it prints "demo data already loaded" and exits 0. A database that already holds
 * cases is refused unless `--force` is given, which reuses organisations and users by name and adds
 * one more batch of cases and lawsuits.
 *
 * Run it while no worker of the same installation (APP_ROLE=all or worker) is running on that
 * database: a worker's reminder sweep would see the back-dated hearings with the real clock.
 * To try it on a scratch database, point DATABASE_URL at it (created if missing), STORAGE_DIR at
 * a scratch directory (the generated JWT secret and admin password are written there) and
 * REDIS_PREFIX at a prefix of its own (the queue keys it leaves); drop all three afterwards.
 */
import 'reflect-metadata';
import { HttpException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource, In } from 'typeorm';
import type { AlertsService } from '../src/alerts/alerts.service';
import { Actor } from '../src/access/actor';
import { addDays, daysBetween, LocalDate, toLocalDate } from '../src/common/local-date';
import {
  addCalendarDays,
  addWorkingDays,
  CalendarExceptions,
  rollForwardToWorkingDay,
} from '../src/calendar/rules/working-days.rules';
import {
  acceptanceDueOn,
  ANSWER_COPY_WORKING_DAYS,
  ANSWER_WORKING_DAYS,
  answerCopyDueOn,
  answerDueOn,
  decisionDueOn,
  legalAcceptance,
  supplementDueOn,
} from '../src/cases/rules/deadlines.rules';
import { applicationPeriod } from '../src/cases/rules/application-period.rules';
import {
  SimplifiedFacts,
  simplifiedGrounds,
  suggestProcedure,
} from '../src/cases/rules/intake.rules';
import {
  ACT_TYPE_LABELS,
  ActType,
  ApplicantKind,
  ApplicationTimeliness,
  CASE_STATUS_LABELS,
  Channel,
  CHANNEL_LABELS,
  CORRECTING_OUTCOMES,
  MERITS_OUTCOMES,
  OPEN_STATUSES,
  Outcome,
  OUTCOME_LABELS,
  PartyRole,
  Procedure,
  PROCEDURE_LABELS,
  SimplifiedGround,
  TerminationReason,
} from '../src/cases/case.enums';
import { CaseEntity } from '../src/cases/case.entity';
import type { CalendarService } from '../src/calendar/calendar.service';
import type { RegistrationService } from '../src/cases/registration.service';
import type {
  ApplicantDto,
  ApplicationPeriodDto,
  RegisterCaseDto,
} from '../src/cases/dto/register-case.dto';
import type { IntakeService } from '../src/cases/intake.service';
import { SupplementStatus } from '../src/cases/supplement-request.enums';
import { Clock } from '../src/common/clock';
import {
  creditCodeCheckCharacter,
  isUnifiedSocialCreditCode,
} from '../src/common/validators/credit-code';
import { isResidentIdNumber, residentIdCheckCharacter } from '../src/common/validators/id-number';
import { isChinesePhone } from '../src/common/validators/phone';
import { Env } from '../src/config/env';
import {
  DOCUMENT_KIND_LABELS,
  DocumentKind,
  SERVICE_METHOD_LABELS,
  ServiceMethod,
} from '../src/documents/document.enums';
import type { DocumentsService } from '../src/documents/documents.service';
import type { AttendanceDto } from '../src/litigation/dto/litigation.dto';
import {
  ABSENCE_REASON_LABELS,
  AbsenceReason,
  ATTENDEE_ROLE_LABELS,
  AttendeeRole,
  HEAD_APPEARANCE_LABELS,
  HEAD_ROLES,
  HeadAppearance,
  HearingStatus,
} from '../src/litigation/hearing.enums';
import type { HearingsService } from '../src/litigation/hearings.service';
import {
  JUDGMENT_KIND_LABELS,
  JudgmentKind,
  LITIGATION_STAGE_LABELS,
  LitigationStage,
  LOSING_JUDGMENTS,
} from '../src/litigation/litigation-case.enums';
import type { LitigationService } from '../src/litigation/litigation.service';
import type { MediationService } from '../src/mediation/mediation.service';
import { AgencyEntity } from '../src/organizations/agency.entity';
import { AgencyKind } from '../src/organizations/agency.enums';
import { JudicialOfficeEntity } from '../src/organizations/judicial-office.entity';
import type { OrganizationsService } from '../src/organizations/organizations.service';
import type { AddPartyDto } from '../src/parties/dto/party.dto';
import type { PartiesService } from '../src/parties/parties.service';
import type { DeliveryService } from '../src/reminders/delivery.service';
import { ReminderKind } from '../src/reminders/reminder-letter.enums';
import type { ReminderLettersService } from '../src/reminders/reminder-letters.service';
import type { RemindersService } from '../src/reminders/reminders.service';
import { LETTER_KIND_LABELS, LetterKind } from '../src/review/recommendation-letter.enums';
import type { AnswersService } from '../src/review/answers.service';
import type { CollectiveDiscussionsService } from '../src/review/collective-discussions.service';
import type { DecisionFollowUpService } from '../src/review/decision-follow-up.service';
import type { AnswerDto } from '../src/review/dto/answer.dto';
import type { ReviewMediationOutcome } from '../src/review/dto/review-mediation.dto';
import type { DraftDecisionDto } from '../src/review/dto/review.dto';
import { StayDecision, StayGround } from '../src/review/enforcement-stay.enums';
import {
  AgreementRuling,
  CommitteeGround,
  CompensationRuling,
  FormalHearingReason,
  ReviewMediationStatus,
  SuspensionGround,
  ViewsMethod,
} from '../src/review/proceedings.enums';
import type { ProceedingsService } from '../src/review/proceedings.service';
import type { ReviewMediationService } from '../src/review/review-mediation.service';
import type { ReviewService } from '../src/review/review.service';
import { AWARD_OUTCOMES, REMAKE_OUTCOMES } from '../src/review/rules/review.rules';
import type { StaysService } from '../src/review/stays.service';
import { percent, Ratio, ratio as fraction } from '../src/statistics/rules/figures.rules';
import { renderYearReport } from '../src/statistics/report-text';
import type { StatisticsService } from '../src/statistics/statistics.service';
import { Role, ROLE_LABELS } from '../src/access/role';
import { UserEntity } from '../src/users/user.entity';
import type { UsersService } from '../src/users/users.service';

const SEED = 20_240_101;
/** How far back the demo reaches, in days. */
const HISTORY_DAYS = 730;
const CASES = 320;
/**
 * Cases given a particular course, among the random ones: open past the decision deadline (the
 * others keep their deadlines), accepted by law when the review period ended with no decision
 * (视为受理, the nightly run), one extension, open cases in each waiting state, and one of each
 * thing of the 2023 law the random ones may miss: late and time-barred applications refused in
 * the review period, an application in time thanks to an obstacle (Art. 20 ¶2) or to not being
 * told of the right (¶3), withdrawals before acceptance, Art. 33 dismissals, a supplement period
 * extended (Art. 31 ¶2), a pre-case mediation that ran past the review period (the acceptance
 * recorded after it is the law's, of its last day), and stays of enforcement (Art. 42). In review:
 * terminations on the grounds of Art. 41 items 3–5 (a suspension on Art. 39 ¶1 item 1, 2 or 4 that
 * lapses after 60 days, or is still running past them), major cases heard at a 听证 and referred
 * to the committee (Arts. 50–52), 听证 at the applicant's request (one whose respondent's head sends
 * a delegate) and one called off, committee referrals on technical questions, switches from the
 * simplified to the ordinary procedure (Art. 55), mediations in review that fail or are backed out
 * of (Art. 73 ¶2), and decisions with compensation (Art. 72) or on an administrative agreement
 * (Art. 71).
 */
type Course =
  | 'random'
  | 'overdue-decision'
  | 'deemed-acceptance'
  | 'extended'
  | 'awaiting-supplement'
  | 'in-mediation'
  | 'suspended'
  | 'late-refused'
  | 'time-barred'
  | 'tolled'
  | 'not-informed'
  | 'withdrawn'
  | 'dismissed'
  | 'supplement-extended'
  | 'mediation-overran'
  | 'stay-granted'
  | 'stay-refused'
  | 'stay-by-respondent'
  | 'suspension-lapsed'
  | 'suspension-limit'
  | 'dissolved'
  | 'criminal-measures'
  | 'major'
  | 'hearing-requested'
  | 'hearing-cancelled'
  | 'committee'
  | 'converted'
  | 'review-mediation-failed'
  | 'review-mediation-retracted'
  | 'compensation'
  | 'agreement';
const SPECIAL_COURSES: Course[] = [
  'overdue-decision',
  'overdue-decision',
  'overdue-decision',
  'overdue-decision',
  'deemed-acceptance',
  'deemed-acceptance',
  'extended',
  'awaiting-supplement',
  'awaiting-supplement',
  'in-mediation',
  'suspended',
  'suspended',
  'late-refused',
  'late-refused',
  'time-barred',
  'tolled',
  'not-informed',
  'withdrawn',
  'withdrawn',
  'dismissed',
  'dismissed',
  'supplement-extended',
  'supplement-extended',
  'mediation-overran',
  'stay-granted',
  'stay-refused',
  'stay-by-respondent',
  'suspension-lapsed',
  'suspension-limit',
  'dissolved',
  'criminal-measures',
  'major',
  'major',
  'hearing-requested',
  'hearing-requested',
  'hearing-cancelled',
  'committee',
  'committee',
  'converted',
  'converted',
  'review-mediation-failed',
  'review-mediation-retracted',
  'compensation',
  'agreement',
];
type ActChoice = [string, (t: ActTemplate) => boolean];
/** The acts a course needs: its respondent's key and which of its acts, taken in turn. */
const COURSE_ACTS: Partial<Record<Course, ActChoice[]>> = {
  // A penalty the applicant says they learned of only now, six years on (Art. 21).
  'time-barred': [['gongan', (t) => t.what.includes('殴打')]],
  'stay-granted': [['zhzf', (t) => t.type === ActType.COERCIVE_MEASURE]],
  'stay-refused': [['huanjing', (t) => t.type === ActType.PENALTY]],
  'stay-by-respondent': [['zhujian', (t) => t.type === ActType.PENALTY]],
  // Art. 41 item 4: against administrative detention (行政拘留), then criminal measures.
  'criminal-measures': [['gongan', (t) => t.what.includes('行政拘留')]],
  dissolved: [['scjg', (t) => t.what.includes('虚假广告')]],
  major: [
    ['zrzy', (t) => t.type === ActType.EXPROPRIATION],
    ['zhzf', (t) => t.type === ActType.COERCIVE_MEASURE],
  ],
  'hearing-requested': [
    ['renshe', (t) => t.type === ActType.OTHER],
    ['zrzy', (t) => t.type === ActType.REGISTRATION],
  ],
  'hearing-cancelled': [['weijian', (t) => t.what.includes('执业许可')]],
  committee: [
    ['huanjing', (t) => t.type === ActType.PENALTY],
    ['zrzy', (t) => t.type === ActType.LICENSING],
  ],
  // Simplified on Art. 53 ¶1 items 2 and 1, then found not suited to it.
  converted: [
    ['gongan', (t) => t.warning === true],
    ['zhzf', (t) => t.onTheSpot === true],
  ],
  'review-mediation-failed': [['zhujian', (t) => t.what.includes('未取得施工许可证')]],
  'review-mediation-retracted': [['renshe', (t) => t.type === ActType.INACTION]],
  compensation: [['chengguan', (t) => t.type === ActType.COERCIVE_MEASURE]],
  agreement: [['zrzy', (t) => t.agreement === true]],
};
/** The decision a course is decided with. */
const COURSE_DECISIONS: Partial<Record<Course, Outcome>> = {
  // The demolition cannot be undone: found illegal, with the damages claimed (Arts. 65, 72).
  compensation: Outcome.CONFIRM_ILLEGAL,
  // The agreement not performed: found illegal, performance ordered (Art. 71).
  agreement: Outcome.CONFIRM_ILLEGAL,
};
/** Whether a decision fits an act (FITS). */
const fits = (o: Outcome, type: ActType): boolean => FITS[o]?.includes(type) ?? true;
/** The applicant a course needs: a citizen who dies or loses capacity, a company that ends. */
const COURSE_APPLICANTS: Partial<Record<Course, ApplicantKind>> = {
  'suspension-lapsed': ApplicantKind.PERSON,
  'suspension-limit': ApplicantKind.PERSON,
  'criminal-measures': ApplicantKind.PERSON,
  dissolved: ApplicantKind.ORGANISATION,
};
/** The courses of the review stage (after the answer). */
const REVIEW_COURSES: readonly Course[] = [
  'suspension-lapsed',
  'suspension-limit',
  'dissolved',
  'criminal-measures',
  'major',
  'hearing-requested',
  'hearing-cancelled',
  'committee',
  'converted',
  'review-mediation-failed',
  'review-mediation-retracted',
  'compensation',
  'agreement',
];
/** Courses heard under the ordinary procedure whatever the facts would suggest. */
const ORDINARY_COURSES: readonly Course[] = [
  'extended',
  'major',
  'hearing-requested',
  'hearing-cancelled',
  'committee',
  'agreement',
];
const STANDALONE_LAWSUITS = 24;
/** Lawsuits brought against an upholding reconsideration decision: co-defendants. */
const LINKED_LAWSUITS = 14;
/** Lawsuits brought against a decision that changed the act: the organ alone. */
const ORGAN_ALONE_LAWSUITS = 2;
/** Lawsuits whose hearing is this many days ahead of today. */
const FUTURE_HEARINGS_IN_DAYS = [1, 3, 6, 12, 25];
const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'fuyi-demo-2026';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// --- randomness -----------------------------------------------------------------------------------

/** mulberry32: small, fast and good enough for demo data; the same seed, the same data. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    let x = this.next() * pairs.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of pairs) {
      x -= w;
      if (x < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  }

  /** `n` distinct items, in their original order. */
  some<T>(items: readonly T[], n: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(n, items.length)) chosen.add(this.int(0, items.length - 1));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
  }
}

// --- the district ---------------------------------------------------------------------------------

interface ActTemplate {
  type: ActType;
  weight: number;
  /** Prefix of the act's document number, e.g. 区市监处罚 → 区市监处罚〔2025〕37号. */
  doc: string | null;
  /** What the agency did, as the application describes it. */
  what: string;
  /** Amount at stake, in yuan. */
  amount?: readonly [number, number];
  /** Chance the applicant is an organisation. */
  org?: number;
  /** 案由 of a lawsuit over such an act, when not the act type's own. */
  cause?: string;
  /** Made on the spot (当场作出, Art. 53 (1)): a small fine or a warning decided at once. */
  onTheSpot?: boolean;
  /** A warning or public criticism (警告或者通报批评, Art. 53 (2)). */
  warning?: boolean;
  /** The application concerns immovable property (因不动产, Art. 21: 20 years, not 5). */
  immovable?: boolean;
  /** Chance of many applicants (a village group), who elect representatives (Art. 15). */
  many?: number;
  /**
   * Someone else with an interest in the act joins as 第三人 (Art. 16): how often, and how often
   * that is an organisation.
   */
  thirdParty?: { chance: number; org: number };
  /**
   * An administrative agreement (行政协议, Art. 71) the respondent did not perform as agreed: never
   * drawn at random (weight 0), only for its course.
   */
  agreement?: boolean;
}

interface AgencySeed {
  key: string;
  name: string;
  kind: AgencyKind;
  headName: string;
  headTitle: string;
  deputyName: string;
  deputyTitle: string;
  contactPhone: string;
  /** Share of the applications against it, and of the lawsuits. */
  weight: number;
  sued: number;
  /** A township government's township: its applications are often filed at its 司法所. */
  township?: string;
  /** The laws its answers cite as the basis of its acts (依据, Art. 48). */
  laws: string[];
  acts: ActTemplate[];
}

const townshipActs = (short: string): ActTemplate[] => [
  {
    type: ActType.INFORMATION_DISCLOSURE,
    weight: 3,
    doc: `${short}政信复`,
    what: '对申请人申请公开的村集体土地征收补偿款发放明细作出答复',
  },
  {
    type: ActType.INACTION,
    weight: 3,
    doc: null,
    what: '对申请人提出的宅基地纠纷处理申请未在法定期限内作出处理',
    thirdParty: { chance: 0.3, org: 0 },
  },
  {
    type: ActType.COERCIVE_MEASURE,
    weight: 2,
    doc: `${short}政拆`,
    what: '强制拆除申请人搭建的附属用房',
  },
  {
    type: ActType.OTHER,
    weight: 2,
    doc: `${short}政处`,
    what: '作出林地权属争议处理决定',
    cause: '行政裁决',
    immovable: true,
    thirdParty: { chance: 0.9, org: 0.1 },
  },
];

const TOWNSHIP_LAWS = [
  '《中华人民共和国土地管理法》',
  '《中华人民共和国森林法》',
  '《中华人民共和国城乡规划法》',
];

const AGENCIES: AgencySeed[] = [
  {
    key: 'scjg',
    name: '区市场监督管理局',
    kind: AgencyKind.DEPARTMENT,
    headName: '周建平',
    headTitle: '局长',
    deputyName: '沈立群',
    deputyTitle: '副局长',
    contactPhone: '0571-86012301',
    weight: 14,
    sued: 2,
    laws: [
      '《中华人民共和国食品安全法》',
      '《中华人民共和国广告法》',
      '《中华人民共和国消费者权益保护法》',
    ],
    acts: [
      {
        type: ActType.PENALTY,
        weight: 5,
        doc: '区市监处罚',
        what: '以销售不符合食品安全标准的食品为由，没收违法所得并处罚款',
        amount: [2000, 50000],
        org: 0.4,
      },
      {
        type: ActType.PENALTY,
        weight: 2,
        doc: '区市监处罚',
        what: '以发布虚假广告为由处罚款',
        amount: [1000, 30000],
        org: 0.6,
      },
      {
        type: ActType.INFORMATION_DISCLOSURE,
        weight: 3,
        doc: '区市监信复',
        what: '对申请人申请公开的某企业抽检记录作出不予公开的答复',
      },
      {
        type: ActType.INACTION,
        weight: 3,
        doc: null,
        what: '对申请人关于某商户销售假冒商品的投诉举报未在法定期限内作出处理',
        thirdParty: { chance: 0.2, org: 0.8 },
      },
    ],
  },
  {
    key: 'zrzy',
    name: '区自然资源和规划局',
    kind: AgencyKind.DEPARTMENT,
    headName: '何志刚',
    headTitle: '局长',
    deputyName: '陆晓燕',
    deputyTitle: '副局长',
    contactPhone: '0571-86012402',
    weight: 12,
    sued: 5,
    laws: [
      '《不动产登记暂行条例》',
      '《中华人民共和国土地管理法》',
      '《中华人民共和国城乡规划法》',
    ],
    acts: [
      {
        type: ActType.OTHER,
        weight: 0,
        doc: null,
        what: '未按照约定期限支付与申请人签订的国有土地上房屋征收补偿协议约定的安置补偿款',
        amount: [120000, 480000],
        cause: '行政协议',
        immovable: true,
        agreement: true,
      },
      {
        type: ActType.REGISTRATION,
        weight: 4,
        doc: '区不动产登',
        what: '为第三人办理房屋不动产权转移登记',
        immovable: true,
        thirdParty: { chance: 0.8, org: 0.1 },
      },
      {
        type: ActType.LICENSING,
        weight: 2,
        doc: '区自然资规许',
        what: '向第三人核发建设工程规划许可证',
        thirdParty: { chance: 0.8, org: 0.8 },
      },
      {
        type: ActType.EXPROPRIATION,
        weight: 3,
        doc: '区自然资征补',
        what: '作出集体土地征收补偿安置决定',
        amount: [80000, 600000],
        immovable: true,
        many: 0.3,
      },
      {
        type: ActType.INFORMATION_DISCLOSURE,
        weight: 2,
        doc: '区自然资信复',
        what: '对申请人申请公开的土地征收批复文件作出答复',
      },
    ],
  },
  {
    key: 'gongan',
    name: '区公安分局',
    kind: AgencyKind.DEPARTMENT,
    headName: '郑国栋',
    headTitle: '局长',
    deputyName: '姚宏',
    deputyTitle: '副局长',
    contactPhone: '0571-86012503',
    weight: 16,
    sued: 3,
    laws: ['《中华人民共和国治安管理处罚法》', '《公安机关办理行政案件程序规定》'],
    acts: [
      {
        type: ActType.PENALTY,
        weight: 7,
        doc: '区公（治）行罚决字',
        what: '以殴打他人为由，对申请人处行政拘留五日并处罚款',
        amount: [200, 500],
        thirdParty: { chance: 0.4, org: 0 },
      },
      {
        type: ActType.PENALTY,
        weight: 3,
        doc: '区公（治）行罚决字',
        what: '以扰乱单位秩序为由，对申请人给予警告处罚',
        warning: true,
      },
      {
        type: ActType.PENALTY,
        weight: 2,
        doc: '区公（治）当罚决字',
        what: '以违反治安管理为由，当场作出处罚决定，处罚款',
        amount: [100, 200],
        onTheSpot: true,
      },
      {
        type: ActType.INACTION,
        weight: 2,
        doc: null,
        what: '对申请人的报案未依法作出立案或者不予立案的决定',
      },
      {
        type: ActType.COERCIVE_MEASURE,
        weight: 1,
        doc: '区公（交）扣字',
        what: '扣押申请人所有的机动车辆',
      },
    ],
  },
  {
    key: 'renshe',
    name: '区人力资源和社会保障局',
    kind: AgencyKind.DEPARTMENT,
    headName: '孙丽华',
    headTitle: '局长',
    deputyName: '钱卫东',
    deputyTitle: '副局长',
    contactPhone: '0571-86012604',
    weight: 9,
    sued: 3,
    laws: ['《工伤保险条例》', '《劳动保障监察条例》'],
    acts: [
      {
        type: ActType.OTHER,
        weight: 4,
        doc: '区人社工认',
        what: '作出不予认定工伤的决定',
        cause: '工伤认定',
      },
      {
        type: ActType.INACTION,
        weight: 3,
        doc: null,
        what: '对申请人关于用人单位拖欠工资的投诉未依法处理',
      },
      {
        type: ActType.INFORMATION_DISCLOSURE,
        weight: 1,
        doc: '区人社信复',
        what: '对申请人申请公开的劳动保障监察案件处理结果作出答复',
      },
    ],
  },
  {
    key: 'zhujian',
    name: '区住房和城乡建设局',
    kind: AgencyKind.DEPARTMENT,
    headName: '吴海峰',
    headTitle: '局长',
    deputyName: '唐文静',
    deputyTitle: '副局长',
    contactPhone: '0571-86012705',
    weight: 8,
    sued: 2,
    laws: ['《中华人民共和国建筑法》', '《建筑工程施工许可管理办法》', '《物业管理条例》'],
    acts: [
      {
        type: ActType.LICENSING,
        weight: 2,
        doc: '区建施许',
        what: '向第三人核发建筑工程施工许可证',
        thirdParty: { chance: 0.8, org: 0.9 },
      },
      {
        type: ActType.INFORMATION_DISCLOSURE,
        weight: 3,
        doc: '区住建信复',
        what: '对申请人申请公开的小区专项维修资金使用情况作出答复',
      },
      {
        type: ActType.PENALTY,
        weight: 2,
        doc: '区住建罚',
        what: '以未取得施工许可证擅自施工为由处罚款',
        amount: [10000, 100000],
        org: 0.6,
      },
      {
        type: ActType.INACTION,
        weight: 2,
        doc: null,
        what: '对申请人关于物业服务企业违规收费的投诉未予处理',
      },
    ],
  },
  {
    key: 'zhzf',
    name: '区综合行政执法局',
    kind: AgencyKind.DEPARTMENT,
    headName: '冯永刚',
    headTitle: '局长',
    deputyName: '曹建军',
    deputyTitle: '副局长',
    contactPhone: '0571-86012806',
    weight: 13,
    sued: 4,
    laws: ['《城市市容和环境卫生管理条例》', '《中华人民共和国城乡规划法》'],
    acts: [
      {
        type: ActType.COERCIVE_MEASURE,
        weight: 5,
        doc: '区综执限拆',
        what: '认定申请人所建房屋为违法建筑并责令限期拆除',
      },
      {
        type: ActType.PENALTY,
        weight: 4,
        doc: '区综执罚',
        what: '以占道经营为由处罚款',
        amount: [200, 2000],
      },
      {
        type: ActType.PENALTY,
        weight: 2,
        doc: '区综执当罚',
        what: '以占道经营为由，当场作出处罚决定，处罚款',
        amount: [100, 200],
        onTheSpot: true,
      },
      {
        type: ActType.PENALTY,
        weight: 2,
        doc: '区综执罚',
        what: '以未经批准擅自设置户外广告为由处罚款',
        amount: [1000, 10000],
        org: 0.5,
      },
    ],
  },
  {
    key: 'huanjing',
    name: '区生态环境分局',
    kind: AgencyKind.DEPARTMENT,
    headName: '蒋文斌',
    headTitle: '局长',
    deputyName: '潘雪芬',
    deputyTitle: '副局长',
    contactPhone: '0571-86012907',
    weight: 6,
    sued: 1,
    laws: ['《中华人民共和国大气污染防治法》', '《中华人民共和国环境保护法》'],
    acts: [
      {
        type: ActType.PENALTY,
        weight: 5,
        doc: '区环罚',
        what: '以废气超标排放为由处罚款',
        amount: [20000, 200000],
        org: 0.85,
      },
      {
        type: ActType.COERCIVE_MEASURE,
        weight: 2,
        doc: '区环封',
        what: '查封申请人的生产设备',
        org: 0.8,
      },
      {
        type: ActType.INFORMATION_DISCLOSURE,
        weight: 1,
        doc: '区环信复',
        what: '对申请人申请公开的建设项目环境影响评价文件作出答复',
      },
    ],
  },
  {
    key: 'weijian',
    name: '区卫生健康局',
    kind: AgencyKind.DEPARTMENT,
    headName: '韩静',
    headTitle: '局长',
    deputyName: '袁志明',
    deputyTitle: '副局长',
    contactPhone: '0571-86013008',
    weight: 5,
    sued: 1,
    laws: ['《医疗机构管理条例》', '《中华人民共和国基本医疗卫生与健康促进法》'],
    acts: [
      {
        type: ActType.PENALTY,
        weight: 3,
        doc: '区卫医罚',
        what: '以未取得医疗机构执业许可证擅自执业为由处罚款',
        amount: [5000, 50000],
        org: 0.3,
      },
      {
        type: ActType.PENALTY,
        weight: 1,
        doc: '区卫医罚',
        what: '以未按规定书写、保管病历资料为由，对申请人予以警告',
        org: 0.7,
        warning: true,
      },
      {
        type: ActType.INFORMATION_DISCLOSURE,
        weight: 2,
        doc: '区卫健信复',
        what: '对申请人申请公开的医疗纠纷处理记录作出答复',
      },
      {
        type: ActType.INACTION,
        weight: 1,
        doc: null,
        what: '对申请人关于某诊所违规行医的举报未予查处',
      },
    ],
  },
  {
    key: 'chengguan',
    name: '城关镇人民政府',
    kind: AgencyKind.TOWNSHIP_GOVERNMENT,
    headName: '陈晓东',
    headTitle: '镇长',
    deputyName: '许建华',
    deputyTitle: '副镇长',
    contactPhone: '0571-86013109',
    weight: 5,
    sued: 2,
    township: '城关镇',
    laws: TOWNSHIP_LAWS,
    acts: townshipActs('城'),
  },
  {
    key: 'donghu',
    name: '东湖镇人民政府',
    kind: AgencyKind.TOWNSHIP_GOVERNMENT,
    headName: '杨建华',
    headTitle: '镇长',
    deputyName: '邓春林',
    deputyTitle: '副镇长',
    contactPhone: '0571-86013210',
    weight: 4,
    sued: 2,
    township: '东湖镇',
    laws: TOWNSHIP_LAWS,
    acts: townshipActs('东'),
  },
  {
    key: 'xishan',
    name: '西山乡人民政府',
    kind: AgencyKind.TOWNSHIP_GOVERNMENT,
    headName: '刘国平',
    headTitle: '乡长',
    deputyName: '彭玉兰',
    deputyTitle: '副乡长',
    contactPhone: '0571-86013311',
    weight: 3,
    sued: 1,
    township: '西山乡',
    laws: TOWNSHIP_LAWS,
    acts: townshipActs('西'),
  },
  {
    key: 'nantang',
    name: '南塘镇人民政府',
    kind: AgencyKind.TOWNSHIP_GOVERNMENT,
    headName: '许卫国',
    headTitle: '镇长',
    deputyName: '田秀英',
    deputyTitle: '副镇长',
    contactPhone: '0571-86013412',
    weight: 3,
    sued: 1,
    township: '南塘镇',
    laws: TOWNSHIP_LAWS,
    acts: townshipActs('南'),
  },
];

/**
 * The reconsideration organ (行政复议机关): the district government, co-defendant with the
 * respondent when its decision upheld the act (ALL Art. 26 ¶2). Its deputy head in charge of
 * reconsideration is the reviewer who consents to decisions (headsOrgan).
 */
const ORGAN: AgencySeed = {
  key: 'organ',
  name: '临江区人民政府',
  kind: AgencyKind.RECONSIDERATION_ORGAN,
  headName: '林振华',
  headTitle: '区长',
  deputyName: '赵敏',
  deputyTitle: '副区长',
  contactPhone: '0571-86010001',
  weight: 0,
  sued: 0,
  laws: [],
  acts: [],
};
/** The head of the district's justice bureau: a department of the organ, not its head (Art. 2 ¶2). */
const JUSTICE_BUREAU_HEAD = '吕振东';

interface OfficeSeed {
  name: string;
  township: string;
  agent: string;
  agentName: string;
  weight: number;
}

const OFFICES: OfficeSeed[] = [
  {
    name: '城关司法所',
    township: '城关镇',
    agent: 'agent.chengguan',
    agentName: '张丽',
    weight: 4,
  },
  { name: '东湖司法所', township: '东湖镇', agent: 'agent.donghu', agentName: '王海涛', weight: 3 },
  { name: '西山司法所', township: '西山乡', agent: 'agent.xishan', agentName: '李秀英', weight: 2 },
  {
    name: '南塘司法所',
    township: '南塘镇',
    agent: 'agent.nantang',
    agentName: '赵立军',
    weight: 2,
  },
  {
    name: '北岭司法所',
    township: '北岭乡',
    agent: 'agent.beiling',
    agentName: '陈玉兰',
    weight: 1,
  },
  { name: '青溪司法所', township: '青溪镇', agent: 'agent.qingxi', agentName: '刘志强', weight: 2 },
  { name: '白沙司法所', township: '白沙镇', agent: 'agent.baisha', agentName: '杨春梅', weight: 2 },
  { name: '梅林司法所', township: '梅林乡', agent: 'agent.meilin', agentName: '黄德明', weight: 1 },
  {
    name: '石桥司法所',
    township: '石桥镇',
    agent: 'agent.shiqiao',
    agentName: '吴晓东',
    weight: 2,
  },
];

interface StaffSeed {
  username: string;
  displayName: string;
  role: Role;
  office?: string;
  agency?: string;
  /** 行政复议机构负责人: approves extensions and switches to the ordinary procedure (Arts. 55, 62). */
  headsOffice?: boolean;
  /** 行政复议机关负责人: consents to decisions (Art. 61 ¶1). */
  headsOrgan?: boolean;
}

/**
 * The two reviewers lead: the head of the reconsideration office, who assigns the cases, allows
 * withdrawals and approves extensions and switches of procedure, and the bureau's deputy head,
 * designated to consent to decisions for the organ. A decision either has her consent or passes
 * a collective discussion (Art. 61 ¶1), which is how the drafts she writes herself are decided.
 */
const STAFF: StaffSeed[] = [
  { username: 'wang.jianguo', displayName: '王建国', role: Role.REVIEWER, headsOffice: true },
  {
    username: 'zhao.min',
    displayName: '赵敏（分管副区长）',
    role: Role.REVIEWER,
    headsOrgan: true,
  },
  { username: 'li.na', displayName: '李娜', role: Role.OFFICER },
  { username: 'chen.hao', displayName: '陈浩', role: Role.OFFICER },
  { username: 'liu.yang', displayName: '刘洋', role: Role.OFFICER },
  { username: 'zhou.jing', displayName: '周静', role: Role.OFFICER },
  ...OFFICES.map((o) => ({
    username: o.agent,
    displayName: `${o.agentName}（${o.name}）`,
    role: Role.AGENT,
    office: o.name,
  })),
  {
    username: 'liaison.scjg',
    displayName: '沈雪（区市场监督管理局法制科）',
    role: Role.AGENCY_LIAISON,
    agency: 'scjg',
  },
  {
    username: 'liaison.zrzy',
    displayName: '陆敏（区自然资源和规划局法规科）',
    role: Role.AGENCY_LIAISON,
    agency: 'zrzy',
  },
  {
    username: 'liaison.gongan',
    displayName: '马骏（区公安分局法制大队）',
    role: Role.AGENCY_LIAISON,
    agency: 'gongan',
  },
  {
    username: 'liaison.zhzf',
    displayName: '孔亮（区综合行政执法局法制科）',
    role: Role.AGENCY_LIAISON,
    agency: 'zhzf',
  },
  {
    username: 'liaison.chengguan',
    displayName: '蔡芳（城关镇人民政府综治办）',
    role: Role.AGENCY_LIAISON,
    agency: 'chengguan',
  },
  { username: 'viewer.zheng', displayName: '郑明（区政府办公室）', role: Role.VIEWER },
];

const COURTS = [
  { name: '临江区人民法院', code: '浙0102', weight: 6 },
  { name: '临州市中级人民法院', code: '浙01', weight: 1 },
];

type Court = (typeof COURTS)[number];
/** The court of first instance of the district's lawsuits. */
const BASIC_COURT = COURTS[0];
/** Appeals, and lawsuits against the district government (ALL Art. 15 item 1). */
const INTERMEDIATE_COURT = COURTS[1];

/** How a lawsuit's first instance ends, at random: mostly claims rejected or withdrawn. */
const JUDGMENT_WEIGHTS: readonly (readonly [JudgmentKind, number])[] = [
  [JudgmentKind.CLAIMS_REJECTED, 58],
  [JudgmentKind.WITHDRAWN, 24],
  [JudgmentKind.REVOKED, 5],
  [JudgmentKind.CONFIRMED_UNLAWFUL, 3],
  [JudgmentKind.PERFORMANCE_ORDERED, 2],
  [JudgmentKind.SUIT_DISMISSED, 4],
  [JudgmentKind.MEDIATED, 4],
];
/** One lawsuit each, whatever the draws. */
const SHOWN_JUDGMENTS: readonly JudgmentKind[] = [
  JudgmentKind.SUIT_DISMISSED,
  JudgmentKind.MEDIATED,
  JudgmentKind.PERFORMANCE_ORDERED,
  JudgmentKind.CONFIRMED_UNLAWFUL,
  JudgmentKind.REVOKED,
];
/** First-instance judgments someone appeals, and what the appeal makes of them when reversed. */
const APPEAL_OUTCOMES: Partial<Record<JudgmentKind, JudgmentKind>> = {
  [JudgmentKind.CLAIMS_REJECTED]: JudgmentKind.REVOKED,
  [JudgmentKind.SUIT_DISMISSED]: JudgmentKind.SUIT_DISMISSED,
  [JudgmentKind.REVOKED]: JudgmentKind.CLAIMS_REJECTED,
  [JudgmentKind.CONFIRMED_UNLAWFUL]: JudgmentKind.CLAIMS_REJECTED,
  [JudgmentKind.PERFORMANCE_ORDERED]: JudgmentKind.CLAIMS_REJECTED,
};

/**
 * A lawsuit's course under the 2020 provisions, on its first defendant (the organ's own on the
 * organ): the head excused (Arts. 8–9) and the court adjourning to a further hearing the head
 * attends, or excused at the only hearing; the head in court without identity proof (Art. 6 ¶2);
 * nobody in court (Art. 12 ¶1 item 3, a judicial recommendation follows); three hearings, the
 * head at the second (Art. 7 ¶1); the head at the first hearing, then noticed again by the court
 * for the second and absent (Art. 7 ¶1, the exception); the organ sending the head of its justice
 * bureau (Art. 2 ¶2).
 */
type Twist =
  | 'excused-adjourned'
  | 'excused'
  | 'no-proof'
  | 'nobody'
  | 'three-hearings'
  | 'noticed-again'
  | 'subordinate';
const TWISTS: readonly Twist[] = [
  'excused-adjourned',
  'excused-adjourned',
  'excused-adjourned',
  'excused',
  'no-proof',
  'no-proof',
  'nobody',
  'three-hearings',
  'three-hearings',
  'noticed-again',
];
/** Who appears for a defendant at one hearing. */
type Presence = 'head' | 'staff' | 'no-proof' | 'subordinate' | 'excused' | 'nobody';
/** The court notice planned in this position is served two days before the hearing (Art. 5 ¶2). */
const LATE_NOTICE = 3;
/** Art. 8 reasons, with the proof Art. 9 asks for (sealed, or signed by the principal head). */
const EXCUSES: readonly (readonly [AbsenceReason, string])[] = [
  [
    AbsenceReason.IRREPLACEABLE_DUTY,
    '市政府防汛防台工作专题会议通知及不能出庭情况说明（加盖公章）',
  ],
  [AbsenceReason.IRREPLACEABLE_DUTY, '省人大常委会执法检查迎检通知及情况说明（主要负责人签字）'],
  [AbsenceReason.ACCIDENT, '医院住院证明及不能出庭情况说明（加盖公章）'],
  [AbsenceReason.FORCE_MAJEURE, '台风红色预警及防汛防台应急响应通知（加盖公章）'],
  [AbsenceReason.OTHER_JUSTIFIED, '市委党校中青年干部培训班脱产学习通知（加盖公章）'],
];
const RECOMMENDATION_SUMMARIES = [
  '建议规范行政处罚案件调查取证程序，严格履行告知义务，保障当事人陈述、申辩权利。',
  '建议加强对执法人员的法律培训，准确适用法律依据，规范法律文书制作。',
  '建议依法及时处理群众投诉举报，健全受理、办理、答复工作机制，避免行政不作为。',
  '建议规范政府信息公开答复工作，准确适用不予公开的法定情形并说明理由。',
];
const NOBODY_IN_COURT_RECOMMENDATION = (agency: string): string =>
  `${agency}负责人及相应的工作人员均未出庭应诉，建议督促其严格落实行政机关负责人出庭应诉制度` +
  '（《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》第十二条第一款第三项）。';
const RECOMMENDATION_ANSWERS = [
  '已组织执法人员开展专题培训，修订案件办理流程，整改情况已书面回复法院。',
  '已对相关案件进行复查，完善了法制审核和告知程序，并将整改措施书面函复法院。',
  '已召开专题会议研究落实，明确分管负责人和责任科室，整改情况已书面回复法院。',
];

/** A lawsuit as planned. */
interface Suit {
  filedOn: LocalDate;
  /** In the order the complaint lists them. */
  defendants: Agency[];
  plaintiff: string;
  cause: string;
  from: CaseRecord | null;
  court: Court;
  hearingInDays: number | null;
  judgment: JudgmentKind;
  twist: Twist | null;
  /** Withdrawn before its hearing, which the court calls off. */
  withdrawnEarly: boolean;
}

interface LawsuitRecord {
  id: string | null;
  suit: Suit;
  officer: Actor;
  courtCaseNumber: string;
}

// --- people and texts -----------------------------------------------------------------------------

const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈',
);
const GIVEN_ONE = Array.from('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚文斌华辉鹏飞红英兰梅凤春林');
const GIVEN_TWO = [
  '秀英',
  '桂英',
  '建国',
  '建华',
  '志强',
  '国平',
  '海燕',
  '红梅',
  '晓东',
  '玉兰',
  '春梅',
  '德明',
  '永康',
  '金花',
  '淑珍',
  '宏伟',
  '子豪',
  '浩然',
  '雨轩',
  '欣怡',
  '思远',
  '卫东',
  '丽华',
  '小军',
  '国庆',
  '秀兰',
  '水根',
  '雪芬',
  '建军',
  '海波',
];
const AREA_CODES = ['330102', '330105', '330106', '330108', '330110', '330122', '341221', '412727'];
const VILLAGES = ['东山', '前进', '新桥', '上塘', '下洋', '里湾', '杨家', '石门', '青山', '后陈'];
const ROADS = ['解放路', '人民路', '文化路', '建设路', '环城北路', '新华街', '湖滨路', '工业大道'];
const COMPANY_WORDS = [
  '鑫盛',
  '恒达',
  '宏远',
  '华泰',
  '金诚',
  '永兴',
  '瑞丰',
  '天成',
  '润达',
  '佳禾',
];
const INDUSTRIES = ['餐饮管理', '建材', '食品', '物流', '装饰工程', '机械制造', '纺织', '商贸'];
const TOWNSHIPS = OFFICES.map((o) => o.township);
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const SUPPLEMENT_ITEMS = [
  '申请人身份证明复印件',
  '被申请行政行为的法律文书',
  '与被申请行政行为存在利害关系的证明材料',
  '授权委托书及代理人身份证明',
  '申请人已向被申请人提出履职申请的证明材料',
  '行政复议申请书（明确具体的复议请求）',
];
const NOT_ACCEPTED_REASONS = [
  '申请人对信访事项处理意见不服，该事项不属于行政复议范围。依照《中华人民共和国行政复议法》第三十条的规定，决定不予受理。',
  '申请人与被申请行政行为没有利害关系，不具备行政复议申请人资格。依照《中华人民共和国行政复议法》第三十条的规定，决定不予受理。',
  '申请人已就同一事项向人民法院提起行政诉讼，人民法院已经依法受理。依照《中华人民共和国行政复议法》第三十条的规定，决定不予受理。',
];
const LATE_REASON =
  '申请人提出行政复议申请超过法定申请期限，且无正当理由。依照《中华人民共和国行政复议法》第三十条的规定，决定不予受理。';
/** The facts of a suspension on each ground of Art. 39 ¶1, with the item they rest on. */
const SUSPENSION_FACTS: Record<SuspensionGround, string[]> = {
  [SuspensionGround.APPLICANT_DIED]: [
    '申请人于审理期间因病去世，其近亲属尚未确定是否参加行政复议。依照《中华人民共和国行政复议法》第三十九条第一款第一项的规定，本案中止审理。',
  ],
  [SuspensionGround.APPLICANT_INCAPACITATED]: [
    '申请人因突发脑出血住院治疗，经医院诊断已丧失参加行政复议的行为能力，尚未确定法定代理人参加行政复议。依照《中华人民共和国行政复议法》第三十九条第一款第二项的规定，本案中止审理。',
  ],
  [SuspensionGround.APPLICANT_MISSING]: [
    '申请人外出务工后与家人失去联系，经多方查找下落不明。依照《中华人民共和国行政复议法》第三十九条第一款第三项的规定，本案中止审理。',
  ],
  [SuspensionGround.APPLICANT_DISSOLVED]: [
    '申请人已经股东会决议解散并办理注销登记，尚未确定权利义务承受人。依照《中华人民共和国行政复议法》第三十九条第一款第四项的规定，本案中止审理。',
  ],
  [SuspensionGround.FORCE_MAJEURE]: [
    '受台风影响，申请人所在村庄道路、通信中断，申请人不能参加行政复议。依照《中华人民共和国行政复议法》第三十九条第一款第五项的规定，本案中止审理。',
    '被申请人承办该行政行为的执法人员均被抽调参加防汛抢险，被申请人书面说明短期内不能参加行政复议。依照《中华人民共和国行政复议法》第三十九条第一款第五项的规定，本案中止审理。',
  ],
  [SuspensionGround.MEDIATION_OR_SETTLEMENT]: [
    '申请人与被申请人正在进行和解，双方书面同意中止审理。依照《中华人民共和国行政复议法》第三十九条第一款第六项的规定，本案中止审理。',
    '本机关正在组织申请人与被申请人进行调解，双方书面同意中止审理。依照《中华人民共和国行政复议法》第三十九条第一款第六项的规定，本案中止审理。',
  ],
  [SuspensionGround.AWAITING_INTERPRETATION]: [
    '本案涉及的地方性法规条款的适用问题需由有权机关作出解释，本机关已依法报请。依照《中华人民共和国行政复议法》第三十九条第一款第七项的规定，本案中止审理。',
  ],
  [SuspensionGround.AWAITING_OTHER_CASE]: [
    '本案审理需要以人民法院正在审理的相关民事案件的审理结果为依据，而该案尚未审结。依照《中华人民共和国行政复议法》第三十九条第一款第八项的规定，本案中止审理。',
    '本案审理需要以另一行政复议案件的审理结果为依据，而该案尚未审结。依照《中华人民共和国行政复议法》第三十九条第一款第八项的规定，本案中止审理。',
  ],
  [SuspensionGround.NORMATIVE_DOCUMENT_REVIEW]: [
    '申请人一并提出对被申请人作出行政行为所依据的规范性文件的附带审查申请，本机关无权处理，已于七日内转送有权处理的行政机关依法处理。依照《中华人民共和国行政复议法》第五十六条、第三十九条第一款第九项的规定，本案中止审理。',
  ],
  [SuspensionGround.OTHER]: [
    '本案需待有关部门对涉案房屋的安全性作出鉴定结论后方能继续审理。依照《中华人民共和国行政复议法》第三十九条第一款第十项的规定，本案中止审理。',
  ],
};
/** Grounds of a suspension that is later lifted, for citizens and for organisations. */
const RESUMING_GROUNDS: Record<ApplicantKind, readonly (readonly [SuspensionGround, number])[]> = {
  [ApplicantKind.PERSON]: [
    [SuspensionGround.AWAITING_OTHER_CASE, 35],
    [SuspensionGround.FORCE_MAJEURE, 15],
    [SuspensionGround.MEDIATION_OR_SETTLEMENT, 15],
    [SuspensionGround.NORMATIVE_DOCUMENT_REVIEW, 10],
    [SuspensionGround.AWAITING_INTERPRETATION, 6],
    [SuspensionGround.APPLICANT_INCAPACITATED, 8],
    [SuspensionGround.APPLICANT_MISSING, 4],
    [SuspensionGround.OTHER, 4],
  ],
  [ApplicantKind.ORGANISATION]: [
    [SuspensionGround.AWAITING_OTHER_CASE, 35],
    [SuspensionGround.FORCE_MAJEURE, 10],
    [SuspensionGround.MEDIATION_OR_SETTLEMENT, 20],
    [SuspensionGround.NORMATIVE_DOCUMENT_REVIEW, 12],
    [SuspensionGround.AWAITING_INTERPRETATION, 6],
    [SuspensionGround.APPLICANT_DISSOLVED, 6],
    [SuspensionGround.OTHER, 4],
  ],
};
const AGREEMENTS = [
  '经调解，被申请人同意重新核查相关事实并依法处理，申请人自愿撤回行政复议申请。',
  '经调解，双方就补偿数额达成一致意见，申请人不再申请行政复议。',
  '经调解，被申请人依法调整处理意见，申请人表示认可并撤回申请。',
];
const REJECTION_COMMENTS = [
  '事实认定部分表述不够完整，请补充对被申请人提交证据的分析后再报。',
  '法律依据引用条款有误，请核对后重新拟稿。',
  '请结合申请人补充提交的证据进一步说明理由。',
];

/** Art. 49: what the parties said when heard, by how they were heard. */
const VIEWS_SUMMARIES = [
  '申请人坚持行政复议申请书中的意见，认为被申请人认定事实不清，并补充陈述了事发经过；被申请人坚持书面答复意见，并对申请人补充陈述的事实作出说明。',
  '申请人表示对被申请人调查程序有异议，称调查时未向其出示执法证件；被申请人称执法人员已出示证件并记录在案，同意提交执法记录仪视频。',
  '申请人主要对处理结果的适当性提出意见，请求从轻处理；被申请人表示其已综合考虑违法情节作出处理，坚持答复意见。',
  '申请人认为被申请人适用依据错误；被申请人对其适用的法律依据作了说明，并表示愿意配合行政复议机构进一步核实。',
];
const WRITTEN_REVIEW_REASON =
  '承办人先后两次电话联系申请人均无人接听，向其邮寄的听取意见通知书经签收后申请人逾期未提出意见。' +
  '因申请人原因不能听取意见，依照《中华人民共和国行政复议法》第四十九条的规定，本案书面审理。';
const HEARING_PLACE = '区司法局行政复议听证室';
const HEAD_ABSENCE_REASONS = [
  '被申请人主要负责人因参加市政府防汛工作专题会议不能参加听证，已书面说明理由并委托法制科负责人参加。',
  '被申请人主要负责人及分管负责人均在外地参加上级部门组织的业务培训，不能参加听证，已书面说明理由并委托工作人员参加。',
];
const HEARING_CANCELLED_REASON =
  '申请人于听证举行前书面撤回听证请求，行政复议机构决定不再举行听证，本案依法听取当事人意见后审理。';
const COMMITTEE_OPINIONS = [
  '行政复议委员会咨询意见：经相关部门代表及专家学者研究，多数意见认为被申请人认定事实的主要证据能够相互印证，但个别程序环节存在瑕疵，建议行政复议机构结合听证查明的事实审慎作出决定。',
  '行政复议委员会咨询意见：经专家论证，涉案监测数据的采样、检测方法符合国家标准，检测机构具备相应资质，监测结论可以作为认定事实的依据。',
  '行政复议委员会咨询意见：经专家论证，涉案建设工程规划许可的技术指标符合控制性详细规划的要求，日照分析报告结论可以采信。',
];
const CONVERSION_REASONS = [
  '申请人对被申请人认定的基本事实提出异议并提交了新的证据，案件事实争议较大，不宜适用简易程序审理。',
  '经审查，本案涉及第三人的合法权益，需要听取各方意见并进一步调查核实，不宜适用简易程序审理。',
];
/** Art. 73: what the parties agreed to in review, as the 调解书 records it. */
const REVIEW_AGREEMENTS = [
  '经行政复议机构主持调解，被申请人同意在法定幅度内将罚款数额调整为较低数额，申请人对调整后的处理结果无异议，双方自愿达成调解协议。',
  '经行政复议机构主持调解，被申请人同意在三十日内重新核查申请人反映的问题并书面告知处理结果，申请人对此表示认可。',
  '经行政复议机构主持调解，双方就补偿事项达成一致：被申请人按照评估价格补足差额部分，申请人在约定期限内配合完成相关手续。',
];
const REVIEW_MEDIATION_FAILED = [
  '经两次调解，双方对处理结果分歧较大，未能达成调解协议。',
  '被申请人认为其作出的行政行为合法适当，不同意调整处理结果，调解未达成协议。',
];
const REVIEW_MEDIATION_RETRACTED =
  '双方经调解达成协议，行政复议调解书送达签收前，申请人书面表示反悔，拒绝在调解书上签字。';
const PERFORMANCE_REPORTS = [
  '被申请人书面报告：已按照行政复议决定重新作出处理，并将处理结果送达申请人。',
  '被申请人书面报告：已依法履行行政复议决定确定的义务，相关材料已报送备案。',
  '被申请人书面报告：已履行行政复议决定，并已将履行情况告知申请人。',
];
const TIME_BARRED_REASON =
  '申请人对被申请人作出的行政行为不服，但该行政行为作出之日至申请人提出行政复议申请之日已超过五年。' +
  '依照《中华人民共和国行政复议法》第二十一条、第三十条的规定，决定不予受理。';
/** 驳回申请 (Art. 33): accepted, then found not to meet Art. 30 ¶1. */
const DISMISSAL_REASONS = [
  '经审理查明，申请人并非被申请行政复议的行政行为的相对人，该行政行为未对申请人的权利义务产生实际影响，' +
    '申请人与被申请行政复议的行政行为没有利害关系，不符合《中华人民共和国行政复议法》第三十条第一款第二项的规定。' +
    '依照《中华人民共和国行政复议法》第三十三条的规定，决定驳回申请人的行政复议申请。',
  '经审理查明，申请人申请行政复议的事项系被申请人对其信访事项作出的处理意见，不属于行政复议范围，' +
    '不符合《中华人民共和国行政复议法》第三十条第一款第五项的规定。' +
    '依照《中华人民共和国行政复议法》第三十三条的规定，决定驳回申请人的行政复议申请。',
  '经审理查明，申请人在提出本案行政复议申请前已就同一行政行为向人民法院提起行政诉讼，人民法院已经依法受理，' +
    '不符合《中华人民共和国行政复议法》第三十条第一款第七项的规定。' +
    '依照《中华人民共和国行政复议法》第三十三条的规定，决定驳回申请人的行政复议申请。',
];
const LATE_DISMISSAL_REASON =
  '经审理查明，申请人提出行政复议申请时已超过法定申请期限，其所称耽误期限的理由缺乏证据证明，不属于正当理由，' +
  '不符合《中华人民共和国行政复议法》第三十条第一款第四项的规定。' +
  '依照《中华人民共和国行政复议法》第三十三条的规定，决定驳回申请人的行政复议申请。';
const WITHDRAWAL_REASONS = [
  '经释法明理，申请人对被申请人的处理表示理解，自愿撤回行政复议申请。',
  '被申请人已主动纠正，申请人的诉求已得到解决，申请撤回行政复议申请。',
  '申请人决定就该行政行为直接向人民法院提起行政诉讼，撤回行政复议申请。',
];
const SUPPLEMENT_EXTENSION_REASONS = [
  '申请人因住院治疗无法按期补正，提交了医院出具的住院证明，申请延长补正期限。',
  '申请人需向区档案馆调取原始权属证明材料，短期内无法取得，申请延长补正期限。',
  '申请人常年在外地务工，授权委托书需经当地公证机构公证，申请延长补正期限。',
];
/** Art. 20 ¶2: what held an application up (耽误法定申请期限的正当理由). */
const OBSTACLES = [
  '申请人因突发脑梗塞住院治疗，其间丧失行为能力，有医院病历及出院小结为证。',
  '因台风引发山体滑坡，申请人所在村庄道路中断、通信中断，申请人无法外出提出申请。',
];
const LAW_FIRMS = [
  { name: '浙江临江律师事务所', address: '城关镇人民路88号临江大厦12楼', title: '律师' },
  { name: '浙江衡正律师事务所', address: '城关镇解放路201号', title: '律师' },
  { name: '浙江明理律师事务所', address: '城关镇湖滨路16号3楼', title: '律师' },
  { name: '城关法律服务所', address: '城关镇文化路45号', title: '基层法律服务工作者' },
];
const ANSWER_SUMMARIES: Record<ActType, string> = {
  [ActType.PENALTY]:
    '被申请人答复称：申请人的违法事实有现场检查笔录、询问笔录等证据证实，被申请人依法履行了立案、调查、' +
    '告知、送达等程序，作出的行政处罚决定认定事实清楚、证据确凿、适用依据正确、程序合法、处罚适当，请求予以维持。',
  [ActType.INFORMATION_DISCLOSURE]:
    '被申请人答复称：被申请人已在法定期限内对申请人的政府信息公开申请作出答复，申请人所申请的部分信息' +
    '不属于被申请人制作或者保存的政府信息，答复内容合法，请求驳回申请人的行政复议请求。',
  [ActType.INACTION]:
    '被申请人答复称：被申请人收到申请人的申请后已依法进行调查处理，并已将处理情况书面告知申请人，' +
    '不存在不履行法定职责的情形，请求驳回申请人的行政复议请求。',
  [ActType.COERCIVE_MEASURE]:
    '被申请人答复称：涉案行政强制行为系依据现场检查情况依法作出，作出前已履行催告、告知及听取陈述申辩等程序，' +
    '认定事实清楚、程序合法，请求予以维持。',
  [ActType.LICENSING]:
    '被申请人答复称：第三人提交的申请材料齐全、符合法定形式，被申请人经审查依法作出许可决定，' +
    '申请人的合法权益未因该许可受到影响，请求予以维持。',
  [ActType.REGISTRATION]:
    '被申请人答复称：被申请人依据申请人与第三人提交的登记申请材料依法进行了查验，' +
    '登记行为认定事实清楚、程序合法，请求予以维持。',
  [ActType.EXPROPRIATION]:
    '被申请人答复称：涉案补偿安置决定依据经批准的征地补偿安置方案作出，补偿标准符合规定，' +
    '已履行公告、听证告知等程序，请求予以维持。',
  [ActType.OTHER]:
    '被申请人答复称：其作出的行政行为认定事实清楚、证据确凿、适用依据正确、程序合法、内容适当，请求予以维持。',
};
const EVIDENCE: Record<ActType, string[]> = {
  [ActType.PENALTY]: [
    '立案审批表',
    '现场检查笔录',
    '询问笔录',
    '现场照片',
    '行政处罚事先告知书及送达回证',
    '行政处罚决定书及送达回证',
  ],
  [ActType.INFORMATION_DISCLOSURE]: [
    '政府信息公开申请表',
    '政府信息公开申请登记回执',
    '政府信息公开申请答复书',
    '邮寄送达凭证',
  ],
  [ActType.INACTION]: ['投诉举报登记表', '调查处理记录', '处理情况告知书及送达凭证'],
  [ActType.COERCIVE_MEASURE]: ['现场检查笔录', '现场照片', '催告书及送达回证', '行政强制决定书'],
  [ActType.LICENSING]: ['许可申请材料', '审查意见表', '许可证存根'],
  [ActType.REGISTRATION]: ['不动产登记申请书', '权属来源证明材料', '登记审核表', '不动产登记簿'],
  [ActType.EXPROPRIATION]: ['征收土地批复', '征地补偿安置方案及公告', '补偿安置测算表'],
  [ActType.OTHER]: ['调查笔录', '现场勘查记录', '决定书及送达回证'],
};
/** Art. 70: no answer in time, and the act is deemed to have no evidence or basis. */
const ART70_FINDING =
  '被申请人未在法定期限内提出书面答复、提交作出行政行为的证据和依据，' +
  '依照《中华人民共和国行政复议法》第七十条的规定，视为该行政行为没有证据、依据';
const STAY_REQUESTS = [
  '申请人称该行政行为一旦执行将造成难以弥补的损失，申请在行政复议期间停止执行。',
  '申请人称其生产经营将因执行而全面停滞，职工工资无法发放，申请在行政复议期间停止执行。',
];
const STAY_GRANTED_REASON =
  '经审查，该行政行为一旦执行将造成难以弥补的损失，停止执行不损害国家利益、社会公共利益和他人合法权益，' +
  '申请人的要求合理。依照《中华人民共和国行政复议法》第四十二条第三项的规定，决定在行政复议期间停止执行。';
const STAY_REFUSED_REASON =
  '经审查，申请人未能提供证据证明执行该行政行为将造成难以弥补的损失，且停止执行可能损害社会公共利益，' +
  '申请人的要求不合理。依照《中华人民共和国行政复议法》第四十二条的规定，决定不停止执行。';
const STAY_BY_RESPONDENT_REASON =
  '被申请人书面提出：涉案处罚决定认定的部分事实有待进一步核实，认为需要停止执行。';

const MERITS_TEXT: Record<string, { article: string; finding: string; ruling: string }> = {
  [Outcome.REVOKE]: {
    article: '第六十四条',
    finding: '被申请人作出的行政行为主要事实不清、证据不足',
    ruling: '撤销被申请人作出的该行政行为，责令其在六十日内重新作出处理',
  },
  [Outcome.PARTIAL_REVOKE]: {
    article: '第六十四条',
    finding: '被申请人作出的行政行为部分认定事实不清、证据不足',
    ruling: '撤销该行政行为中认定事实不清的部分',
  },
  [Outcome.ALTER]: {
    article: '第六十三条',
    finding: '被申请人认定事实清楚、证据确凿、程序合法，但处理内容明显不当',
    ruling: '变更该行政行为的处理内容',
  },
  [Outcome.CONFIRM_ILLEGAL]: {
    article: '第六十五条',
    finding: '被申请人作出行政行为程序轻微违法，但对申请人权利不产生实际影响',
    ruling: '确认该行政行为违法',
  },
  [Outcome.CONFIRM_INVALID]: {
    article: '第六十七条',
    finding: '被申请人作出的行政行为没有依据，属于重大且明显违法',
    ruling: '确认该行政行为无效',
  },
  [Outcome.ORDER_PERFORMANCE]: {
    article: '第六十六条',
    finding: '被申请人对申请人的申请未在法定期限内依法履行职责',
    ruling: '责令被申请人在三十日内依法履行法定职责',
  },
  [Outcome.UPHOLD]: {
    article: '第六十八条',
    finding: '被申请人作出的行政行为认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当',
    ruling: '维持被申请人作出的该行政行为',
  },
  // Art. 69: only a failure to act (INACTION) is answered so.
  [Outcome.DISMISS]: {
    article: '第六十九条',
    finding: '被申请人在本机关受理行政复议申请前已经依法履行了法定职责',
    ruling: '驳回申请人的行政复议请求',
  },
};

/**
 * Likely decisions per kind of act: correction rates of a real district, roughly. 驳回复议请求
 * (DISMISS, Art. 69) answers a failure to act only; an act found lawful is upheld (Art. 68).
 */
const DECISIONS: Record<ActType, readonly (readonly [Outcome, number])[]> = {
  [ActType.PENALTY]: [
    [Outcome.UPHOLD, 75],
    [Outcome.REVOKE, 8],
    [Outcome.ALTER, 7],
    [Outcome.PARTIAL_REVOKE, 5],
    [Outcome.CONFIRM_ILLEGAL, 5],
  ],
  [ActType.INACTION]: [
    [Outcome.DISMISS, 50],
    [Outcome.ORDER_PERFORMANCE, 35],
    [Outcome.CONFIRM_ILLEGAL, 15],
  ],
  [ActType.INFORMATION_DISCLOSURE]: [
    [Outcome.UPHOLD, 65],
    [Outcome.REVOKE, 18],
    [Outcome.CONFIRM_ILLEGAL, 10],
    [Outcome.ORDER_PERFORMANCE, 7],
  ],
  [ActType.COERCIVE_MEASURE]: [
    [Outcome.UPHOLD, 75],
    [Outcome.CONFIRM_ILLEGAL, 17],
    [Outcome.REVOKE, 8],
  ],
  [ActType.LICENSING]: [
    [Outcome.UPHOLD, 85],
    [Outcome.REVOKE, 12],
    [Outcome.CONFIRM_INVALID, 3],
  ],
  [ActType.REGISTRATION]: [
    [Outcome.UPHOLD, 80],
    [Outcome.REVOKE, 14],
    [Outcome.CONFIRM_INVALID, 6],
  ],
  [ActType.EXPROPRIATION]: [
    [Outcome.UPHOLD, 80],
    [Outcome.PARTIAL_REVOKE, 10],
    [Outcome.REVOKE, 10],
  ],
  [ActType.OTHER]: [
    [Outcome.UPHOLD, 80],
    [Outcome.REVOKE, 17],
    [Outcome.CONFIRM_INVALID, 3],
  ],
};

/** The act types a decision fits, when the demo moves a decision to cover every kind. */
const FITS: Partial<Record<Outcome, readonly ActType[]>> = {
  [Outcome.DISMISS]: [ActType.INACTION],
  [Outcome.ORDER_PERFORMANCE]: [ActType.INACTION, ActType.INFORMATION_DISCLOSURE],
  [Outcome.ALTER]: [ActType.PENALTY],
};

const CAUSES: Record<ActType, string> = {
  [ActType.PENALTY]: '行政处罚',
  [ActType.LICENSING]: '行政许可',
  [ActType.COERCIVE_MEASURE]: '行政强制',
  [ActType.INFORMATION_DISCLOSURE]: '政府信息公开',
  [ActType.INACTION]: '不履行法定职责',
  [ActType.EXPROPRIATION]: '行政征收',
  [ActType.REGISTRATION]: '行政登记',
  [ActType.OTHER]: '行政行为',
};

function requestsFor(type: ActType, doc: string | undefined): string {
  const document = doc ? `（${doc}）` : '';
  switch (type) {
    case ActType.PENALTY:
      return `请求撤销被申请人作出的《行政处罚决定书》${document}。`;
    case ActType.INFORMATION_DISCLOSURE:
      return `请求撤销被申请人作出的政府信息公开申请答复${document}，责令其重新答复。`;
    case ActType.INACTION:
      return '请求确认被申请人不履行法定职责的行为违法，责令其依法履行。';
    case ActType.COERCIVE_MEASURE:
      return `请求确认被申请人作出的行政强制行为${document}违法，并予以撤销。`;
    case ActType.LICENSING:
    case ActType.REGISTRATION:
    case ActType.EXPROPRIATION:
    case ActType.OTHER:
      return `请求撤销被申请人作出的${ACT_TYPE_LABELS[type]}行为${document}。`;
  }
}

// --- time -----------------------------------------------------------------------------------------

/** The instant `minutes` after midnight of `date` in Asia/Shanghai. */
const at = (date: LocalDate, minutes: number): number =>
  Date.parse(`${date}T00:00:00+08:00`) + minutes * MINUTE;
const dateOf = (instant: number): LocalDate => toLocalDate(new Date(instant));
const later = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);
const earlier = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);

/** A clock the script moves; every service reads it (legal "today", reminder send times). */
class DemoClock extends Clock {
  private instant = Date.now();

  override now(): Date {
    return new Date(this.instant);
  }

  set(instant: number): void {
    this.instant = instant;
  }
}

interface Task {
  at: number;
  label: () => string;
  run: () => Promise<unknown>;
}

/** Every step of the demo, in time order; tasks may add tasks (never in the past). */
class Timeline {
  private readonly tasks: Task[] = [];
  private position = 0;
  private current = 0;
  ran = 0;

  constructor(
    private readonly clock: DemoClock,
    private readonly until: number,
  ) {}

  add(when: number, label: () => string, run: () => Promise<unknown>): void {
    const task = { at: Math.max(when, this.current), label, run };
    // After every task at the same instant: steps planned in order run in order.
    let lo = this.position;
    let hi = this.tasks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tasks[mid].at <= task.at) lo = mid + 1;
      else hi = mid;
    }
    this.tasks.splice(lo, 0, task);
  }

  /** Runs everything due by `until`; what is planned later is left undone (the future). */
  async run(): Promise<void> {
    while (this.position < this.tasks.length && this.tasks[this.position].at <= this.until) {
      const task = this.tasks[this.position];
      this.position += 1;
      this.current = task.at;
      this.clock.set(task.at);
      try {
        await task.run();
      } catch (e) {
        throw new Error(
          `${task.label()} at ${new Date(task.at).toISOString()} failed: ${describe(e)}`,
          { cause: e },
        );
      }
      this.ran += 1;
    }
  }

  /** Tasks planned after `until`. */
  left(): number {
    return this.tasks.length - this.position;
  }
}

function describe(e: unknown): string {
  if (e instanceof HttpException) return JSON.stringify(e.getResponse());
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

// --- the services ---------------------------------------------------------------------------------

interface Services {
  db: DataSource;
  env: Env;
  users: UsersService;
  organizations: OrganizationsService;
  registration: RegistrationService;
  intake: IntakeService;
  mediation: MediationService;
  review: ReviewService;
  parties: PartiesService;
  answers: AnswersService;
  stays: StaysService;
  proceedings: ProceedingsService;
  reviewMediation: ReviewMediationService;
  discussions: CollectiveDiscussionsService;
  followUp: DecisionFollowUpService;
  documents: DocumentsService;
  litigation: LitigationService;
  hearings: HearingsService;
  reminders: RemindersService;
  letters: ReminderLettersService;
  delivery: DeliveryService;
  alerts: AlertsService;
  statistics: StatisticsService;
}

/** The application as the API runs it (role api, not listening), with the demo clock. */
async function boot(
  clock: DemoClock,
): Promise<{ app: NestFastifyApplication; s: Services; calendar: CalendarService }> {
  const { createHttpApp } = await import('../src/app.factory');
  // As the API does at its first start: the database it is pointed at, created if missing.
  const { createDatabaseIfMissing } = await import('../src/database/database-admin');
  const { validateEnv } = await import('../src/config/env');
  await createDatabaseIfMissing(validateEnv(process.env).DATABASE_URL);
  const app = await createHttpApp([{ provide: Clock, useValue: clock }], 'api');
  await app.init();
  // Loaded by the application already: the same classes, hence the same providers.
  const m = {
    users: await import('../src/users/users.service'),
    organizations: await import('../src/organizations/organizations.service'),
    registration: await import('../src/cases/registration.service'),
    intake: await import('../src/cases/intake.service'),
    mediation: await import('../src/mediation/mediation.service'),
    review: await import('../src/review/review.service'),
    parties: await import('../src/parties/parties.service'),
    answers: await import('../src/review/answers.service'),
    stays: await import('../src/review/stays.service'),
    proceedings: await import('../src/review/proceedings.service'),
    reviewMediation: await import('../src/review/review-mediation.service'),
    discussions: await import('../src/review/collective-discussions.service'),
    followUp: await import('../src/review/decision-follow-up.service'),
    documents: await import('../src/documents/documents.service'),
    litigation: await import('../src/litigation/litigation.service'),
    hearings: await import('../src/litigation/hearings.service'),
    reminders: await import('../src/reminders/reminders.service'),
    letters: await import('../src/reminders/reminder-letters.service'),
    delivery: await import('../src/reminders/delivery.service'),
    alerts: await import('../src/alerts/alerts.service'),
    statistics: await import('../src/statistics/statistics.service'),
    calendar: await import('../src/calendar/calendar.service'),
  };
  const s: Services = {
    db: app.get(DataSource),
    env: app.get(Env),
    users: app.get(m.users.UsersService),
    organizations: app.get(m.organizations.OrganizationsService),
    registration: app.get(m.registration.RegistrationService),
    intake: app.get(m.intake.IntakeService),
    mediation: app.get(m.mediation.MediationService),
    review: app.get(m.review.ReviewService),
    parties: app.get(m.parties.PartiesService),
    answers: app.get(m.answers.AnswersService),
    stays: app.get(m.stays.StaysService),
    proceedings: app.get(m.proceedings.ProceedingsService),
    reviewMediation: app.get(m.reviewMediation.ReviewMediationService),
    discussions: app.get(m.discussions.CollectiveDiscussionsService),
    followUp: app.get(m.followUp.DecisionFollowUpService),
    documents: app.get(m.documents.DocumentsService),
    litigation: app.get(m.litigation.LitigationService),
    hearings: app.get(m.hearings.HearingsService),
    reminders: app.get(m.reminders.RemindersService),
    letters: app.get(m.letters.ReminderLettersService),
    delivery: app.get(m.delivery.DeliveryService),
    alerts: app.get(m.alerts.AlertsService),
    statistics: app.get(m.statistics.StatisticsService),
  };
  return { app, s, calendar: app.get(m.calendar.CalendarService) };
}

interface Agency extends AgencySeed {
  id: string;
  liaison: Actor | null;
}

interface Office extends OfficeSeed {
  id: string;
  agentActor: Actor;
}

interface Person {
  actor: Actor;
  displayName: string;
  created: boolean;
  headsOffice: boolean;
  headsOrgan: boolean;
}

/** What the lawsuits need to know of a planned case. */
interface CaseRecord {
  index: number;
  id: string | null;
  number: string | null;
  respondent: Agency;
  plaintiff: string;
  applicants: ApplicantDto[];
  act: ActTemplate;
  amountYuan: number | null;
  /** The 第三人's name, when one joined. */
  thirdParty: string | null;
  /** No answer in time and no third party: Art. 70 decides a correction. */
  art70: boolean;
  /** A claim for state compensation made with the application (Art. 72 ¶1). */
  compensationClaimed: boolean;
  /** `fixed`: the course's own decision, never moved to cover another kind. */
  decision: { type: Outcome; on: LocalDate; fixed: boolean } | null;
  /** Where the application was filed: how the applicant is served (documents). */
  channel: Channel;
  /** The filing point, for a case filed at a 司法所 (its agent hands documents over). */
  office: Office | null;
}

/** One service (送达) of a document, as planned: who, how, the day of the act, who records it. */
interface Delivery {
  to: string;
  method: ServiceMethod;
  on: LocalDate;
  by: Actor;
}

interface HearingRecord {
  id: string | null;
  at: number;
}

// --- the demo -------------------------------------------------------------------------------------

class DemoDistrict {
  /** Cases draw from one stream, lawsuits from another: changing one plan leaves the other. */
  private rng: Random;
  private readonly timeline: Timeline;
  private readonly wd: (d: LocalDate) => LocalDate;
  private readonly start: LocalDate;
  private readonly records: CaseRecord[] = [];
  private readonly courtNumbers = new Map<string, number>();
  private reviewers: Person[] = [];
  private officers: Person[] = [];
  /** 行政复议机构负责人 (headsOffice). */
  private readonly officeHead: Person;
  /** 行政复议机关负责人 (headsOrgan). */
  private readonly organHead: Person;
  /** How many cases of each course are planned so far (the acts a course needs, in turn). */
  private readonly courseSeen = new Map<Course, number>();
  /** The one 听证 whose respondent's head sends a delegate (Art. 51 ¶3) is planned. */
  private headAbsenceShown = false;
  /** Each agency's deputy-level leader in charge (Art. 2 ¶1), by key. */
  private readonly inCharge = new Map<string, string>();
  private noticesPlanned = 0;
  private recommendationsPlanned = 0;
  /**
   * The documents' own stream (methods, days of delivery, corrections): drawing from it leaves the
   * cases' plan as it was without them.
   */
  private readonly docRng: Random;
  /** Served 决定书 corrected by a superseding one (at most two). */
  private correctionsPlanned = 0;

  constructor(
    private readonly s: Services,
    private readonly clock: DemoClock,
    private readonly cal: CalendarExceptions,
    private readonly now: number,
    private readonly today: LocalDate,
    private readonly agencies: Agency[],
    /** The reconsideration organ, a defendant of the lawsuits against its decisions. */
    private readonly organ: Agency,
    private readonly offices: Office[],
    people: Person[],
    private readonly takenCourtNumbers: Set<string>,
    private readonly seed: number,
  ) {
    this.rng = new Random(seed);
    this.docRng = new Random(seed + 2);
    this.timeline = new Timeline(clock, now);
    this.wd = (d) => rollForwardToWorkingDay(cal, d);
    this.start = addDays(today, -HISTORY_DAYS);
    this.reviewers = people.filter((p) => p.actor.role === Role.REVIEWER);
    this.officers = people.filter((p) => p.actor.role === Role.OFFICER);
    this.officeHead = this.reviewers.find((p) => p.headsOffice)!;
    this.organHead = this.reviewers.find((p) => p.headsOrgan)!;
  }

  async run(): Promise<{ steps: number; future: number }> {
    this.planNightlyRuns();
    const special = new Map(
      this.rng.some(range(CASES), SPECIAL_COURSES.length).map((i, k) => [i, SPECIAL_COURSES[k]]),
    );
    for (let i = 0; i < CASES; i += 1) this.planCase(i + 1, special.get(i) ?? 'random');
    this.coverEveryDecision();
    this.rng = new Random(this.seed + 1);
    this.planLawsuits();
    await this.timeline.run();
    return { steps: this.timeline.ran, future: this.timeline.left() };
  }

  // --- reconsideration ----------------------------------------------------------------------------

  /**
   * The worker's nightly runs, every night of the two years: at 00:01 (DEEMED_ACCEPTANCE_CRON) the
   * applications whose review period ended with no refusal are accepted by law (视为受理, Art. 30
   * ¶3), at 00:15 (SUPPLEMENT_EXPIRY_CRON) those whose supplement reply is overdue are deemed
   * abandoned (视为放弃, Art. 31 ¶2).
   */
  private planNightlyRuns(): void {
    for (let d = this.start; d <= this.today; d = addDays(d, 1)) {
      const day = d;
      this.timeline.add(
        at(day, 1),
        () => `deemed-acceptance run of ${day}`,
        () => this.s.intake.deemAccepted(day),
      );
      this.timeline.add(
        at(day, 15),
        () => `supplement expiry run of ${day}`,
        () => this.s.intake.abandonExpired(day),
      );
    }
  }

  private planCase(index: number, course: Course): void {
    const { rng, cal, wd } = this;
    let respondent = rng.weighted(this.agencies.map((a) => [a, a.weight] as const));
    let act = rng.weighted(respondent.acts.map((t) => [t, t.weight] as const));
    const seen = this.courseSeen.get(course) ?? 0;
    this.courseSeen.set(course, seen + 1);
    const choices = COURSE_ACTS[course];
    if (choices) {
      const [key, which] = choices[seen % choices.length];
      respondent = this.agencies.find((a) => a.key === key)!;
      act = respondent.acts.find(which)!;
    }
    const past = (): number => rng.int(90, HISTORY_DAYS - 10);
    const reviewed = (): number => rng.int(160, HISTORY_DAYS - 10);
    const daysAgo: Record<Course, () => number> = {
      random: () => HISTORY_DAYS - rng.int(0, HISTORY_DAYS - 1),
      'overdue-decision': () => rng.int(75, 100),
      'deemed-acceptance': () => rng.int(12, 20),
      extended: () => rng.int(150, 400),
      'awaiting-supplement': () => rng.int(4, 8),
      'in-mediation': () => rng.int(3, 5),
      suspended: () => rng.int(40, 70),
      'late-refused': past,
      'time-barred': past,
      tolled: past,
      'not-informed': past,
      withdrawn: past,
      dismissed: past,
      'supplement-extended': past,
      'mediation-overran': past,
      'stay-granted': past,
      'stay-refused': past,
      'stay-by-respondent': past,
      // In review: long enough ago for the whole review and what follows the decision.
      'suspension-lapsed': reviewed,
      // Suspended on a lapsing ground a little over 60 days ago, and still.
      'suspension-limit': () => rng.int(88, 96),
      dissolved: reviewed,
      'criminal-measures': reviewed,
      major: reviewed,
      'hearing-requested': reviewed,
      'hearing-cancelled': reviewed,
      committee: reviewed,
      converted: reviewed,
      'review-mediation-failed': reviewed,
      'review-mediation-retracted': reviewed,
      compensation: reviewed,
      agreement: reviewed,
    };
    const receivedOn = wd(addDays(this.today, -daysAgo[course]()));
    const random = course === 'random';

    // The application period (Arts. 20–21): mostly well in time, a few late, one past the outer
    // limit, one in time only because an obstacle held it up (¶2), one because the agency never
    // told of the right to apply (¶3).
    const late = course === 'late-refused' || (random && rng.chance(0.05));
    let knownOn: LocalDate;
    let period: ApplicationPeriodDto | undefined;
    let story = '';
    if (course === 'tolled') {
      knownOn = addDays(receivedOn, -rng.int(80, 100));
      const obstacleFrom = addDays(knownOn, rng.int(15, 30));
      const obstacleEndedOn = addDays(receivedOn, -rng.int(10, 25));
      const obstacleReason = rng.pick(OBSTACLES);
      period = { obstacleFrom, obstacleEndedOn, obstacleReason };
      story = `${obstacleReason}该障碍于${obstacleEndedOn}消除，申请期限依法继续计算。`;
    } else if (course === 'not-informed') {
      knownOn = addDays(receivedOn, -rng.int(90, 200));
      const learnedOfRightOn = addDays(receivedOn, -rng.int(5, 40));
      period = { notInformedOfRight: true, learnedOfRightOn };
      story =
        '被申请人作出该行政行为时未告知申请人申请行政复议的权利、行政复议机关和申请期限，' +
        `申请人于${learnedOfRightOn}经咨询律师方知。`;
    } else if (course === 'time-barred') {
      knownOn = addDays(receivedOn, -rng.int(10, 40));
      story = `申请人称其于${knownOn}申请开具无违法犯罪记录证明时方知该处罚决定。`;
    } else {
      knownOn = addDays(receivedOn, late ? -rng.int(63, 150) : -rng.int(2, 50));
    }
    const actOn =
      course === 'time-barred'
        ? addDays(receivedOn, -(5 * 365 + rng.int(40, 400)))
        : addDays(knownOn, -rng.int(0, 6));
    const periodFacts = {
      actOn,
      knownOn,
      receivedOn,
      statutoryPeriodDays: null,
      notInformedOfRight: period?.notInformedOfRight ?? false,
      learnedOfRightOn: period?.learnedOfRightOn ?? null,
      immovableProperty: act.immovable ?? false,
      obstacleFrom: period?.obstacleFrom ?? null,
      obstacleEndedOn: period?.obstacleEndedOn ?? null,
    };
    // As the registration will find it (the same rules, the same calendar).
    const timeliness = applicationPeriod(cal, periodFacts).timeliness;
    const untolled = applicationPeriod(cal, {
      ...periodFacts,
      notInformedOfRight: false,
      learnedOfRightOn: null,
      obstacleFrom: null,
      obstacleEndedOn: null,
    }).timeliness;
    const expected: Partial<Record<Course, [ApplicationTimeliness, ApplicationTimeliness]>> = {
      'late-refused': [ApplicationTimeliness.LATE, ApplicationTimeliness.LATE],
      'time-barred': [ApplicationTimeliness.TIME_BARRED, ApplicationTimeliness.TIME_BARRED],
      tolled: [ApplicationTimeliness.IN_TIME, ApplicationTimeliness.LATE],
      'not-informed': [ApplicationTimeliness.IN_TIME, ApplicationTimeliness.LATE],
    };
    const want = expected[course];
    if (want && (want[0] !== timeliness || want[1] !== untolled)) {
      throw new Error(
        `demo plan of case #${index}: ${course} is ${timeliness} (${untolled} without Art. 20 ¶¶2–3)`,
      );
    }
    const isLate = timeliness !== ApplicationTimeliness.IN_TIME;

    const amountYuan = act.amount
      ? rng.int(act.amount[0] / 100, act.amount[1] / 100) * 100
      : undefined;
    const documentNumber = act.doc
      ? `${act.doc}〔${actOn.slice(0, 4)}〕${rng.int(1, 480)}号`
      : undefined;
    const applicants = this.applicants(act, COURSE_APPLICANTS[course]);
    // 一并提出行政赔偿请求 (Art. 72 ¶1): over property taken, destroyed or fined.
    const compensationClaimed =
      course === 'compensation' ||
      (random &&
        (act.type === ActType.COERCIVE_MEASURE ||
          (act.type === ActType.PENALTY && amountYuan !== undefined)) &&
        rng.chance(0.08));
    const enterpriseRelated =
      applicants[0].kind === ApplicantKind.ORGANISATION ||
      (act.type === ActType.PENALTY && rng.chance(0.25));
    // Art. 53: the facts the simplified procedure may rest on, recorded at registration.
    const simplifiedFacts: SimplifiedFacts = {
      actType: act.type,
      actAmountYuan: amountYuan ?? null,
      actOnTheSpot: act.onTheSpot ?? false,
      actWarningOrCriticism: act.warning ?? false,
      // ¶2: both sides agreed in writing to the simplified procedure when the application was filed.
      partiesAgreeSimplified: random && rng.chance(0.04),
    };

    // Where it was filed: townships' own cases mostly at their 司法所, others at the window.
    const township = respondent.township
      ? this.offices.find((o) => o.township === respondent.township)
      : undefined;
    const channel =
      township && rng.chance(0.7)
        ? Channel.AGENT_POINT
        : rng.weighted([
            [Channel.AGENT_POINT, 30],
            [Channel.WINDOW, 35],
            [Channel.ONLINE, 25],
            [Channel.MAIL, 10],
          ] as const);
    const office =
      channel === Channel.AGENT_POINT
        ? (township ?? rng.weighted(this.offices.map((o) => [o, o.weight] as const)))
        : undefined;
    const handler = rng.weighted([
      ...this.officers.map((o) => [o, 4] as const),
      [this.reviewers[1] ?? this.reviewers[0], 1] as const,
    ]);
    const registrar = office ? office.agentActor : rng.pick(this.officers).actor;
    const lead = this.reviewers[0].actor;

    const record: CaseRecord = {
      index,
      id: null,
      number: null,
      respondent,
      plaintiff: applicants.map((a) => a.name).join('、'),
      applicants,
      act,
      amountYuan: amountYuan ?? null,
      thirdParty: null,
      art70: false,
      compensationClaimed,
      decision: null,
      channel,
      office: office ?? null,
    };
    this.records.push(record);
    const steps = new CaseSteps(this.timeline, this.rng, record, receivedOn);
    const id = (): string => record.id!;

    const dto: RegisterCaseDto = {
      channel,
      ...(office ? { officeId: office.id } : {}),
      receivedOn,
      applicants,
      respondentId: respondent.id,
      act: {
        type: act.type,
        ...(documentNumber ? { documentNumber } : {}),
        actOn,
        knownOn,
        ...(amountYuan !== undefined ? { amountYuan } : {}),
        summary: `被申请人${act.what}${amountYuan !== undefined ? `${amountYuan}元` : ''}。`,
        ...(act.onTheSpot ? { onTheSpot: true } : {}),
        ...(act.warning ? { warningOrCriticism: true } : {}),
        ...(act.immovable ? { immovableProperty: true } : {}),
      },
      requests:
        (act.agreement
          ? '请求确认被申请人未按照约定履行房屋征收补偿协议的行为违法，责令其继续履行协议、支付剩余安置补偿款。'
          : requestsFor(act.type, documentNumber)) +
        (compensationClaimed ? '一并请求被申请人依法赔偿因该行政行为造成的经济损失。' : ''),
      factsAndReasons:
        `申请人于${knownOn}知道被申请人${act.what}。${story}申请人认为该行为认定事实不清、` +
        '适用依据错误，侵犯了申请人的合法权益，依法申请行政复议。',
      enterpriseRelated,
      ...(simplifiedFacts.partiesAgreeSimplified ? { partiesAgreeSimplified: true } : {}),
      ...(period ? { applicationPeriod: period } : {}),
    };
    steps.add(receivedOn, 'register', async () => {
      const { body } = await this.s.registration.register(registrar, dto, null, dto);
      record.id = body.id;
      record.number = body.number;
    });
    // 代表人 (Art. 15): many applicants elect two of themselves, named in the application.
    if (applicants.length > 5) {
      for (const a of applicants.slice(0, 2)) {
        const representative: AddPartyDto = {
          ...a,
          role: PartyRole.REPRESENTATIVE,
          actsFor: '全体申请人',
          joinedOn: receivedOn,
        };
        steps.add(receivedOn, 'add representative', () =>
          this.s.parties.add(registrar, id(), representative),
        );
      }
    }
    // 委托代理人 (Art. 17): the power of attorney filed with the application.
    if (rng.chance(applicants[0].kind === ApplicantKind.ORGANISATION ? 0.45 : 0.12)) {
      const agent = this.agentFor(applicants[0].name, receivedOn);
      steps.add(receivedOn, 'add agent', () => this.s.parties.add(registrar, id(), agent));
    }
    const assignOn = rng.chance(0.6) ? receivedOn : addWorkingDays(cal, receivedOn, 1);
    steps.add(assignOn, 'assign', () =>
      this.s.review.assign(lead, id(), { officerId: handler.actor.id }),
    );
    const withdraw = (withdrawnOn: LocalDate): void => {
      const reason = rng.pick(WITHDRAWAL_REASONS);
      steps.add(withdrawnOn, 'withdraw before acceptance', () =>
        this.s.intake.withdraw(office?.agentActor ?? handler.actor, id(), { withdrawnOn, reason }),
      );
    };

    // 补正: one notice within the review period listing everything missing (Art. 31 ¶1); the
    // acceptance clock restarts from the supplemented material, or the case lapses.
    let clockFrom = receivedOn;
    if (
      course === 'awaiting-supplement' ||
      course === 'supplement-extended' ||
      (random && rng.chance(0.17))
    ) {
      const sentOn = addWorkingDays(cal, receivedOn, rng.int(1, 3));
      const servedOn =
        channel === Channel.MAIL || channel === Channel.ONLINE
          ? addWorkingDays(cal, sentOn, rng.int(0, 1))
          : sentOn;
      const items = rng.some(SUPPLEMENT_ITEMS, rng.int(1, 3));
      let requestId = '';
      // The 补正通知书: the request is recorded with the day its notice reached the applicant, so
      // the notice is issued and served that day.
      const notice = this.document(
        record,
        DocumentKind.SUPPLEMENT_NOTICE,
        handler.actor,
        servedOn,
        [this.toApplicant(record, handler.actor, servedOn, true)],
      );
      steps.add(servedOn, 'request supplement', async () => {
        const v = await this.s.intake.requestSupplement(handler.actor, id(), {
          items,
          noticeSentOn: sentOn,
          noticeServedOn: servedOn,
        });
        requestId = v.supplementRequests.find((r) => r.status === SupplementStatus.OPEN)!.id;
        await notice.issue();
      });
      if (course === 'awaiting-supplement') return; // still waiting for the answer
      // A good reason to need longer (Art. 31 ¶2), asked before the period ends.
      let dueOn = supplementDueOn(cal, servedOn);
      const extended = course === 'supplement-extended' || (random && rng.chance(0.12));
      if (extended) {
        const extendedOn = addWorkingDays(cal, servedOn, rng.int(6, 9));
        const newDueOn = addWorkingDays(cal, dueOn, rng.int(5, 10));
        const reason = rng.pick(SUPPLEMENT_EXTENSION_REASONS);
        steps.add(extendedOn, 'extend supplement period', () =>
          this.s.intake.extendSupplement(handler.actor, id(), requestId, {
            dueOn: newDueOn,
            reason,
            extendedOn,
          }),
        );
        dueOn = newDueOn;
      }
      // None comes (the nightly run marks it abandoned), or the applicant withdraws meanwhile.
      if (course !== 'supplement-extended' && rng.chance(0.27)) {
        if (rng.chance(0.2)) {
          withdraw(earlier(later(steps.last, addWorkingDays(cal, servedOn, rng.int(2, 8))), dueOn));
        }
        return;
      }
      const answeredOn = extended
        ? earlier(addWorkingDays(cal, steps.last, rng.int(3, 8)), dueOn)
        : addWorkingDays(cal, servedOn, rng.int(2, 9));
      steps.add(answeredOn, 'fulfil supplement', () =>
        this.s.intake.fulfilSupplement(office?.agentActor ?? handler.actor, id(), requestId, {
          receivedOn: answeredOn,
        }),
      );
      clockFrom = answeredOn;
    }
    const acceptanceDue = acceptanceDueOn(cal, clockFrom);

    // 案前调解 (not for late applications, which are refused). Mediation does not stop the
    // acceptance clock: talks that run past the review period end in an acceptance of law.
    const mediable =
      act.type !== ActType.INFORMATION_DISCLOSURE && act.type !== ActType.REGISTRATION;
    const overran = course === 'mediation-overran';
    if (
      course === 'in-mediation' ||
      overran ||
      (random && !isLate && mediable && rng.chance(0.16))
    ) {
      const startedOn = later(steps.last, addWorkingDays(cal, clockFrom, 1));
      const heldOn = earlier(addWorkingDays(cal, startedOn, 1), acceptanceDue);
      const overruns = overran || (random && rng.chance(0.1));
      const concludedOn = overruns
        ? addWorkingDays(cal, acceptanceDue, rng.int(1, 4))
        : later(heldOn, earlier(addWorkingDays(cal, heldOn, rng.int(0, 2)), acceptanceDue));
      const mediatorName = rng.chance(0.7) ? handler.displayName : this.personName();
      steps.add(startedOn, 'start pre-mediation', () =>
        this.s.mediation.start(handler.actor, id(), { mediatorName, startedOn }),
      );
      steps.add(heldOn, 'mediation session', () =>
        this.s.mediation.recordSession(handler.actor, id(), {
          heldOn,
          summary: '组织申请人与被申请人当面沟通，听取双方意见，释法明理，促成双方协商。',
        }),
      );
      if (course === 'in-mediation') return;
      if (!overruns && rng.chance(0.6)) {
        const agreement = rng.pick(AGREEMENTS);
        steps.add(concludedOn, 'pre-mediation succeeded', () =>
          this.s.mediation.conclude(handler.actor, id(), {
            outcome: 'SUCCEEDED',
            concludedOn,
            agreement,
          }),
        );
        return;
      }
      steps.add(concludedOn, 'pre-mediation failed', () =>
        this.s.mediation.conclude(handler.actor, id(), { outcome: 'FAILED', concludedOn }),
      );
    }

    // 受理 or 不予受理 within the five working days; after a mediation that ran past them, the
    // acceptance is recorded the day it failed (before the night's run would accept it by law).
    let decideOn = later(
      steps.last,
      steps.last > clockFrom
        ? addWorkingDays(cal, steps.last, rng.int(0, 1))
        : addWorkingDays(cal, clockFrom, rng.int(1, 3)),
    );
    decideOn = later(earlier(decideOn, acceptanceDue), steps.last);
    const inPeriod = decideOn <= acceptanceDue;
    if (inPeriod && (course === 'withdrawn' || (random && rng.chance(0.015)))) {
      withdraw(decideOn);
      return;
    }
    const refuse =
      course === 'late-refused' ||
      course === 'time-barred' ||
      (random && ((isLate && rng.chance(0.85)) || rng.chance(0.07)));
    // A refusal is made within the review period (Art. 30 ¶2), by a reviewer.
    if (refuse && inPeriod) {
      const reviewer = rng.pick(this.reviewers).actor;
      const reason =
        timeliness === ApplicationTimeliness.TIME_BARRED
          ? TIME_BARRED_REASON
          : isLate
            ? LATE_REASON
            : rng.pick(NOT_ACCEPTED_REASONS);
      const refusal = this.document(
        record,
        DocumentKind.NON_ACCEPTANCE_DECISION,
        handler.actor,
        decideOn,
        [this.toApplicant(record, handler.actor, decideOn)],
      );
      steps.add(decideOn, `not accept (${timeliness})`, async () => {
        await this.s.intake.decideAcceptance(reviewer, id(), {
          accepted: false,
          reason,
          decidedOn: decideOn,
        });
        await refusal.issue();
      });
      return;
    }
    // An accepted late application is dismissed once that is established (Art. 33).
    const dismissal = isLate ? LATE_DISMISSAL_REASON : null;
    if (course === 'deemed-acceptance' || (random && inPeriod && rng.chance(0.03))) {
      // Nobody decided within the review period: the night after its last day the run accepts the
      // application by law, on that day, under the ordinary procedure (Art. 30 ¶3). The officer
      // issues the 受理通知书 on the next working day, first thing.
      const noticeOn = wd(addDays(acceptanceDue, 1));
      const notice = this.document(
        record,
        DocumentKind.ACCEPTANCE_NOTICE,
        handler.actor,
        noticeOn,
        [this.toApplicant(record, handler.actor, noticeOn)],
      );
      this.timeline.add(
        at(noticeOn, 8 * 60 + 30 + this.docRng.int(0, 20)),
        () => `case ${record.number}: 受理通知书 of the acceptance by law`,
        notice.issue,
      );
      this.planReview(record, steps, handler, Procedure.ORDINARY, acceptanceDue, {
        actFrom: addDays(acceptanceDue, 1),
        receivedOn,
        course,
        dismissal,
      });
      return;
    }
    const grounds = simplifiedGrounds(simplifiedFacts);
    const suggested = suggestProcedure(simplifiedFacts);
    // Mostly as suggested: some simple-looking cases are not (Art. 53: 争议不大), and a few others
    // go the simplified way because both sides agree to it (¶2).
    const differs = rng.chance(suggested === Procedure.SIMPLIFIED ? 0.15 : 0.06);
    const other = suggested === Procedure.SIMPLIFIED ? Procedure.ORDINARY : Procedure.SIMPLIFIED;
    const procedure = ORDINARY_COURSES.includes(course)
      ? Procedure.ORDINARY
      : course === 'converted'
        ? Procedure.SIMPLIFIED
        : differs
          ? other
          : suggested;
    // Art. 53: a ground the facts support; with none, the parties' agreement given now (¶2).
    const simplifiedGround =
      procedure === Procedure.SIMPLIFIED
        ? (grounds[0] ?? SimplifiedGround.PARTIES_AGREE)
        : undefined;
    const recordedOn = decideOn;
    const { acceptedOn, deemed } = legalAcceptance(acceptanceDue, recordedOn);
    const notice = this.document(
      record,
      DocumentKind.ACCEPTANCE_NOTICE,
      handler.actor,
      recordedOn,
      [this.toApplicant(record, handler.actor, recordedOn)],
    );
    steps.add(
      recordedOn,
      `accept (${procedure}${simplifiedGround ? ` ${simplifiedGround}` : ''}${deemed ? ', deemed' : ''})`,
      async () => {
        await this.s.intake.decideAcceptance(handler.actor, id(), {
          accepted: true,
          procedure,
          acceptedOn: recordedOn,
          ...(simplifiedGround ? { simplifiedGround } : {}),
        });
        await notice.issue();
      },
    );
    this.planReview(record, steps, handler, procedure, acceptedOn, {
      actFrom: recordedOn,
      receivedOn,
      course,
      dismissal,
    });
  }

  /**
   * 审理: the copy to the respondent and its answer, third parties, stays of enforcement, then a
   * dismissal of the application, or: a switch to the ordinary procedure, suspension and
   * resumption with their notices, termination, mediation in review, the parties' views heard,
   * 听证 and the committee, an extension, and a decision approved by the organ's head or passed by
   * a collective discussion, served, with letters and the respondent's report of performance.
   * `acceptedOn` is the legal day of acceptance; `actFrom` the first day the office acts on it
   * (the day after, for an acceptance by the nightly run).
   */
  private planReview(
    record: CaseRecord,
    steps: CaseSteps,
    handler: Person,
    procedure: Procedure,
    acceptedOn: LocalDate,
    o: { actFrom: LocalDate; receivedOn: LocalDate; course: Course; dismissal: string | null },
  ): void {
    const { rng, cal, wd } = this;
    const { receivedOn, course } = o;
    const id = (): string => record.id!;
    const random = course === 'random';
    const act = record.act;
    let addedDays = 0;
    let due = decisionDueOn(cal, acceptedOn, procedure);
    /** Early enough to leave the decision room before its deadline. */
    const roomy = (d: LocalDate): boolean => d <= addDays(due, -4);

    // The copy of the application to the respondent: 7 working days (simplified 3), mostly in time.
    const copyDays = ANSWER_COPY_WORKING_DAYS[procedure];
    const copyLate = rng.chance(0.1);
    const sentOn = later(
      steps.last,
      addWorkingDays(
        cal,
        acceptedOn,
        copyLate
          ? rng.int(copyDays + 1, copyDays + 4)
          : rng.int(o.actFrom > acceptedOn ? 1 : 0, copyDays),
      ),
    );
    const copyDue = answerCopyDueOn(cal, acceptedOn, procedure);
    // Handed over (直接送达): the receipt is signed at once; by post it comes back later. The copy
    // goes with the 答复通知书, issued the day it is sent; serving it records the copy's receipt.
    const receiptDays = rng.int(0, 2);
    const respondentName = record.respondent.name;
    const answerNotice = this.document(
      record,
      DocumentKind.ANSWER_NOTICE,
      handler.actor,
      sentOn,
      receiptDays === 0
        ? [{ to: respondentName, method: ServiceMethod.DIRECT, on: sentOn, by: handler.actor }]
        : [],
      (d) => this.expectCopyReceived(record, d.on),
    );
    steps.add(sentOn, `send answer copy${sentOn > copyDue ? ' (late)' : ''}`, async () => {
      await this.s.answers.recordCopy(handler.actor, id(), { sentOn });
      await answerNotice.issue();
    });

    // 第三人 (Art. 16), notified with the copy; some with an agent of their own (Art. 17).
    if (act.thirdParty && rng.chance(act.thirdParty.chance)) {
      const joinedOn = later(steps.last, addWorkingDays(cal, sentOn, rng.int(0, 2)));
      const party = this.thirdParty(act.thirdParty.org, joinedOn);
      record.thirdParty = party.name;
      steps.add(joinedOn, 'add third party', () => this.s.parties.add(handler.actor, id(), party));
      if (rng.chance(0.35)) {
        const agentOn = later(steps.last, addWorkingDays(cal, joinedOn, rng.int(1, 4)));
        const agent = this.agentFor(party.name, agentOn);
        steps.add(agentOn, "add third party's agent", () =>
          this.s.parties.add(handler.actor, id(), agent),
        );
      }
    }

    // 停止执行 (Art. 42): a party's request decided by a reviewer, or the respondent's own stay.
    const enforceable =
      act.type === ActType.COERCIVE_MEASURE ||
      (act.type === ActType.PENALTY && (record.amountYuan ?? 0) >= 10_000);
    const stay =
      course === 'stay-granted' || course === 'stay-refused' || course === 'stay-by-respondent'
        ? course
        : random && enforceable && rng.chance(0.04)
          ? act.type === ActType.COERCIVE_MEASURE && rng.chance(0.7)
            ? 'stay-granted'
            : 'stay-refused'
          : null;
    if (stay) {
      const requestedOn = later(steps.last, addWorkingDays(cal, acceptedOn, rng.int(2, 5)));
      if (stay === 'stay-by-respondent') {
        steps.add(requestedOn, 'stay by the respondent', () =>
          this.s.stays.request(handler.actor, id(), {
            ground: StayGround.RESPONDENT_DEEMS_NECESSARY,
            requestedOn,
            reason: STAY_BY_RESPONDENT_REASON,
          }),
        );
      } else {
        const [applicant] = record.applicants;
        const reason = STAY_REQUESTS[applicant.kind === ApplicantKind.ORGANISATION ? 1 : 0];
        let stayId = '';
        steps.add(requestedOn, 'request stay', async () => {
          const v = await this.s.stays.request(handler.actor, id(), {
            ground: StayGround.PARTY_REQUEST,
            requestedBy: applicant.name,
            requestedOn,
            reason,
          });
          stayId = v.id;
        });
        const decidedOn = addWorkingDays(cal, requestedOn, rng.int(1, 3));
        const decision = stay === 'stay-granted' ? StayDecision.STAYED : StayDecision.REFUSED;
        const reviewer = rng.pick(this.reviewers).actor;
        steps.add(decidedOn, `decide stay (${decision})`, () =>
          this.s.stays.decide(reviewer, id(), stayId, {
            decision,
            decidedOn,
            reason: decision === StayDecision.STAYED ? STAY_GRANTED_REASON : STAY_REFUSED_REASON,
          }),
        );
      }
    }

    // The respondent's answer: 10 working days (simplified 5) from the copy's receipt; mostly in
    // time, some late and some never (Art. 70: the act then has no evidence or basis).
    let answerMissedFrom: LocalDate | null = null;
    const copyReceivedOn =
      receiptDays === 0 ? sentOn : later(steps.last, addWorkingDays(cal, sentOn, receiptDays));
    if (roomy(copyReceivedOn)) {
      if (receiptDays > 0) {
        steps.add(copyReceivedOn, 'answer copy received (答复通知书 served by post)', () =>
          answerNotice.serve({
            to: respondentName,
            method: ServiceMethod.POST,
            on: copyReceivedOn,
            by: handler.actor,
          }),
        );
      }
      const answerDue = answerDueOn(cal, copyReceivedOn, procedure);
      // The courses of the review stage get their answers in time: their decisions are their own.
      const when = REVIEW_COURSES.includes(course)
        ? 'in time'
        : rng.weighted([
            ['in time', 88],
            ['late', 8],
            ['never', 4],
          ] as const);
      const answeredOn =
        when === 'never'
          ? null
          : later(
              steps.last,
              when === 'in time'
                ? addWorkingDays(cal, copyReceivedOn, rng.int(2, ANSWER_WORKING_DAYS[procedure]))
                : addWorkingDays(cal, answerDue, rng.int(1, 6)),
            );
      if (answeredOn !== null && roomy(answeredOn)) {
        const answer = this.answerOf(record, answeredOn);
        const late = answeredOn > answerDue;
        steps.add(answeredOn, `record answer${late ? ' (late)' : ''}`, () =>
          this.s.answers.recordAnswer(handler.actor, id(), answer),
        );
        record.art70 = late;
      } else {
        answerMissedFrom = addWorkingDays(cal, answerDue, 1);
        record.art70 = roomy(answerMissedFrom);
      }
    }
    // Art. 70's exception: a third party's evidence of the act keeps it from applying.
    if (record.thirdParty !== null) record.art70 = false;
    if (course === 'overdue-decision' || course === 'deemed-acceptance') return; // left open

    // 驳回申请 (Art. 33): the review shows the application did not meet Art. 30 ¶1.
    if (o.dismissal !== null || course === 'dismissed' || (random && rng.chance(0.025))) {
      const reason = o.dismissal ?? rng.pick(DISMISSAL_REASONS);
      const decidedOn = later(steps.last, earlier(wd(addDays(steps.last, rng.int(3, 15))), due));
      const reviewer = rng.pick(this.reviewers).actor;
      const dismissal = this.document(
        record,
        DocumentKind.APPLICATION_DISMISSAL,
        handler.actor,
        decidedOn,
        [
          this.toApplicant(record, handler.actor, decidedOn),
          this.toAgency(respondentName, handler.actor, decidedOn),
        ],
      );
      steps.add(decidedOn, 'dismiss application (Art. 33)', async () => {
        await this.s.intake.dismissApplication(reviewer, id(), { reason, decidedOn });
        await dismissal.issue();
      });
      return;
    }

    const officeHead = this.officeHead.actor;
    const [applicant] = record.applicants;
    /** The procedure now: a simplified case may be switched to the ordinary one (Art. 55). */
    let proc = procedure;
    /**
     * 终止 (Art. 41), its 决定书 served on both sides; on the close relatives of an applicant who
     * died, whose whereabouts are unknown, by public notice (公告送达, CPL Art. 95).
     */
    const terminate = (actor: Actor, reason: TerminationReason, concludedOn: LocalDate): void => {
      const applicantSide =
        reason === TerminationReason.SUSPENSION_LAPSED
          ? {
              to: `${applicant.name}的近亲属`,
              method: ServiceMethod.PUBLIC_NOTICE,
              on: addWorkingDays(cal, concludedOn, this.docRng.int(1, 3)),
              by: handler.actor,
            }
          : this.toApplicant(record, handler.actor, concludedOn);
      const decision = this.document(
        record,
        DocumentKind.TERMINATION_DECISION,
        handler.actor,
        concludedOn,
        [applicantSide, this.toAgency(respondentName, handler.actor, concludedOn)],
      );
      steps.add(concludedOn, `terminate (${reason})`, async () => {
        await this.s.review.terminate(actor, id(), { reason, concludedOn });
        await decision.issue();
      });
    };
    /** The parties told of a step in writing the day its record says: issued and served then. */
    const notify = (kind: DocumentKind, on: LocalDate, applicantTo?: string) => {
      const toApplicant = this.toApplicant(record, handler.actor, on, true);
      return this.document(record, kind, handler.actor, on, [
        applicantTo ? { ...toApplicant, to: applicantTo } : toApplicant,
        this.toAgency(respondentName, handler.actor, on),
      ]);
    };
    /**
     * 中止 on a ground of Art. 39 ¶1 from `suspendedOn`, recorded the day its written notice reached
     * the parties (¶3): handed over that day, or by post a few working days later.
     */
    const suspend = (suspendedOn: LocalDate, ground: SuspensionGround): void => {
      const noticeServedOn = rng.chance(0.7)
        ? suspendedOn
        : addWorkingDays(cal, suspendedOn, rng.int(1, 3));
      const reason = rng.pick(SUSPENSION_FACTS[ground]);
      const agreed = ground === SuspensionGround.MEDIATION_OR_SETTLEMENT;
      const notice = notify(
        DocumentKind.SUSPENSION_NOTICE,
        noticeServedOn,
        ground === SuspensionGround.APPLICANT_DIED ? `${applicant.name}的近亲属` : undefined,
      );
      steps.add(noticeServedOn, `suspend (${ground})`, async () => {
        await this.s.review.suspend(handler.actor, id(), {
          ground,
          reason,
          suspendedOn,
          noticeServedOn,
          ...(agreed ? { bothPartiesAgree: true } : {}),
        });
        await notice.issue();
      });
    };
    /** 恢复审理 (Art. 39 ¶2), its notice as the suspension's; the days suspended move the deadline. */
    const resume = (suspendedOn: LocalDate, resumedOn: LocalDate): void => {
      const noticeServedOn = rng.chance(0.7)
        ? resumedOn
        : addWorkingDays(cal, resumedOn, rng.int(1, 3));
      const notice = notify(DocumentKind.RESUMPTION_NOTICE, noticeServedOn);
      steps.add(noticeServedOn, 'resume', async () => {
        await this.s.review.resume(handler.actor, id(), { resumedOn, noticeServedOn });
        await notice.issue();
      });
      addedDays += daysBetween(suspendedOn, resumedOn);
      due = decisionDueOn(cal, acceptedOn, proc, addedDays);
    };
    /** The first working day after the steps so far, and not before `from`–`to` days in. */
    const afterSteps = (from: number, to: number): LocalDate =>
      later(addWorkingDays(cal, steps.last, 1), wd(addDays(acceptedOn, rng.int(from, to))));

    // 终止 on the grounds of Art. 41 items 3–5, as their courses need.
    if (course === 'criminal-measures') {
      // Item 4: the applicant, detained for the fight, is then held on suspicion of a crime.
      terminate(handler.actor, TerminationReason.CRIMINAL_MEASURES, afterSteps(10, 25));
      return;
    }
    if (course === 'suspension-lapsed' || course === 'suspension-limit' || course === 'dissolved') {
      const ground =
        course === 'dissolved'
          ? SuspensionGround.APPLICANT_DISSOLVED
          : course === 'suspension-lapsed'
            ? SuspensionGround.APPLICANT_DIED
            : SuspensionGround.APPLICANT_INCAPACITATED;
      const suspendedOn =
        course === 'suspension-limit'
          ? later(addWorkingDays(cal, steps.last, 1), wd(addDays(this.today, -rng.int(62, 68))))
          : afterSteps(8, 22);
      suspend(suspendedOn, ground);
      // Past its 60 days and still suspended: the SUSPENSION_LIMIT alert asks for a decision.
      if (course === 'suspension-limit') return;
      if (course === 'dissolved') {
        // Item 3: the company's members, its successors, waive the right.
        const concludedOn = later(steps.last, wd(addDays(suspendedOn, rng.int(20, 45))));
        terminate(handler.actor, TerminationReason.APPLICANT_DISSOLVED, concludedOn);
      } else {
        // Item 5: 60 days on, the close relatives have still not said whether they take part.
        const concludedOn = later(steps.last, wd(addDays(suspendedOn, 60 + rng.int(0, 8))));
        terminate(handler.actor, TerminationReason.SUSPENSION_LAPSED, concludedOn);
      }
      return;
    }

    // 简易程序转普通程序 (Art. 55): approved by the head of the office.
    if (course === 'converted') {
      const convertedOn = afterSteps(6, 12);
      const reason = CONVERSION_REASONS[(this.courseSeen.get(course)! - 1) % 2];
      steps.add(convertedOn, 'convert to the ordinary procedure', () =>
        this.s.review.convert(officeHead, id(), { convertedOn, reason }),
      );
      proc = Procedure.ORDINARY;
      due = decisionDueOn(cal, acceptedOn, proc, addedDays);
    }

    const terminates = random && rng.chance(0.13);
    if (course === 'suspended' || (random && rng.chance(0.08))) {
      const suspendedOn = afterSteps(8, 22);
      const ground =
        terminates && rng.chance(0.4)
          ? SuspensionGround.MEDIATION_OR_SETTLEMENT
          : course === 'suspended'
            ? rng.pick([SuspensionGround.AWAITING_OTHER_CASE, SuspensionGround.FORCE_MAJEURE])
            : rng.weighted(RESUMING_GROUNDS[applicant.kind]);
      // Suspended to settle, and settling: the talks end the case.
      const settles = terminates && ground === SuspensionGround.MEDIATION_OR_SETTLEMENT;
      suspend(suspendedOn, ground);
      if (course === 'suspended') return;
      if (settles) {
        // Settled while suspended (和解, Art. 74 ¶2): the applicant withdraws, the office allows it.
        const concludedOn = later(steps.last, wd(addDays(suspendedOn, rng.int(5, 20))));
        terminate(officeHead, TerminationReason.SETTLED, concludedOn);
        return;
      }
      resume(suspendedOn, later(steps.last, wd(addDays(suspendedOn, rng.int(10, 45)))));
    }

    // 行政复议调解 (Arts. 5, 73): the 调解书 in effect closes the case (调解结案); no agreement, or a
    // party backing out before it takes effect, sends it back to review (¶2). Some parties agree to
    // suspend the review while they talk (Art. 39 ¶1 item 6).
    const mediable =
      act.type !== ActType.INFORMATION_DISCLOSURE && act.type !== ActType.REGISTRATION;
    const mediation: ReviewMediationOutcome | null =
      course === 'review-mediation-failed'
        ? ReviewMediationStatus.FAILED
        : course === 'review-mediation-retracted'
          ? ReviewMediationStatus.RETRACTED
          : random && !terminates && mediable && rng.chance(0.07)
            ? rng.chance(0.85)
              ? ReviewMediationStatus.IN_EFFECT
              : ReviewMediationStatus.FAILED
            : null;
    if (mediation !== null) {
      const startedOn = afterSteps(10, 25);
      steps.add(startedOn, 'start mediation in review', () =>
        this.s.reviewMediation.start(handler.actor, id(), { startedOn }),
      );
      const suspendedOn =
        course === 'review-mediation-failed' || (random && rng.chance(0.4))
          ? addWorkingDays(cal, startedOn, rng.int(0, 2))
          : null;
      if (suspendedOn !== null) suspend(suspendedOn, SuspensionGround.MEDIATION_OR_SETTLEMENT);
      const talks = wd(addDays(startedOn, rng.int(7, 25)));
      // Unsuspended, the talks end by the deadline, and a failure early enough to leave the
      // decision its room.
      const endOn = later(
        steps.last,
        suspendedOn !== null
          ? talks
          : earlier(
              talks,
              mediation === ReviewMediationStatus.IN_EFFECT ? due : wd(addDays(due, -9)),
            ),
      );
      if (mediation === ReviewMediationStatus.IN_EFFECT) {
        const agreement = rng.pick(REVIEW_AGREEMENTS);
        // The 调解书 takes effect once both sides sign for it (Art. 73 ¶1): handed to each that day.
        const statement = this.document(
          record,
          DocumentKind.MEDIATION_STATEMENT,
          handler.actor,
          endOn,
          [
            {
              to: this.applicantName(record),
              method: ServiceMethod.DIRECT,
              on: endOn,
              by: record.office?.agentActor ?? handler.actor,
            },
            { to: respondentName, method: ServiceMethod.DIRECT, on: endOn, by: handler.actor },
          ],
        );
        steps.add(endOn, '调解书 in effect (REVIEW_MEDIATED)', async () => {
          await this.s.reviewMediation.conclude(handler.actor, id(), {
            outcome: mediation,
            agreement,
            effectiveOn: endOn,
          });
          await statement.issue();
        });
        return;
      }
      const reason =
        mediation === ReviewMediationStatus.FAILED
          ? rng.pick(REVIEW_MEDIATION_FAILED)
          : REVIEW_MEDIATION_RETRACTED;
      steps.add(endOn, `mediation in review ${mediation}`, () =>
        this.s.reviewMediation.conclude(handler.actor, id(), {
          outcome: mediation,
          endedOn: endOn,
          reason,
        }),
      );
      if (suspendedOn !== null) resume(suspendedOn, endOn);
    }

    if (terminates) {
      // 撤回 or 和解 (Art. 41 item 1, Art. 74 ¶2): the head of the office allows the withdrawal.
      // Not MEDIATED: under the 2023 law a mediation in review closes as 调解结案 (Art. 73).
      const reason = rng.weighted([
        [TerminationReason.WITHDRAWN, 70],
        [TerminationReason.SETTLED, 30],
      ] as const);
      const concludedOn = later(
        steps.last,
        earlier(
          later(addWorkingDays(cal, steps.last, 1), wd(addDays(acceptedOn, rng.int(7, 40)))),
          due,
        ),
      );
      terminate(officeHead, reason, concludedOn);
      return;
    }

    // Before the decision: the parties heard (Art. 49), 听证 (Arts. 50–51), the committee (Art. 52),
    // an extension approved by the head of the office (Art. 62 ¶1); planned together, added in
    // date order.
    const base = steps.last;
    const unextendedDue = due;
    const span = Math.max(daysBetween(base, due), 6);
    let draftedOn =
      course === 'extended'
        ? later(base, wd(addDays(unextendedDue, rng.int(1, 8)))) // the extra time was needed
        : earlier(wd(addDays(base, rng.int(Math.floor(span * 0.4), span - 5))), due);
    if (answerMissedFrom !== null && record.art70) {
      draftedOn = earlier(later(draftedOn, answerMissedFrom), due);
    }
    const before: [LocalDate, string, () => Promise<unknown>][] = [];
    const notes: string[] = [];

    // Under the ordinary procedure nearly always; a simplified case may be heard by phone.
    const viewsHeard = proc === Procedure.ORDINARY ? !random || rng.chance(0.95) : rng.chance(0.2);
    if (viewsHeard) {
      const method: ViewsMethod =
        proc === Procedure.SIMPLIFIED
          ? ViewsMethod.PHONE
          : rng.weighted([
              [ViewsMethod.IN_PERSON, 45],
              [ViewsMethod.PHONE, 25],
              [ViewsMethod.ONLINE, 22],
              [ViewsMethod.WRITTEN, 8],
            ] as const);
      const heardOn = later(base, earlier(addWorkingDays(cal, base, rng.int(1, 6)), draftedOn));
      const staff = `${this.personName()}（${record.respondent.kind === AgencyKind.TOWNSHIP_GOVERNMENT ? '综治办' : '法制科'}工作人员）`;
      const applicants = `申请人${record.plaintiff}`;
      const third = record.thirdParty ? `、第三人${record.thirdParty}` : '';
      const summary = rng.pick(VIEWS_SUMMARIES);
      const separately = method !== ViewsMethod.WRITTEN && rng.chance(0.25);
      if (method === ViewsMethod.WRITTEN) {
        before.push([
          heardOn,
          'record views (WRITTEN)',
          () =>
            this.s.proceedings.recordViews(handler.actor, id(), {
              heardOn,
              method,
              heard: applicants,
              summary: WRITTEN_REVIEW_REASON,
            }),
        ]);
      } else if (separately) {
        // The applicant (and a third party) first, the respondent by phone a few days later.
        const respondentOn = later(
          heardOn,
          earlier(addWorkingDays(cal, heardOn, rng.int(1, 3)), draftedOn),
        );
        before.push([
          heardOn,
          `record views (${method})`,
          () =>
            this.s.proceedings.recordViews(handler.actor, id(), {
              heardOn,
              method,
              heard: `${applicants}${third}`,
              summary: summary.split('；')[0] + '。',
            }),
        ]);
        before.push([
          respondentOn,
          'record views (PHONE)',
          () =>
            this.s.proceedings.recordViews(handler.actor, id(), {
              heardOn: respondentOn,
              method: ViewsMethod.PHONE,
              heard: `被申请人${record.respondent.name}委托的${staff}`,
              summary: summary.split('；')[1] ?? summary,
            }),
        ]);
      } else {
        before.push([
          heardOn,
          `record views (${method})`,
          () =>
            this.s.proceedings.recordViews(handler.actor, id(), {
              heardOn,
              method,
              heard: `${applicants}${third}、被申请人${record.respondent.name}委托的${staff}`,
              summary,
            }),
        ]);
      }
      notes.push(
        method === ViewsMethod.WRITTEN
          ? '因申请人原因不能听取其意见，本案依法书面审理。'
          : '本机关依法听取了当事人的意见。',
      );
    }

    // 听证: major cases must have one (Art. 50 ¶1); others at the applicant's request or as the
    // office thinks necessary (¶2). Noticed 5 working days ahead at least (Art. 51 ¶1).
    const hearingReason: FormalHearingReason | null =
      course === 'major'
        ? FormalHearingReason.MAJOR_OR_COMPLEX
        : course === 'hearing-requested' || course === 'hearing-cancelled'
          ? FormalHearingReason.APPLICANT_REQUEST
          : random &&
              proc === Procedure.ORDINARY &&
              act.type !== ActType.INFORMATION_DISCLOSURE &&
              rng.chance(0.03)
            ? rng.pick([
                FormalHearingReason.APPLICANT_REQUEST,
                FormalHearingReason.OFFICE_DEEMS_NECESSARY,
              ])
            : null;
    let lastProceeding = base;
    if (hearingReason !== null) {
      const noticeOn = addWorkingDays(cal, base, rng.int(1, 4));
      const heldOn = addWorkingDays(cal, noticeOn, rng.int(5, 8));
      const hearing = { id: '' };
      const matters =
        `被申请人${act.what}一事的事实认定、证据、适用依据和程序问题` +
        (record.compensationClaimed ? '；申请人的行政赔偿请求' : '') +
        '。';
      const hearingNotice = notify(DocumentKind.HEARING_NOTICE, noticeOn);
      before.push([
        noticeOn,
        `notice 听证 (${hearingReason})`,
        async () => {
          const v = await this.s.proceedings.scheduleFormalHearing(handler.actor, id(), {
            reason: hearingReason,
            noticeServedOn: noticeOn,
            heldOn,
            place: HEARING_PLACE,
            matters,
          });
          hearing.id = v.id;
          await hearingNotice.issue();
        },
      ]);
      if (course === 'hearing-cancelled') {
        // The applicant withdraws the request before the day (Art. 51 ¶2 would have it waived).
        const cancelledOn = addWorkingDays(cal, noticeOn, rng.int(1, 3));
        before.push([
          cancelledOn,
          '听证 called off',
          () =>
            this.s.proceedings.recordFormalHearing(handler.actor, id(), hearing.id, {
              held: false,
              reason: HEARING_CANCELLED_REASON,
            }),
        ]);
        lastProceeding = cancelledOn;
      } else {
        // The respondent's head attends (Art. 51 ¶3): the head or a deputy head; once, neither,
        // with the reason and a delegate.
        const absent = course === 'hearing-requested' && !this.headAbsenceShown;
        if (absent) this.headAbsenceShown = true;
        const deputy = !absent && rng.chance(0.35);
        const agency = record.respondent;
        const staffTitle =
          agency.kind === AgencyKind.TOWNSHIP_GOVERNMENT ? '综治办主任' : '法制科科长';
        const attendance = absent
          ? {
              respondentHeadAttended: false,
              respondentAttendeeName: this.personName(),
              respondentAttendeeTitle: staffTitle,
              headAbsenceReason: rng.pick(HEAD_ABSENCE_REASONS),
            }
          : {
              respondentHeadAttended: true,
              respondentAttendeeName: deputy ? agency.deputyName : agency.headName,
              respondentAttendeeTitle: deputy ? agency.deputyTitle : agency.headTitle,
            };
        const panel = rng
          .some(
            [...this.officers, ...this.reviewers].filter((p) => p !== handler),
            2,
          )
          .map((p) => p.displayName)
          .join('、');
        const hearingRecord =
          `听证由行政复议人员${handler.displayName}主持，${panel}任听证员，另设记录员一名。` +
          `申请人${record.plaintiff}到场陈述了行政复议请求和理由；被申请人由` +
          `${attendance.respondentAttendeeName}（${attendance.respondentAttendeeTitle}）出席，` +
          '就作出行政行为的事实、证据和依据作了说明；双方围绕争议事实进行了质证和辩论，并作最后陈述。' +
          '听证笔录经双方核对无误后签字。';
        before.push([
          heldOn,
          `record 听证${absent ? ' (head absent)' : ''}`,
          () =>
            this.s.proceedings.recordFormalHearing(handler.actor, id(), hearing.id, {
              held: true,
              ...attendance,
              record: hearingRecord,
            }),
        ]);
        lastProceeding = heldOn;
        notes.push(`本机关于${heldOn}依法组织听证，本决定根据听证笔录、审查认定的事实和证据作出。`);
      }
    }

    // 行政复议委员会 (Art. 52 ¶2): referred by a reviewer, its opinion recorded (¶3).
    const committeeGround: CommitteeGround | null =
      course === 'major'
        ? CommitteeGround.MAJOR_OR_COMPLEX
        : course === 'committee'
          ? CommitteeGround.TECHNICAL
          : random && proc === Procedure.ORDINARY && rng.chance(0.01)
            ? rng.pick([CommitteeGround.TECHNICAL, CommitteeGround.OFFICE_DEEMS_NECESSARY])
            : null;
    if (committeeGround !== null) {
      const referredOn = addWorkingDays(cal, later(base, lastProceeding), rng.int(1, 3));
      const opinionOn = addWorkingDays(cal, referredOn, rng.int(5, 12));
      const referral = { id: '' };
      const opinion =
        committeeGround !== CommitteeGround.TECHNICAL
          ? COMMITTEE_OPINIONS[0]
          : act.type === ActType.LICENSING
            ? COMMITTEE_OPINIONS[2]
            : COMMITTEE_OPINIONS[1];
      before.push([
        referredOn,
        `refer to the committee (${committeeGround})`,
        async () => {
          const v = await this.s.proceedings.referToCommittee(officeHead, id(), {
            ground: committeeGround,
            referredOn,
          });
          referral.id = v.id;
        },
      ]);
      before.push([
        opinionOn,
        "record the committee's opinion",
        () =>
          this.s.proceedings.recordCommitteeOpinion(handler.actor, id(), referral.id, {
            opinion,
            opinionOn,
          }),
      ]);
      lastProceeding = opinionOn;
      notes.push(
        '本案经提请行政复议委员会提出咨询意见，本机关将咨询意见作为作出决定的重要参考依据。',
      );
    }

    // 延期 (Art. 62 ¶1): approved by the head of the office, the parties told in writing that day.
    const extend = (extendedOn: LocalDate, days: number, reason: string): void => {
      const notice = notify(DocumentKind.EXTENSION_NOTICE, extendedOn);
      before.push([
        extendedOn,
        `extend ${days} days`,
        async () => {
          await this.s.review.extend(officeHead, id(), {
            reason,
            days,
            noticeServedOn: extendedOn,
          });
          await notice.issue();
        },
      ]);
      addedDays += days;
      due = decisionDueOn(cal, acceptedOn, proc, addedDays);
    };
    if (course === 'extended') {
      extend(
        later(base, wd(addDays(due, -rng.int(4, 10)))),
        rng.pick([15, 20, 30]),
        '案情重大、复杂，不能在规定期限内作出行政复议决定，经行政复议机构负责人批准，延长审理期限。',
      );
    } else if (lastProceeding > addDays(due, -8) && proc === Procedure.ORDINARY) {
      // A 听证 and the committee take their time: extended before the deadline.
      extend(
        later(base, wd(addDays(due, -rng.int(3, 6)))),
        30,
        '本案已组织听证并提请行政复议委员会提出咨询意见，案情复杂，不能在规定期限内作出行政复议决定，经行政复议机构负责人批准，延长审理期限三十日。',
      );
    }
    before.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [on, what, run] of before) steps.add(on, what, run);
    if (lastProceeding > base) {
      draftedOn = later(draftedOn, addWorkingDays(cal, lastProceeding, rng.int(1, 3)));
    }
    draftedOn = later(draftedOn, steps.last);

    // The decision: drafted by the handler; approved with the consent of the organ's head, or
    // passed by a collective discussion (Art. 61 ¶1), always by someone other than the drafter.
    // With no answer, drafted only once the answer's last day has passed.
    const art70 = record.art70;
    const fixed = COURSE_DECISIONS[course];
    const decision = {
      type: fixed ?? (art70 ? this.art70Outcome(act) : rng.weighted(DECISIONS[act.type])),
      on: draftedOn,
      fixed: fixed !== undefined,
    };
    record.decision = decision;
    const draws: FormDraws = {
      remake: rng.next(),
      reducedShare: rng.int(3, 7) / 10,
      damagesYuan: rng.int(30, 600) * 100,
    };
    const form = (type: Outcome): DecisionForm => this.decisionForm(record, type, draws);
    const byDiscussion =
      handler.actor.id === this.organHead.actor.id ||
      hearingReason !== null ||
      committeeGround !== null ||
      decision.fixed ||
      (random && rng.chance(0.05));
    const approver = byDiscussion ? officeHead : this.organHead.actor;
    const draft = (type: () => Outcome) => (): Promise<unknown> => {
      const f = form(type());
      const t = MERITS_TEXT[type()];
      // Art. 70 decides a correction; a first draft upholding the act is returned.
      const noAnswer = art70 && CORRECTING_OUTCOMES.includes(type());
      const finding = noAnswer ? ART70_FINDING : (f.finding ?? t.finding);
      const articles = noAnswer ? ['第七十条', ...f.articles] : f.articles;
      return this.s.review.draftDecision(handler.actor, id(), {
        type: type(),
        reasoning:
          `申请人${record.plaintiff}不服被申请人${record.respondent.name}${record.act.what}，` +
          `于${receivedOn}向本机关申请行政复议，本机关依法受理，适用${PROCEDURE_LABELS[proc]}审理。` +
          notes.join('') +
          `经审理查明：${finding}。依照《中华人民共和国行政复议法》${articles.join('、')}的规定，` +
          `本机关决定：${f.ruling}。`,
        legalBasis: articles.map((a) => `《中华人民共和国行政复议法》${a}`),
        ...f.extras,
      });
    };
    let approvedOn: LocalDate;
    let lastDraftOn: LocalDate;
    if (random && rng.chance(0.15)) {
      const fitting = MERITS_OUTCOMES.filter((o) => fits(o, act.type));
      const firstType = rng.chance(0.5) ? rng.pick(fitting) : decision.type;
      const returnedOn = later(draftedOn, earlier(wd(addDays(draftedOn, rng.int(1, 4))), due));
      const redraftedOn = later(returnedOn, earlier(wd(addDays(returnedOn, rng.int(1, 5))), due));
      approvedOn = later(redraftedOn, earlier(wd(addDays(redraftedOn, rng.int(1, 4))), due));
      const comment = rng.pick(REJECTION_COMMENTS);
      steps.add(
        draftedOn,
        'draft decision',
        draft(() => firstType),
      );
      // Sending a draft back decides nothing: the head of the office does it.
      steps.add(returnedOn, 'return draft', () =>
        this.s.review.review(officeHead, id(), { approved: false, comment }),
      );
      steps.add(
        redraftedOn,
        'redraft decision',
        draft(() => decision.type),
      );
      lastDraftOn = redraftedOn;
    } else {
      approvedOn = later(draftedOn, earlier(wd(addDays(draftedOn, rng.int(1, 5))), due));
      steps.add(
        draftedOn,
        'draft decision',
        draft(() => decision.type),
      );
      lastDraftOn = draftedOn;
    }
    if (random && rng.chance(0.04)) approvedOn = wd(addDays(due, rng.int(1, 12))); // decided late
    const decidedOn = approvedOn;
    decision.on = decidedOn;
    const discussion = { id: '' };
    if (byDiscussion) {
      const heldOn = later(
        lastDraftOn,
        earlier(addWorkingDays(cal, lastDraftOn, rng.int(0, 2)), decidedOn),
      );
      const participants = [this.organHead, this.officeHead, handler, ...rng.some(this.officers, 2)]
        .filter((p, i, all) => all.indexOf(p) === i)
        .map((p) => p.displayName)
        .join('、');
      steps.add(heldOn, 'collective discussion', async () => {
        const v = await this.s.discussions.record(officeHead, id(), {
          heldOn,
          participants: `行政复议案件集体讨论会议：${participants}`,
          conclusion:
            `经集体讨论，同意行政复议机构提出的审查意见，拟作出${OUTCOME_LABELS[decision.type]}决定。` +
            (committeeGround !== null ? '讨论中参考了行政复议委员会的咨询意见。' : ''),
        });
        discussion.id = v.id;
      });
    }
    // The 决定书, issued the day it is approved; its services are planned with the decision's.
    const decisionDoc = this.document(record, DocumentKind.DECISION, handler.actor, decidedOn, []);
    steps.add(
      decidedOn,
      `approve decision${byDiscussion ? ' (collective discussion)' : ''}`,
      async () => {
        await this.s.review.review(approver, id(), {
          approved: true,
          decidedOn,
          ...(byDiscussion ? { collectiveDiscussionId: discussion.id } : {}),
        });
        await decisionDoc.issue();
      },
    );

    // After the decision: served (Art. 75 ¶2), mostly within a few working days; letters after a
    // third of the corrections; the respondent's report of performance when the decision orders
    // it to act (Art. 77), mostly in time, a few late, a few not yet.
    const after: [LocalDate, string, () => Promise<unknown>][] = [];
    const servedOn = addWorkingDays(
      cal,
      decidedOn,
      rng.weighted([
        [0, 3],
        [1, 3],
        [2, 2],
        [3, 1],
        [5, 1],
      ] as const),
    );
    const planned = form(decision.type);
    const performanceDueOn = (f: DecisionForm): LocalDate | undefined =>
      typeof f.performanceDays === 'number'
        ? addCalendarDays(cal, servedOn, f.performanceDays)
        : undefined;
    if (!(random && rng.chance(0.02))) {
      // The 决定书 served on both sides that day: the first service puts the decision in effect
      // (Art. 75 ¶2). Where the officer enters the respondent's day to perform (Arts. 66, 71, 72),
      // the service is recorded on the decision's route first, the same day: the 决定书's service
      // then finds it and changes nothing.
      const sameDay = servedOn === decidedOn;
      const r = this.docRng;
      const applicantOn: Delivery =
        record.office !== null && r.chance(0.7)
          ? {
              to: this.applicantName(record),
              method: ServiceMethod.DIRECT,
              on: servedOn,
              by: record.office.agentActor,
            }
          : {
              to: this.applicantName(record),
              method:
                record.channel === Channel.ONLINE && r.chance(0.7)
                  ? ServiceMethod.ELECTRONIC
                  : sameDay || (record.channel === Channel.WINDOW && r.chance(0.5))
                    ? ServiceMethod.DIRECT
                    : ServiceMethod.POST,
              on: servedOn,
              by: handler.actor,
            };
      const services = [applicantOn, this.toAgency(respondentName, handler.actor, servedOn)];
      after.push([
        servedOn,
        'serve decision (决定书)',
        async () => {
          const dueOn = performanceDueOn(form(decision.type));
          if (dueOn) {
            await this.s.followUp.serve(handler.actor, id(), { servedOn, performanceDueOn: dueOn });
          }
          for (const d of services) await decisionDoc.serve(d);
          await this.expectDecisionServed(record, servedOn);
        },
      ]);
      if (record.thirdParty !== null) {
        const third: Delivery = {
          to: record.thirdParty,
          method: ServiceMethod.POST,
          on: addWorkingDays(cal, servedOn, r.int(1, 3)),
          by: handler.actor,
        };
        this.timeline.add(
          at(third.on, 14 * 60 + r.int(0, 150)),
          () => `case ${record.number}: serve the 决定书 on the third party`,
          () => decisionDoc.serve(third),
        );
      }
      // A clerical error found after service (笔误): a corrected 决定书 supersedes the served one
      // and is served again; the decision took effect on the first service.
      const correctedOn = addWorkingDays(cal, servedOn, r.int(4, 10));
      if (
        random &&
        this.correctionsPlanned < 2 &&
        correctedOn < addDays(this.today, -3) &&
        r.chance(0.05)
      ) {
        this.correctionsPlanned += 1;
        const again = [
          { ...applicantOn, on: correctedOn },
          this.toAgency(respondentName, handler.actor, correctedOn),
        ];
        this.timeline.add(
          at(correctedOn, 15 * 60 + r.int(0, 90)),
          () => `case ${record.number}: corrected 决定书`,
          async () => {
            const v = await this.s.documents.draft(handler.actor, id(), {
              kind: DocumentKind.DECISION,
              supersedesId: decisionDoc.id(),
            });
            await this.s.documents.issue(handler.actor, id(), v.id);
            for (const d of again) {
              await this.s.documents.serve(d.by, id(), v.id, {
                method: d.method,
                recipient: d.to,
                deliveredOn: d.on,
              });
            }
          },
        );
      }
      const expected =
        planned.performanceDays === 'remake'
          ? addCalendarDays(cal, servedOn, planned.extras.remakeWithinDays!)
          : performanceDueOn(planned);
      const when = rng.weighted([
        ['in time', 78],
        ['late', 15],
        ['not yet', 7],
      ] as const);
      if (expected !== undefined && when !== 'not yet') {
        const reportedOn =
          when === 'in time'
            ? later(addWorkingDays(cal, servedOn, 2), wd(addDays(expected, -rng.int(0, 20))))
            : wd(addDays(expected, rng.int(3, 30)));
        const summary = rng.pick(PERFORMANCE_REPORTS);
        after.push([
          reportedOn,
          `record performance${when === 'late' ? ' (late)' : ''}`,
          // Only a decision that orders the respondent to act has its performance followed.
          () =>
            form(decision.type).performanceDays === null
              ? Promise.resolve()
              : this.s.followUp.recordPerformance(handler.actor, id(), { reportedOn, summary }),
        ]);
      }
    }
    if (CORRECTING_OUTCOMES.includes(decision.type) && rng.chance(0.33)) {
      const issuedOn = wd(addDays(decidedOn, rng.int(3, 20)));
      const kind = rng.chance(0.55) ? LetterKind.RECOMMENDATION : LetterKind.OPINION;
      const letter = this.document(
        record,
        kind === LetterKind.OPINION
          ? DocumentKind.OPINION_LETTER
          : DocumentKind.RECOMMENDATION_LETTER,
        handler.actor,
        issuedOn,
        [
          this.docRng.chance(0.7)
            ? this.toAgency(respondentName, handler.actor, issuedOn)
            : {
                to: respondentName,
                method: ServiceMethod.POST,
                on: addWorkingDays(cal, issuedOn, this.docRng.int(2, 3)),
                by: handler.actor,
              },
        ],
      );
      after.push([
        issuedOn,
        `issue ${kind}`,
        async () => {
          await this.s.review.issueLetter(handler.actor, id(), {
            kind,
            agencyId: record.respondent.id,
            issuedOn,
            content:
              `${record.respondent.name}：本机关在办理${record.number}行政复议案件中发现，` +
              `你单位在${ACT_TYPE_LABELS[record.act.type]}工作中存在事实调查不够充分、` +
              '法律文书说理不足等问题。现提出以下意见：一是严格执行行政执法“三项制度”，' +
              '全面准确收集、审查证据；二是加强执法人员法律知识培训，提高文书制作质量。' +
              `请于收到本${LETTER_KIND_LABELS[kind]}之日起六十日内将整改情况书面报送本机关。`,
          });
          await letter.issue();
        },
      ]);
    }
    after.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [on, what, run] of after) steps.add(on, what, run);
  }

  // --- documents (文书) ----------------------------------------------------------------------------

  /**
   * The document of a step (docs/domain.md, "Documents and service"): the returned function,
   * called in the step's own task right after the step is recorded (the clock at its moment, so
   * the document is issued that day), drafts and issues it as `issuer` and makes the services of
   * that day; a service on a later day is a task of its own that afternoon. `after` checks what a
   * service fed, with the document's id.
   */
  private document(
    record: CaseRecord,
    kind: DocumentKind,
    issuer: Actor,
    issuedOn: LocalDate,
    deliveries: Delivery[],
    after?: (d: Delivery) => Promise<void>,
  ): { issue: () => Promise<void>; serve: (d: Delivery) => Promise<void>; id: () => string } {
    const doc = { id: '' };
    const serve = async (d: Delivery): Promise<void> => {
      await this.s.documents.serve(d.by, record.id!, doc.id, {
        method: d.method,
        recipient: d.to,
        deliveredOn: d.on,
      });
      await after?.(d);
    };
    for (const d of deliveries) {
      if (d.on < issuedOn) {
        throw new Error(`demo plan of case #${record.index}: ${kind} served before its issue`);
      }
      if (d.on === issuedOn) continue;
      this.timeline.add(
        at(d.on, 14 * 60 + this.docRng.int(0, 150)),
        () => `case ${record.number}: serve ${kind} on ${d.to} (${d.method})`,
        () => serve(d),
      );
    }
    return {
      id: () => doc.id,
      serve,
      issue: async () => {
        const draft = await this.s.documents.draft(issuer, record.id!, { kind });
        await this.s.documents.issue(issuer, record.id!, draft.id);
        doc.id = draft.id;
        for (const d of deliveries.filter((x) => x.on === issuedOn)) await serve(d);
      },
    };
  }

  /** Who the applicant side is served as: the first applicant, and how many besides. */
  private applicantName(record: CaseRecord): string {
    const [first, ...others] = record.applicants;
    return others.length > 0 ? `${first.name}等${record.applicants.length}人` : first.name;
  }

  /**
   * Serving the applicant a document issued on `on`: handed over at the 司法所 by its agent or at
   * the window by the officer, by post (received a few working days later, per the postal return),
   * or electronically (online applications, consented to). `sameDay`: the step records the
   * notice's service that day, so it reached the applicant that day (in person or electronically).
   */
  private toApplicant(
    record: CaseRecord,
    officer: Actor,
    on: LocalDate,
    sameDay = false,
  ): Delivery {
    const { docRng: r, cal } = this;
    const to = this.applicantName(record);
    const direct = (by: Actor, days: number): Delivery => ({
      to,
      method: ServiceMethod.DIRECT,
      on: addWorkingDays(cal, on, days),
      by,
    });
    const electronic = (): Delivery => ({ to, method: ServiceMethod.ELECTRONIC, on, by: officer });
    if (sameDay) {
      if (record.office !== null) return direct(record.office.agentActor, 0);
      return record.channel === Channel.WINDOW || r.chance(0.3) ? direct(officer, 0) : electronic();
    }
    const post = (): Delivery => ({
      to,
      method: ServiceMethod.POST,
      on: addWorkingDays(cal, on, r.int(2, 4)),
      by: officer,
    });
    switch (record.channel) {
      case Channel.AGENT_POINT:
        return r.chance(0.8) ? direct(record.office!.agentActor, r.int(0, 2)) : post();
      case Channel.WINDOW:
        return r.chance(0.55) ? direct(officer, r.int(0, 1)) : post();
      case Channel.ONLINE:
        return r.chance(0.75) ? electronic() : post();
      case Channel.MAIL:
        return post();
    }
  }

  /** Serving the respondent (or another agency): handed over, or electronically, that day. */
  private toAgency(name: string, officer: Actor, on: LocalDate): Delivery {
    return {
      to: name,
      method: this.docRng.chance(0.7) ? ServiceMethod.DIRECT : ServiceMethod.ELECTRONIC,
      on,
      by: officer,
    };
  }

  /** What the first service of an 答复通知书 feeds: the copy's receipt, that day (Arts. 48, 54). */
  private async expectCopyReceived(record: CaseRecord, on: LocalDate): Promise<void> {
    const [c] = await this.s.db.query<{ received: string | null }[]>(
      `SELECT answer_copy_received_on::text AS received FROM cases WHERE id = $1`,
      [record.id],
    );
    if (c?.received !== on) {
      throw new Error(
        `serving the 答复通知书 recorded the copy's receipt as ${c?.received}, not ${on}`,
      );
    }
  }

  /** What serving the 决定书 feeds, or finds recorded: the decision in effect that day. */
  private async expectDecisionServed(record: CaseRecord, on: LocalDate): Promise<void> {
    const [d] = await this.s.db.query<{ served: string | null }[]>(
      `SELECT served_on::text AS served FROM case_decisions
        WHERE case_id = $1 AND status = 'APPROVED'`,
      [record.id],
    );
    if (d?.served !== on) {
      throw new Error(`the decision is recorded as served on ${d?.served}, not ${on}`);
    }
  }

  /** Every one of the eight merits decisions shows up among the decided cases. */
  private coverEveryDecision(): void {
    const decided = this.records.filter((r) => r.decision && r.decision.on <= this.today);
    for (const type of MERITS_OUTCOMES) {
      if (decided.some((r) => r.decision!.type === type)) continue;
      const count = (t: Outcome): number => decided.filter((r) => r.decision!.type === t).length;
      const donor = decided.find(
        (r) =>
          !r.art70 && !r.decision!.fixed && fits(type, r.act.type) && count(r.decision!.type) > 3,
      );
      if (donor) donor.decision!.type = type;
    }
  }

  /**
   * What a draft of `type` carries besides its type, with its finding (when the case has its
   * own), ruling and articles, and how the respondent's performance is followed:
   * - REVOKE / PARTIAL_REVOKE may order the act made anew within a period (Art. 64 ¶1), from which
   *   the performance day is computed on service ('remake');
   * - ALTER is never less favourable to the applicant (Art. 63 ¶2);
   * - ORDER_PERFORMANCE gives thirty days (Art. 66), as does an agreement ruling (Art. 71) and
   *   compensation awarded (Art. 72 ¶1); the officer enters that day at service;
   * - a claim for compensation made with the application is decided with the decision (Art. 72
   *   ¶1): awarded with a revocation, alteration or finding of invalidity (or of illegality for
   *   the compensation course, whose act did harm), dismissed otherwise.
   */
  private decisionForm(record: CaseRecord, type: Outcome, d: FormDraws): DecisionForm {
    const t = MERITS_TEXT[type];
    const extras: Partial<DraftDecisionDto> = {};
    const articles = [t.article];
    let finding: string | null = null;
    let ruling = t.ruling;
    let performanceDays: DecisionForm['performanceDays'] = null;
    if (REMAKE_OUTCOMES.includes(type)) {
      const days =
        type === Outcome.REVOKE ? (d.remake < 0.65 ? 60 : null) : d.remake < 0.4 ? 30 : null;
      ruling =
        type === Outcome.REVOKE
          ? '撤销被申请人作出的该行政行为'
          : '撤销该行政行为中认定事实不清的部分';
      if (days !== null) {
        extras.remakeWithinDays = days;
        ruling += `，责令被申请人自本决定书送达之日起${days}日内重新作出行政行为`;
        performanceDays = 'remake';
      }
    }
    if (type === Outcome.ALTER) {
      extras.notLessFavourable = true;
      if (record.amountYuan !== null) {
        const reduced = Math.max(100, Math.round((record.amountYuan * d.reducedShare) / 100) * 100);
        ruling = `将被申请人作出的罚款${record.amountYuan}元变更为罚款${reduced}元`;
      }
    }
    if (type === Outcome.ORDER_PERFORMANCE) {
      ruling = '责令被申请人自本决定书送达之日起三十日内依法履行法定职责';
      performanceDays = 30;
    }
    if (record.act.agreement) {
      finding = '被申请人未按照协议约定的期限支付安置补偿款，属于未按照约定履行行政协议';
      ruling =
        '确认被申请人未按照约定履行房屋征收补偿协议的行为违法，责令被申请人继续履行协议，' +
        '自本决定书送达之日起三十日内支付剩余安置补偿款';
      articles.push('第七十一条第一款');
      extras.agreementRuling = AgreementRuling.CONTINUE_PERFORMANCE;
      performanceDays ??= 30;
    }
    if (record.compensationClaimed) {
      const harmed = record.decision?.fixed === true;
      if (harmed) {
        finding =
          '被申请人实施强制拆除前未依法履行催告、公告等法定程序，该行为违法；涉案附属用房已被拆除，' +
          '该行为不具有可撤销内容';
        articles.splice(0, 1, '第六十五条第二款第一项');
        ruling = '确认被申请人强制拆除申请人附属用房的行为违法';
      }
      const awarded = AWARD_OUTCOMES.includes(type) && (type !== Outcome.CONFIRM_ILLEGAL || harmed);
      articles.push('第七十二条第一款');
      if (awarded) {
        const amount =
          record.act.type === ActType.PENALTY && record.amountYuan !== null
            ? record.amountYuan
            : d.damagesYuan;
        extras.compensationRuling = CompensationRuling.AWARDED;
        extras.compensationAmountYuan = amount;
        ruling += `；决定被申请人依法赔偿申请人${amount}元`;
        performanceDays ??= 30;
      } else {
        extras.compensationRuling = CompensationRuling.DISMISSED;
        ruling += '；驳回申请人的行政赔偿请求';
      }
    }
    return { extras, finding, ruling, articles, performanceDays };
  }

  private applicants(act: ActTemplate, kind?: ApplicantKind): ApplicantDto[] {
    const { rng } = this;
    const org = rng.chance(act.org ?? 0.04);
    if (kind === ApplicantKind.ORGANISATION || (org && kind !== ApplicantKind.PERSON)) {
      return [this.organisation()];
    }
    const n =
      act.many && rng.chance(act.many) ? rng.int(6, 9) : rng.chance(0.1) ? rng.int(2, 3) : 1;
    return this.people(n);
  }

  private organisation(): ApplicantDto {
    const { rng } = this;
    const name = `${rng.pick(COMPANY_WORDS)}${rng.pick(INDUSTRIES)}有限公司`;
    return {
      kind: ApplicantKind.ORGANISATION,
      name,
      creditCode: this.creditCode(),
      phone: this.phone(),
      address: `${rng.pick(TOWNSHIPS)}工业园区${rng.pick(ROADS)}${rng.int(1, 200)}号`,
    };
  }

  /** `n` people of one address, usually one family. */
  private people(n: number): ApplicantDto[] {
    const { rng } = this;
    const surname = rng.pick(SURNAMES);
    const address = rng.chance(0.6)
      ? `${rng.pick(TOWNSHIPS)}${rng.pick(VILLAGES)}村${rng.int(1, 12)}组${rng.int(1, 60)}号`
      : `城关镇${rng.pick(ROADS)}${rng.int(1, 300)}号${rng.int(1, 20)}幢${rng.int(1, 3)}单元` +
        `${rng.int(1, 18)}0${rng.int(1, 4)}室`;
    return range(n).map((i) => ({
      kind: ApplicantKind.PERSON,
      name: this.personName(i === 0 || rng.chance(0.4) ? surname : undefined),
      idNumber: this.idNumber(),
      phone: this.phone(),
      address,
    }));
  }

  /** Someone else with an interest in the act (Art. 16), notified to take part on `joinedOn`. */
  private thirdParty(org: number, joinedOn: LocalDate): AddPartyDto {
    const who = this.rng.chance(org) ? this.organisation() : this.people(1)[0];
    return { ...who, role: PartyRole.THIRD_PARTY, joinedOn };
  }

  /** A lawyer or legal worker for `principal` (Art. 17), the power of attorney filed on `joinedOn`. */
  private agentFor(principal: string, joinedOn: LocalDate): AddPartyDto {
    const firm = this.rng.pick(LAW_FIRMS);
    return {
      role: PartyRole.AGENT,
      kind: ApplicantKind.PERSON,
      name: this.personName(),
      idNumber: this.idNumber(),
      phone: this.phone(),
      address: `${firm.name}（${firm.title}），${firm.address}`,
      actsFor: principal,
      joinedOn,
    };
  }

  /** The respondent's written answer with its evidence and basis (Art. 48). */
  private answerOf(record: CaseRecord, answeredOn: LocalDate): AnswerDto {
    const { rng } = this;
    const { type } = record.act;
    const general =
      type === ActType.PENALTY
        ? ['《中华人民共和国行政处罚法》']
        : type === ActType.COERCIVE_MEASURE
          ? ['《中华人民共和国行政强制法》']
          : [];
    const laws =
      type === ActType.INFORMATION_DISCLOSURE
        ? ['《中华人民共和国政府信息公开条例》']
        : rng.some(record.respondent.laws, rng.int(1, 2));
    return {
      answeredOn,
      summary: ANSWER_SUMMARIES[type],
      evidence: rng.some(EVIDENCE[type], rng.int(2, 4)).map((title) => ({ title })),
      basis: [...general, ...laws].map((title) => ({ title })),
    };
  }

  /** Art. 70: the act has no evidence or basis; revoked, found illegal, or the duty ordered. */
  private art70Outcome(act: ActTemplate): Outcome {
    if (act.type === ActType.INACTION) return Outcome.ORDER_PERFORMANCE;
    return this.rng.chance(0.7) ? Outcome.REVOKE : Outcome.CONFIRM_ILLEGAL;
  }

  private personName(surname?: string): string {
    const { rng } = this;
    const given = rng.chance(0.55) ? rng.pick(GIVEN_TWO) : rng.pick(GIVEN_ONE);
    return `${surname ?? rng.pick(SURNAMES)}${given}`;
  }

  private idNumber(): string {
    const { rng } = this;
    const birth = addDays('1950-01-01', rng.int(0, daysBetween('1950-01-01', '2004-12-31')));
    const first17 = `${rng.pick(AREA_CODES)}${birth.replace(/-/g, '')}${String(rng.int(1, 999)).padStart(3, '0')}`;
    const id = `${first17}${residentIdCheckCharacter(first17)}`;
    if (!isResidentIdNumber(id)) throw new Error(`generated an invalid ID number ${id}`);
    return id;
  }

  private creditCode(): string {
    const { rng } = this;
    const org = range(9)
      .map(() => CREDIT_CHARSET[rng.int(0, CREDIT_CHARSET.length - 1)])
      .join('');
    const first17 = `91${rng.pick(AREA_CODES)}${org}`;
    const code = `${first17}${creditCodeCheckCharacter(first17)}`;
    if (!isUnifiedSocialCreditCode(code))
      throw new Error(`generated an invalid credit code ${code}`);
    return code;
  }

  private phone(): string {
    const phone = `13${this.rng.int(0, 9)}${String(this.rng.int(0, 99_999_999)).padStart(8, '0')}`;
    if (!isChinesePhone(phone)) throw new Error(`generated an invalid phone ${phone}`);
    return phone;
  }

  // --- litigation ---------------------------------------------------------------------------------

  /**
   * The lawsuits: against a department or township alone, after an upholding reconsideration
   * decision against its respondent and the organ together (co-defendants, ALL Art. 26 ¶2), after a
   * changing one against the organ alone, and a few with their hearing still ahead. Each gets its
   * judgment kind up front (one of each kind the demo shows, the rest at random) and some a twist
   * of the 2020 provisions: an excused head and an adjourned hearing, a head without identity
   * proof, nobody in court, three hearings with the head at one, a second court notice, the organ
   * sending the head of one of its departments.
   */
  private planLawsuits(): void {
    const { rng } = this;
    const suits: Suit[] = [];
    const standalone = (filedOn: LocalDate, hearingInDays: number | null): Suit => {
      const agency = rng.weighted(this.agencies.map((a) => [a, a.sued] as const));
      const act = rng.weighted(agency.acts.map((t) => [t, t.weight] as const));
      const plaintiff = rng.chance(act.org ?? 0.05)
        ? `${rng.pick(COMPANY_WORDS)}${rng.pick(INDUSTRIES)}有限公司`
        : this.personName();
      return {
        filedOn,
        defendants: [agency],
        plaintiff,
        cause: act.cause ?? CAUSES[act.type],
        from: null,
        court: rng.weighted(COURTS.map((c) => [c, c.weight] as const)),
        hearingInDays,
        judgment: JudgmentKind.CLAIMS_REJECTED,
        twist: null,
        withdrawnEarly: false,
      };
    };
    for (let i = 0; i < STANDALONE_LAWSUITS; i += 1) {
      suits.push(standalone(addDays(this.start, rng.int(10, HISTORY_DAYS - 5)), null));
    }
    // 复议后起诉, within fifteen days of a decision the applicant did not accept. After an upholding
    // one the respondent and the organ are co-defendants, before the court of the respondent's level
    // (SPC 2018 Art. 134 ¶3).
    const decidedBefore = (outcomes: Outcome[]) =>
      this.records.filter(
        (r) =>
          r.decision &&
          outcomes.includes(r.decision.type) &&
          r.decision.on <= addDays(this.today, -60),
      );
    const upheld = decidedBefore([Outcome.UPHOLD, Outcome.DISMISS, Outcome.PARTIAL_REVOKE]);
    for (const r of rng.some(upheld, LINKED_LAWSUITS)) {
      suits.push({
        filedOn: addDays(r.decision!.on, rng.int(7, 14)),
        defendants: [r.respondent, this.organ],
        plaintiff: r.plaintiff,
        cause: `${r.act.cause ?? CAUSES[r.act.type]}及行政复议`,
        from: r,
        court: BASIC_COURT,
        hearingInDays: null,
        judgment: JudgmentKind.CLAIMS_REJECTED,
        twist: null,
        withdrawnEarly: false,
      });
    }
    // After a decision that changed the act, the organ alone: the third party who lost by it, or the
    // applicant not content with an alteration, sues the district government, before the
    // intermediate court (ALL Art. 15 item 1).
    const changed = decidedBefore([Outcome.REVOKE, Outcome.ALTER]).filter(
      (r) => r.decision!.type === Outcome.ALTER || r.thirdParty !== null,
    );
    for (const r of rng.some(changed, ORGAN_ALONE_LAWSUITS)) {
      suits.push({
        filedOn: addDays(r.decision!.on, rng.int(7, 14)),
        defendants: [this.organ],
        plaintiff: r.decision!.type === Outcome.ALTER ? r.plaintiff : r.thirdParty!,
        cause: r.act.cause ?? CAUSES[r.act.type],
        from: r,
        court: INTERMEDIATE_COURT,
        hearingInDays: null,
        judgment: JudgmentKind.CLAIMS_REJECTED,
        twist: null,
        withdrawnEarly: false,
      });
    }
    for (const days of FUTURE_HEARINGS_IN_DAYS) {
      suits.push(standalone(addDays(this.today, -rng.int(20, 40)), days));
    }
    suits.sort((a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : 0));

    // Judgments: one of each kind the demo must show, the others at random.
    const past = suits.filter((s) => s.hearingInDays === null);
    for (const s of past) s.judgment = rng.weighted(JUDGMENT_WEIGHTS);
    const shown = rng.some(range(past.length), SHOWN_JUDGMENTS.length);
    shown.forEach((i, k) => (past[i].judgment = SHOWN_JUDGMENTS[k]));
    // The twists, each on a lawsuit of its own that has a hearing.
    const heard = (s: Suit): boolean =>
      s.twist === null && s.judgment !== JudgmentKind.SUIT_DISMISSED;
    rng.pick(past.filter((s) => heard(s) && s.defendants.includes(this.organ))).twist =
      'subordinate';
    const twisted = rng.some(past.filter(heard), TWISTS.length);
    twisted.forEach((s, k) => (s.twist = TWISTS[k]));
    for (const s of past) {
      s.withdrawnEarly =
        s.twist === null && s.judgment === JudgmentKind.WITHDRAWN && rng.chance(0.3);
    }
    for (const suit of suits) {
      this.planLawsuit(suit, this.courtCaseNumber(suit.court, suit.filedOn, '行初'));
    }
  }

  /**
   * (2025)浙0102行初37号, (2025)浙01行终8号, (2025)浙0102司建3号: numbered per court, kind and year,
   * never one taken already.
   */
  private courtCaseNumber(
    court: Court,
    filedOn: LocalDate,
    kind: '行初' | '行终' | '司建',
  ): string {
    const year = filedOn.slice(0, 4);
    const key = `${court.code}/${kind}/${year}`;
    let n =
      this.courtNumbers.get(key) ?? (kind === '行初' ? this.rng.int(8, 30) : this.rng.int(0, 6));
    let number: string;
    do {
      n += kind === '行初' ? this.rng.int(1, 9) : this.rng.int(1, 4);
      number = `(${year})${court.code}${kind}${n}号`;
    } while (this.takenCourtNumbers.has(`${court.name}|${number}`));
    this.courtNumbers.set(key, n);
    return number;
  }

  private planLawsuit(suit: Suit, courtCaseNumber: string): void {
    const { rng, wd } = this;
    const officer = rng.pick(this.officers).actor;
    const lawsuit: LawsuitRecord = { id: null, suit, officer, courtCaseNumber };
    const label = (what: string) => () => `lawsuit ${courtCaseNumber}: ${what}`;
    const enteredAt = at(wd(addDays(suit.filedOn, rng.int(2, 6))), 10 * 60 + rng.int(0, 360));
    this.timeline.add(enteredAt, label('register'), async () => {
      const v = await this.s.litigation.create(officer, {
        court: suit.court.name,
        courtCaseNumber,
        plaintiff: suit.plaintiff,
        defendantAgencyIds: suit.defendants.map((a) => a.id),
        cause: suit.cause,
        ...(suit.from ? { reconsiderationCaseId: suit.from.id! } : {}),
        filedOn: suit.filedOn,
      });
      lawsuit.id = v.id;
    });

    if (suit.hearingInDays !== null) {
      // Ahead of today: its letters go out (or wait) as the reminder plan says; some courts have
      // served their notice for the heads already.
      const scheduledAt = enteredAt + rng.int(1, 3) * DAY;
      const courtroom = this.courtroom();
      this.planHearing(lawsuit, suit.court, courtroom, label, {
        scheduledAt,
        hearingAt: this.hearingTime(addDays(this.today, suit.hearingInDays)),
        presence: null,
        noticed: rng.chance(0.4) ? suit.defendants : [],
      });
      return;
    }

    const judgedOn = this.planInstance(lawsuit, label, {
      court: suit.court,
      openedAt: enteredAt,
      filedOn: suit.filedOn,
      judgment: suit.judgment,
      twist: suit.twist,
      withHearing: suit.judgment !== JudgmentKind.SUIT_DISMISSED,
      withdrawnEarly: suit.withdrawnEarly,
    });
    if (suit.twist === 'nobody') {
      // Art. 12 ¶1 item 3: neither the head nor a staff member appeared. The recommendation goes to
      // the level above, the district government, which answers for it.
      this.planRecommendation(lawsuit, label, {
        court: suit.court,
        agency: this.organ,
        receivedOn: addDays(judgedOn, rng.int(5, 20)),
        summary: NOBODY_IN_COURT_RECOMMENDATION(suit.defendants[0].name),
      });
    } else if (LOSING_JUDGMENTS.includes(suit.judgment) && rng.chance(0.5)) {
      this.planRecommendation(lawsuit, label, {
        court: suit.court,
        agency: suit.defendants[0],
        receivedOn: addDays(judgedOn, rng.int(5, 25)),
        summary: rng.pick(RECOMMENDATION_SUMMARIES),
      });
    }

    // 上诉: the losing side appeals to the intermediate court within fifteen days of service
    // (ALL Art. 85); the court files it some days later.
    const appealable = APPEAL_OUTCOMES[suit.judgment];
    if (
      suit.court !== BASIC_COURT ||
      !appealable ||
      judgedOn > addDays(this.today, -100) ||
      !rng.chance(LOSING_JUDGMENTS.includes(suit.judgment) ? 0.3 : 0.45)
    ) {
      return;
    }
    const filedOn = addDays(judgedOn, rng.int(15, 40));
    const appealNumber = this.courtCaseNumber(INTERMEDIATE_COURT, filedOn, '行终');
    const appealLabel = (what: string) => () =>
      `lawsuit ${courtCaseNumber}, appeal ${appealNumber}: ${what}`;
    const openedAt = at(wd(addDays(filedOn, rng.int(1, 5))), 10 * 60 + rng.int(0, 300));
    this.timeline.add(openedAt, appealLabel('open the second instance'), () =>
      this.s.litigation.openInstance(officer, lawsuit.id!, {
        stage: LitigationStage.SECOND_INSTANCE,
        court: INTERMEDIATE_COURT.name,
        courtCaseNumber: appealNumber,
        filedOn,
      }),
    );
    // Mostly 驳回上诉、维持原判 (the kind of the judgment upheld); now and then reversed.
    this.planInstance(lawsuit, appealLabel, {
      court: INTERMEDIATE_COURT,
      openedAt,
      filedOn,
      judgment: rng.chance(0.8) ? suit.judgment : appealable,
      twist: null,
      // 不开庭审理 (ALL Art. 86): the facts are clear on the papers.
      withHearing: rng.chance(0.8),
      withdrawnEarly: false,
    });
  }

  private courtroom(): string {
    return this.rng.chance(0.3) ? '行政审判庭' : `第${this.rng.int(1, 8)}法庭`;
  }

  private hearingTime(date: LocalDate): number {
    return at(this.wd(date), this.rng.chance(0.6) ? 9 * 60 + 30 : 14 * 60 + 30);
  }

  /**
   * One instance: its hearings (none when decided on the papers, one cancelled when the plaintiff
   * withdraws first), who appeared for each defendant at each, and the judgment. Returns the day
   * of the judgment.
   */
  private planInstance(
    lawsuit: LawsuitRecord,
    label: (what: string) => () => string,
    o: {
      court: Court;
      openedAt: number;
      filedOn: LocalDate;
      judgment: JudgmentKind;
      twist: Twist | null;
      withHearing: boolean;
      withdrawnEarly: boolean;
    },
  ): LocalDate {
    const { rng, wd } = this;
    const { defendants } = lawsuit.suit;
    const courtroom = this.courtroom();
    let judgedOn: LocalDate;
    if (!o.withHearing) {
      judgedOn = wd(addDays(dateOf(o.openedAt), rng.int(30, 75)));
    } else if (o.withdrawnEarly) {
      // 撤诉 before the hearing: the court calls it off.
      const scheduledAt = o.openedAt + rng.int(3, 15) * DAY + rng.int(0, 120) * MINUTE;
      const hearingAt = this.hearingTime(dateOf(scheduledAt + rng.int(12, 35) * DAY));
      const hearing = this.planScheduling(
        lawsuit,
        o.court,
        courtroom,
        label,
        scheduledAt,
        hearingAt,
      );
      const cancelledAt = Math.max(scheduledAt + HOUR, hearingAt - rng.int(2, 6) * DAY - 3 * HOUR);
      this.timeline.add(cancelledAt, label('cancel hearing (withdrawn)'), () =>
        this.s.hearings.update(lawsuit.officer, lawsuit.id!, hearing.id!, {
          status: HearingStatus.CANCELLED,
        }),
      );
      judgedOn = wd(dateOf(cancelledAt));
    } else {
      const count =
        o.twist === 'three-hearings'
          ? 3
          : o.twist === 'noticed-again' || o.twist === 'excused-adjourned'
            ? 2
            : rng.chance(0.1)
              ? 2
              : 1;
      const presence = this.presencePlan(defendants, count, o.twist);
      let scheduledAt = o.openedAt + rng.int(3, 15) * DAY + rng.int(0, 120) * MINUTE;
      let last = 0;
      for (let k = 0; k < count; k += 1) {
        if (k > 0) {
          // 再次开庭, or the hearing the court adjourned to (延期开庭, Art. 9 ¶3).
          scheduledAt =
            last + (o.twist === 'excused-adjourned' ? rng.int(1, 4) : rng.int(3, 10)) * DAY;
        }
        const noticed =
          o.twist === 'noticed-again' && k === 1
            ? [defendants[0]]
            : rng.chance(0.2)
              ? defendants
              : [];
        last = this.planHearing(lawsuit, o.court, courtroom, label, {
          scheduledAt,
          hearingAt: this.hearingTime(dateOf(scheduledAt + rng.int(10, 30) * DAY)),
          presence: presence[k],
          noticed,
        });
      }
      judgedOn = wd(addDays(dateOf(last), rng.int(10, 45)));
    }
    if (judgedOn < o.filedOn) judgedOn = wd(o.filedOn);
    const kind = o.judgment;
    this.timeline.add(at(judgedOn, 15 * 60), label(`judgment ${kind}`), () =>
      this.s.litigation.judgment(lawsuit.officer, lawsuit.id!, { kind, judgedOn }),
    );
    return judgedOn;
  }

  /**
   * Who appears for each defendant at each of an instance's `count` hearings. A head attends one of
   * them in most instances (the organ's a little less often), at the first mostly; staff at the
   * others (Art. 7: once per instance is enough). The twist falls on the first defendant (the
   * organ's own on the organ).
   */
  private presencePlan(defendants: Agency[], count: number, twist: Twist | null): Presence[][] {
    const { rng } = this;
    const plan: Presence[][] = range(count).map(() => []);
    for (const agency of defendants) {
      const organ = agency === this.organ;
      const row: Presence[] = range(count).map(() => 'staff');
      const mine = twist === 'subordinate' ? organ : agency === defendants[0];
      if (mine && twist === 'excused-adjourned') {
        row[0] = 'excused';
        row[1] = 'head';
      } else if (mine && twist === 'excused') {
        row[0] = 'excused';
      } else if (mine && twist === 'no-proof') {
        row[0] = 'no-proof';
      } else if (mine && twist === 'nobody') {
        row[0] = 'nobody';
      } else if (mine && twist === 'subordinate') {
        row[0] = 'subordinate';
      } else if (mine && twist === 'three-hearings') {
        row[1] = 'head';
      } else if (mine && twist === 'noticed-again') {
        row[0] = 'head';
      } else if (rng.chance(organ ? 0.9 : 0.97)) {
        row[count === 1 || rng.chance(0.7) ? 0 : rng.int(1, count - 1)] = 'head';
        // Some heads come again, though once per instance is enough.
        for (let k = 0; k < count; k += 1)
          if (row[k] === 'staff' && rng.chance(0.3)) row[k] = 'head';
      }
      row.forEach((p, k) => plan[k].push(p));
    }
    return plan;
  }

  /**
   * One hearing: scheduled (letters planned by the service, one set per defendant), maybe moved or
   * cancelled and set again, each defendant's letter acknowledged, the court's notices served, and
   * once held the office's record of who appeared for each defendant. Returns the instant it
   * finally took place.
   */
  private planHearing(
    lawsuit: LawsuitRecord,
    court: Court,
    courtroom: string,
    label: (what: string) => () => string,
    when: {
      scheduledAt: number;
      hearingAt: number;
      /** Per defendant; null: ahead of today, nothing recorded. */
      presence: Presence[] | null;
      /** The defendants whose heads the court notices to appear (Art. 5 ¶2). */
      noticed: Agency[];
    },
  ): number {
    const { rng } = this;
    const hearing = this.planScheduling(
      lawsuit,
      court,
      courtroom,
      label,
      when.scheduledAt,
      when.hearingAt,
    );
    const change = when.presence === null ? 1 : rng.next();
    if (change < 0.1) {
      // 改期 by the court: letters for the new time, none for the old.
      const movedAt = Math.max(
        when.scheduledAt + HOUR,
        when.hearingAt - rng.int(1, 5) * DAY - 3 * HOUR,
      );
      const newAt = at(
        this.wd(addDays(dateOf(when.hearingAt), rng.int(5, 20))),
        rng.chance(0.5) ? 9 * 60 + 30 : 14 * 60 + 30,
      );
      this.timeline.add(movedAt, label('reschedule hearing'), async () => {
        await this.s.hearings.update(lawsuit.officer, lawsuit.id!, hearing.id!, {
          scheduledAt: new Date(newAt).toISOString(),
        });
        hearing.at = newAt;
        this.planSweeps(newAt);
      });
      this.planAcknowledgements(lawsuit, hearing, label, movedAt, newAt);
      this.planHeld(lawsuit, hearing, label, movedAt, newAt, when);
      return newAt;
    }
    if (change < 0.14) {
      // Cancelled (the court changed the panel), then set again.
      const cancelledAt = Math.max(
        when.scheduledAt + HOUR,
        when.hearingAt - rng.int(1, 4) * DAY - 3 * HOUR,
      );
      this.timeline.add(cancelledAt, label('cancel hearing'), () =>
        this.s.hearings.update(lawsuit.officer, lawsuit.id!, hearing.id!, {
          status: HearingStatus.CANCELLED,
        }),
      );
      const scheduledAt = cancelledAt + rng.int(3, 10) * DAY;
      return this.planHearing(lawsuit, court, courtroom, label, {
        ...when,
        scheduledAt,
        hearingAt: at(this.wd(dateOf(scheduledAt + rng.int(10, 30) * DAY)), 9 * 60 + 30),
      });
    }
    this.planHeld(lawsuit, hearing, label, when.scheduledAt, when.hearingAt, when);
    return when.hearingAt;
  }

  /** The hearing scheduled, its letters' sweeps and acknowledgements planned. */
  private planScheduling(
    lawsuit: LawsuitRecord,
    court: Court,
    courtroom: string,
    label: (what: string) => () => string,
    scheduledAt: number,
    hearingAt: number,
  ): HearingRecord {
    const hearing: HearingRecord = { id: null, at: hearingAt };
    this.timeline.add(scheduledAt, label('schedule hearing'), async () => {
      const v = await this.s.hearings.schedule(lawsuit.officer, lawsuit.id!, {
        scheduledAt: new Date(hearing.at).toISOString(),
        court: court.name,
        courtroom,
      });
      hearing.id = v.id;
      this.planSweeps(hearing.at);
    });
    this.planAcknowledgements(lawsuit, hearing, label, scheduledAt, hearingAt);
    return hearing;
  }

  /**
   * The court's notices for the heads (出庭通知书, Art. 5 ¶2: at least three days before; one court
   * late), then, after the hearing, the office's record for each defendant.
   */
  private planHeld(
    lawsuit: LawsuitRecord,
    hearing: HearingRecord,
    label: (what: string) => () => string,
    setAt: number,
    hearingAt: number,
    when: { presence: Presence[] | null; noticed: Agency[] },
  ): void {
    const { rng } = this;
    const hearingOn = dateOf(hearingAt);
    for (const agency of when.noticed) {
      this.noticesPlanned += 1;
      const late = this.noticesPlanned === LATE_NOTICE;
      const servedOn = later(
        addDays(dateOf(setAt), 1),
        addDays(hearingOn, late ? -2 : -rng.int(4, 12)),
      );
      if (servedOn >= hearingOn) continue;
      this.timeline.add(at(servedOn, 16 * 60 + rng.int(0, 60)), label('court notice'), () =>
        this.s.hearings.recordCourtNotice(lawsuit.officer, lawsuit.id!, hearing.id!, {
          agencyId: agency.id,
          servedOn,
        }),
      );
    }
    if (when.presence === null) return;
    const recordedAt = hearingAt + rng.int(3, 30) * HOUR;
    lawsuit.suit.defendants.forEach((agency, i) => {
      const attendance = this.attendanceOf(agency, when.presence![i]);
      const actor = rng.chance(0.15) ? this.officeHead.actor : lawsuit.officer;
      this.timeline.add(
        recordedAt + i * 7 * MINUTE,
        label(`record attendance of ${agency.key}`),
        () =>
          this.s.hearings.recordAttendance(actor, lawsuit.id!, hearing.id!, {
            agencyId: agency.id,
            ...attendance,
          }),
      );
    });
  }

  /** The office's record of who appeared for `agency` (SPC 2020 Arts. 2, 6, 8–10). */
  private attendanceOf(agency: Agency, presence: Presence): Omit<AttendanceDto, 'agencyId'> {
    const { rng } = this;
    const organ = agency === this.organ;
    const staff = (): Omit<AttendanceDto, 'agencyId'> => ({
      attendeeRole: AttendeeRole.STAFF,
      attendeeName: this.personName(),
      attendeeTitle: organ
        ? '区司法局行政应诉科科长'
        : agency.kind === AgencyKind.TOWNSHIP_GOVERNMENT
          ? '综治办主任'
          : '法制科科长',
    });
    const head = (role: AttendeeRole, proof: boolean): Omit<AttendanceDto, 'agencyId'> => {
      const [attendeeName, attendeeTitle] =
        role === AttendeeRole.PRINCIPAL
          ? [agency.headName, agency.headTitle]
          : role === AttendeeRole.DEPUTY
            ? [agency.deputyName, agency.deputyTitle]
            : this.inChargeOf(agency);
      return { attendeeRole: role, attendeeName, attendeeTitle, identityProofSubmitted: proof };
    };
    switch (presence) {
      case 'head':
        return head(
          rng.weighted(
            organ
              ? ([
                  [AttendeeRole.PRINCIPAL, 20],
                  [AttendeeRole.DEPUTY, 60],
                  [AttendeeRole.DEPUTY_LEVEL_IN_CHARGE, 20],
                ] as const)
              : ([
                  [AttendeeRole.PRINCIPAL, 45],
                  [AttendeeRole.DEPUTY, 40],
                  [AttendeeRole.DEPUTY_LEVEL_IN_CHARGE, 15],
                ] as const),
          ),
          true,
        );
      case 'no-proof':
        // Art. 6 ¶2: the identity proof was not submitted and could not be in time: deemed absent.
        return head(rng.chance(0.5) ? AttendeeRole.PRINCIPAL : AttendeeRole.DEPUTY, false);
      case 'subordinate':
        // Art. 2 ¶2: the head of a lower agency is not the organ's head.
        return {
          attendeeRole: AttendeeRole.ENTRUSTED_OR_SUBORDINATE_HEAD,
          attendeeName: JUSTICE_BUREAU_HEAD,
          attendeeTitle: '区司法局局长',
        };
      case 'excused': {
        const [absenceReason, absenceProof] = rng.pick(EXCUSES);
        return { ...staff(), absenceReason, absenceProof };
      }
      case 'nobody':
        return { attendeeRole: null };
      case 'staff':
        return staff();
    }
  }

  /** The deputy-level leader in charge of the matter (Art. 2 ¶1), the same one each time. */
  private inChargeOf(agency: Agency): [string, string] {
    let name = this.inCharge.get(agency.key);
    if (!name) {
      name = this.personName();
      this.inCharge.set(agency.key, name);
    }
    return [
      name,
      agency === this.organ
        ? '区政府党组成员（分管行政复议工作）'
        : agency.kind === AgencyKind.TOWNSHIP_GOVERNMENT
          ? '党委委员（分管综治工作）'
          : '党组成员（分管执法工作）',
    ];
  }

  /**
   * A judicial recommendation (司法建议), answered by the agency within the two months the court
   * gives in most cases: the first planned is never answered (overdue), the third late.
   */
  private planRecommendation(
    lawsuit: LawsuitRecord,
    label: (what: string) => () => string,
    o: { court: Court; agency: Agency; receivedOn: LocalDate; summary: string },
  ): void {
    const { rng } = this;
    const n = this.recommendationsPlanned;
    this.recommendationsPlanned += 1;
    const documentNumber = this.courtCaseNumber(o.court, o.receivedOn, '司建');
    const dueOn = addDays(o.receivedOn, 61);
    const recommendation: { id: string | null } = { id: null };
    this.timeline.add(
      at(o.receivedOn, 11 * 60 + rng.int(0, 240)),
      label('judicial recommendation'),
      async () => {
        const v = await this.s.litigation.addRecommendation(lawsuit.officer, lawsuit.id!, {
          agencyId: o.agency.id,
          court: o.court.name,
          documentNumber,
          summary: o.summary,
          receivedOn: o.receivedOn,
          dueOn,
        });
        recommendation.id = v.id;
      },
    );
    if (n === 0) return;
    const answeredOn = this.wd(
      n === 2 ? addDays(dueOn, rng.int(5, 20)) : addDays(o.receivedOn, rng.int(20, 55)),
    );
    this.timeline.add(
      at(answeredOn, 15 * 60 + rng.int(0, 120)),
      label('answer the recommendation'),
      () =>
        this.s.litigation.answerRecommendation(lawsuit.officer, lawsuit.id!, recommendation.id!, {
          answeredOn,
          answer: rng.pick(RECOMMENDATION_ANSWERS),
        }),
    );
  }

  /** The worker's sweep at the send times of a hearing's letters (when they are not past). */
  private planSweeps(hearingAt: number): void {
    const now = this.clock.now().getTime();
    for (const days of [this.s.env.REMINDER_LETTER_DAYS, this.s.env.REMINDER_EVE_DAYS]) {
      const sendAt = Math.max(hearingAt - days * DAY, now);
      this.timeline.add(
        sendAt + MINUTE,
        () => 'reminder sweep',
        () => this.s.reminders.issueDue(this.clock.now()),
      );
    }
  }

  /**
   * Each defendant's liaison (or the officer, for agencies without one) acknowledges its own
   * letter, reporting who will attend: a report, never the office's record.
   */
  private planAcknowledgements(
    lawsuit: LawsuitRecord,
    hearing: HearingRecord,
    label: (what: string) => () => string,
    scheduledAt: number,
    hearingAt: number,
  ): void {
    const { rng } = this;
    const letterAt = Math.max(scheduledAt, hearingAt - this.s.env.REMINDER_LETTER_DAYS * DAY);
    for (const agency of lawsuit.suit.defendants) {
      const ackAt = letterAt + rng.int(2, 40) * HOUR;
      if (ackAt >= hearingAt - 2 * HOUR || rng.chance(0.15)) continue;
      const actor = agency.liaison ?? lawsuit.officer;
      const deputy = rng.chance(agency === this.organ ? 0.6 : 0.15);
      this.timeline.add(ackAt, label(`acknowledge the letter to ${agency.key}`), async () => {
        if (!hearing.id) return;
        const page = await this.s.letters.list(actor, {
          limit: 20,
          hearingId: hearing.id,
          agencyId: agency.id,
        });
        const letter = page.items.find(
          (l) =>
            l.kind === ReminderKind.LETTER &&
            l.acknowledgedAt === null &&
            Date.parse(l.hearingAt) === hearing.at,
        );
        if (!letter) return; // moved meanwhile: the new time's letter is acknowledged on its own
        await this.s.letters.acknowledge(actor, letter.id, {
          attendeeName: deputy ? agency.deputyName : agency.headName,
          attendeeTitle: deputy ? agency.deputyTitle : agency.headTitle,
        });
      });
    }
  }
}

/** Draws made when a decision is planned, for its form whatever its type ends up being. */
interface FormDraws {
  remake: number;
  reducedShare: number;
  damagesYuan: number;
}

/** A draft's form (DemoDistrict.decisionForm). */
interface DecisionForm {
  extras: Partial<DraftDecisionDto>;
  finding: string | null;
  ruling: string;
  articles: string[];
  /** Days from service to perform, 'remake' for remakeWithinDays, null: nothing ordered. */
  performanceDays: number | 'remake' | null;
}

/** A case's steps: on legal dates, in order, during office hours. */
class CaseSteps {
  private ordinal = 0;
  last: LocalDate;

  constructor(
    private readonly timeline: Timeline,
    private readonly rng: Random,
    private readonly record: CaseRecord,
    first: LocalDate,
  ) {
    this.last = first;
  }

  add(on: LocalDate, what: string, run: () => Promise<unknown>): void {
    if (on < this.last) {
      throw new Error(`demo plan of case #${this.record.index}: ${what} on ${on} < ${this.last}`);
    }
    this.last = on;
    this.ordinal += 1;
    const record = this.record;
    this.timeline.add(
      at(on, 9 * 60 + this.ordinal * 12 + this.rng.int(0, 10)),
      () => `case ${record.number ?? `#${record.index}`}: ${what}`,
      run,
    );
  }
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

// --- setup ----------------------------------------------------------------------------------------

const toActor = (u: {
  id: string;
  username: string;
  role: Role;
  officeId: string | null;
  agencyId: string | null;
}): Actor => ({
  id: u.id,
  username: u.username,
  role: u.role,
  officeId: u.officeId,
  agencyId: u.agencyId,
});

/** The first administrator (created at start-up from ADMIN_USERNAME / ADMIN_PASSWORD). */
async function administrator(s: Services): Promise<Actor> {
  const admin = await s.db.getRepository(UserEntity).findOne({
    where: { role: Role.ADMIN, active: true },
    order: { createdAt: 'ASC' },
  });
  if (!admin) throw new Error('no active administrator: start the service once first');
  return toActor(admin);
}

/** The demo agencies and offices, created through OrganizationsService (reused when present). */
async function organisations(
  s: Services,
  admin: Actor,
): Promise<{ agencies: Agency[]; organ: Agency; offices: (OfficeSeed & { id: string })[] }> {
  const agencies: Agency[] = [];
  for (const a of AGENCIES) {
    const found = await s.db.getRepository(AgencyEntity).findOneBy({ name: a.name });
    const id =
      found?.id ??
      (
        await s.organizations.createAgency(admin, {
          name: a.name,
          kind: a.kind,
          headName: a.headName,
          headTitle: a.headTitle,
          contactPhone: a.contactPhone,
        })
      ).id;
    agencies.push({ ...a, id, liaison: null });
  }
  // One organ at most: an earlier one is reused, whatever its name.
  const organFound = await s.db
    .getRepository(AgencyEntity)
    .findOneBy({ kind: AgencyKind.RECONSIDERATION_ORGAN });
  const organ: Agency = {
    ...ORGAN,
    ...(organFound
      ? { id: organFound.id, name: organFound.name, headName: organFound.headName }
      : {
          id: (
            await s.organizations.createAgency(admin, {
              name: ORGAN.name,
              kind: ORGAN.kind,
              headName: ORGAN.headName,
              headTitle: ORGAN.headTitle,
              contactPhone: ORGAN.contactPhone,
            })
          ).id,
        }),
    liaison: null,
  };
  const offices: (OfficeSeed & { id: string })[] = [];
  for (const o of OFFICES) {
    const found = await s.db.getRepository(JudicialOfficeEntity).findOneBy({ name: o.name });
    const id =
      found?.id ??
      (await s.organizations.createOffice(admin, { name: o.name, township: o.township })).id;
    offices.push({ ...o, id });
  }
  return { agencies, organ, offices };
}

/** The demo users, created through UsersService (reused, password unchanged, when present). */
async function people(
  s: Services,
  admin: Actor,
  agencies: Agency[],
  offices: (OfficeSeed & { id: string })[],
): Promise<Person[]> {
  const result: Person[] = [];
  for (const u of STAFF) {
    const officeId = u.office ? offices.find((o) => o.name === u.office)!.id : undefined;
    const agencyId = u.agency ? agencies.find((a) => a.key === u.agency)!.id : undefined;
    const found = await s.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.username) = lower(:username)', { username: u.username })
      .getOne();
    if (found && found.role !== u.role) {
      throw new Error(`user ${u.username} exists with role ${found.role}, not ${u.role}`);
    }
    const designations = {
      ...(u.headsOffice ? { headsOffice: true } : {}),
      ...(u.headsOrgan ? { headsOrgan: true } : {}),
    };
    const user =
      found ??
      (await s.users.create(admin, {
        username: u.username,
        displayName: u.displayName,
        password: DEMO_PASSWORD,
        role: u.role,
        ...(officeId ? { officeId } : {}),
        ...(agencyId ? { agencyId } : {}),
        ...designations,
      }));
    // An account of an earlier demo, from before the designations: the administrator adds them.
    if (found && ((u.headsOffice && !found.headsOffice) || (u.headsOrgan && !found.headsOrgan))) {
      await s.users.update(admin, found.id, designations);
    }
    result.push({
      actor: toActor(user),
      displayName: user.displayName,
      created: !found,
      headsOffice: u.headsOffice ?? false,
      headsOrgan: u.headsOrgan ?? false,
    });
  }
  return result;
}

// --- summary --------------------------------------------------------------------------------------

const ratio = (r: Ratio): string =>
  r.rate === null ? '—' : `${r.numerator}/${r.denominator} = ${percent(r)}`;

function table(title: string, rows: [string, string | number][]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length), 8);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

async function countsBy(
  s: Services,
  sql: string,
  params: unknown[] = [],
): Promise<[string, number][]> {
  const rows = await s.db.query<{ k: string; n: number }[]>(sql, params);
  return rows.map((r) => [r.k, Number(r.n)]);
}

/**
 * What the demo holds, by SQL and by the services' own views, then the StatisticsService figures
 * and report paragraph of last year and this year. `reader` lists the lawsuits.
 */
async function summary(s: Services, reader: Actor, today: LocalDate, now: Date): Promise<void> {
  const labelled = <K extends string>(labels: Record<K, string>, rows: [string, number][]) =>
    rows.map(([k, n]): [string, number] => [`${labels[k as K] ?? k} ${k}`, n]);
  table(
    'Reconsideration cases by status',
    labelled(
      CASE_STATUS_LABELS,
      await countsBy(
        s,
        `SELECT status::text AS k, count(*)::int AS n FROM cases GROUP BY 1 ORDER BY 2 DESC`,
      ),
    ),
  );
  table(
    'Closed cases by outcome',
    labelled(
      OUTCOME_LABELS,
      await countsBy(
        s,
        `SELECT outcome::text AS k, count(*)::int AS n FROM cases WHERE outcome IS NOT NULL
          GROUP BY 1 ORDER BY 2 DESC`,
      ),
    ),
  );
  table('Cases by channel', [
    ...labelled(
      CHANNEL_LABELS,
      await countsBy(
        s,
        `SELECT channel::text AS k, count(*)::int AS n FROM cases GROUP BY 1 ORDER BY 2 DESC`,
      ),
    ),
  ]);
  const [c] = await s.db.query<Record<string, number>[]>(
    `SELECT count(*) FILTER (WHERE procedure = 'ORDINARY')::int AS ordinary,
            count(*) FILTER (WHERE procedure = 'SIMPLIFIED')::int AS simplified,
            count(*) FILTER (WHERE application_late)::int AS late,
            count(*) FILTER (WHERE extension_days > 0)::int AS extended,
            count(*) FILTER (WHERE converted_to_ordinary_on IS NOT NULL)::int AS converted,
            count(*) FILTER (WHERE status = 'REVIEW_MEDIATED')::int AS review_mediated,
            count(*) FILTER (WHERE status = ANY($1::case_status[]))::int AS open,
            count(*) FILTER (WHERE status = ANY($1::case_status[]) AND current_due_on < $2)::int
              AS overdue
       FROM cases`,
    [OPEN_STATUSES, today],
  );
  const [x] = await s.db.query<Record<string, number>[]>(
    `SELECT (SELECT count(*) FROM case_supplement_requests)::int AS supplements,
            (SELECT count(*) FROM case_supplement_requests WHERE status = 'FULFILLED')::int AS fulfilled,
            (SELECT count(*) FROM case_supplement_requests WHERE status = 'EXPIRED')::int AS expired,
            (SELECT count(*) FROM pre_mediations)::int AS mediations,
            (SELECT count(*) FROM pre_mediations WHERE status = 'SUCCEEDED')::int AS mediated,
            (SELECT count(*) FROM pre_mediations WHERE status = 'FAILED')::int AS failed,
            (SELECT count(*) FROM case_suspensions)::int AS suspensions,
            (SELECT count(*) FROM case_suspensions WHERE resumed_on IS NULL)::int AS suspended,
            (SELECT count(*) FROM case_decisions WHERE status = 'RETURNED')::int AS returned,
            (SELECT count(*) FROM case_decisions WHERE status = 'DRAFT')::int AS drafts,
            (SELECT count(*) FROM alerts)::int AS alerts`,
  );
  table('Procedure', [
    [`accepted, ${PROCEDURE_LABELS.ORDINARY} ORDINARY`, c.ordinary],
    [`accepted, ${PROCEDURE_LABELS.SIMPLIFIED} SIMPLIFIED`, c.simplified],
    [
      'supplement requests (fulfilled / expired)',
      `${x.supplements} (${x.fulfilled} / ${x.expired})`,
    ],
    ['pre-case mediations (succeeded / failed)', `${x.mediations} (${x.mediated} / ${x.failed})`],
    ['late applications', c.late],
    ['suspensions (still suspended)', `${x.suspensions} (${x.suspended})`],
    ['extensions', c.extended],
    ['switched simplified → ordinary (Art. 55)', c.converted],
    ['调解结案 REVIEW_MEDIATED (Art. 73)', c.review_mediated],
    ['draft decisions returned by a reviewer', x.returned],
    ['drafts awaiting approval', x.drafts],
    ['open cases (overdue today)', `${c.open} (${c.overdue})`],
    ['deadline alerts raised', x.alerts],
  ]);
  const [n] = await s.db.query<Record<string, number>[]>(
    `SELECT count(*) FILTER (WHERE deemed_accepted)::int AS deemed,
            count(*) FILTER (WHERE deemed_accepted AND acceptance_recorded_on IS NULL)::int
              AS deemed_by_run,
            count(*) FILTER (WHERE deemed_accepted AND acceptance_recorded_on IS NOT NULL)::int
              AS deemed_recorded_late,
            count(*) FILTER (WHERE status = 'APPLICATION_DISMISSED')::int AS dismissed,
            count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn,
            count(*) FILTER (WHERE application_timeliness = 'LATE')::int AS late,
            count(*) FILTER (WHERE application_timeliness = 'TIME_BARRED')::int AS barred,
            count(*) FILTER (WHERE application_timeliness <> 'IN_TIME'
                               AND status = 'NOT_ACCEPTED')::int AS untimely_refused,
            count(*) FILTER (WHERE obstacle_from IS NOT NULL)::int AS obstacle,
            count(*) FILTER (WHERE not_informed_of_right)::int AS not_informed,
            count(answer_copy_sent_on)::int AS copies,
            count(*) FILTER (WHERE answer_copy_sent_on > answer_copy_due_on)::int AS copies_late,
            count(answered_on)::int AS answers,
            count(*) FILTER (WHERE answered_on > answer_due_on)::int AS answers_late,
            count(*) FILTER (WHERE answered_on IS NULL
                               AND answer_due_on < COALESCE(concluded_on, $1::date))::int
              AS unanswered
       FROM cases`,
    [today],
  );
  const [p] = await s.db.query<Record<string, number>[]>(
    `SELECT (SELECT count(*) FROM case_supplement_requests WHERE extended_on IS NOT NULL)::int
              AS supplement_extensions,
            (SELECT count(*) FROM case_parties WHERE role = 'THIRD_PARTY')::int AS third_parties,
            (SELECT count(*) FROM case_parties WHERE role = 'AGENT')::int AS agents,
            (SELECT count(*) FROM case_parties WHERE role = 'REPRESENTATIVE')::int
              AS representatives,
            (SELECT count(DISTINCT case_id) FROM case_parties)::int AS party_cases,
            (SELECT count(*) FROM enforcement_stays)::int AS stays,
            (SELECT count(*) FROM enforcement_stays WHERE decision = 'STAYED')::int AS stayed,
            (SELECT count(*) FROM enforcement_stays WHERE decision = 'REFUSED')::int AS refused,
            (SELECT count(*) FROM enforcement_stays WHERE ground = 'PARTY_REQUEST')::int
              AS requested`,
  );
  const grounds = await countsBy(
    s,
    `SELECT simplified_ground::text AS k, count(*)::int AS n FROM cases
      WHERE simplified_ground IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  table('The 2023 law at intake and in review', [
    [
      'deemed acceptances (nightly run / recorded late)',
      `${n.deemed} (${n.deemed_by_run} / ${n.deemed_recorded_late})`,
    ],
    ['Art. 33 dismissals of the application', n.dismissed],
    ['withdrawals before acceptance', n.withdrawn],
    [
      `applications ${ApplicationTimeliness.LATE} / ${ApplicationTimeliness.TIME_BARRED} (refused)`,
      `${n.late} / ${n.barred} (${n.untimely_refused})`,
    ],
    ['in time by Art. 20 ¶2 obstacle / ¶3 right untold', `${n.obstacle} / ${n.not_informed}`],
    ['simplified procedure, by ground', grounds.map(([k, v]) => `${k} ${v}`).join(', ')],
    ['supplement periods extended (Art. 31 ¶2)', p.supplement_extensions],
    [
      'third parties / agents / representatives (cases)',
      `${p.third_parties} / ${p.agents} / ${p.representatives} (${p.party_cases})`,
    ],
    ['answer copies sent (late)', `${n.copies} (${n.copies_late})`],
    ['answers recorded (late answers, Art. 70)', `${n.answers} (${n.answers_late})`],
    ['never answered, past the last day', n.unanswered],
    [
      'stays (party requests; stayed / refused)',
      `${p.stays} (${p.requested}; ${p.stayed} / ${p.refused})`,
    ],
  ]);
  const [v] = await s.db.query<Record<string, number>[]>(
    `SELECT (SELECT count(*) FROM case_views_heard)::int AS views,
            (SELECT count(DISTINCT case_id) FROM case_views_heard)::int AS views_cases,
            (SELECT count(*) FROM cases WHERE status = 'DECIDED' AND procedure = 'ORDINARY')::int
              AS decided_ordinary,
            (SELECT count(*) FROM cases c WHERE c.status = 'DECIDED' AND c.procedure = 'ORDINARY'
                AND NOT EXISTS (SELECT 1 FROM case_views_heard w WHERE w.case_id = c.id))::int
              AS unheard,
            (SELECT count(*) FROM case_formal_hearings)::int AS hearings,
            (SELECT count(*) FROM case_formal_hearings WHERE status = 'HELD')::int AS held,
            (SELECT count(*) FROM case_formal_hearings WHERE respondent_head_attended)::int
              AS head,
            (SELECT count(*) FROM case_formal_hearings
              WHERE status = 'HELD' AND NOT respondent_head_attended)::int AS delegated,
            (SELECT count(*) FROM case_formal_hearings WHERE status = 'CANCELLED')::int
              AS called_off,
            (SELECT count(*) FROM case_formal_hearings WHERE status = 'SCHEDULED')::int AS noticed,
            (SELECT count(*) FROM committee_consultations)::int AS referrals,
            (SELECT count(*) FROM committee_consultations WHERE opinion_on IS NOT NULL)::int
              AS opinions,
            (SELECT count(*) FROM collective_discussions)::int AS discussions,
            (SELECT count(*) FROM case_suspensions WHERE notice_served_on IS NOT NULL)::int
              AS suspension_notices,
            (SELECT count(*) FROM case_suspensions
              WHERE resumption_notice_served_on IS NOT NULL)::int AS resumption_notices,
            (SELECT count(*) FROM review_mediations)::int AS mediations,
            (SELECT count(*) FROM review_mediations m JOIN case_suspensions u
                ON u.case_id = m.case_id AND u.resumed_on = m.effective_on
              WHERE m.status = 'IN_EFFECT')::int AS mediated_suspended`,
  );
  const [d] = await s.db.query<Record<string, number | string>[]>(
    `SELECT count(*)::int AS approved,
            count(*) FILTER (WHERE approval_basis = 'ORGAN_HEAD')::int AS organ_head,
            count(*) FILTER (WHERE approval_basis = 'COLLECTIVE_DISCUSSION')::int AS discussed,
            count(served_on)::int AS served,
            count(*) FILTER (WHERE served_on IS NULL AND decided_on < $1::date - 7)::int
              AS unserved_old,
            count(performance_due_on)::int AS due,
            count(*) FILTER (WHERE performance_reported_on <= performance_due_on)::int AS in_time,
            count(*) FILTER (WHERE performance_reported_on > performance_due_on)::int AS late,
            count(*) FILTER (WHERE performance_due_on IS NOT NULL AND performance_reported_on IS NULL
                               AND performance_due_on < $1::date)::int AS overdue,
            count(*) FILTER (WHERE performance_due_on IS NOT NULL AND performance_reported_on IS NULL
                               AND performance_due_on >= $1::date)::int AS pending,
            count(remake_within_days)::int AS remake,
            count(agreement_ruling)::int AS agreement,
            count(*) FILTER (WHERE compensation_ruling = 'AWARDED')::int AS awarded,
            COALESCE(sum(compensation_amount_yuan)
                       FILTER (WHERE compensation_ruling = 'AWARDED'), 0)::text AS awarded_yuan,
            count(*) FILTER (WHERE compensation_ruling = 'DISMISSED')::int AS comp_dismissed,
            count(*) FILTER (WHERE type = 'ALTER')::int AS altered
       FROM case_decisions WHERE status = 'APPROVED'`,
    [today],
  );
  const listed = (rows: [string, number][]): string =>
    rows.map(([k, n]) => `${k} ${n}`).join(', ') || '—';
  const viewsBy = await countsBy(
    s,
    `SELECT method::text AS k, count(*)::int AS n FROM case_views_heard GROUP BY 1 ORDER BY 2 DESC`,
  );
  const mediationsBy = await countsBy(
    s,
    `SELECT status::text AS k, count(*)::int AS n FROM review_mediations GROUP BY 1 ORDER BY 2 DESC`,
  );
  const groundsBy = await countsBy(
    s,
    `SELECT COALESCE(ground::text, 'NONE') AS k, count(*)::int AS n FROM case_suspensions
      GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  const terminationsBy = await countsBy(
    s,
    `SELECT termination_reason::text AS k, count(*)::int AS n FROM cases
      WHERE termination_reason IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  const alertsBy = await countsBy(
    s,
    `SELECT deadline::text || ' ' || level::text AS k, count(*)::int AS n FROM alerts
      GROUP BY 1 ORDER BY 1`,
  );
  table('Review under the 2023 law (Arts. 39–78)', [
    ['views heard (Art. 49): records (cases)', `${v.views} (${v.views_cases}): ${listed(viewsBy)}`],
    ['ordinary cases decided (no views heard)', `${v.decided_ordinary} (${v.unheard})`],
    [
      '听证 (Arts. 50–51): held / called off / ahead',
      `${v.hearings}: ${v.held} (head attended ${v.head}, delegate ${v.delegated}) / ` +
        `${v.called_off} / ${v.noticed}`,
    ],
    ['committee referrals (opinions) (Art. 52)', `${v.referrals} (${v.opinions})`],
    [
      'decisions approved (Art. 61 ¶1)',
      `${d.approved}: organ head ${d.organ_head}, collective discussion ${d.discussed} ` +
        `(${v.discussions} discussions recorded)`,
    ],
    ['suspensions by ground (Art. 39 ¶1)', listed(groundsBy)],
    [
      'notices of suspension / resumption (¶3)',
      `${v.suspension_notices} / ${v.resumption_notices}`,
    ],
    ['terminations by reason (Art. 41)', listed(terminationsBy)],
    [
      'mediations in review (Art. 73)',
      `${v.mediations}: ${listed(mediationsBy)}; in effect while suspended ${v.mediated_suspended}`,
    ],
    ['decisions served (Art. 75)', `${d.served} (${d.unserved_old} decided a week ago, not)`],
    [
      'performance due (Art. 77)',
      `${d.due}: reported ${d.in_time} in time, ${d.late} late; not reported ${d.overdue} ` +
        `past due, ${d.pending} not yet due`,
    ],
    ['remakes (Art. 64) / agreement rulings (71)', `${d.remake} / ${d.agreement}`],
    [
      'compensation (Art. 72)',
      `awarded ${d.awarded} (${d.awarded_yuan} yuan), claim dismissed ${d.comp_dismissed}`,
    ],
    ['alterations, not less favourable (Art. 63)', d.altered],
    ['alerts raised, by kind and level', listed(alertsBy)],
  ]);
  table(
    'Recommendation letters',
    labelled(
      LETTER_KIND_LABELS,
      await countsBy(
        s,
        `SELECT kind::text AS k, count(*)::int AS n FROM recommendation_letters GROUP BY 1`,
      ),
    ),
  );
  const documents = await s.db.query<
    { kind: DocumentKind; issued: number; superseded: number; served: number; drafts: number }[]
  >(
    `SELECT d.kind::text AS kind,
            count(*) FILTER (WHERE d.status <> 'DRAFT')::int AS issued,
            count(*) FILTER (WHERE d.status = 'SUPERSEDED')::int AS superseded,
            count(*) FILTER (WHERE d.status = 'DRAFT')::int AS drafts,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_document_services v
                                            WHERE v.document_id = d.id))::int AS served
       FROM case_documents d GROUP BY 1`,
  );
  const servicesBy = await s.db.query<{ kind: DocumentKind; method: ServiceMethod; n: number }[]>(
    `SELECT d.kind::text AS kind, v.method::text AS method, count(*)::int AS n
       FROM case_document_services v JOIN case_documents d ON d.id = v.document_id
      GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
  );
  const methods = (kind: DocumentKind | null): string =>
    Object.values(ServiceMethod)
      .map((m): [ServiceMethod, number] => [
        m,
        servicesBy
          .filter((r) => r.method === m && (kind === null || r.kind === kind))
          .reduce((n, r) => n + r.n, 0),
      ])
      .filter(([, n]) => n > 0)
      .map(([m, n]) => `${SERVICE_METHOD_LABELS[m]} ${n}`)
      .join(', ');
  const sum = (k: 'issued' | 'superseded' | 'served' | 'drafts'): number =>
    documents.reduce((n, r) => n + r[k], 0);
  const [notYet] = await s.db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM case_document_services WHERE served_on > $1::date`,
    [today],
  );
  table('Documents (文书): issued (superseded by a correction), served, services by method', [
    ...Object.values(DocumentKind)
      .map((kind) => ({ kind, r: documents.find((x) => x.kind === kind) }))
      .filter(({ r }) => r !== undefined)
      .map(({ kind, r }): [string, string] => [
        `${DOCUMENT_KIND_LABELS[kind]} ${kind}`,
        `issued ${r!.issued}${r!.superseded > 0 ? ` (${r!.superseded} superseded)` : ''}, ` +
          `served ${r!.served}: ${methods(kind) || '—'}`,
      ]),
    [
      'all documents',
      `issued ${sum('issued')} (${sum('superseded')} superseded, ${sum('drafts')} drafts), ` +
        `served ${sum('served')}: ${methods(null)}; ` +
        `${notYet.n} public notice(s) not in effect yet (30 days)`,
    ],
  ]);
  const [w] = await s.db.query<Record<string, number>[]>(
    `SELECT count(*)::int AS lawsuits,
            count(*) FILTER (WHERE d.n > 1)::int AS co_defendants,
            count(*) FILTER (WHERE d.n = 1 AND d.organ)::int AS organ_alone,
            count(reconsideration_case_id)::int AS linked,
            (SELECT count(*) FROM litigation_instances WHERE stage = 'SECOND_INSTANCE')::int
              AS appeals,
            (SELECT count(*) FROM litigation_instances
              WHERE stage = 'SECOND_INSTANCE' AND judgment IS NOT NULL)::int AS appeals_judged
       FROM litigation_cases l
       JOIN LATERAL (SELECT count(*) AS n, bool_or(a.kind = 'RECONSIDERATION_ORGAN') AS organ
                       FROM litigation_defendants t JOIN agencies a ON a.id = t.agency_id
                      WHERE t.litigation_case_id = l.id) d ON true`,
  );
  table('Lawsuits', [
    ['lawsuits (linked to a reconsideration case)', `${w.lawsuits} (${w.linked})`],
    ['respondent and organ co-defendants (ALL Art. 26 ¶2)', w.co_defendants],
    ['the organ alone (the decision changed the act)', w.organ_alone],
    ['appeals 二审 (judged)', `${w.appeals} (${w.appeals_judged})`],
  ]);
  table(
    'Instances by stage and judgment',
    (
      await countsBy(
        s,
        `SELECT stage::text || ' ' || COALESCE(judgment::text, 'OPEN') AS k, count(*)::int AS n
           FROM litigation_instances GROUP BY 1, stage ORDER BY stage, 2 DESC, 1`,
      )
    ).map(([k, n]): [string, number] => {
      const [stage, kind] = k.split(' ');
      const label = JUDGMENT_KIND_LABELS[kind as JudgmentKind] ?? '审理中';
      return [`${LITIGATION_STAGE_LABELS[stage as LitigationStage]} ${label} ${kind}`, n];
    }),
  );
  const [h] = await s.db.query<Record<string, number>[]>(
    `SELECT count(*)::int AS hearings,
            count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
            count(*) FILTER (WHERE status = 'SCHEDULED' AND scheduled_at <= $1)::int AS held,
            count(*) FILTER (WHERE status = 'SCHEDULED' AND scheduled_at > $1)::int AS ahead,
            (SELECT count(*) FROM (SELECT instance_id FROM hearings
                                    WHERE status = 'SCHEDULED' AND scheduled_at <= $1
                                    GROUP BY 1 HAVING count(*) > 1) m)::int AS several
       FROM hearings`,
    [now],
  );
  const [a] = await s.db.query<Record<string, number>[]>(
    `SELECT count(*)::int AS duties,
            count(*) FILTER (WHERE a.appearance = 'ATTENDED')::int AS attended,
            count(*) FILTER (WHERE a.appearance = 'EXCUSED')::int AS excused,
            count(*) FILTER (WHERE a.appearance = 'ABSENT')::int AS absent,
            count(*) FILTER (WHERE a.appearance IS NULL)::int AS unrecorded,
            count(*) FILTER (WHERE a.attendee_role = ANY($2::attendee_role[])
                               AND NOT a.identity_proof_submitted)::int AS no_proof,
            count(a.court_notice_served_on)::int AS notices,
            count(*) FILTER (WHERE a.court_notice_served_on + 3
                               > (h.scheduled_at AT TIME ZONE 'Asia/Shanghai')::date)::int
              AS notices_late
       FROM hearing_appearances a JOIN hearings h ON h.id = a.hearing_id
      WHERE h.status = 'SCHEDULED' AND h.scheduled_at <= $1`,
    [now, HEAD_ROLES],
  );
  const roles = await countsBy(
    s,
    `SELECT COALESCE(a.attendee_role::text, 'NOBODY') AS k, count(*)::int AS n
       FROM hearing_appearances a JOIN hearings h ON h.id = a.hearing_id
      WHERE h.status = 'SCHEDULED' AND h.scheduled_at <= $1 AND a.recorded_at IS NOT NULL
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    [now],
  );
  const reasons = await countsBy(
    s,
    `SELECT absence_reason::text AS k, count(*)::int AS n FROM hearing_appearances
      WHERE absence_reason IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  table('Hearings (held: one duty per defendant, the office recording who appeared)', [
    ['hearings (cancelled / ahead of today)', `${h.hearings} (${h.cancelled} / ${h.ahead})`],
    ['held (instances with several held)', `${h.held} (${h.several})`],
    [
      'held × defendant: attended / excused / absent / not recorded yet',
      `${a.duties}: ${a.attended} / ${a.excused} / ${a.absent} / ${a.unrecorded}`,
    ],
    [
      'who appeared',
      roles
        .map(([k, n]) => `${ATTENDEE_ROLE_LABELS[k as AttendeeRole] ?? '无人出庭'} ${k} ${n}`)
        .join(', '),
    ],
    ['a head without identity proof (Art. 6 ¶2)', a.no_proof],
    [
      'excused, by reason (Arts. 8–9)',
      reasons
        .map(([k, n]) => `${ABSENCE_REASON_LABELS[k as AbsenceReason]} ${k} ${n}`)
        .join(', ') || '—',
    ],
    ['court notices 出庭通知书 (served late, Art. 5 ¶2)', `${a.notices} (${a.notices_late})`],
  ]);
  // Per case and instance as the lawsuits' own views count it (instanceDuty, SPC 2020 Art. 7).
  const duties = new Map<HeadAppearance | 'NONE', number>();
  let instances = 0;
  for (let cursor: string | undefined; ;) {
    const page = await s.litigation.list(reader, { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const l of page.items) {
      for (const i of l.instances) {
        instances += 1;
        for (const d of i.headDuties) {
          const k = d.duty ?? 'NONE';
          duties.set(k, (duties.get(k) ?? 0) + 1);
        }
      }
    }
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  const duty = (k: HeadAppearance): number => duties.get(k) ?? 0;
  const heard =
    duty(HeadAppearance.ATTENDED) + duty(HeadAppearance.EXCUSED) + duty(HeadAppearance.ABSENT);
  table('Head attendance, all time', [
    [
      'per case and instance (Art. 7): instance × defendant heard',
      `${heard}: ${HEAD_APPEARANCE_LABELS.ATTENDED} ${duty(HeadAppearance.ATTENDED)}, ` +
        `${HEAD_APPEARANCE_LABELS.EXCUSED} ${duty(HeadAppearance.EXCUSED)}, ` +
        `${HEAD_APPEARANCE_LABELS.ABSENT} ${duty(HeadAppearance.ABSENT)} ` +
        `(${instances} instances; ${duties.get('NONE') ?? 0} instance × defendant with no hearing held)`,
    ],
    ['  rate per case and instance', ratio(fraction(duty(HeadAppearance.ATTENDED), heard))],
    [
      'per hearing: held × defendant recorded',
      `${a.duties - a.unrecorded}: attended ${a.attended}`,
    ],
    ['  rate per hearing', ratio(fraction(a.attended, a.duties - a.unrecorded))],
  ]);
  const [j] = await s.db.query<Record<string, number>[]>(
    `SELECT count(*)::int AS n, count(answered_on)::int AS answered,
            count(*) FILTER (WHERE answered_on > due_on)::int AS late,
            count(*) FILTER (WHERE answered_on IS NULL AND due_on < $1::date)::int AS overdue,
            count(*) FILTER (WHERE answered_on IS NULL AND due_on >= $1::date)::int AS pending
       FROM judicial_recommendations`,
    [today],
  );
  table('Judicial recommendations 司法建议', [
    ['received', j.n],
    ['answered (late)', `${j.answered} (${j.late})`],
    ['unanswered: overdue / not yet due', `${j.overdue} / ${j.pending}`],
  ]);
  table(
    'Reminder letters (kind / status: count, acknowledged)',
    (
      await s.db.query<{ kind: string; status: string; n: number; ack: number }[]>(
        `SELECT kind::text, status::text, count(*)::int AS n, count(acknowledged_at)::int AS ack
           FROM reminder_letters GROUP BY 1, 2 ORDER BY 1, 2`,
      )
    ).map((r): [string, string] => [`${r.kind} ${r.status}`, `${r.n}, ${r.ack}`]),
  );

  const year = Number(today.slice(0, 4));
  const periods = [
    { year: year - 1, from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
    { year, from: `${year}-01-01`, to: today },
  ];
  for (const { year: y, from, to } of periods) {
    const title = `${from} – ${to}`;
    const r = (await s.statistics.reconsideration(null, from, to, null)).total;
    const l = (await s.statistics.litigation(from, to, null)).total;
    table(`StatisticsService, ${title}: reconsideration`, [
      ['received', r.received],
      ['preCaseMediated', r.preCaseMediated],
      ['concluded', r.concluded],
      ['handled', r.handled],
      [
        'byDecision',
        Object.entries(r.byDecision)
          .filter(([, n]) => n > 0)
          .map(([o, n]) => `${OUTCOME_LABELS[o as Outcome]}${n}`)
          .join(' '),
      ],
      ['merits (corrected)', `${r.merits} (${r.corrected})`],
      ['correctionRate', ratio(r.correctionRate)],
      ['pending (overdue)', `${r.pending} (${r.overdue})`],
      ['onTimeRate', ratio(r.onTimeRate)],
      ['recommendationLetters', r.recommendationLetters],
      [
        'formalHearingsHeld (head attended)',
        `${r.formalHearingsHeld} (${r.formalHearingHeadAttended})`,
      ],
      ['formalHearingHeadAttendanceRate', ratio(r.formalHearingHeadAttendanceRate)],
    ]);
    table(`StatisticsService, ${title}: litigation`, [
      ['lawsuits', l.lawsuits],
      ['reminderLetters', l.reminderLetters],
      [
        'instancesHeard (head attended / excused)',
        `${l.instancesHeard} (${l.instancesHeadAttended} / ${l.instancesHeadExcused})`,
      ],
      ['headAttendanceRate (per case and instance)', ratio(l.headAttendanceRate)],
      [
        'hearingsHeld (head attended / excused)',
        `${l.hearingsHeld} (${l.hearingsHeadAttended} / ${l.hearingsHeadExcused})`,
      ],
      ['headAttendanceRateByHearing', ratio(l.headAttendanceRateByHearing)],
      ['judgments (lost)', `${l.judgments} (${l.lost})`],
      [
        'byJudgment',
        Object.entries(l.byJudgment)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${JUDGMENT_KIND_LABELS[k as JudgmentKind]}${n}`)
          .join(' ') || '—',
      ],
      ['lossRate', ratio(l.lossRate)],
      [
        'judicialRecommendations (answered / overdue)',
        `${l.judicialRecommendations} (${l.judicialRecommendationsAnswered} / ` +
          `${l.judicialRecommendationsOverdue})`,
      ],
    ]);
    console.log(`\nrenderYearReport(${y}), figures ${title}:`);
    console.log(`  ${renderYearReport(y, r, l).trim()}`);
  }
}

// --- main -----------------------------------------------------------------------------------------

async function seed(
  s: Services,
  calendar: CalendarService,
  clock: DemoClock,
  force: boolean,
): Promise<void> {
  const started = Date.now();
  const now = Date.now();
  const today = dateOf(now);
  clock.set(now);

  const names = AGENCIES.map((a) => a.name);
  const present = await s.db.getRepository(AgencyEntity).countBy({ name: In(names) });
  const cases = await s.db.getRepository(CaseEntity).count();
  if (present > 0 && !force) {
    console.log('demo data already loaded');
    return;
  }
  if (cases > 0 && !force) {
    throw new Error(
      `the database already holds ${cases} case(s); the demo is meant for an empty database ` +
        '(pass --force to add it anyway)',
    );
  }

  const admin = await administrator(s);
  const organised = await organisations(s, admin);
  const { agencies } = organised;
  const staff = await people(s, admin, agencies, organised.offices);
  const byUsername = new Map(staff.map((p) => [p.actor.username, p]));
  for (const a of agencies) {
    const liaison = STAFF.find((u) => u.agency === a.key);
    a.liaison = liaison ? byUsername.get(liaison.username)!.actor : null;
  }
  const offices: Office[] = organised.offices.map((o) => ({
    ...o,
    agentActor: byUsername.get(o.agent)!.actor,
  }));
  const taken = new Set(
    (
      await s.db.query<{ k: string }[]>(
        `SELECT court || '|' || court_case_number AS k FROM litigation_instances`,
      )
    ).map((r) => r.k),
  );

  const cal = await calendar.exceptions();
  const district = new DemoDistrict(
    s,
    clock,
    cal,
    now,
    today,
    agencies,
    organised.organ,
    offices,
    staff,
    taken,
    SEED + cases,
  );
  const { steps, future } = await district.run();

  // Back to the real time: what the worker would have done by now.
  clock.set(now);
  await s.intake.deemAccepted(today);
  await s.intake.abandonExpired(today);
  await s.reminders.issueDue(new Date(now));
  await s.alerts.raise(new Date(now));
  if (!s.env.NOTIFY_WEBHOOK_URL) {
    // No webhook: the in-app listing is the channel, as the worker would mark it.
    while ((await s.delivery.deliverDue(500)).delivered > 0);
  }

  console.log(
    `\nLoaded the demo district in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${steps} steps replayed from ${addDays(today, -HISTORY_DAYS)} to ${today}, ` +
      `${future} planned after now left to the future.`,
  );
  console.log(`\nUsers (demo password for the new ones: ${DEMO_PASSWORD}):`);
  console.log(`  ${admin.username.padEnd(18)} ${ROLE_LABELS[Role.ADMIN]} (ADMIN_PASSWORD)`);
  for (const p of staff) {
    const binding =
      offices.find((o) => o.id === p.actor.officeId)?.name ??
      agencies.find((a) => a.id === p.actor.agencyId)?.name ??
      '';
    const heads = [
      ...(p.headsOffice ? ['行政复议机构负责人 headsOffice'] : []),
      ...(p.headsOrgan ? ['行政复议机关负责人 headsOrgan'] : []),
    ];
    console.log(
      `  ${p.actor.username.padEnd(18)} ${ROLE_LABELS[p.actor.role]} ${p.actor.role} ` +
        `${p.displayName}${binding && !p.displayName.includes(binding) ? ` – ${binding}` : ''}` +
        `${heads.length > 0 ? ` – ${heads.join(', ')}` : ''}` +
        `${p.created ? '' : ' (existed, password unchanged)'}`,
    );
  }
  const reader = staff.find((p) => p.actor.role === Role.OFFICER)!.actor;
  await summary(s, reader, today, new Date(now));
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  // Quiet by default: the steps would log every request-free service line otherwise.
  process.env.LOG_LEVEL = process.env.SEED_LOG_LEVEL || 'warn';
  if (DEMO_PASSWORD.length < 10) throw new Error('DEMO_PASSWORD needs at least 10 characters');
  const clock = new DemoClock();
  const { app, s, calendar } = await boot(clock);
  try {
    await seed(s, calendar, clock, force);
  } finally {
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
