/**
 * What the statistics read beyond the cases of the listing seed (bench/listing/seed.ts, which
 * this runs after), derived in SQL from those cases so that every date agrees with them:
 *
 * - case_suspensions: the open suspension of every SUSPENDED case (from `cases.suspended_on`),
 *   and for 40 % of the terminated cases a suspension the termination ended (`resumed_on` =
 *   `concluded_on`, docs/domain.md "Deadlines"), so the on-time rule's EXISTS has rows to find;
 * - recommendation_letters: a recommendation (建议书) or opinion letter (意见书) to the respondent
 *   after 3 % of the decisions, 3 to 20 days after the decision;
 * - litigation: one lawsuit per 200 cases (5,000 at 1M), two thirds against a decided case (filed
 *   5 to 14 days after the decision, the applicant as plaintiff), the rest direct; those filed
 *   over four months ago mostly judged 2 to 8 months after filing; one or two hearings each
 *   (1 in 12 cancelled) 4 to 12 weeks after filing, attendance recorded on the past ones (the
 *   head in 70 %); for every hearing its LETTER (7 days before) and EVE_NOTICE (1 day before),
 *   ISSUED when due, PENDING when not yet, CANCELLED with the hearing.
 *
 * `now` is the instant that separates past hearings and issued letters from future ones.
 */
import { Client } from 'pg';

export interface StatisticsSeedFacts {
  suspensions: number;
  recommendationLetters: number;
  lawsuits: number;
  hearings: number;
  reminderLetters: number;
  seconds: number;
}

const count = async (db: Client, table: string): Promise<number> =>
  Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

export async function seedStatistics(
  db: Client,
  today: string,
  now: Date,
  log: (line: string) => void,
): Promise<StatisticsSeedFacts> {
  const step = async (label: string, sql: string, params: unknown[] = []): Promise<void> => {
    const t0 = Date.now();
    const r = await db.query(sql, params);
    const rows = r.command === 'INSERT' ? `${r.rowCount} rows, ` : '';
    log(`  ${label}: ${rows}${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  const t0 = Date.now();
  await db.query(`SET work_mem = '256MB'`);
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SELECT setseed(0.2027)`);
  // A handful of staff: the letters' and lawsuits' authors (no foreign key to users).
  const staff = `(ARRAY['6c1f0f57-4a0e-4d35-9d47-0d2f1f5e0a01','6c1f0f57-4a0e-4d35-9d47-0d2f1f5e0a02',
                        '6c1f0f57-4a0e-4d35-9d47-0d2f1f5e0a03']::uuid[])`;

  await step(
    'case_suspensions (open)',
    `INSERT INTO case_suspensions (case_id, reason, suspended_on, resumed_on)
     SELECT id, '申请人因不可抗力不能参加行政复议，行政复议中止。', suspended_on, NULL
       FROM cases WHERE status = 'SUSPENDED' ORDER BY received_on, id`,
  );
  await step(
    'case_suspensions (ended by termination)',
    `INSERT INTO case_suspensions (case_id, reason, suspended_on, resumed_on)
     SELECT id, '作为申请人的公民下落不明，行政复议中止。',
            accepted_on + floor(random() * (concluded_on - accepted_on))::int, concluded_on
       FROM cases
      WHERE status = 'TERMINATED' AND accepted_on < concluded_on AND random() < 0.4
      ORDER BY received_on, id`,
  );
  await step(
    'recommendation_letters',
    `INSERT INTO recommendation_letters (case_id, kind, agency_id, issued_on, content, issued_by)
     SELECT id, CASE WHEN random() < 0.7 THEN 'RECOMMENDATION' ELSE 'OPINION' END::letter_kind,
            respondent_id, least($1::date, concluded_on + 3 + floor(random() * 18)::int),
            '经审查，你单位在作出行政行为过程中存在执法程序不规范等问题，建议你单位进一步规范行政执法行为，并于收到本建议书之日起六十日内将整改情况书面报送本机关。',
            ${staff}[1 + floor(random() * 3)::int]
       FROM cases WHERE status = 'DECIDED' AND random() < 0.03
      ORDER BY concluded_on, id`,
    [today],
  );

  // Lawsuits: two thirds against a decided case (the applicant sues after the decision), the
  // rest against an agency directly; dates relative to today.
  await step(
    'lawsuit draws',
    `CREATE TEMP TABLE seed_lawsuit AS
     WITH decided AS (
       SELECT id, respondent_id, applicant_names, concluded_on, act_type,
              row_number() OVER (ORDER BY random()) AS k
         FROM cases WHERE status = 'DECIDED' AND concluded_on < $1::date - 20
     ), wanted AS (SELECT greatest(10, (SELECT count(*) FROM cases) / 200)::int AS n)
     SELECT gen_random_uuid() AS id, d.id AS case_id, d.respondent_id AS agency_id,
            split_part(d.applicant_names, '、', 1) AS plaintiff, d.act_type::text AS act,
            least($1::date - 1, d.concluded_on + 5 + floor(random() * 10)::int) AS filed_on,
            random() AS u_judged, random() AS u_judgment, random() AS u_hearings
       FROM decided d, wanted w WHERE d.k <= w.n * 2 / 3
     UNION ALL
     SELECT gen_random_uuid(), NULL, c.respondent_id, c.applicant_names, c.act_type::text,
            $1::date - 1 - floor(random() * 700)::int, random(), random(), random()
       FROM (SELECT respondent_id, split_part(applicant_names, '、', 1) AS applicant_names,
                    act_type, row_number() OVER (ORDER BY random()) AS k FROM cases) c,
            wanted w
      WHERE c.k <= w.n - w.n * 2 / 3`,
    [today],
  );
  await step(
    'litigation_cases',
    `INSERT INTO litigation_cases (id, court, court_case_number, plaintiff, defendant_agency_id,
       cause, reconsideration_case_id, filed_on, judgment, judged_on, created_by, created_at,
       updated_at)
     SELECT id, court,
            '（' || extract(year FROM filed_on) || '）苏1002行初'
              || row_number() OVER (PARTITION BY court, extract(year FROM filed_on) ORDER BY filed_on, id)
              || '号',
            plaintiff, agency_id,
            CASE act WHEN 'PENALTY' THEN '行政处罚' WHEN 'INFORMATION_DISCLOSURE' THEN '政府信息公开'
                     WHEN 'INACTION' THEN '不履行法定职责' WHEN 'LICENSING' THEN '行政许可'
                     WHEN 'EXPROPRIATION' THEN '房屋征收补偿' ELSE '行政行为' END,
            case_id, filed_on,
            CASE WHEN judged_on IS NOT NULL THEN
              CASE WHEN u_judgment < 0.65 THEN 'AGENCY_WON' WHEN u_judgment < 0.80 THEN 'AGENCY_LOST'
                   WHEN u_judgment < 0.95 THEN 'WITHDRAWN' ELSE 'SETTLED' END::judgment_outcome
            END,
            judged_on, ${staff}[1 + floor(u_hearings * 3)::int],
            (filed_on + time '10:00') AT TIME ZONE 'Asia/Shanghai',
            (coalesce(judged_on, filed_on) + time '16:00') AT TIME ZONE 'Asia/Shanghai'
       FROM (SELECT l.*,
                    CASE WHEN u_judgment < 0.85 THEN '临江区人民法院' ELSE '临江市中级人民法院' END AS court,
                    CASE WHEN l.filed_on < $1::date - 120 AND u_judged < 0.9 AND
                              l.filed_on + 60 + floor(u_judged * 200)::int < $1::date
                         THEN l.filed_on + 60 + floor(u_judged * 200)::int END AS judged_on
               FROM seed_lawsuit l) l
      ORDER BY filed_on, id`,
    [today],
  );
  // One or two hearings per lawsuit, 4 to 12 weeks after filing, mornings or afternoons.
  await step(
    'hearings',
    `INSERT INTO hearings (litigation_case_id, scheduled_at, court, courtroom, status,
       head_attended, attendee_name, attendee_title, attendance_recorded_at, created_at, updated_at)
     SELECT l.id, h.at, l.court, '第' || (1 + floor(h.u * 6))::int || '法庭',
            h.status::hearing_status,
            CASE WHEN h.status = 'SCHEDULED' AND h.at < $1 THEN h.u2 < 0.7 END,
            CASE WHEN h.status = 'SCHEDULED' AND h.at < $1 THEN
              CASE WHEN h.u2 < 0.7 THEN '王建国' ELSE '李明' END END,
            CASE WHEN h.status = 'SCHEDULED' AND h.at < $1 THEN
              CASE WHEN h.u2 < 0.7 THEN '局长' ELSE '副局长' END END,
            CASE WHEN h.status = 'SCHEDULED' AND h.at < $1 THEN h.at + interval '3 hours' END,
            (l.filed_on + time '11:00') AT TIME ZONE 'Asia/Shanghai',
            (l.filed_on + time '11:00') AT TIME ZONE 'Asia/Shanghai'
       FROM litigation_cases l
       JOIN seed_lawsuit s ON s.id = l.id
      CROSS JOIN LATERAL (
        SELECT ((l.filed_on + 28 + floor(random() * 56)::int + n * 21)
                 + CASE WHEN random() < 0.5 THEN time '09:00' ELSE time '14:30' END)
                 AT TIME ZONE 'Asia/Shanghai' AS at,
               CASE WHEN random() < 1.0 / 12 THEN 'CANCELLED' ELSE 'SCHEDULED' END AS status,
               random() AS u, random() AS u2
          FROM generate_series(0, CASE WHEN s.u_hearings < 0.55 THEN 0 ELSE 1 END) AS n
      ) h
      ORDER BY h.at`,
    [now],
  );
  await step(
    'reminder_letters',
    `INSERT INTO reminder_letters (hearing_id, agency_id, kind, hearing_at, send_at, status,
       issued_at, recipient, text, created_at)
     SELECT h.id, l.defendant_agency_id, k.kind::reminder_kind, h.scheduled_at, k.send_at,
            CASE WHEN h.status = 'CANCELLED' THEN 'CANCELLED'
                 WHEN k.send_at <= $1 THEN 'ISSUED' ELSE 'PENDING' END::reminder_status,
            CASE WHEN h.status = 'SCHEDULED' AND k.send_at <= $1
                 THEN k.send_at + interval '2 minutes' END,
            CASE WHEN h.status = 'SCHEDULED' AND k.send_at <= $1
                 THEN a.name || a.head_title || a.head_name END,
            CASE WHEN h.status = 'SCHEDULED' AND k.send_at <= $1 THEN
              CASE k.kind WHEN 'LETTER' THEN
                a.name || '：' || l.court || '定于' || to_char(h.scheduled_at AT TIME ZONE 'Asia/Shanghai', 'YYYY年MM月DD日HH24时MI分')
                  || '在' || h.courtroom || '公开开庭审理' || l.plaintiff || '诉' || a.name || l.cause
                  || '一案（' || l.court_case_number || '）。根据《中华人民共和国行政诉讼法》第三条第三款的规定，请'
                  || a.head_title || a.head_name || '（或分管负责人）按时出庭应诉，并于开庭前回复出庭人员姓名及职务。'
              ELSE '【开庭提醒】' || a.name || a.head_name || a.head_title || '：明日' || l.court || '开庭审理'
                  || l.court_case_number || '一案，请按时出庭。'
              END
            END,
            k.send_at - interval '1 minute'
       FROM hearings h
       JOIN litigation_cases l ON l.id = h.litigation_case_id
       JOIN agencies a ON a.id = l.defendant_agency_id
      CROSS JOIN LATERAL (VALUES ('LETTER', h.scheduled_at - interval '7 days'),
                                 ('EVE_NOTICE', h.scheduled_at - interval '1 day')) AS k(kind, send_at)
      ORDER BY k.send_at`,
    [now],
  );
  await db.query('DROP TABLE seed_lawsuit');
  await step(
    'VACUUM ANALYZE',
    'VACUUM (ANALYZE) case_suspensions, recommendation_letters, litigation_cases, hearings, reminder_letters',
  );
  await db.query('CHECKPOINT').catch(() => log('  (CHECKPOINT refused: not a superuser)'));
  return {
    suspensions: await count(db, 'case_suspensions'),
    recommendationLetters: await count(db, 'recommendation_letters'),
    lawsuits: await count(db, 'litigation_cases'),
    hearings: await count(db, 'hearings'),
    reminderLetters: await count(db, 'reminder_letters'),
    seconds: (Date.now() - t0) / 1000,
  };
}
