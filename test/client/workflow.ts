/**
 * A front end's day, written only against the generated client: the types come from the OpenAPI
 * document (`npm run openapi:check` generates .openapi/schema.d.ts with openapi-typescript and
 * compiles this file with test/client/tsconfig.json), and test/client.e2e-spec.ts runs it against
 * the live app. If the document and the API part ways, one of the two fails.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from '../../.openapi/schema';

type Schemas = components['schemas'];

export interface WorkflowResult {
  registered: Schemas['CaseView'];
  accepted: Schemas['CaseView'];
  timeline: Schemas['TimelineEventView'][];
  listed: Schemas['CaseSummaryView'][];
  figures: Schemas['ReconsiderationReportView'];
  /** A lawsuit against the agency, its hearing held and the head's attendance recorded. */
  lawsuit: Schemas['LitigationCaseView'];
}

/** Fails with the error body when the API answers an error. */
function ok<T>(
  result: { data?: T; error?: unknown; response: Response },
  what: string,
): NonNullable<T> {
  if (result.data === undefined || result.data === null) {
    throw new Error(`${what}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

/**
 * As the administrator: an agency and an officer; as the officer: register an application, read
 * it, find it in the list, accept it, read its timeline and the year's figures; register a lawsuit
 * against the agency, enter a hearing held, record who appeared and read the lawsuit back.
 */
export async function runWorkflow(
  baseUrl: string,
  admin: { username: string; password: string },
  unique: string,
): Promise<WorkflowResult> {
  const client = createClient<paths>({ baseUrl });
  const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  const adminPair = ok(await client.POST('/api/v1/auth/login', { body: admin }), 'login');
  const asAdmin = auth(adminPair.accessToken);
  const agency = ok(
    await client.POST('/api/v1/agencies', {
      ...asAdmin,
      body: {
        name: `区生态环境局-${unique}`,
        kind: 'DEPARTMENT',
        headName: '赵六',
        headTitle: '局长',
      },
    }),
    'create agency',
  );
  const password = `pw-${unique}-secret`;
  const officer = ok(
    await client.POST('/api/v1/users', {
      ...asAdmin,
      body: { username: `officer-${unique}`, displayName: '承办人', password, role: 'OFFICER' },
    }),
    'create officer',
  );

  const pair = ok(
    await client.POST('/api/v1/auth/login', { body: { username: officer.username, password } }),
    'officer login',
  );
  const asOfficer = auth(pair.accessToken);
  const me = ok(await client.GET('/api/v1/auth/me', asOfficer), 'me');
  if (me.role !== 'OFFICER') throw new Error(`me: role ${me.role}`);

  const registered = ok(
    await client.POST('/api/v1/cases', {
      ...asOfficer,
      params: { header: { 'Idempotency-Key': `workflow-${unique}` } },
      body: {
        channel: 'WINDOW',
        receivedOn: '2026-02-26',
        applicants: [{ kind: 'PERSON', name: '孙九', idNumber: '11010519491231002X' }],
        respondentId: agency.id,
        act: { type: 'OTHER', summary: '责令停产停业' },
        requests: '撤销行政行为',
      },
    }),
    'register',
  );
  const read = ok(
    await client.GET('/api/v1/cases/{id}', {
      ...asOfficer,
      params: { path: { id: registered.id } },
    }),
    'get case',
  );
  if (read.number !== registered.number) throw new Error('get case: another case');

  const page = ok(
    await client.GET('/api/v1/cases', {
      ...asOfficer,
      params: { query: { limit: 100, respondentId: agency.id } },
    }),
    'list cases',
  );

  const accepted = ok(
    await client.POST('/api/v1/cases/{id}/acceptance', {
      ...asOfficer,
      params: { path: { id: registered.id } },
      body: {
        accepted: true,
        procedure: 'SIMPLIFIED',
        acceptedOn: '2026-03-02',
        simplifiedGround: 'PARTIES_AGREE',
      },
    }),
    'accept',
  );
  const timeline = ok(
    await client.GET('/api/v1/cases/{id}/timeline', {
      ...asOfficer,
      params: { path: { id: registered.id } },
    }),
    'timeline',
  );
  const figures = ok(
    await client.GET('/api/v1/statistics/reconsideration', {
      ...asOfficer,
      params: { query: { from: '2026-01-01', to: '2026-12-31', groupBy: 'respondent' } },
    }),
    'statistics',
  );

  const sued = ok(
    await client.POST('/api/v1/litigation-cases', {
      ...asOfficer,
      body: {
        court: '某区人民法院',
        courtCaseNumber: `(2026)浙0105行初${unique}号`,
        plaintiff: '孙九',
        defendantAgencyIds: [agency.id],
        cause: '责令停产停业',
        filedOn: '2026-02-20',
      },
    }),
    'register lawsuit',
  );
  const hearing = ok(
    await client.POST('/api/v1/litigation-cases/{id}/hearings', {
      ...asOfficer,
      params: { path: { id: sued.id } },
      body: {
        scheduledAt: '2026-02-27T09:30:00+08:00',
        court: '某区人民法院',
        courtroom: '第一法庭',
      },
    }),
    'schedule hearing',
  );
  ok(
    await client.POST('/api/v1/litigation-cases/{id}/hearings/{hid}/attendance', {
      ...asOfficer,
      params: { path: { id: sued.id, hid: hearing.id } },
      body: {
        attendeeRole: 'PRINCIPAL',
        attendeeName: '赵六',
        attendeeTitle: '局长',
        identityProofSubmitted: true,
      },
    }),
    'record attendance',
  );
  const lawsuit = ok(
    await client.GET('/api/v1/litigation-cases/{id}', {
      ...asOfficer,
      params: { path: { id: sued.id } },
    }),
    'get lawsuit',
  );
  return { registered, accepted, timeline, listed: page.items, figures, lawsuit };
}
