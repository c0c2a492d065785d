/**
 * The views of lawsuits and hearings as the API returns them, each loaded in one round of queries
 * for any number of lawsuits (a listing page as one lawsuit).
 */
import { EntityManager, In } from 'typeorm';
import { toLocalDate } from '../common/local-date';
import { AgencyEntity } from '../organizations/agency.entity';
import {
  AppearanceView,
  HearingView,
  JudicialRecommendationView,
  LiaisonReportView,
  LitigationCaseView,
} from './dto/litigation.dto';
import { HearingAppearanceEntity } from './hearing-appearance.entity';
import { HearingEntity } from './hearing.entity';
import { HearingStatus } from './hearing.enums';
import { JudicialRecommendationEntity } from './judicial-recommendation.entity';
import { LitigationCaseEntity } from './litigation-case.entity';
import { LitigationDefendantEntity } from './litigation-defendant.entity';
import { LitigationInstanceEntity } from './litigation-instance.entity';
import { courtNoticeTimely, instanceDuty } from './rules/attendance.rules';

const groupBy = <T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> => {
  const m = new Map<K, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};

const appearanceView = (
  a: HearingAppearanceEntity,
  h: HearingEntity,
  report: LiaisonReportView | null,
): AppearanceView => ({
  agencyId: a.agencyId,
  courtNoticeServedOn: a.courtNoticeServedOn,
  courtNoticeTimely:
    a.courtNoticeServedOn === null
      ? null
      : courtNoticeTimely(a.courtNoticeServedOn, toLocalDate(h.scheduledAt)),
  appearance: a.appearance,
  attendeeRole: a.attendeeRole,
  attendeeName: a.attendeeName,
  attendeeTitle: a.attendeeTitle,
  identityProofSubmitted: a.identityProofSubmitted,
  absenceReason: a.absenceReason,
  absenceProof: a.absenceProof,
  recordedAt: a.recordedAt?.toISOString() ?? null,
  liaisonReport: report,
});

export const recommendationView = (
  r: JudicialRecommendationEntity,
  today: string,
): JudicialRecommendationView => ({
  id: r.id,
  litigationCaseId: r.litigationCaseId,
  agencyId: r.agencyId,
  court: r.court,
  documentNumber: r.documentNumber,
  summary: r.summary,
  receivedOn: r.receivedOn,
  dueOn: r.dueOn,
  answeredOn: r.answeredOn,
  answer: r.answer,
  overdue: r.answeredOn === null && r.dueOn < today,
  version: r.version,
});

/** Hearings with their appearances (in the lawsuit's defendant order) and the liaisons' reports. */
export async function hearingViews(
  em: EntityManager,
  hearings: HearingEntity[],
  defendantOrder: (litigationCaseId: string) => string[],
): Promise<HearingView[]> {
  if (hearings.length === 0) return [];
  const ids = hearings.map((h) => h.id);
  const appearances = await em.find(HearingAppearanceEntity, { where: { hearingId: In(ids) } });
  const reports = await em.query<
    { hearing_id: string; agency_id: string; name: string; title: string; at: Date }[]
  >(
    `SELECT DISTINCT ON (hearing_id, agency_id) hearing_id, agency_id, attendee_name AS name,
              attendee_title AS title, acknowledged_at AS at
         FROM reminder_letters
        WHERE hearing_id = ANY($1) AND acknowledged_at IS NOT NULL
        ORDER BY hearing_id, agency_id, acknowledged_at DESC, id DESC`,
    [ids],
  );
  const byHearing = groupBy(appearances, (a) => a.hearingId);
  const reportOf = new Map(
    reports.map((r): [string, LiaisonReportView] => [
      `${r.hearing_id}|${r.agency_id}`,
      { attendeeName: r.name, attendeeTitle: r.title, acknowledgedAt: r.at.toISOString() },
    ]),
  );
  return hearings.map((h) => {
    const order = defendantOrder(h.litigationCaseId);
    const rows = [...(byHearing.get(h.id) ?? [])].sort(
      (a, b) => order.indexOf(a.agencyId) - order.indexOf(b.agencyId),
    );
    return {
      id: h.id,
      litigationCaseId: h.litigationCaseId,
      instanceId: h.instanceId,
      scheduledAt: h.scheduledAt.toISOString(),
      court: h.court,
      courtroom: h.courtroom,
      status: h.status,
      appearances: rows.map((a) =>
        appearanceView(a, h, reportOf.get(`${h.id}|${a.agencyId}`) ?? null),
      ),
      version: h.version,
    };
  });
}

/** The full views of `lawsuits`, in their order. */
export async function lawsuitViews(
  em: EntityManager,
  lawsuits: LitigationCaseEntity[],
  now: Date,
): Promise<LitigationCaseView[]> {
  if (lawsuits.length === 0) return [];
  const ids = lawsuits.map((l) => l.id);
  const where = { litigationCaseId: In(ids) };
  const defendants = await em.find(LitigationDefendantEntity, {
    where,
    order: { position: 'ASC' },
  });
  const instances = await em.find(LitigationInstanceEntity, { where, order: { seq: 'ASC' } });
  const hearings = await em.find(HearingEntity, { where, order: { scheduledAt: 'ASC' } });
  const recommendations = await em.find(JudicialRecommendationEntity, {
    where,
    order: { receivedOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
  });
  const names = new Map(
    (
      await em.find(AgencyEntity, {
        select: { id: true, name: true },
        where: { id: In([...new Set(defendants.map((d) => d.agencyId))]) },
      })
    ).map((a) => [a.id, a.name]),
  );
  const defendantsOf = groupBy(defendants, (d) => d.litigationCaseId);
  const order = (id: string): string[] => (defendantsOf.get(id) ?? []).map((d) => d.agencyId);
  const views = await hearingViews(em, hearings, order);
  const hearingsOf = groupBy(views, (h) => h.litigationCaseId);
  const instancesOf = groupBy(instances, (i) => i.litigationCaseId);
  const recommendationsOf = groupBy(recommendations, (r) => r.litigationCaseId);
  const today = toLocalDate(now);
  return lawsuits.map((l) => {
    const own = hearingsOf.get(l.id) ?? [];
    return {
      id: l.id,
      plaintiff: l.plaintiff,
      defendants: (defendantsOf.get(l.id) ?? []).map((d) => ({
        agencyId: d.agencyId,
        name: names.get(d.agencyId) ?? '',
      })),
      cause: l.cause,
      reconsiderationCaseId: l.reconsiderationCaseId,
      filedOn: l.filedOn,
      instances: (instancesOf.get(l.id) ?? []).map((i) => {
        const held = own.filter(
          (h) =>
            h.instanceId === i.id &&
            h.status === HearingStatus.SCHEDULED &&
            Date.parse(h.scheduledAt) <= now.getTime(),
        );
        return {
          id: i.id,
          seq: i.seq,
          stage: i.stage,
          court: i.court,
          courtCaseNumber: i.courtCaseNumber,
          filedOn: i.filedOn,
          judgment: i.judgment,
          judgedOn: i.judgedOn,
          headDuties: order(l.id).map((agencyId) => ({
            agencyId,
            duty: instanceDuty(
              held.map((h) => {
                const a = h.appearances.find((x) => x.agencyId === agencyId);
                return {
                  appearance: a?.appearance ?? null,
                  courtNoticed: a?.courtNoticeServedOn != null,
                };
              }),
            ),
          })),
        };
      }),
      hearings: own,
      judicialRecommendations: (recommendationsOf.get(l.id) ?? []).map((r) =>
        recommendationView(r, today),
      ),
      version: l.version,
    };
  });
}
