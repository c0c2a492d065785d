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
 * A fixed pseudo-random seed makes runs on the same day identical. Idempotent: when the demo
 * agencies exist it prints "demo data already loaded" and exits 0. A database that already holds
 * cases is refused unless `--force` is given, which reuses organisations and users by name and adds
 * one more batch of cases and lawsuits.
 *
 * Run it while no worker of the same installation (APP_ROLE=all or worker) is running on that
 * database: a worker's reminder sweep would see the back-dated hearings with the real clock.
 */
import 'reflect-metadata';
import { HttpException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource, In } from 'typeorm';
import type { AlertsService } from '../src/alerts/alerts.service';
import { Actor } from '../src/access/actor';
import { addDays, daysBetween, LocalDate, toLocalDate } from '../src/common/local-date';
import {
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
  TERMINATION_REASON_LABELS,
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
import { JUDGMENT_OUTCOME_LABELS, JudgmentOutcome } from '../src/litigation/litigation-case.enums';
import { HearingStatus } from '../src/litigation/hearing.enums';
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
import type { AnswerDto } from '../src/review/dto/answer.dto';
import { StayDecision, StayGround } from '../src/review/enforcement-stay.enums';
import type { ReviewService } from '../src/review/review.service';
import type { StaysService } from '../src/review/stays.service';
import { percent, Ratio } from '../src/statistics/rules/figures.rules';
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
 * recorded after it is the law's, of its last day), and stays of enforcement (Art. 42).
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
  | 'stay-by-respondent';
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
];
/** The act a course needs: its respondent's key and which of its acts. */
const COURSE_ACTS: Partial<Record<Course, [string, (t: ActTemplate) => boolean]>> = {
  // A penalty the applicant says they learned of only now, six years on (Art. 21).
  'time-barred': ['gongan', (t) => t.what.includes('殴打')],
  'stay-granted': ['zhzf', (t) => t.type === ActType.COERCIVE_MEASURE],
  'stay-refused': ['huanjing', (t) => t.type === ActType.PENALTY],
  'stay-by-respondent': ['zhujian', (t) => t.type === ActType.PENALTY],
};
const STANDALONE_LAWSUITS = 24;
/** Lawsuits brought against a reconsideration decision of the demo. */
const LINKED_LAWSUITS = 14;
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
}

const STAFF: StaffSeed[] = [
  { username: 'wang.jianguo', displayName: '王建国', role: Role.REVIEWER },
  { username: 'zhao.min', displayName: '赵敏', role: Role.REVIEWER },
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
const SUSPENSION_REASONS = [
  '案件审理需要以其他尚未审结的案件结果为依据，依照《中华人民共和国行政复议法》第三十九条的规定中止审理。',
  '申请人因不可抗力不能参加行政复议，依照《中华人民共和国行政复议法》第三十九条的规定中止审理。',
  '申请人与被申请人经本机关准许进行和解，依照《中华人民共和国行政复议法》第三十九条的规定中止审理。',
];
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
  [Outcome.DISMISS]: {
    article: '第六十九条',
    finding: '申请人的行政复议请求缺乏事实和法律依据',
    ruling: '驳回申请人的行政复议请求',
  },
};

/** Likely decisions per kind of act: correction rates of a real district, roughly. */
const DECISIONS: Record<ActType, readonly (readonly [Outcome, number])[]> = {
  [ActType.PENALTY]: [
    [Outcome.UPHOLD, 60],
    [Outcome.DISMISS, 15],
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
    [Outcome.UPHOLD, 45],
    [Outcome.DISMISS, 20],
    [Outcome.REVOKE, 18],
    [Outcome.CONFIRM_ILLEGAL, 10],
    [Outcome.ORDER_PERFORMANCE, 7],
  ],
  [ActType.COERCIVE_MEASURE]: [
    [Outcome.UPHOLD, 55],
    [Outcome.DISMISS, 20],
    [Outcome.CONFIRM_ILLEGAL, 17],
    [Outcome.REVOKE, 8],
  ],
  [ActType.LICENSING]: [
    [Outcome.UPHOLD, 60],
    [Outcome.DISMISS, 25],
    [Outcome.REVOKE, 12],
    [Outcome.CONFIRM_INVALID, 3],
  ],
  [ActType.REGISTRATION]: [
    [Outcome.UPHOLD, 55],
    [Outcome.DISMISS, 25],
    [Outcome.REVOKE, 14],
    [Outcome.CONFIRM_INVALID, 6],
  ],
  [ActType.EXPROPRIATION]: [
    [Outcome.UPHOLD, 55],
    [Outcome.DISMISS, 25],
    [Outcome.PARTIAL_REVOKE, 10],
    [Outcome.REVOKE, 10],
  ],
  [ActType.OTHER]: [
    [Outcome.UPHOLD, 55],
    [Outcome.DISMISS, 25],
    [Outcome.REVOKE, 17],
    [Outcome.CONFIRM_INVALID, 3],
  ],
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
  litigation: LitigationService;
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
    litigation: await import('../src/litigation/litigation.service'),
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
    litigation: app.get(m.litigation.LitigationService),
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
  decision: { type: Outcome; on: LocalDate } | null;
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

  constructor(
    private readonly s: Services,
    private readonly clock: DemoClock,
    private readonly cal: CalendarExceptions,
    private readonly now: number,
    private readonly today: LocalDate,
    private readonly agencies: Agency[],
    private readonly offices: Office[],
    people: Person[],
    private readonly takenCourtNumbers: Set<string>,
    private readonly seed: number,
  ) {
    this.rng = new Random(seed);
    this.timeline = new Timeline(clock, now);
    this.wd = (d) => rollForwardToWorkingDay(cal, d);
    this.start = addDays(today, -HISTORY_DAYS);
    this.reviewers = people.filter((p) => p.actor.role === Role.REVIEWER);
    this.officers = people.filter((p) => p.actor.role === Role.OFFICER);
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
    const forced = COURSE_ACTS[course];
    if (forced) {
      respondent = this.agencies.find((a) => a.key === forced[0])!;
      act = respondent.acts.find(forced[1])!;
    }
    const past = (): number => rng.int(90, HISTORY_DAYS - 10);
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
    const applicants = this.applicants(act);
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
      decision: null,
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
      requests: requestsFor(act.type, documentNumber),
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
      steps.add(servedOn, 'request supplement', async () => {
        const v = await this.s.intake.requestSupplement(handler.actor, id(), {
          items,
          noticeSentOn: sentOn,
          noticeServedOn: servedOn,
        });
        requestId = v.supplementRequests.find((r) => r.status === SupplementStatus.OPEN)!.id;
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
      steps.add(decideOn, `not accept (${timeliness})`, () =>
        this.s.intake.decideAcceptance(reviewer, id(), {
          accepted: false,
          reason,
          decidedOn: decideOn,
        }),
      );
      return;
    }
    // An accepted late application is dismissed once that is established (Art. 33).
    const dismissal = isLate ? LATE_DISMISSAL_REASON : null;
    if (course === 'deemed-acceptance' || (random && inPeriod && rng.chance(0.03))) {
      // Nobody decided within the review period: the night after its last day the run accepts the
      // application by law, on that day, under the ordinary procedure (Art. 30 ¶3).
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
    const procedure = course === 'extended' ? Procedure.ORDINARY : differs ? other : suggested;
    // Art. 53: a ground the facts support; with none, the parties' agreement given now (¶2).
    const simplifiedGround =
      procedure === Procedure.SIMPLIFIED
        ? (grounds[0] ?? SimplifiedGround.PARTIES_AGREE)
        : undefined;
    const recordedOn = decideOn;
    const { acceptedOn, deemed } = legalAcceptance(acceptanceDue, recordedOn);
    steps.add(
      recordedOn,
      `accept (${procedure}${simplifiedGround ? ` ${simplifiedGround}` : ''}${deemed ? ', deemed' : ''})`,
      () =>
        this.s.intake.decideAcceptance(handler.actor, id(), {
          accepted: true,
          procedure,
          acceptedOn: recordedOn,
          ...(simplifiedGround ? { simplifiedGround } : {}),
        }),
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
   * dismissal of the application, suspension, extension, termination or a decision with its
   * approval, and letters. `acceptedOn` is the legal day of acceptance; `actFrom` the first day
   * the office acts on it (the day after, for an acceptance by the nightly run).
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
    // Handed over (直接送达): the receipt is signed at once; by post it comes back later.
    const receiptDays = rng.int(0, 2);
    const copy = receiptDays === 0 ? { sentOn, receivedOn: sentOn } : { sentOn };
    steps.add(sentOn, `send answer copy${sentOn > copyDue ? ' (late)' : ''}`, () =>
      this.s.answers.recordCopy(handler.actor, id(), copy),
    );

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
        steps.add(copyReceivedOn, 'answer copy received', () =>
          this.s.answers.recordCopy(handler.actor, id(), { receivedOn: copyReceivedOn }),
        );
      }
      const answerDue = answerDueOn(cal, copyReceivedOn, procedure);
      const when = rng.weighted([
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
      steps.add(decidedOn, 'dismiss application (Art. 33)', () =>
        this.s.intake.dismissApplication(reviewer, id(), { reason, decidedOn }),
      );
      return;
    }

    const terminates = random && rng.chance(0.13);
    if (course === 'suspended' || (random && rng.chance(0.08))) {
      const suspendedOn = later(
        addWorkingDays(cal, steps.last, 1),
        wd(addDays(acceptedOn, rng.int(8, 22))),
      );
      const reason = rng.pick(SUSPENSION_REASONS);
      steps.add(suspendedOn, 'suspend', () =>
        this.s.review.suspend(handler.actor, id(), { reason, suspendedOn }),
      );
      if (course === 'suspended') return;
      if (terminates && rng.chance(0.4)) {
        // Settled while suspended (和解): the application is withdrawn.
        const concludedOn = wd(addDays(suspendedOn, rng.int(5, 20)));
        steps.add(concludedOn, 'terminate while suspended', () =>
          this.s.review.terminate(handler.actor, id(), {
            reason: TerminationReason.SETTLED,
            concludedOn,
          }),
        );
        return;
      }
      const resumedOn = wd(addDays(suspendedOn, rng.int(10, 45)));
      steps.add(resumedOn, 'resume', () =>
        this.s.review.resume(handler.actor, id(), { resumedOn }),
      );
      addedDays += daysBetween(suspendedOn, resumedOn);
      due = decisionDueOn(cal, acceptedOn, procedure, addedDays);
    }

    const unextendedDue = due;
    if (course === 'extended') {
      const extendedOn = later(steps.last, wd(addDays(due, -rng.int(4, 10))));
      const days = rng.pick([15, 20, 30]);
      const reviewer = rng.pick(this.reviewers.filter((r) => r !== handler)).actor;
      steps.add(extendedOn, `extend ${days} days`, () =>
        this.s.review.extend(reviewer, id(), {
          reason: '案情重大、复杂，不能在规定期限内作出行政复议决定，经批准延长审理期限。',
          days,
        }),
      );
      addedDays += days;
      due = decisionDueOn(cal, acceptedOn, procedure, addedDays);
    }

    if (terminates) {
      // Not MEDIATED: under the 2023 law a mediation in review closes as 调解结案 (Art. 73), not
      // as a termination; that reason is kept for old records only.
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
      steps.add(concludedOn, `terminate (${reason})`, () =>
        this.s.review.terminate(handler.actor, id(), { reason, concludedOn }),
      );
      return;
    }

    // The decision: drafted by the handler, approved by a reviewer who did not draft it; with no
    // answer, only once the answer's last day has passed.
    const span = Math.max(daysBetween(steps.last, due), 6);
    let draftedOn =
      course === 'extended'
        ? later(steps.last, wd(addDays(unextendedDue, rng.int(1, 8)))) // the extra time was needed
        : earlier(wd(addDays(steps.last, rng.int(Math.floor(span * 0.4), span - 5))), due);
    if (answerMissedFrom !== null && record.art70) {
      draftedOn = earlier(later(draftedOn, answerMissedFrom), due);
    }
    const art70 = record.art70;
    const decision = {
      type: art70 ? this.art70Outcome(act) : rng.weighted(DECISIONS[act.type]),
      on: draftedOn,
    };
    record.decision = decision;
    const approver = rng.pick(this.reviewers.filter((r) => r !== handler)).actor;
    const draft = (type: () => Outcome) => (): Promise<unknown> => {
      const t = MERITS_TEXT[type()];
      // Art. 70 decides a correction; a first draft upholding the act is returned.
      const noAnswer = art70 && CORRECTING_OUTCOMES.includes(type());
      const finding = noAnswer ? ART70_FINDING : t.finding;
      const articles = noAnswer ? ['第七十条', t.article] : [t.article];
      return this.s.review.draftDecision(handler.actor, id(), {
        type: type(),
        reasoning:
          `申请人${record.plaintiff}不服被申请人${record.respondent.name}${record.act.what}，` +
          `于${receivedOn}向本机关申请行政复议，本机关依法受理，适用${PROCEDURE_LABELS[procedure]}审理。` +
          `经审理查明：${finding}。依照《中华人民共和国行政复议法》${articles.join('、')}的规定，` +
          `本机关决定：${t.ruling}。`,
        legalBasis: articles.map((a) => `《中华人民共和国行政复议法》${a}`),
      });
    };
    let approvedOn: LocalDate;
    if (random && rng.chance(0.15)) {
      const firstType = rng.chance(0.5) ? rng.pick(MERITS_OUTCOMES) : decision.type;
      const returnedOn = earlier(wd(addDays(draftedOn, rng.int(1, 4))), due);
      const redraftedOn = earlier(wd(addDays(returnedOn, rng.int(1, 5))), due);
      approvedOn = earlier(wd(addDays(redraftedOn, rng.int(1, 4))), due);
      const comment = rng.pick(REJECTION_COMMENTS);
      steps.add(
        draftedOn,
        'draft decision',
        draft(() => firstType),
      );
      steps.add(returnedOn, 'return draft', () =>
        this.s.review.review(approver, id(), { approved: false, comment }),
      );
      steps.add(
        redraftedOn,
        'redraft decision',
        draft(() => decision.type),
      );
    } else {
      approvedOn = earlier(wd(addDays(draftedOn, rng.int(1, 5))), due);
      steps.add(
        draftedOn,
        'draft decision',
        draft(() => decision.type),
      );
    }
    if (random && rng.chance(0.04)) approvedOn = wd(addDays(due, rng.int(1, 12))); // decided late
    const decidedOn = approvedOn;
    decision.on = decidedOn;
    steps.add(decidedOn, 'approve decision', () =>
      this.s.review.review(approver, id(), { approved: true, decidedOn }),
    );

    // 建议书 / 意见书 after a third of the corrections.
    if (CORRECTING_OUTCOMES.includes(decision.type) && rng.chance(0.33)) {
      const issuedOn = wd(addDays(decidedOn, rng.int(3, 20)));
      const kind = rng.chance(0.55) ? LetterKind.RECOMMENDATION : LetterKind.OPINION;
      steps.add(issuedOn, `issue ${kind}`, () =>
        this.s.review.issueLetter(handler.actor, id(), {
          kind,
          agencyId: record.respondent.id,
          issuedOn,
          content:
            `${record.respondent.name}：本机关在办理${record.number}行政复议案件中发现，` +
            `你单位在${ACT_TYPE_LABELS[record.act.type]}工作中存在事实调查不够充分、` +
            '法律文书说理不足等问题。现提出以下意见：一是严格执行行政执法“三项制度”，' +
            '全面准确收集、审查证据；二是加强执法人员法律知识培训，提高文书制作质量。' +
            `请于收到本${LETTER_KIND_LABELS[kind]}之日起六十日内将整改情况书面报送本机关。`,
        }),
      );
    }
  }

  /** Every one of the eight merits decisions shows up among the decided cases. */
  private coverEveryDecision(): void {
    const decided = this.records.filter((r) => r.decision && r.decision.on <= this.today);
    for (const type of MERITS_OUTCOMES) {
      if (decided.some((r) => r.decision!.type === type)) continue;
      const count = (t: Outcome): number => decided.filter((r) => r.decision!.type === t).length;
      const donor = decided.find((r) => !r.art70 && count(r.decision!.type) > 3);
      if (donor) donor.decision!.type = type;
    }
  }

  private applicants(act: ActTemplate): ApplicantDto[] {
    const { rng } = this;
    if (rng.chance(act.org ?? 0.04)) return [this.organisation()];
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

  private planLawsuits(): void {
    const { rng } = this;
    interface Suit {
      filedOn: LocalDate;
      agency: Agency;
      plaintiff: string;
      cause: string;
      from: CaseRecord | null;
      hearingInDays: number | null;
    }
    const suits: Suit[] = [];
    const standalone = (filedOn: LocalDate, hearingInDays: number | null): Suit => {
      const agency = rng.weighted(this.agencies.map((a) => [a, a.sued] as const));
      const act = rng.weighted(agency.acts.map((t) => [t, t.weight] as const));
      const plaintiff = rng.chance(act.org ?? 0.05)
        ? `${rng.pick(COMPANY_WORDS)}${rng.pick(INDUSTRIES)}有限公司`
        : this.personName();
      return {
        filedOn,
        agency,
        plaintiff,
        cause: act.cause ?? CAUSES[act.type],
        from: null,
        hearingInDays,
      };
    };
    for (let i = 0; i < STANDALONE_LAWSUITS; i += 1) {
      suits.push(standalone(addDays(this.start, rng.int(10, HISTORY_DAYS - 5)), null));
    }
    // 复议后起诉: within fifteen days of a decision the applicant did not accept.
    const disputed = this.records.filter(
      (r) =>
        r.decision &&
        [Outcome.UPHOLD, Outcome.DISMISS, Outcome.PARTIAL_REVOKE].includes(r.decision.type) &&
        r.decision.on <= addDays(this.today, -60),
    );
    for (const r of rng.some(disputed, LINKED_LAWSUITS)) {
      suits.push({
        filedOn: addDays(r.decision!.on, rng.int(7, 14)),
        agency: r.respondent,
        plaintiff: r.plaintiff,
        cause: `${r.act.cause ?? CAUSES[r.act.type]}及行政复议`,
        from: r,
        hearingInDays: null,
      });
    }
    for (const days of FUTURE_HEARINGS_IN_DAYS) {
      suits.push(standalone(addDays(this.today, -rng.int(20, 40)), days));
    }
    suits.sort((a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : 0));
    for (const suit of suits) {
      const court = rng.weighted(COURTS.map((c) => [c, c.weight] as const));
      this.planLawsuit(suit, court.name, this.courtCaseNumber(court, suit.filedOn));
    }
  }

  /** (2025)浙0102行初37号: numbered per court and year, never one taken already. */
  private courtCaseNumber(court: (typeof COURTS)[number], filedOn: LocalDate): string {
    const year = filedOn.slice(0, 4);
    const key = `${court.code}/${year}`;
    let n = this.courtNumbers.get(key) ?? this.rng.int(8, 30);
    let number: string;
    do {
      n += this.rng.int(1, 9);
      number = `(${year})${court.code}行初${n}号`;
    } while (this.takenCourtNumbers.has(`${court.name}|${number}`));
    this.courtNumbers.set(key, n);
    return number;
  }

  private planLawsuit(
    suit: {
      filedOn: LocalDate;
      agency: Agency;
      plaintiff: string;
      cause: string;
      from: CaseRecord | null;
      hearingInDays: number | null;
    },
    court: string,
    courtCaseNumber: string,
  ): void {
    const { rng, wd } = this;
    const officer = rng.pick(this.officers).actor;
    const lawsuit: { id: string | null } = { id: null };
    const label = (what: string) => () => `lawsuit ${courtCaseNumber}: ${what}`;
    const enteredAt = at(wd(addDays(suit.filedOn, rng.int(2, 6))), 10 * 60 + rng.int(0, 360));
    this.timeline.add(enteredAt, label('register'), async () => {
      const v = await this.s.litigation.create(officer, {
        court,
        courtCaseNumber,
        plaintiff: suit.plaintiff,
        defendantAgencyId: suit.agency.id,
        cause: suit.cause,
        ...(suit.from ? { reconsiderationCaseId: suit.from.id! } : {}),
        filedOn: suit.filedOn,
      });
      lawsuit.id = v.id;
    });

    const courtroom = rng.chance(0.3) ? '行政审判庭' : `第${rng.int(1, 8)}法庭`;
    const hearingTime = (date: LocalDate): number =>
      at(wd(date), rng.chance(0.6) ? 9 * 60 + 30 : 14 * 60 + 30);

    if (suit.hearingInDays !== null) {
      // Ahead of today: its letters go out (or wait) as the reminder plan says.
      const scheduledAt = enteredAt + rng.int(1, 3) * DAY;
      this.planHearing(lawsuit, officer, suit.agency, court, courtroom, label, {
        scheduledAt,
        hearingAt: hearingTime(addDays(this.today, suit.hearingInDays)),
      });
      return;
    }

    const firstScheduledAt = enteredAt + rng.int(3, 15) * DAY + rng.int(0, 120) * MINUTE;
    let last = this.planHearing(lawsuit, officer, suit.agency, court, courtroom, label, {
      scheduledAt: firstScheduledAt,
      hearingAt: hearingTime(dateOf(firstScheduledAt + rng.int(10, 35) * DAY)),
    });
    if (rng.chance(0.12)) {
      // 二次开庭
      const scheduledAt = last + rng.int(3, 10) * DAY;
      last = this.planHearing(lawsuit, officer, suit.agency, court, courtroom, label, {
        scheduledAt,
        hearingAt: hearingTime(dateOf(scheduledAt + rng.int(10, 30) * DAY)),
      });
    }
    const outcome = rng.weighted([
      [JudgmentOutcome.AGENCY_WON, 62],
      [JudgmentOutcome.AGENCY_LOST, 15],
      [JudgmentOutcome.WITHDRAWN, 15],
      [JudgmentOutcome.SETTLED, 8],
    ] as const);
    const judgedOn = wd(addDays(dateOf(last), rng.int(10, 45)));
    this.timeline.add(at(judgedOn, 15 * 60), label(`judgment ${outcome}`), () =>
      this.s.litigation.judgment(officer, lawsuit.id!, { outcome, judgedOn }),
    );
  }

  /**
   * One hearing: scheduled (letters planned by the service), maybe moved or cancelled and set
   * again, the letter acknowledged by the agency, attendance recorded afterwards. Returns the
   * instant it finally took place.
   */
  private planHearing(
    lawsuit: { id: string | null },
    officer: Actor,
    agency: Agency,
    court: string,
    courtroom: string,
    label: (what: string) => () => string,
    when: { scheduledAt: number; hearingAt: number },
  ): number {
    const { rng } = this;
    const hearing: HearingRecord = { id: null, at: when.hearingAt };
    this.timeline.add(when.scheduledAt, label('schedule hearing'), async () => {
      const v = await this.s.litigation.scheduleHearing(officer, lawsuit.id!, {
        scheduledAt: new Date(hearing.at).toISOString(),
        court,
        courtroom,
      });
      hearing.id = v.id;
      this.planSweeps(hearing.at);
    });
    this.planAcknowledgement(hearing, agency, officer, label, when.scheduledAt, when.hearingAt);

    const change = rng.next();
    if (change < 0.12) {
      // 改期: letters for the new time, none for the old.
      const movedAt = Math.max(
        when.scheduledAt + HOUR,
        when.hearingAt - rng.int(1, 5) * DAY - 3 * HOUR,
      );
      const newAt = at(
        this.wd(addDays(dateOf(when.hearingAt), rng.int(5, 20))),
        rng.chance(0.5) ? 9 * 60 + 30 : 14 * 60 + 30,
      );
      this.timeline.add(movedAt, label('reschedule hearing'), async () => {
        await this.s.litigation.updateHearing(officer, lawsuit.id!, hearing.id!, {
          scheduledAt: new Date(newAt).toISOString(),
        });
        hearing.at = newAt;
        this.planSweeps(newAt);
      });
      this.planAcknowledgement(hearing, agency, officer, label, movedAt, newAt);
      this.planAttendance(lawsuit, hearing, agency, officer, label, newAt);
      return newAt;
    }
    if (change < 0.16) {
      // Cancelled (the court changed the panel), then set again.
      const cancelledAt = Math.max(
        when.scheduledAt + HOUR,
        when.hearingAt - rng.int(1, 4) * DAY - 3 * HOUR,
      );
      this.timeline.add(cancelledAt, label('cancel hearing'), () =>
        this.s.litigation.updateHearing(officer, lawsuit.id!, hearing.id!, {
          status: HearingStatus.CANCELLED,
        }),
      );
      const scheduledAt = cancelledAt + rng.int(3, 10) * DAY;
      return this.planHearing(lawsuit, officer, agency, court, courtroom, label, {
        scheduledAt,
        hearingAt: at(this.wd(dateOf(scheduledAt + rng.int(10, 30) * DAY)), 9 * 60 + 30),
      });
    }
    this.planAttendance(lawsuit, hearing, agency, officer, label, when.hearingAt);
    return when.hearingAt;
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

  /** The liaison (or the officer, for agencies without one) confirms who will attend. */
  private planAcknowledgement(
    hearing: HearingRecord,
    agency: Agency,
    officer: Actor,
    label: (what: string) => () => string,
    scheduledAt: number,
    hearingAt: number,
  ): void {
    const { rng } = this;
    const letterAt = Math.max(scheduledAt, hearingAt - this.s.env.REMINDER_LETTER_DAYS * DAY);
    const ackAt = letterAt + rng.int(2, 40) * HOUR;
    if (ackAt >= hearingAt - 2 * HOUR || rng.chance(0.15)) return;
    const actor = agency.liaison ?? officer;
    const deputy = rng.chance(0.15);
    this.timeline.add(ackAt, label('acknowledge reminder letter'), async () => {
      if (!hearing.id) return;
      const page = await this.s.letters.list(actor, { limit: 20, hearingId: hearing.id });
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

  /** After the hearing: who appeared for the agency (负责人出庭 in most). */
  private planAttendance(
    lawsuit: { id: string | null },
    hearing: HearingRecord,
    agency: Agency,
    officer: Actor,
    label: (what: string) => () => string,
    hearingAt: number,
  ): void {
    const { rng } = this;
    const who = rng.weighted([
      ['head', 72],
      ['deputy', 16],
      ['staff', 12],
    ] as const);
    const actor = agency.liaison && rng.chance(0.4) ? agency.liaison : officer;
    const staffTitle = agency.kind === AgencyKind.TOWNSHIP_GOVERNMENT ? '综治办主任' : '法制科科长';
    const attendance =
      who === 'head'
        ? { headAttended: true, attendeeName: agency.headName, attendeeTitle: agency.headTitle }
        : who === 'deputy'
          ? {
              headAttended: true,
              attendeeName: agency.deputyName,
              attendeeTitle: agency.deputyTitle,
            }
          : { headAttended: false, attendeeName: this.personName(), attendeeTitle: staffTitle };
    this.timeline.add(hearingAt + rng.int(3, 30) * HOUR, label('record attendance'), () =>
      this.s.litigation.recordAttendance(actor, lawsuit.id!, hearing.id!, attendance),
    );
  }
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
): Promise<{ agencies: Agency[]; offices: (OfficeSeed & { id: string })[] }> {
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
  const offices: (OfficeSeed & { id: string })[] = [];
  for (const o of OFFICES) {
    const found = await s.db.getRepository(JudicialOfficeEntity).findOneBy({ name: o.name });
    const id =
      found?.id ??
      (await s.organizations.createOffice(admin, { name: o.name, township: o.township })).id;
    offices.push({ ...o, id });
  }
  return { agencies, offices };
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
    const user =
      found ??
      (await s.users.create(admin, {
        username: u.username,
        displayName: u.displayName,
        password: DEMO_PASSWORD,
        role: u.role,
        ...(officeId ? { officeId } : {}),
        ...(agencyId ? { agencyId } : {}),
      }));
    result.push({ actor: toActor(user), displayName: user.displayName, created: !found });
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

async function summary(s: Services, today: LocalDate, now: Date): Promise<void> {
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
            count(*) FILTER (WHERE termination_reason = 'WITHDRAWN')::int AS withdrawn,
            count(*) FILTER (WHERE termination_reason = 'SETTLED')::int AS settled,
            count(*) FILTER (WHERE termination_reason = 'MEDIATED')::int AS mediated,
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
    [
      `terminations ${TERMINATION_REASON_LABELS.WITHDRAWN}/${TERMINATION_REASON_LABELS.SETTLED}/${TERMINATION_REASON_LABELS.MEDIATED}`,
      `${c.withdrawn} / ${c.settled} / ${c.mediated}`,
    ],
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
  table('Lawsuits by judgment', [
    ...(
      await countsBy(
        s,
        `SELECT COALESCE(judgment::text, 'OPEN') AS k, count(*)::int AS n FROM litigation_cases
          GROUP BY 1 ORDER BY 2 DESC`,
      )
    ).map(([k, n]): [string, number] => [
      `${JUDGMENT_OUTCOME_LABELS[k as JudgmentOutcome] ?? '审理中'} ${k}`,
      n,
    ]),
  ]);
  const [h] = await s.db.query<Record<string, number>[]>(
    `SELECT count(*)::int AS hearings,
            count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
            count(*) FILTER (WHERE status = 'SCHEDULED' AND scheduled_at <= $1)::int AS held,
            count(*) FILTER (WHERE status = 'SCHEDULED' AND scheduled_at > $1)::int AS ahead,
            count(*) FILTER (WHERE head_attended)::int AS head,
            count(*) FILTER (WHERE status = 'SCHEDULED' AND scheduled_at <= $1
                               AND attendance_recorded_at IS NULL)::int AS unrecorded
       FROM hearings`,
    [now],
  );
  table('Hearings', [
    ['hearings (cancelled)', `${h.hearings} (${h.cancelled})`],
    ['held (head or deputy head attended)', `${h.held} (${h.head})`],
    ['held, attendance not recorded yet', h.unrecorded],
    ['ahead of today', h.ahead],
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
    ]);
    table(`StatisticsService, ${title}: litigation`, [
      ['lawsuits', l.lawsuits],
      ['reminderLetters', l.reminderLetters],
      ['hearingsHeld (head attended)', `${l.hearingsHeld} (${l.headAttended})`],
      ['headAttendanceRate', ratio(l.headAttendanceRate)],
      ['judgments (lost)', `${l.judgments} (${l.lost})`],
      ['lossRate', ratio(l.lossRate)],
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
        `SELECT court || '|' || court_case_number AS k FROM litigation_cases`,
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
    console.log(
      `  ${p.actor.username.padEnd(18)} ${ROLE_LABELS[p.actor.role]} ${p.actor.role} ` +
        `${p.displayName}${binding && !p.displayName.includes(binding) ? ` – ${binding}` : ''}` +
        `${p.created ? '' : ' (existed, password unchanged)'}`,
    );
  }
  await summary(s, today, new Date(now));
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
