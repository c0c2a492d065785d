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
 *   5 to 14 days after the decision, the applicant as plaintiff; after an upholding decision the
 *   respondent and the reconsideration organ, added as an agency, are co-defendants, after a
 *   changing one the organ alone: ALL Art. 26 ¶2), the rest direct; a first instance for each,
 *   those filed over four months ago mostly judged 2 to 8 months after filing, judgments of every
 *   kind; an appeal after 30 % of the appealable judgments, its own judgment (a remand opens a
 *   first instance again); one or two hearings per instance (1 in 12 cancelled) 4 to 12 weeks
 *   after its filing and before its judgment; each defendant's appearance recorded on the past
 *   ones (a head with proof in 70 %, excused in 5 %, the court's notice to 1 in 10); for every
 *   hearing and defendant its LETTER (7 days before) and EVE_NOTICE (1 day before), ISSUED when
 *   due, PENDING when not yet, CANCELLED with the hearing; judicial recommendations after 5 % of
 *   the judgments, most answered.
 *
 * `now` is the instant that separates past hearings and issued letters from future ones.
 */
import { Client } from 'pg';

export interface StatisticsSeedFacts {
  suspensions: number;
  recommendationLetters: number;
  lawsuits: number;
  instances: number;
  hearings: number;
  appearances: number;
  reminderLetters: number;
  judicialRecommendations: number;
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

  // The reconsideration organ (区人民政府), a co-defendant after its upholding decisions (ALL Art.
  // 26 ¶2): the listing seed has departments and townships only.
  await step(
    'agencies (the reconsideration organ)',
    `INSERT INTO agencies (name, kind, head_name, head_title, contact_phone, version)
     SELECT '临江区人民政府', 'RECONSIDERATION_ORGAN', '陈立新', '区长', '0523-86000000', 1
      WHERE NOT EXISTS (SELECT 1 FROM agencies WHERE kind = 'RECONSIDERATION_ORGAN')`,
  );
  // Lawsuits: two thirds against a decided case (the applicant sues after the decision), the
  // rest against an agency directly; dates relative to today.
  await step(
    'lawsuit draws',
    `CREATE TEMP TABLE seed_lawsuit AS
     WITH decided AS (
       SELECT id, respondent_id, applicant_names, concluded_on, act_type, outcome,
              row_number() OVER (ORDER BY random()) AS k
         FROM cases WHERE status = 'DECIDED' AND concluded_on < $1::date - 20
     ), wanted AS (SELECT greatest(10, (SELECT count(*) FROM cases) / 200)::int AS n)
     SELECT gen_random_uuid() AS id, d.id AS case_id, d.respondent_id AS agency_id,
            d.outcome::text AS outcome,
            split_part(d.applicant_names, '、', 1) AS plaintiff, d.act_type::text AS act,
            least($1::date - 1, d.concluded_on + 5 + floor(random() * 10)::int) AS filed_on,
            random() AS u_judged, random() AS u_judgment, random() AS u_hearings
       FROM decided d, wanted w WHERE d.k <= w.n * 2 / 3
     UNION ALL
     SELECT gen_random_uuid(), NULL, c.respondent_id, NULL, c.applicant_names, c.act_type::text,
            $1::date - 1 - floor(random() * 700)::int, random(), random(), random()
       FROM (SELECT respondent_id, split_part(applicant_names, '、', 1) AS applicant_names,
                    act_type, row_number() OVER (ORDER BY random()) AS k FROM cases) c,
            wanted w
      WHERE c.k <= w.n - w.n * 2 / 3`,
    [today],
  );
  await step(
    'litigation_cases',
    `INSERT INTO litigation_cases (id, plaintiff, cause, reconsideration_case_id, filed_on,
       created_by, created_at, updated_at)
     SELECT id, plaintiff,
            CASE act WHEN 'PENALTY' THEN '行政处罚' WHEN 'INFORMATION_DISCLOSURE' THEN '政府信息公开'
                     WHEN 'INACTION' THEN '不履行法定职责' WHEN 'LICENSING' THEN '行政许可'
                     WHEN 'EXPROPRIATION' THEN '房屋征收补偿' ELSE '行政行为' END,
            case_id, filed_on, ${staff}[1 + floor(u_hearings * 3)::int],
            (filed_on + time '10:00') AT TIME ZONE 'Asia/Shanghai',
            (filed_on + time '10:00') AT TIME ZONE 'Asia/Shanghai'
       FROM seed_lawsuit
      ORDER BY filed_on, id`,
  );
  // ALL Art. 26 ¶2: after an upholding decision the agency and the organ are co-defendants, after
  // a changing one the organ alone; a direct suit, or another ending, the agency.
  await step(
    'litigation_defendants',
    `INSERT INTO litigation_defendants (litigation_case_id, agency_id, position)
     SELECT s.id, d.agency_id, d.position
       FROM seed_lawsuit s
      CROSS JOIN (SELECT id FROM agencies WHERE kind = 'RECONSIDERATION_ORGAN') o
      CROSS JOIN LATERAL (
        SELECT s.agency_id, 1
         WHERE s.outcome IS NULL
            OR s.outcome NOT IN ('REVOKE', 'ALTER', 'CONFIRM_INVALID', 'ORDER_PERFORMANCE')
        UNION ALL
        SELECT o.id, CASE WHEN s.outcome IN ('UPHOLD', 'DISMISS', 'PARTIAL_REVOKE') THEN 2 ELSE 1 END
         WHERE s.outcome IN ('UPHOLD', 'DISMISS', 'PARTIAL_REVOKE', 'REVOKE', 'ALTER',
                             'CONFIRM_INVALID', 'ORDER_PERFORMANCE')
      ) d(agency_id, position)`,
  );
  // Instances: the first, mostly judged 2 to 8 months after filing when filed over four months
  // ago; an appeal (二审) after 30 % of the judgments that can be appealed, filed 12 days after,
  // judged 2 to 5 months later (the first judgment upheld in 85 %, remanded in 5 %, reversed
  // otherwise); a remanded lawsuit's first instance again, 15 days after the remand.
  await step(
    'instance draws',
    `CREATE TEMP TABLE seed_instance AS
     WITH first AS MATERIALIZED (
       SELECT gen_random_uuid() AS id, l.id AS lawsuit_id, l.filed_on, random() AS u_appeal,
              random() AS u_appeal_judged, random() AS u_appeal_judgment,
              CASE WHEN random() < 0.85 THEN '临江区人民法院' ELSE '临江市中级人民法院' END AS court,
              j.judged_on,
              CASE WHEN j.judged_on IS NOT NULL THEN
                CASE WHEN l.u_judgment < 0.50 THEN 'CLAIMS_REJECTED'
                     WHEN l.u_judgment < 0.58 THEN 'SUIT_DISMISSED'
                     WHEN l.u_judgment < 0.70 THEN 'REVOKED'
                     WHEN l.u_judgment < 0.73 THEN 'CONFIRMED_UNLAWFUL'
                     WHEN l.u_judgment < 0.76 THEN 'PERFORMANCE_ORDERED'
                     WHEN l.u_judgment < 0.77 THEN 'VARIED'
                     WHEN l.u_judgment < 0.78 THEN 'COMPENSATION'
                     WHEN l.u_judgment < 0.93 THEN 'WITHDRAWN'
                     ELSE 'MEDIATED' END
              END AS judgment
         FROM seed_lawsuit l
        CROSS JOIN LATERAL (
          SELECT CASE WHEN l.filed_on < $1::date - 120 AND l.u_judged < 0.9
                       AND l.filed_on + 60 + floor(l.u_judged * 200)::int < $1::date
                      THEN l.filed_on + 60 + floor(l.u_judged * 200)::int END AS judged_on
        ) j
     ), appeal AS MATERIALIZED (
       SELECT gen_random_uuid() AS id, f.lawsuit_id, f.judged_on + 12 AS filed_on, f.judgment AS below,
              CASE WHEN f.judged_on + 72 + floor(f.u_appeal_judged * 90)::int < $1::date
                   THEN f.judged_on + 72 + floor(f.u_appeal_judged * 90)::int END AS judged_on,
              f.u_appeal_judgment
         FROM first f
        WHERE f.judgment NOT IN ('WITHDRAWN', 'MEDIATED') AND f.u_appeal < 0.3
          AND f.judged_on + 12 < $1::date
     ), appeal_judged AS MATERIALIZED (
       SELECT a.*,
              CASE WHEN a.judged_on IS NOT NULL THEN
                CASE WHEN a.u_appeal_judgment < 0.85 THEN a.below
                     WHEN a.u_appeal_judgment < 0.90 THEN 'REMANDED'
                     WHEN a.below IN ('REVOKED', 'CONFIRMED_UNLAWFUL', 'PERFORMANCE_ORDERED',
                                      'VARIED', 'COMPENSATION') THEN 'CLAIMS_REJECTED'
                     ELSE 'REVOKED' END
              END AS judgment
         FROM appeal a
     )
     SELECT id, lawsuit_id, 1 AS seq, 'FIRST_INSTANCE' AS stage, court, filed_on, judgment, judged_on
       FROM first
     UNION ALL
     SELECT id, lawsuit_id, 2, 'SECOND_INSTANCE', '临江市中级人民法院', filed_on, judgment, judged_on
       FROM appeal_judged
     UNION ALL
     SELECT gen_random_uuid(), lawsuit_id, 3, 'FIRST_INSTANCE', '临江区人民法院', judged_on + 15,
            NULL, NULL
       FROM appeal_judged WHERE judgment = 'REMANDED' AND judged_on + 15 < $1::date`,
    [today],
  );
  await step(
    'litigation_instances',
    `INSERT INTO litigation_instances (id, litigation_case_id, seq, stage, court, court_case_number,
       filed_on, judgment, judged_on, created_at)
     SELECT id, lawsuit_id, seq, stage::litigation_stage, court,
            '（' || extract(year FROM filed_on) || '）' || prefix
              || row_number() OVER (PARTITION BY court, prefix, extract(year FROM filed_on)
                                    ORDER BY filed_on, id)
              || '号',
            filed_on, judgment::judgment_kind, judged_on,
            (filed_on + time '10:00') AT TIME ZONE 'Asia/Shanghai'
       FROM (SELECT i.*,
                    CASE WHEN stage = 'SECOND_INSTANCE' THEN '苏10行终'
                         WHEN court = '临江区人民法院' THEN '苏1002行初' ELSE '苏10行初' END AS prefix
               FROM seed_instance i) i
      ORDER BY filed_on, id`,
  );
  // One or two hearings per instance, 4 to 12 weeks after its filing and before its judgment,
  // mornings or afternoons.
  await step(
    'hearing draws',
    `CREATE TEMP TABLE seed_hearing AS
     SELECT gen_random_uuid() AS id, i.lawsuit_id, i.id AS instance_id, i.court, h.at, h.status,
            h.u, (h.at AT TIME ZONE 'Asia/Shanghai')::date AS day
       FROM seed_instance i
      CROSS JOIN LATERAL (
        SELECT ((i.filed_on + 28 + floor(random() * 56)::int + n * 21)
                 + CASE WHEN random() < 0.5 THEN time '09:00' ELSE time '14:30' END)
                 AT TIME ZONE 'Asia/Shanghai' AS at,
               CASE WHEN random() < 1.0 / 12 THEN 'CANCELLED' ELSE 'SCHEDULED' END AS status,
               random() AS u
          FROM generate_series(0, CASE WHEN random() < 0.55 THEN 0 ELSE 1 END) AS n
      ) h
      WHERE i.judged_on IS NULL OR (h.at AT TIME ZONE 'Asia/Shanghai')::date < i.judged_on`,
  );
  await step(
    'hearings',
    `INSERT INTO hearings (id, litigation_case_id, instance_id, scheduled_at, court, courtroom,
       status, created_at, updated_at)
     SELECT id, lawsuit_id, instance_id, at, court, '第' || (1 + floor(u * 6))::int || '法庭',
            status::hearing_status,
            (day - 30 + time '11:00') AT TIME ZONE 'Asia/Shanghai',
            (day - 30 + time '11:00') AT TIME ZONE 'Asia/Shanghai'
       FROM seed_hearing
      ORDER BY at`,
  );
  // Each defendant at each hearing, as the office recorded it once held (SPC 2020 Arts. 2, 6,
  // 8–9): a head with the identity proof in 70 % (a principal in most, a deputy otherwise), a
  // head without it in 2 % (deemed absent), excused with the reason's proof in 5 %, a staff
  // member otherwise; the court's notice to the head (Art. 5) served 5 days before 1 in 10.
  await step(
    'hearing_appearances',
    `INSERT INTO hearing_appearances (hearing_id, agency_id, court_notice_served_on, appearance,
       attendee_role, attendee_name, attendee_title, identity_proof_submitted, absence_reason,
       absence_proof, recorded_at, recorded_by, updated_at)
     SELECT h.id, d.agency_id,
            CASE WHEN r.u_notice < 0.1 THEN h.day - 5 END,
            CASE WHEN NOT held THEN NULL WHEN r.u < 0.70 THEN 'ATTENDED'
                 WHEN r.u < 0.77 AND r.u >= 0.72 THEN 'EXCUSED' ELSE 'ABSENT' END::head_appearance,
            CASE WHEN NOT held THEN NULL WHEN r.u < 0.55 THEN 'PRINCIPAL' WHEN r.u < 0.72 THEN 'DEPUTY'
                 ELSE 'STAFF' END::attendee_role,
            CASE WHEN NOT held THEN NULL WHEN r.u < 0.55 THEN '王建国' WHEN r.u < 0.72 THEN '张伟'
                 ELSE '李明' END,
            CASE WHEN NOT held THEN NULL WHEN r.u < 0.55 THEN a.head_title WHEN r.u < 0.72 THEN '副' || a.head_title
                 ELSE '法制科科长' END,
            held AND r.u < 0.70,
            CASE WHEN held AND r.u >= 0.72 AND r.u < 0.77 THEN 'IRREPLACEABLE_DUTY' END::absence_reason,
            CASE WHEN held AND r.u >= 0.72 AND r.u < 0.77 THEN '区政府常务会议通知（加盖公章）' END,
            CASE WHEN held THEN h.at + interval '3 hours' END,
            CASE WHEN held THEN ${staff}[1 + floor(r.u_notice * 3)::int] END,
            COALESCE(CASE WHEN held THEN h.at + interval '3 hours' END, h.at - interval '30 days')
       FROM seed_hearing h
       JOIN litigation_defendants d ON d.litigation_case_id = h.lawsuit_id
       JOIN agencies a ON a.id = d.agency_id
      CROSS JOIN LATERAL (SELECT random() AS u, random() AS u_notice,
                                 h.status = 'SCHEDULED' AND h.at < $1 AS held) r
      ORDER BY h.at`,
    [now],
  );
  await step(
    'reminder_letters',
    `INSERT INTO reminder_letters (hearing_id, agency_id, kind, hearing_at, send_at, status,
       issued_at, recipient, text, created_at)
     SELECT h.id, d.agency_id, k.kind::reminder_kind, h.scheduled_at, k.send_at,
            CASE WHEN h.status = 'CANCELLED' THEN 'CANCELLED'
                 WHEN k.send_at <= $1 THEN 'ISSUED' ELSE 'PENDING' END::reminder_status,
            CASE WHEN h.status = 'SCHEDULED' AND k.send_at <= $1
                 THEN k.send_at + interval '2 minutes' END,
            CASE WHEN h.status = 'SCHEDULED' AND k.send_at <= $1
                 THEN a.name || a.head_title || a.head_name END,
            CASE WHEN h.status = 'SCHEDULED' AND k.send_at <= $1 THEN
              CASE k.kind WHEN 'LETTER' THEN
                a.name || '：' || h.court || '定于' || to_char(h.scheduled_at AT TIME ZONE 'Asia/Shanghai', 'YYYY年MM月DD日HH24时MI分')
                  || '在' || h.courtroom || '公开开庭审理' || l.plaintiff || '诉' || a.name || l.cause
                  || '一案（' || i.court_case_number || '）。根据《中华人民共和国行政诉讼法》第三条第三款的规定，请'
                  || a.head_title || a.head_name || '（或分管负责人）按时出庭应诉，并于开庭前回复出庭人员姓名及职务。'
              ELSE '【开庭提醒】' || a.name || a.head_name || a.head_title || '：明日' || h.court || '开庭审理'
                  || i.court_case_number || '一案，请按时出庭。'
              END
            END,
            k.send_at - interval '1 minute'
       FROM hearings h
       JOIN litigation_cases l ON l.id = h.litigation_case_id
       JOIN litigation_instances i ON i.id = h.instance_id
       JOIN litigation_defendants d ON d.litigation_case_id = l.id
       JOIN agencies a ON a.id = d.agency_id
      CROSS JOIN LATERAL (VALUES ('LETTER', h.scheduled_at - interval '7 days'),
                                 ('EVE_NOTICE', h.scheduled_at - interval '1 day')) AS k(kind, send_at)
      ORDER BY k.send_at`,
    [now],
  );
  // Judicial recommendations (司法建议) after 5 % of the judged instances, to the first
  // defendant, due 60 days after receipt, answered in 80 % (some late).
  await step(
    'judicial_recommendations',
    `INSERT INTO judicial_recommendations (litigation_case_id, agency_id, court, document_number,
       summary, received_on, due_on, answered_on, answer, created_by, created_at)
     SELECT i.lawsuit_id, d.agency_id, i.court,
            '（' || extract(year FROM j.received_on) || '）苏司建' || row_number() OVER (ORDER BY i.id) || '号',
            '建议规范行政执法程序，加强行政机关负责人出庭应诉工作。', j.received_on, j.received_on + 60,
            CASE WHEN j.u < 0.8 AND j.received_on + 20 + floor(j.u * 70)::int < $1::date
                 THEN j.received_on + 20 + floor(j.u * 70)::int END,
            CASE WHEN j.u < 0.8 AND j.received_on + 20 + floor(j.u * 70)::int < $1::date
                 THEN '已组织整改并书面回复。' END,
            ${staff}[1 + floor(j.u * 3)::int],
            (j.received_on + time '10:00') AT TIME ZONE 'Asia/Shanghai'
       FROM seed_instance i
       JOIN litigation_defendants d ON d.litigation_case_id = i.lawsuit_id AND d.position = 1
      CROSS JOIN LATERAL (SELECT least($1::date - 1, i.judged_on + 10 + floor(random() * 30)::int)
                                   AS received_on, random() AS u) j
      WHERE i.judged_on IS NOT NULL AND random() < 0.05
      ORDER BY j.received_on`,
    [today],
  );
  await db.query('DROP TABLE seed_lawsuit, seed_instance, seed_hearing');
  await step(
    'VACUUM ANALYZE',
    'VACUUM (ANALYZE) case_suspensions, recommendation_letters, litigation_cases, ' +
      'litigation_defendants, litigation_instances, hearings, hearing_appearances, ' +
      'reminder_letters, judicial_recommendations, agencies',
  );
  await db.query('CHECKPOINT').catch(() => log('  (CHECKPOINT refused: not a superuser)'));
  return {
    suspensions: await count(db, 'case_suspensions'),
    recommendationLetters: await count(db, 'recommendation_letters'),
    lawsuits: await count(db, 'litigation_cases'),
    instances: await count(db, 'litigation_instances'),
    hearings: await count(db, 'hearings'),
    appearances: await count(db, 'hearing_appearances'),
    reminderLetters: await count(db, 'reminder_letters'),
    judicialRecommendations: await count(db, 'judicial_recommendations'),
    seconds: (Date.now() - t0) / 1000,
  };
}
