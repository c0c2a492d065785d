/**
 * Seeds the listing benchmark's data straight with SQL (`INSERT … SELECT … generate_series`):
 * 9 judicial offices, 30 agencies and `cases` reconsideration cases received over the last two
 * years, each with one to three applicants. Distributions follow a district's reality: a few
 * agencies draw most applications, most cases are closed, the open ones are the recent ones
 * (plus a tail of suspended and overdue ones), numbers run `临复〔YYYY〕N号` per year. Closed cases
 * carry their closing date and outcome (7 % of decisions after their deadline), open ones their
 * running deadline, suspended ones `suspended_on`, terminated ones a termination reason: what the
 * statistics read (bench/statistics/seed.ts adds the rows of the other tables they read).
 *
 * Secondary indexes and foreign keys of the two big tables are dropped during the load and
 * recreated from their own definitions afterwards (the schema ends exactly as the migrations
 * made it, built faster), then VACUUM ANALYZE: the tables are measured as autovacuum would leave
 * them, and autovacuum does not start in the middle of a measurement.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

export interface SeedFacts {
  cases: number;
  applicants: number;
  offices: { id: string; name: string }[];
  agencies: { id: string; name: string; share: number }[];
  /** A person's name present in the pool, frequent enough to matter (e.g. 张伟). */
  commonName: string;
  seconds: { load: number; indexes: number; vacuum: number };
  sizes: { table: string; rows: number; total: string }[];
}

const OFFICES: [name: string, township: string, weight: number][] = [
  ['城关司法所', '城关街道', 25],
  ['东湖司法所', '东湖镇', 18],
  ['西山司法所', '西山镇', 14],
  ['南岸司法所', '南岸乡', 11],
  ['北塘司法所', '北塘镇', 9],
  ['江桥司法所', '江桥镇', 8],
  ['新港司法所', '新港街道', 6],
  ['柳林司法所', '柳林镇', 5],
  ['青石司法所', '青石乡', 4],
];

type AgencyKind = 'DEPARTMENT' | 'TOWNSHIP_GOVERNMENT';
const AGENCIES: [name: string, kind: AgencyKind, title: string][] = [
  ['临江区公安分局', 'DEPARTMENT', '局长'],
  ['临江区市场监督管理局', 'DEPARTMENT', '局长'],
  ['临江区人力资源和社会保障局', 'DEPARTMENT', '局长'],
  ['临江区城市管理综合行政执法局', 'DEPARTMENT', '局长'],
  ['临江区住房和城乡建设局', 'DEPARTMENT', '局长'],
  ['临江区自然资源和规划分局', 'DEPARTMENT', '局长'],
  ['临江区生态环境分局', 'DEPARTMENT', '局长'],
  ['临江区卫生健康委员会', 'DEPARTMENT', '主任'],
  ['临江区交通运输局', 'DEPARTMENT', '局长'],
  ['临江区应急管理局', 'DEPARTMENT', '局长'],
  ['临江区教育局', 'DEPARTMENT', '局长'],
  ['临江区民政局', 'DEPARTMENT', '局长'],
  ['临江区农业农村局', 'DEPARTMENT', '局长'],
  ['临江区文化和旅游局', 'DEPARTMENT', '局长'],
  ['临江区水务局', 'DEPARTMENT', '局长'],
  ['临江区医疗保障局', 'DEPARTMENT', '局长'],
  ['临江区商务局', 'DEPARTMENT', '局长'],
  ['临江区财政局', 'DEPARTMENT', '局长'],
  ['临江区发展和改革局', 'DEPARTMENT', '局长'],
  ['临江区退役军人事务局', 'DEPARTMENT', '局长'],
  ['临江区审计局', 'DEPARTMENT', '局长'],
  ['临江区统计局', 'DEPARTMENT', '局长'],
  ['临江区科学技术局', 'DEPARTMENT', '局长'],
  ['城关街道办事处', 'TOWNSHIP_GOVERNMENT', '主任'],
  ['东湖镇人民政府', 'TOWNSHIP_GOVERNMENT', '镇长'],
  ['西山镇人民政府', 'TOWNSHIP_GOVERNMENT', '镇长'],
  ['南岸乡人民政府', 'TOWNSHIP_GOVERNMENT', '乡长'],
  ['北塘镇人民政府', 'TOWNSHIP_GOVERNMENT', '镇长'],
  ['江桥镇人民政府', 'TOWNSHIP_GOVERNMENT', '镇长'],
  ['新港街道办事处', 'TOWNSHIP_GOVERNMENT', '主任'],
];

/** Common surnames, roughly by frequency (weights in tenths of a percent of the population). */
// prettier-ignore
const SURNAMES: [string, number][] = [
  ['王', 72], ['李', 71], ['张', 68], ['刘', 54], ['陈', 46], ['杨', 32], ['黄', 24], ['赵', 23],
  ['吴', 21], ['周', 21], ['徐', 17], ['孙', 15], ['马', 15], ['朱', 14], ['胡', 13], ['郭', 12],
  ['何', 12], ['高', 11], ['林', 11], ['罗', 10], ['郑', 10], ['梁', 10], ['谢', 8], ['宋', 8],
  ['唐', 7], ['许', 7], ['韩', 7], ['冯', 7], ['邓', 7], ['曹', 6], ['彭', 6], ['曾', 6],
  ['肖', 6], ['田', 6], ['董', 5], ['袁', 5], ['潘', 5], ['于', 5], ['蒋', 5], ['蔡', 5],
  ['余', 5], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 4], ['魏', 4], ['吕', 4], ['丁', 4],
  ['任', 4], ['沈', 3], ['姚', 3], ['卢', 3], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3],
  ['陆', 3], ['汪', 3], ['范', 3], ['金', 3], ['石', 3], ['廖', 3], ['贾', 2], ['夏', 2],
];

/** A frequent full name of the pool (张 × 伟), as it is in life: the name search's probe. */
export const COMMON_NAME = '张伟';
/**
 * A rare two-character name of the pool (夏 × 丹): a two-character search has no trigram of its
 * own, so it shows the search's worst case.
 */
export const RARE_NAME = '夏丹';

/** Common given names; 伟 (and so 张伟) deliberately among the most frequent, as in life. */
// prettier-ignore
const GIVEN_NAMES: [string, number][] = [
  ['伟', 30], ['芳', 25], ['娜', 22], ['敏', 20], ['静', 20], ['丽', 18], ['强', 18], ['磊', 16],
  ['军', 16], ['洋', 14], ['勇', 14], ['艳', 14], ['杰', 13], ['娟', 13], ['涛', 12], ['明', 12],
  ['超', 12], ['秀英', 12], ['霞', 11], ['平', 11], ['刚', 11], ['桂英', 10], ['建华', 9],
  ['建国', 9], ['志强', 8], ['海燕', 8], ['秀兰', 8], ['玉兰', 8], ['婷', 8], ['雪', 7], ['浩', 7],
  ['宇', 7], ['欣怡', 6], ['子涵', 6], ['俊杰', 6], ['文', 6], ['斌', 6], ['辉', 6], ['鹏', 6],
  ['红', 6], ['玲', 6], ['华', 6], ['燕', 6], ['波', 5], ['凤英', 5], ['建军', 5], ['国强', 5],
  ['丹', 5], ['萍', 5], ['鑫', 5], ['晨', 5], ['佳', 5], ['慧', 5], ['颖', 5], ['倩', 5],
  ['宁', 4], ['琳', 4], ['健', 4], ['亮', 4], ['峰', 4], ['飞', 4], ['兰英', 4], ['金凤', 4],
  ['春梅', 4], ['海涛', 4], ['晓东', 4], ['晓明', 4], ['志刚', 4], ['红梅', 4], ['丽娟', 4],
  ['建平', 3], ['德明', 3], ['永红', 3], ['淑珍', 3], ['秀珍', 3], ['淑英', 3], ['桂兰', 3],
  ['卫东', 3], ['学军', 3], ['立新', 3], ['振华', 3], ['梓涵', 3], ['一诺', 3], ['浩然', 3],
  ['思远', 2], ['雨萱', 2], ['诗涵', 2], ['博文', 2], ['天佑', 2], ['嘉怡', 2], ['家豪', 2],
];

// prettier-ignore
const COMPANY_WORDS = [
  '恒达', '金源', '华盛', '鑫隆', '宏远', '永泰', '瑞丰', '天成', '博华', '汇通', '中诚', '利民',
  '新锐', '长江', '盛世', '东方', '富康', '安泰', '嘉禾', '佳美', '顺通', '联创', '百川', '和信',
];
// prettier-ignore
const INDUSTRIES = [
  '商贸', '建材', '科技', '物流', '餐饮', '置业', '农业', '建筑工程', '食品', '医药', '物业管理',
  '汽车服务', '环保', '文化传媒',
];
const TOWNS = ['城关街道', '东湖镇', '西山镇', '南岸乡', '北塘镇', '江桥镇', '新港街道', '柳林镇'];
const ROADS = ['人民路', '解放路', '建设路', '中山路', '和平路', '新华路', '长江路', '滨江大道'];

/** [value, weight] pairs → an array in which each value appears `weight` times. */
function expand<T>(pairs: [T, number][]): T[] {
  return pairs.flatMap(([value, weight]) => Array<T>(weight).fill(value));
}

/** `CASE WHEN u < …` choosing among literal values by weight (values are ours, not input). */
function choose(u: string, options: [string, number][], type: string): string {
  const total = options.reduce((a, [, w]) => a + w, 0);
  let cumulative = 0;
  const arms = options.slice(0, -1).map(([value, weight]) => {
    cumulative += weight / total;
    return `WHEN ${u} < ${cumulative.toFixed(6)} THEN '${value}'`;
  });
  return `(CASE ${arms.join(' ')} ELSE '${options[options.length - 1][0]}' END)::${type}`;
}

/** `arr[1 + floor(u * cardinality(arr))]`: a uniform pick from an array parameter. */
const pickFrom = (array: string, u: string): string =>
  `(${array})[1 + floor(${u} * cardinality(${array}))::int]`;

const ACCEPTED = `('UNDER_REVIEW','SUSPENDED','DECIDED','TERMINATED')`;

/** The listing benchmark's data; `today` is the local date (Asia/Shanghai) the app will use. */
export async function seedListing(
  db: Client,
  cases: number,
  today: string,
  numberPrefix: string,
  log: (line: string) => void,
): Promise<SeedFacts> {
  const step = async (label: string, sql: string, params: unknown[] = []): Promise<void> => {
    const t0 = Date.now();
    const r = await db.query(sql, params);
    const rows = r.command === 'INSERT' || r.command === 'SELECT' ? `${r.rowCount} rows, ` : '';
    log(`  ${label}: ${rows}${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  await db.query(`SET maintenance_work_mem = '1GB'`);
  await db.query(`SET work_mem = '256MB'`);
  await db.query(`SET synchronous_commit = off`);
  // Reproducible draws: the same --cases gives the same data (uuids aside).
  await db.query(`SELECT setseed(0.2026)`);

  const offices = (
    await db.query<{ id: string; name: string }>(
      `INSERT INTO judicial_offices (name, township, version)
       SELECT name, township, 1 FROM unnest($1::text[], $2::text[]) AS o(name, township)
       RETURNING id, name`,
      [OFFICES.map((o) => o[0]), OFFICES.map((o) => o[1])],
    )
  ).rows;
  const agencyRows = (
    await db.query<{ id: string; name: string }>(
      `INSERT INTO agencies (name, kind, head_name, head_title, contact_phone, version)
       SELECT name, kind::agency_kind, head, title, '0523-' || (86000000 + n * 1013)::text, 1
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
         WITH ORDINALITY AS a(name, kind, title, head, n)
       RETURNING id, name`,
      [
        AGENCIES.map((a) => a[0]),
        AGENCIES.map((a) => a[1]),
        AGENCIES.map((a) => a[2]),
        AGENCIES.map((_, i) => `${SURNAMES[i % SURNAMES.length][0]}${GIVEN_NAMES[i + 5][0]}`),
      ],
    )
  ).rows;
  // A Zipf-like spread: the police and market regulators draw most applications.
  const agencyWeights = agencyRows.map((_, k) => Math.round(1000 / (k + 1)));
  const weightTotal = agencyWeights.reduce((a, b) => a + b, 0);
  const agencies = agencyRows.map((a, k) => ({ ...a, share: agencyWeights[k] / weightTotal }));
  const officeIds = expand(offices.map((o, k): [string, number] => [o.id, OFFICES[k][2]]));
  const respondentIds = expand(
    agencyRows.map((a, k): [string, number] => [a.id, agencyWeights[k]]),
  );
  const registrars = Array.from({ length: 6 }, () => randomUUID());

  const t0 = Date.now();
  await step(
    'draws',
    `CREATE TEMP TABLE seed_draw AS
     SELECT i, gen_random_uuid() AS id, floor(random() * 730)::int AS days_back,
            random() AS u_status, random() AS u_outcome, random() AS u_close,
            random() AS u_conclude, random() AS u_respondent, random() AS u_channel,
            random() AS u_office, random() AS u_act, random() AS u_amount, random() AS u_lag,
            random() AS u_late, random() AS u_text, random() AS u_flags, random() AS u_org,
            random() AS u_applicants, random() AS u_registrar, random() AS u_backlog
     FROM generate_series(1, $1::int) AS i`,
    [cases],
  );

  // Applicants: 85 % one, 12 % two, 3 % three; the first is an organisation in 12 % of cases.
  await step(
    'applicant draws',
    `CREATE TEMP TABLE seed_applicant_draw AS
     SELECT s.i, s.id AS case_id, p.position::smallint AS position,
            (CASE WHEN p.position = 0 AND s.u_org < 0.12 THEN 'ORGANISATION' ELSE 'PERSON' END)
              ::applicant_kind AS kind,
            random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5,
            random() AS u6
     FROM seed_draw s
     CROSS JOIN generate_series(0, CASE WHEN s.u_applicants < 0.85 THEN 0
                                        WHEN s.u_applicants < 0.97 THEN 1 ELSE 2 END) AS p(position)`,
  );
  await step(
    'applicants',
    `CREATE TEMP TABLE seed_applicant AS
     SELECT i, case_id, position, kind,
            CASE WHEN kind = 'PERSON' THEN ${pickFrom('$1::text[]', 'u1')} || ${pickFrom('$2::text[]', 'u2')}
                 ELSE '临江' || ${pickFrom('$3::text[]', 'u1')} || ${pickFrom('$4::text[]', 'u2')} || '有限公司'
            END AS name,
            CASE WHEN kind = 'PERSON' THEN
              '3210' || lpad(floor(u3 * 100)::int::text, 2, '0')
              || to_char(date '1950-01-01' + floor(u4 * 20000)::int, 'YYYYMMDD')
              || lpad(floor(u5 * 1000)::int::text, 3, '0')
              || substr('0123456789X', 1 + floor(u6 * 11)::int, 1)
            END AS id_number,
            CASE WHEN kind = 'ORGANISATION' THEN
              '91321000' || upper(substr(md5(case_id::text), 1, 10))
            END AS credit_code,
            CASE WHEN u6 < 0.9 THEN
              '1' || (ARRAY['3','5','7','8','9'])[1 + floor(u3 * 5)::int]
              || lpad(floor(u5 * 1e9)::bigint::text, 9, '0')
            END AS phone,
            '临江区' || ${pickFrom('$5::text[]', 'u4')} || ${pickFrom('$6::text[]', 'u5')}
              || (1 + floor(u3 * 300))::int || '号' AS address
     FROM seed_applicant_draw`,
    [expand(SURNAMES), expand(GIVEN_NAMES), COMPANY_WORDS, INDUSTRIES, TOWNS, ROADS],
  );
  await step(
    'applicant names',
    `CREATE TEMP TABLE seed_names AS
     SELECT i, string_agg(name, '、' ORDER BY position) AS names,
            bool_or(kind = 'ORGANISATION') AS organisation
     FROM seed_applicant GROUP BY i`,
  );

  // Receipt dates over two years, on working days (a weekend draw moves to the Friday before or
  // the Monday after); status by age: recent cases open, older ones mostly closed.
  await step(
    'case dates and statuses',
    `CREATE TEMP TABLE seed_case_1 AS
     SELECT s.*, ($1::date - r.received_on) AS age, r.received_on,
            extract(year FROM r.received_on)::smallint AS year
     FROM seed_draw s,
     LATERAL (SELECT CASE extract(isodow FROM $1::date - s.days_back)
                       WHEN 6 THEN $1::date - s.days_back - 1
                       WHEN 7 THEN CASE WHEN s.days_back >= 1 THEN $1::date - s.days_back + 1
                                        ELSE $1::date - s.days_back - 2 END
                       ELSE $1::date - s.days_back END AS received_on) r`,
    [today],
  );
  // The status a case would have by its age; deadlines then settle it (see seed_case_4).
  const draftStatus = `CASE
    WHEN age <= 7 THEN ${choose(
      'u_status',
      [
        ['RECEIVED', 60],
        ['AWAITING_SUPPLEMENT', 10],
        ['PRE_MEDIATION', 10],
        ['UNDER_REVIEW', 14],
        ['NOT_ACCEPTED', 3],
        ['MEDIATED', 3],
      ],
      'case_status',
    )}
    WHEN age <= 20 THEN ${choose(
      'u_status',
      [
        ['RECEIVED', 3],
        ['AWAITING_SUPPLEMENT', 8],
        ['PRE_MEDIATION', 4],
        ['UNDER_REVIEW', 70],
        ['SUSPENDED', 2],
        ['NOT_ACCEPTED', 6],
        ['MEDIATED', 5],
        ['TERMINATED', 2],
      ],
      'case_status',
    )}
    WHEN age <= 90 THEN ${choose(
      'u_status',
      [
        ['UNDER_REVIEW', 55],
        ['SUSPENDED', 4],
        ['DECIDED', 25],
        ['TERMINATED', 6],
        ['MEDIATED', 4],
        ['NOT_ACCEPTED', 4],
        ['ABANDONED', 2],
      ],
      'case_status',
    )}
    ELSE ${choose(
      'u_status',
      [
        ['DECIDED', 720],
        ['TERMINATED', 90],
        ['MEDIATED', 70],
        ['NOT_ACCEPTED', 60],
        ['ABANDONED', 30],
        ['SUSPENDED', 20],
        ['UNDER_REVIEW', 10],
      ],
      'case_status',
    )}
  END`;
  const actType = choose(
    'u_act',
    [
      ['PENALTY', 40],
      ['INFORMATION_DISCLOSURE', 15],
      ['INACTION', 12],
      ['LICENSING', 8],
      ['COERCIVE_MEASURE', 8],
      ['REGISTRATION', 5],
      ['EXPROPRIATION', 4],
      ['OTHER', 8],
    ],
    'act_type',
  );
  const channel = choose(
    'u_channel',
    [
      ['WINDOW', 40],
      ['ONLINE', 25],
      ['MAIL', 10],
      ['AGENT_POINT', 25],
    ],
    'case_channel',
  );
  await step(
    'case facts',
    `CREATE TEMP TABLE seed_case_2 AS
     SELECT c.*,
            CASE WHEN act_type = 'INFORMATION_DISCLOSURE'
                   OR (act_amount_yuan IS NOT NULL AND act_amount_yuan < 3000)
                 THEN 'SIMPLIFIED' ELSE 'ORDINARY' END::case_procedure AS suggested_procedure
     FROM (
       SELECT c.*, ${draftStatus} AS draft_status, ${actType} AS act_type, ${channel} AS channel,
              CASE WHEN u_act < 0.40 THEN round((200 + power(u_amount, 3) * 200000)::numeric, -2) END
                AS act_amount_yuan,
              -- 2 % apply after the 60-day window: late applications.
              CASE WHEN u_late < 0.02 THEN 65 + floor(u_lag * 60)::int ELSE 2 + floor(u_lag * 45)::int END
                AS lag
       FROM seed_case_1 c
     ) c`,
  );
  await step(
    'case deadlines',
    `CREATE TEMP TABLE seed_case_3 AS
     SELECT c.*,
            accepted_on + CASE procedure WHEN 'SIMPLIFIED' THEN 30 ELSE 60 END AS decision_due_on
     FROM (
       SELECT c.*,
              CASE WHEN draft_status IN ${ACCEPTED} THEN
                CASE WHEN u_flags < 0.05 THEN 'ORDINARY'::case_procedure ELSE suggested_procedure END
              END AS procedure,
              CASE WHEN draft_status IN ${ACCEPTED}
                   THEN least($1::date, received_on + 1 + floor(u_close * 6)::int)
              END AS accepted_on,
              CASE WHEN draft_status IN ('AWAITING_SUPPLEMENT', 'ABANDONED') OR u_flags > 0.92
                   THEN received_on + 16 END AS supplement_due_on
       FROM seed_case_2 c
     ) c`,
    [today],
  );
  // Deadlines settle the status as the office and the daily jobs would: most reviews past their
  // decision date were decided (a tenth stay open: the overdue backlog), unanswered supplement
  // requests past due were marked abandoned.
  await step(
    'case statuses',
    `CREATE TEMP TABLE seed_case_4 AS
     SELECT c.*,
            CASE
              WHEN draft_status = 'UNDER_REVIEW' AND decision_due_on < $1::date AND u_backlog >= 0.1
                THEN 'DECIDED'
              WHEN draft_status = 'AWAITING_SUPPLEMENT' AND supplement_due_on < $1::date
                THEN 'ABANDONED'
              ELSE draft_status
            END::case_status AS status
     FROM seed_case_3 c`,
    [today],
  );
  const outcome = choose(
    'u_outcome',
    [
      ['UPHOLD', 45],
      ['DISMISS', 14],
      ['REVOKE', 15],
      ['CONFIRM_ILLEGAL', 10],
      ['ORDER_PERFORMANCE', 7],
      ['PARTIAL_REVOKE', 4],
      ['ALTER', 3],
      ['CONFIRM_INVALID', 2],
    ],
    'case_outcome',
  );
  await step(
    'case numbers',
    `CREATE TEMP TABLE seed_case AS
     SELECT c.*,
            row_number() OVER (PARTITION BY year ORDER BY received_on, i)::int AS seq,
            received_on + 7 AS acceptance_due_on,
            CASE
              -- 7 % of the cases decided or terminated as drawn (not settled from the backlog)
              -- closed after their deadline, by up to 20 days: the on-time rate is not 100 %.
              WHEN status IN ('DECIDED', 'TERMINATED') AND u_backlog < 0.07 THEN
                least($1::date, decision_due_on + 1 + floor(u_conclude * 20)::int)
              WHEN status IN ('DECIDED', 'TERMINATED') THEN
                least($1::date, accepted_on + 1 + floor(u_conclude * (CASE procedure WHEN 'SIMPLIFIED' THEN 30 ELSE 60 END))::int)
              WHEN status = 'NOT_ACCEPTED' THEN least($1::date, received_on + 2 + floor(u_conclude * 5)::int)
              WHEN status = 'MEDIATED' THEN least($1::date, received_on + 5 + floor(u_conclude * 20)::int)
              WHEN status = 'ABANDONED' THEN least($1::date, supplement_due_on + 1)
            END AS concluded_on,
            CASE status
              WHEN 'DECIDED' THEN ${outcome}
              WHEN 'TERMINATED' THEN 'TERMINATED'::case_outcome
              WHEN 'MEDIATED' THEN 'MEDIATED'::case_outcome
              WHEN 'NOT_ACCEPTED' THEN 'NOT_ACCEPTED'::case_outcome
              WHEN 'ABANDONED' THEN 'ABANDONED'::case_outcome
            END AS outcome,
            -- A suspended case stopped its clock a few days after acceptance (the statistics
            -- benchmark gives it its case_suspensions row).
            CASE WHEN status = 'SUSPENDED'
                 THEN least($1::date, accepted_on + 3 + floor(u_lag * 20)::int) END AS suspended_on,
            CASE WHEN status = 'TERMINATED' THEN ${choose(
              'u_outcome',
              [
                ['WITHDRAWN', 80],
                ['SETTLED', 15],
                ['MEDIATED', 5],
              ],
              'termination_reason',
            )} END AS termination_reason
     FROM seed_case_4 c`,
    [today],
  );

  // Load the two big tables without their secondary indexes and foreign keys; put them back.
  const rebuild = await dropIndexesAndForeignKeys(db, ['cases', 'case_applicants']);
  await step(
    'INSERT cases',
    `INSERT INTO cases (
       id, number, year, seq, status, channel, office_id, respondent_id, received_on,
       act_type, act_document_number, act_on, known_on, act_amount_yuan, act_summary, requests,
       facts_and_reasons, enterprise_related, applicant_names, application_late,
       suggested_procedure, procedure, acceptance_clock_from, acceptance_due_on,
       supplement_due_on, accepted_on, decision_due_on, current_due_on, concluded_on, outcome,
       suspended_on, termination_reason,
       not_accepted_reason, assigned_officer_id, registered_by, created_at, updated_at, version)
     SELECT c.id, $1 || '〔' || c.year || '〕' || c.seq || '号', c.year, c.seq, c.status, c.channel,
            CASE WHEN c.channel = 'AGENT_POINT' OR (c.channel = 'WINDOW' AND c.u_office < 0.3)
                 THEN ${pickFrom('$2::uuid[]', 'c.u_office')} END,
            ${pickFrom('$3::uuid[]', 'c.u_respondent')},
            c.received_on, c.act_type,
            CASE WHEN c.act_type <> 'INACTION' THEN
              '临' || CASE c.act_type WHEN 'PENALTY' THEN '行罚决字' WHEN 'LICENSING' THEN '许准字'
                       WHEN 'COERCIVE_MEASURE' THEN '强制字' WHEN 'INFORMATION_DISCLOSURE' THEN '依申请公开答字'
                       WHEN 'EXPROPRIATION' THEN '征补字' WHEN 'REGISTRATION' THEN '登字' ELSE '行决字' END
              || '〔' || extract(year FROM c.received_on - c.lag - 2) || '〕'
              || (1 + floor(c.u_text * 3000))::int || '号'
            END,
            CASE WHEN c.act_type <> 'INACTION' THEN c.received_on - c.lag - 2 END,
            CASE WHEN c.act_type <> 'INACTION' THEN c.received_on - c.lag END,
            c.act_amount_yuan,
            CASE c.act_type
              WHEN 'PENALTY' THEN '被申请人认定申请人存在违法行为，作出罚款' || c.act_amount_yuan || '元的行政处罚决定。'
              WHEN 'INFORMATION_DISCLOSURE' THEN '申请人申请公开有关政府信息，被申请人作出答复。'
              WHEN 'INACTION' THEN '申请人请求被申请人履行法定职责，被申请人逾期未予答复。'
              ELSE '被申请人作出与申请人权益相关的具体行政行为。'
            END,
            CASE c.act_type
              WHEN 'PENALTY' THEN '请求依法撤销被申请人作出的行政处罚决定。'
              WHEN 'INACTION' THEN '请求责令被申请人依法履行法定职责。'
              WHEN 'INFORMATION_DISCLOSURE' THEN '请求撤销被申请人作出的政府信息公开答复，并责令其重新答复。'
              ELSE '请求依法撤销被申请人作出的行政行为。'
            END,
            CASE WHEN c.u_text >= 0.25 THEN
              repeat('申请人认为，被申请人作出的行政行为认定事实不清、证据不足，适用依据错误，且未依法告知申请人陈述、申辩的权利，程序违法。',
                     1 + floor(c.u_text * 4)::int)
            END,
            n.organisation OR c.u_flags > 0.85, n.names, c.lag > 60,
            c.suggested_procedure, c.procedure, c.received_on, c.acceptance_due_on,
            c.supplement_due_on, c.accepted_on, c.decision_due_on,
            CASE c.status
              WHEN 'RECEIVED' THEN c.acceptance_due_on
              WHEN 'PRE_MEDIATION' THEN c.acceptance_due_on
              WHEN 'AWAITING_SUPPLEMENT' THEN c.supplement_due_on
              WHEN 'UNDER_REVIEW' THEN c.decision_due_on
            END,
            c.concluded_on, c.outcome, c.suspended_on, c.termination_reason,
            CASE WHEN c.status = 'NOT_ACCEPTED' THEN
              CASE WHEN c.lag > 60 THEN '申请超过法定申请期限。' ELSE '申请事项不属于行政复议范围。' END
            END,
            NULL, ${pickFrom('$4::uuid[]', 'c.u_registrar')},
            (c.received_on + time '08:30' + c.u_close * interval '8 hours') AT TIME ZONE 'Asia/Shanghai',
            (coalesce(c.concluded_on, c.accepted_on, c.received_on) + time '08:30'
              + c.u_conclude * interval '8 hours') AT TIME ZONE 'Asia/Shanghai',
            CASE c.status WHEN 'RECEIVED' THEN 1 WHEN 'UNDER_REVIEW' THEN 3 WHEN 'DECIDED' THEN 5
                          WHEN 'SUSPENDED' THEN 4 ELSE 2 END
     FROM seed_case c JOIN seed_names n USING (i)
     ORDER BY c.received_on, c.id`,
    [numberPrefix, officeIds, respondentIds, registrars],
  );
  await step(
    'INSERT case_applicants',
    `INSERT INTO case_applicants (case_id, position, kind, name, id_number, credit_code, phone, address)
     SELECT case_id, position, kind, name, id_number, credit_code, phone, address
     FROM seed_applicant ORDER BY case_id, position`,
  );
  await step(
    'case number counters',
    `INSERT INTO case_number_counters (year, last_seq)
     SELECT year, max(seq) FROM cases GROUP BY year`,
  );
  const applicants = Number(
    (await db.query<{ n: string }>('SELECT count(*) AS n FROM seed_applicant')).rows[0].n,
  );
  await db.query(
    'DROP TABLE seed_draw, seed_applicant_draw, seed_applicant, seed_names, seed_case_1, seed_case_2, seed_case_3, seed_case_4, seed_case',
  );
  const load = (Date.now() - t0) / 1000;

  const t1 = Date.now();
  for (const statement of rebuild) await step(statement.label, statement.sql);
  const indexes = (Date.now() - t1) / 1000;

  const t2 = Date.now();
  await step(
    'VACUUM ANALYZE',
    'VACUUM (ANALYZE) cases, case_applicants, agencies, judicial_offices, case_number_counters',
  );
  // Start the measurements with the load's dirty pages already written.
  await db.query('CHECKPOINT').catch(() => log('  (CHECKPOINT refused: not a superuser)'));
  const vacuum = (Date.now() - t2) / 1000;

  const sizes = (
    await db.query<{ table: string; rows: string; total: string }>(
      `SELECT relname AS table, reltuples::bigint AS rows,
              pg_size_pretty(pg_total_relation_size(oid)) AS total
       FROM pg_class WHERE relname IN ('cases', 'case_applicants') ORDER BY relname DESC`,
    )
  ).rows.map((r) => ({ ...r, rows: Number(r.rows) }));

  return {
    cases,
    applicants,
    offices,
    agencies,
    commonName: COMMON_NAME,
    seconds: { load, indexes, vacuum },
    sizes,
  };
}

/**
 * Drops the secondary indexes and the foreign keys of `tables`, returning the statements that
 * recreate them exactly (pg_get_indexdef / pg_get_constraintdef of the migrated schema).
 */
async function dropIndexesAndForeignKeys(
  db: Client,
  tables: string[],
): Promise<{ label: string; sql: string }[]> {
  const indexes = (
    await db.query<{ name: string; def: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
       WHERE i.indrelid = ANY($1::regclass[])
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
       ORDER BY 1`,
      [tables],
    )
  ).rows;
  const foreignKeys = (
    await db.query<{ table: string; name: string; def: string }>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY 2`,
      [tables],
    )
  ).rows;
  for (const fk of foreignKeys) {
    await db.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
  }
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`);
  return [
    ...indexes.map((i) => ({ label: `index ${i.name}`, sql: i.def })),
    ...foreignKeys.map((fk) => ({
      label: `foreign key ${fk.name}`,
      sql: `ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.def}`,
    })),
  ];
}
