/**
 * The messages of every error code, in Chinese and English: one catalogue for the error filter
 * (the error's `message`) and the validation pipe (each bad field's `message` in `details`).
 *
 * Which language: the request's `Accept-Language` (quality values honoured); Chinese when it asks
 * for no language we have, or when there is no header (README, "Languages"). The `code` never
 * changes with the language: programs read the code, people read the message.
 *
 * Placeholders: `{field}` (the bad field, e.g. `applicants[0].idNumber`), `{limit}` (the bound of
 * a length, size or range rule) and `{values}` (the allowed values of an enum or list).
 * English: the message the code was thrown with, which often names the particular record or rule,
 * falls back to `en` here; Chinese always comes from here.
 */
export type Language = 'zh' | 'en';

/** The language of a request that does not ask for one we have. */
export const DEFAULT_LANGUAGE: Language = 'zh';

/** The `Content-Language` of an answer in each language. */
export const CONTENT_LANGUAGE: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

export interface Message {
  zh: string;
  en: string;
}

export type MessageParams = Record<string, string | number>;

/** The error codes of a whole request (`code` of the body), by code. */
export const ERROR_MESSAGES: Record<string, Message> = {
  // --- generic, by HTTP status (src/common/error.filter.ts) -------------------------------------
  BAD_REQUEST: { zh: '请求有误，无法处理', en: 'Bad request' },
  MALFORMED_JSON: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Authentication required' },
  FORBIDDEN: { zh: '您的角色无权执行此操作', en: 'Your role may not do this' },
  NOT_FOUND: { zh: '未找到请求的内容', en: 'Not found' },
  METHOD_NOT_ALLOWED: { zh: '不支持该请求方法', en: 'Method not allowed' },
  NOT_ACCEPTABLE: { zh: '无法提供所要求的格式', en: 'Not acceptable' },
  CONFLICT: { zh: '与当前数据冲突', en: 'Conflict with the current state' },
  PAYLOAD_TOO_LARGE: { zh: '请求内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持该内容类型', en: 'Unsupported content type' },
  UNPROCESSABLE: { zh: '请求无法处理', en: 'Unprocessable request' },
  TOO_MANY_REQUESTS: {
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests; try again later',
  },
  SERVICE_UNAVAILABLE: {
    zh: '服务暂时不可用（数据库无法连接），请稍后再试',
    en: 'The database is unavailable; try again shortly',
  },
  INTERNAL_ERROR: { zh: '系统内部错误，请联系管理员', en: 'Internal error' },
  HEADERS_TOO_LARGE: {
    zh: '请求行或请求头过大',
    en: 'The request line or headers are larger than allowed',
  },
  REQUEST_TIMEOUT: { zh: '请求传输超时', en: 'The request took too long to arrive' },
  VALIDATION_FAILED: { zh: '请求数据校验未通过', en: 'Request validation failed' },

  // --- sign-in and sessions (src/auth, src/users) ------------------------------------------------
  INVALID_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    zh: '登录失败次数过多，账号已暂时锁定，请稍后再试',
    en: 'Too many failed sign-ins; the account is locked for a while',
  },
  INVALID_TOKEN: {
    zh: '登录凭证无效或已过期，请重新登录',
    en: 'The access token is invalid or expired',
  },
  INVALID_REFRESH_TOKEN: {
    zh: '刷新凭证无效或已过期，请重新登录',
    en: 'The refresh token is invalid or expired',
  },
  SESSION_ENDED: { zh: '会话已结束，请重新登录', en: 'The session has ended; sign in again' },
  TOKEN_CONFLICT: { zh: '凭证冲突，请重试', en: 'Token conflict; try again' },
  USERNAME_TAKEN: { zh: '用户名已被使用', en: 'The username is taken' },
  USER_NOT_FOUND: { zh: '用户不存在', en: 'User not found' },
  LAST_ADMIN: {
    zh: '不能停用或降级最后一名管理员',
    en: 'The last administrator cannot be removed',
  },
  CANNOT_DEMOTE_SELF: { zh: '不能更改自己的角色', en: 'You cannot change your own role' },

  // --- organisations, calendar -------------------------------------------------------------------
  AGENCY_NOT_FOUND: { zh: '行政机关不存在', en: 'Agency not found' },
  AGENCY_NAME_TAKEN: { zh: '已有同名的行政机关', en: 'An agency of that name exists' },
  JUDICIAL_OFFICE_NOT_FOUND: { zh: '司法所不存在', en: 'Judicial office not found' },
  OFFICE_NOT_FOUND: { zh: '司法所不存在', en: 'Judicial office not found' },
  JUDICIAL_OFFICE_NAME_TAKEN: {
    zh: '已有同名的司法所',
    en: 'A judicial office of that name exists',
  },
  CALENDAR_DAY_NOT_FOUND: { zh: '日历中没有该日期的设置', en: 'Calendar day not found' },
  INVALID_YEAR: { zh: '年份超出范围', en: 'The year is out of range' },

  // --- cases -------------------------------------------------------------------------------------
  CASE_NOT_FOUND: { zh: '案件不存在', en: 'Case not found' },
  CASE_STATE_CONFLICT: {
    zh: '案件当前状态不允许此操作',
    en: 'The case is not in a state that allows this',
  },
  CASE_VERSION_CONFLICT: {
    zh: '案件已被他人修改，请刷新后重试',
    en: 'The case was changed meanwhile; reload and try again',
  },
  CASE_NUMBER_CONFLICT: { zh: '案号冲突，请重试', en: 'Case number conflict; try again' },
  IDEMPOTENCY_KEY_REUSED: {
    zh: '该幂等键已用于内容不同的请求',
    en: 'The Idempotency-Key was used with another request body',
  },
  INVALID_IDEMPOTENCY_KEY: { zh: 'Idempotency-Key 格式不正确', en: 'Invalid Idempotency-Key' },
  SUPPLEMENT_REQUEST_NOT_FOUND: { zh: '补正通知不存在', en: 'Supplement request not found' },
  SUPPLEMENT_REQUEST_CLOSED: {
    zh: '补正通知已结束',
    en: 'The supplement request is closed',
  },
  REVIEW_MEDIATION_OPEN: {
    zh: '本案已有正在进行的调解',
    en: 'This case has a mediation in progress',
  },
  SUPPLEMENT_ALREADY_REQUESTED: {
    zh: '补正通知应当一次性载明需要补正的事项，不得再次通知补正（行政复议法第三十一条第一款）',
    en: 'A supplement notice lists everything at once; it is not sent twice (Art. 31 para 1)',
  },
  ACCEPTANCE_PERIOD_ENDED: {
    zh: '审查期限已届满，依法视为受理（行政复议法第三十条第三款），不能再决定不予受理；受理后发现不符合受理条件的，应当决定驳回申请（第三十三条）',
    en: 'The review period has ended: the application is accepted by law (Art. 30 para 3); dismiss it under Art. 33 instead',
  },
  DUPLICATE: { zh: '重复的记录', en: 'Duplicate' },
  UNIQUE_VIOLATION: { zh: '记录已存在', en: 'The record exists already' },
  INVALID_CURSOR: { zh: '分页游标无效', en: 'Invalid cursor' },

  // --- materials ---------------------------------------------------------------------------------
  MATERIAL_NOT_FOUND: { zh: '材料不存在', en: 'Material not found' },
  MATERIAL_FILE_MISSING: {
    zh: '材料文件缺失，请联系管理员',
    en: 'The material file is missing from storage',
  },
  FILE_TOO_LARGE: { zh: '文件过大', en: 'The file is too large' },
  EMPTY_FILE: { zh: '文件为空', en: 'The file is empty' },
  UNSUPPORTED_FILE_TYPE: {
    zh: '不支持该文件类型（文件内容与类型不符或格式不允许）',
    en: 'Unsupported file type',
  },
  NOT_MULTIPART: {
    zh: '上传须使用 multipart/form-data',
    en: 'The upload must be multipart/form-data',
  },
  MALFORMED_MULTIPART: { zh: '上传内容格式有误', en: 'Malformed multipart body' },
  TOO_MANY_FILES: { zh: '一次只能上传一个文件', en: 'One file per upload' },
  TOO_MANY_FIELDS: { zh: '上传表单字段过多', en: 'Too many form fields' },

  // --- mediation, review -------------------------------------------------------------------------
  NO_OPEN_MEDIATION: { zh: '没有进行中的案前调解', en: 'No pre-case mediation is open' },
  MEDIATION_OPEN: { zh: '已有进行中的案前调解', en: 'A pre-case mediation is open already' },
  ALREADY_EXTENDED: { zh: '审理期限已延长过一次', en: 'The case was extended already' },
  EXTENSION_NOT_ALLOWED: { zh: '此案不得延长审理期限', en: 'This case may not be extended' },
  DRAFT_PENDING: { zh: '已有待审批的决定草稿', en: 'A draft decision awaits approval' },
  NO_DRAFT: { zh: '没有待审批的决定草稿', en: 'No draft decision awaits approval' },
  APPROVER_IS_DRAFTER: {
    zh: '起草人不能审批自己的决定',
    en: 'The drafter may not approve the decision',
  },
  LETTER_EXISTS: { zh: '该文书已存在', en: 'The letter exists already' },
  ANSWER_NOT_FOUND: {
    zh: '被申请人尚未提出书面答复',
    en: "The respondent's answer is not recorded",
  },
  ANSWER_ALREADY_RECORDED: {
    zh: '被申请人的书面答复已登记，不能重复登记',
    en: "The respondent's answer is recorded already",
  },
  ANSWER_COPY_NOT_RECEIVED: {
    zh: '尚未登记被申请人收到行政复议申请书副本的日期，答复期限尚未起算（行政复议法第四十八条）',
    en: "The respondent's receipt of the application's copy is not recorded: the answer period has not begun (Art. 48)",
  },
  ANSWER_COPY_ALREADY_SENT: {
    zh: '申请书副本的发送日期已登记，不能更改',
    en: 'The day the copy was sent is recorded already and cannot be changed',
  },
  ANSWER_COPY_ALREADY_RECEIVED: {
    zh: '被申请人收到申请书副本的日期已登记，不能更改',
    en: 'The day the respondent received the copy is recorded already and cannot be changed',
  },

  // --- documents ---------------------------------------------------------------------------------
  DOCUMENT_NOT_FOUND: { zh: '文书不存在', en: 'Document not found' },
  DOCUMENT_NOT_AVAILABLE: {
    zh: '案件尚无制作该文书所需的记录',
    en: 'The case has no record this document is drawn from',
  },
  DOCUMENT_ISSUED: { zh: '该文书已印发，不能再次印发', en: 'The document is issued already' },
  DOCUMENT_NOT_ISSUED: { zh: '文书印发后才能送达', en: 'A draft is issued before it is served' },
  DOCUMENT_SUPERSEDED: {
    zh: '该文书已被更正，请送达更正后的文书',
    en: 'The document was corrected: serve the one that supersedes it',
  },
  DOCUMENT_NUMBER_CONFLICT: { zh: '文号冲突，请重试', en: 'Try again' },
  ALREADY_SUPERSEDED: { zh: '该文书已被更正过', en: 'That document was corrected already' },

  // --- alerts, litigation, reminders, statistics -------------------------------------------------
  ALERT_NOT_FOUND: { zh: '预警不存在', en: 'Alert not found' },
  ALERT_EXISTS: { zh: '预警已存在', en: 'The alert exists already' },
  LITIGATION_CASE_NOT_FOUND: { zh: '应诉案件不存在', en: 'Lawsuit not found' },
  LITIGATION_CASE_EXISTS: { zh: '该应诉案件已登记', en: 'The lawsuit is registered already' },
  LITIGATION_CONCLUDED: { zh: '应诉案件已结案', en: 'The lawsuit is concluded' },
  HEARING_NOT_FOUND: { zh: '庭审不存在', en: 'Hearing not found' },
  HEARING_CANCELLED: { zh: '庭审已取消', en: 'The hearing is cancelled' },
  HEARING_NOT_HELD: { zh: '庭审尚未举行', en: 'The hearing has not been held' },
  INSTANCE_OPEN: {
    zh: '本审级尚未作出裁判，不能进入下一审级',
    en: 'The current instance has not been judged yet',
  },
  STAGE_OUT_OF_ORDER: {
    zh: '审级顺序不符：二审在一审或再审之后，重审一审只在发回重审之后',
    en: 'That instance cannot follow the current one',
  },
  LITIGATION_VERSION_CONFLICT: { zh: '应诉案件已被他人修改，请重试', en: 'Try again' },
  ORGAN_EXISTS: { zh: '行政复议机关已登记', en: 'The reconsideration organ is registered already' },
  JUDICIAL_RECOMMENDATION_NOT_FOUND: {
    zh: '司法建议不存在',
    en: 'Judicial recommendation not found',
  },
  RECOMMENDATION_ANSWERED: { zh: '该司法建议已登记回复', en: 'The answer is recorded already' },
  REMINDER_LETTER_NOT_FOUND: { zh: '出庭提示函不存在', en: 'Reminder letter not found' },
  NOT_A_LETTER: {
    zh: '开庭前一日提醒是短信，没有文书',
    en: 'A day-before notice is a message, not a letter',
  },
  NOT_READY: { zh: '尚未就绪，请稍后再试', en: 'Not ready yet; try again shortly' },
  NOT_ALLOWED: { zh: '不允许此操作', en: 'Not allowed' },
  PERIOD_REVERSED: { zh: '统计期间的起始日期晚于结束日期', en: 'The period ends before it starts' },
  PERIOD_TOO_LONG: { zh: '统计期间过长', en: 'The period is too long' },
  PERIOD_IN_FUTURE: { zh: '统计期间尚未开始', en: 'The period lies in the future' },

  // --- parties, stays of enforcement (src/parties, src/review/stays.service.ts) ------------------
  PARTY_EXISTS: {
    zh: '该当事人已以同一身份登记',
    en: 'This person or organisation is on the case in this role already',
  },
  AGENT_LIMIT_REACHED: {
    zh: '该申请人或第三人已委托两名代理人，不能再委托（行政复议法第十七条：委托一至二名代理人）',
    en: 'One or two agents each (Art. 17): this principal has two already',
  },
  REPRESENTATIVE_NOT_ALLOWED: {
    zh: '申请人超过五人的，方可推选代表人（行政复议法第十五条，行政复议法实施条例第八条）',
    en: 'Representatives are elected where there are more than 5 applicants (Art. 15; Reg. 2007 Art. 8)',
  },
  REPRESENTATIVE_LIMIT_REACHED: {
    zh: '代表人已有五名（行政复议法实施条例第八条：推选1至5名代表）',
    en: 'The case has 5 representatives already (Reg. 2007 Art. 8)',
  },
  STAY_NOT_FOUND: { zh: '停止执行记录不存在', en: 'Stay of enforcement not found' },
  STAY_ALREADY_DECIDED: {
    zh: '该停止执行申请已作出决定',
    en: 'The stay was decided already',
  },
  // A warning of a registration (RegisteredCaseView.warnings), not an error: the case is registered.
  POSSIBLE_DUPLICATE: {
    zh: '该申请人可能已就同一行政行为提出过行政复议申请（行政复议法第三十条第一款第七项、第七十四条第二款）',
    en: 'The applicant may have applied against the same act before (Art. 30 para 1 item 7, Art. 74 para 2)',
  },

  // --- who approves, suspension, termination, decision forms (src/review/rules/review.rules.ts) -
  NOT_OFFICE_HEAD: {
    zh: '须经行政复议机构的负责人批准（行政复议法第五十五条、第六十二条第一款）：请由被指定为行政复议机构负责人的审批人办理',
    en: 'This is approved by the head of the reconsideration office (Arts. 55, 62 para 1)',
  },
  NOT_ORGAN_HEAD: {
    zh: '行政复议决定须经行政复议机关的负责人同意或者集体讨论通过（行政复议法第六十一条第一款）：请由被指定为行政复议机关负责人的审批人审批，或注明通过该决定的集体讨论',
    en: 'A decision is agreed by the head of the reconsideration organ or passed by a collective discussion (Art. 61 para 1)',
  },
  NOT_SIMPLIFIED: {
    zh: '本案未适用简易程序，无需转为普通程序（行政复议法第五十五条）',
    en: 'Only a case under the simplified procedure is switched to the ordinary one (Art. 55)',
  },
  DISCUSSION_BEFORE_DRAFT: {
    zh: '该集体讨论记录早于待审批的决定草稿，不能作为通过该草稿的依据（行政复议法第六十一条第一款）',
    en: 'The collective discussion was recorded before the draft awaiting approval (Art. 61 para 1)',
  },
  WITHDRAWAL_NEEDS_APPROVAL: {
    zh: '申请人撤回行政复议申请的，须经行政复议机构准予撤回，由审批人办理（行政复议法第四十一条第一项、第七十四条第二款）',
    en: 'A withdrawal ends the review once the office allows it: a REVIEWER records it (Art. 41 item 1; Art. 74 para 2)',
  },
  SUSPENSION_GROUND_NOT_LAPSING: {
    zh: '仅依照行政复议法第三十九条第一款第一项、第二项、第四项中止的案件，方可因中止满六十日终止（第四十一条第五项）',
    en: 'Only a case suspended on Art. 39 para 1 item 1, 2 or 4 ends for a lapsed suspension (Art. 41 item 5)',
  },
  SUSPENSION_NOT_LAPSED: {
    zh: '中止尚未满六十日，不能以中止原因仍未消除为由终止（行政复议法第四十一条第五项）',
    en: 'The suspension has not lasted 60 days (Art. 41 item 5)',
  },
  DISMISS_NOT_INACTION: {
    zh: '驳回行政复议请求仅适用于申请人认为被申请人不履行法定职责的案件（行政复议法第六十九条）',
    en: 'DISMISS answers an application against a failure to act (Art. 69)',
  },
  NO_THIRD_PARTY: {
    zh: '本案没有第三人，不存在第三人提出的相反请求（行政复议法第六十三条第二款）',
    en: 'The case has no third party to have asked for the contrary (Art. 63 para 2)',
  },

  // --- the review's proceedings: views, 听证, the committee (src/review/proceedings.service.ts) --
  FORMAL_HEARING_NOT_FOUND: { zh: '听证记录不存在', en: 'Formal hearing not found' },
  FORMAL_HEARING_ALREADY_RECORDED: {
    zh: '该听证的举行情况已登记，不能重复登记',
    en: 'The formal hearing is recorded already',
  },
  FORMAL_HEARING_NOT_DUE: {
    zh: '听证举行日期尚未到来，不能登记听证已举行',
    en: 'The day of the formal hearing has not come: it cannot be recorded as held',
  },
  COMMITTEE_REFERRAL_NOT_FOUND: {
    zh: '提请行政复议委员会咨询的记录不存在',
    en: 'Committee referral not found',
  },
  COMMITTEE_OPINION_ALREADY_RECORDED: {
    zh: '行政复议委员会的咨询意见已记录，不能重复记录',
    en: "The committee's opinion is recorded already",
  },
  // Warnings of a decision draft (GET /cases/:id/review-warnings), not errors.
  VIEWS_NOT_HEARD: {
    zh: '本案适用普通程序，尚未记录听取当事人的意见（行政复议法第四十九条）',
    en: "Ordinary procedure: the parties' views are not recorded (Art. 49)",
  },
  FORMAL_HEARING_NOT_RECORDED: {
    zh: '已通知的听证尚未登记举行情况和听证笔录（行政复议法第五十一条、第六十一条第二款）',
    en: 'A formal hearing noticed is not recorded as held or not held (Arts. 51, 61 para 2)',
  },
  COMMITTEE_OPINION_PENDING: {
    zh: '已提请行政复议委员会提出咨询意见，尚未记录咨询意见（行政复议法第五十二条第三款、第六十一条第三款）',
    en: "The committee's opinion is not recorded yet (Arts. 52 para 3, 61 para 3)",
  },

  // --- mediation in review, after the decision (src/review/review-mediation.service.ts,
  // src/review/rules/follow-up.rules.ts) -----------------------------------------------------------
  NO_OPEN_REVIEW_MEDIATION: {
    zh: '本案没有正在进行的行政复议调解',
    en: 'This case has no mediation in progress',
  },
  DECISION_NOT_FOUND: {
    zh: '本案没有已作出的行政复议决定',
    en: 'The case has no approved decision',
  },
  DECISION_ALREADY_SERVED: {
    zh: '行政复议决定书已登记送达，不能重复登记（行政复议法第七十五条第二款）',
    en: 'The decision was served already (Art. 75 para 2)',
  },
  DECISION_NOT_SERVED: {
    zh: '行政复议决定书尚未送达，尚未发生法律效力，不能登记履行情况（行政复议法第七十五条第二款）',
    en: 'The decision has not been served: it is not in effect yet (Art. 75 para 2)',
  },
  PERFORMANCE_ALREADY_REPORTED: {
    zh: '被申请人的履行情况已登记，不能重复登记',
    en: "The respondent's performance is reported already",
  },
};

/** The codes of one bad field (`details[].code`), by code. */
export const FIELD_MESSAGES: Record<string, Message> = {
  // --- the pipe itself (src/common/validation.ts) ------------------------------------------------
  REQUIRED: { zh: '{field}为必填项', en: '{field} is required' },
  NOT_NULL: { zh: '{field}不能为 null', en: '{field} must not be null' },
  UNKNOWN_FIELD: { zh: '不允许的字段 {field}', en: 'property {field} should not exist' },
  INVALID_NESTED: { zh: '{field}必须是对象', en: '{field} must be an object' },
  INVALID_CHARACTERS: {
    zh: '{field}含有不允许的字符（NUL 或不成对的代理项）',
    en: '{field} contains a NUL character or an unpaired surrogate',
  },
  NESTED_TOO_DEEP: {
    zh: '{field}嵌套超过 {limit} 层',
    en: '{field} is nested more than {limit} levels deep',
  },
  OBJECT_EXPECTED: {
    zh: '请求体必须是 JSON 对象',
    en: 'The request body must be a JSON object',
  },

  // --- class-validator's rules, by constraint --------------------------------------------------
  IS_STRING: { zh: '{field}必须是字符串', en: '{field} must be a string' },
  MIN_LENGTH: {
    zh: '{field}至少 {limit} 个字符',
    en: '{field} must be at least {limit} characters',
  },
  MAX_LENGTH: {
    zh: '{field}不能超过 {limit} 个字符',
    en: '{field} must be at most {limit} characters',
  },
  MIN: { zh: '{field}不能小于 {limit}', en: '{field} must not be less than {limit}' },
  MAX: { zh: '{field}不能大于 {limit}', en: '{field} must not be greater than {limit}' },
  IS_INT: { zh: '{field}必须是整数', en: '{field} must be an integer number' },
  IS_NUMBER: { zh: '{field}必须是数字', en: '{field} must be a number' },
  IS_BOOLEAN: { zh: '{field}必须是布尔值（true 或 false）', en: '{field} must be a boolean value' },
  IS_ENUM: { zh: '{field}必须是以下值之一：{values}', en: '{field} must be one of: {values}' },
  IS_IN: { zh: '{field}必须是以下值之一：{values}', en: '{field} must be one of: {values}' },
  MATCHES: { zh: '{field}格式不正确', en: '{field} has the wrong format' },
  IS_UUID: { zh: '{field}必须是有效的 UUID', en: '{field} must be a UUID' },
  INVALID_UUID: { zh: '{field}必须是有效的 UUID', en: '{field} must be a UUID' },
  IS_ARRAY: { zh: '{field}必须是数组', en: '{field} must be an array' },
  ARRAY_MIN_SIZE: {
    zh: '{field}至少包含 {limit} 项',
    en: '{field} must contain at least {limit} elements',
  },
  ARRAY_UNIQUE: { zh: '{field}中有重复项', en: '{field} must not repeat an element' },
  ARRAY_MAX_SIZE: {
    zh: '{field}最多包含 {limit} 项',
    en: '{field} must contain at most {limit} elements',
  },

  // --- the service's own rules (src/common/validators, DTOs, services) ---------------------------
  INVALID_DATE: {
    zh: '{field}必须是有效日期（YYYY-MM-DD）',
    en: '{field} must be a date YYYY-MM-DD',
  },
  INVALID_INSTANT: {
    zh: '{field}必须是带时区的 ISO 8601 时间',
    en: '{field} must be an ISO 8601 instant with an offset',
  },
  INVALID_PERIOD: { zh: '{field}必须是 YYYY 或 YYYY-MM', en: '{field} must be YYYY or YYYY-MM' },
  ID_NUMBER_CHECKSUM: {
    zh: '{field}不是有效的居民身份证号码（校验码不符）',
    en: '{field} is not a valid resident ID number',
  },
  CREDIT_CODE_CHECKSUM: {
    zh: '{field}不是有效的统一社会信用代码（校验码不符）',
    en: '{field} is not a valid unified social credit code',
  },
  INVALID_PHONE: { zh: '{field}不是有效的电话号码', en: '{field} is not a valid phone number' },
  PASSWORD_TOO_WEAK: {
    zh: '{field}强度不足：至少 10 个字符，并包含大写字母、小写字母、数字、符号中的至少 3 类',
    en: '{field} is too weak',
  },
  DATE_OUT_OF_ORDER: { zh: '{field}的日期先后顺序不正确', en: '{field} is out of order' },
  DATE_OUT_OF_RANGE: { zh: '{field}超出允许的日期范围', en: '{field} is out of range' },
  DATE_IN_FUTURE: { zh: '{field}不能晚于今天', en: '{field} must not be in the future' },
  UNKNOWN_AGENCY: { zh: '{field}所指的行政机关不存在', en: '{field}: no such agency' },
  NOT_SUPERSEDABLE: {
    zh: '只能更正本案已印发且尚未更正的同类文书',
    en: '{field}: only an issued document of the same kind and case, not corrected yet',
  },
  NO_SUBJECT: { zh: '该类文书每案一份，不需{field}', en: '{field}: this kind has one per case' },
  UNKNOWN_SUBJECT: {
    zh: '{field}所指的记录不属于本案',
    en: '{field}: no such record of this case',
  },
  CO_DEFENDANTS_REQUIRED: {
    zh: '复议机关决定维持原行政行为的，作出原行政行为的行政机关和复议机关是共同被告（行政诉讼法第二十六条第二款）',
    en: '{field}: after an upholding decision the agency and the reconsideration organ are co-defendants (ALL Art. 26 ¶2)',
  },
  ORGAN_ALONE_DEFENDANT: {
    zh: '复议机关改变原行政行为的，复议机关是被告（行政诉讼法第二十六条第二款）',
    en: '{field}: after a changing decision the reconsideration organ alone is the defendant (ALL Art. 26 ¶2)',
  },
  DEFENDANT_REQUIRED: {
    zh: '该案有多个被告，请指明是哪一被告',
    en: '{field}: the lawsuit has several defendants; say which',
  },
  NOT_A_DEFENDANT: { zh: '{field}所指的行政机关不是本案被告', en: '{field}: not a defendant' },
  ABSENCE_WITH_HEAD_PRESENT: {
    zh: '负责人已出庭，不应填写不能出庭的理由',
    en: '{field}: a head appeared, so there is no absence to excuse',
  },
  ABSENCE_REASON_REQUIRED: {
    zh: '填写了证明材料，请同时选择不能出庭的理由（最高人民法院规定第八条）',
    en: '{field}: give the reason the proof is for',
  },
  REMAND_ONLY_ON_APPEAL: {
    zh: '发回重审只适用于二审或再审',
    en: '{field}: only an appeal or a retrial remands',
  },
  UNKNOWN_OFFICE: { zh: '{field}所指的司法所不存在', en: '{field}: no such judicial office' },
  UNKNOWN_OFFICER: { zh: '{field}所指的承办人不存在', en: '{field}: no such officer' },
  UNKNOWN_CASE: { zh: '{field}所指的案件不存在', en: '{field}: no such case' },
  INVALID_CURSOR: { zh: '{field}不是有效的分页游标', en: '{field} is not a valid cursor' },
  INVALID_IDEMPOTENCY_KEY: {
    zh: '{field}格式不正确（1 到 255 个可见 ASCII 字符）',
    en: '{field} is not a valid Idempotency-Key',
  },
  INVALID_YEAR: { zh: '{field}超出允许的年份范围', en: '{field} is out of range' },
  NOT_ALLOWED: { zh: '{field}的值在此情形下不允许', en: '{field} is not allowed here' },
  EMPTY_FILE: { zh: '{field}是空文件', en: '{field} is empty' },
  DUPLICATE: { zh: '{field}重复', en: '{field} is a duplicate' },
  TOO_MANY_FILES: { zh: '{field}：一次只能上传一个文件', en: '{field}: one file per upload' },
  PERIOD_IN_FUTURE: { zh: '{field}所指的期间尚未开始', en: '{field} lies in the future' },
  PERIOD_REVERSED: { zh: '{field}早于起始日期', en: '{field} is before the start' },
  PERIOD_TOO_LONG: { zh: '{field}：统计期间过长', en: '{field}: the period is too long' },
  SUPPLEMENT_NOTICE_LATE: {
    zh: '{field}晚于收到申请后五个工作日（{limit}），补正通知应当在审查期限内发出（行政复议法第三十一条第一款）',
    en: '{field} is after the 5 working days from receipt ({limit}) that Art. 31 para 1 allows',
  },
  ACCEPTANCE_PERIOD_ENDED: {
    zh: '{field}晚于审查期限届满之日（{limit}），此时已依法视为受理（行政复议法第三十条第三款）',
    en: '{field} is after the review period ended ({limit}): accepted by law (Art. 30 para 3)',
  },
  NOT_AFTER_DUE: {
    zh: '{field}应晚于原补正期限（{limit}）',
    en: '{field} must be after the current last day ({limit})',
  },
  OFFICE_NOT_FOUND: { zh: '{field}所指的司法所不存在', en: '{field}: no such judicial office' },
  AGENCY_NOT_FOUND: { zh: '{field}所指的行政机关不存在', en: '{field}: no such agency' },
  UNKNOWN_MATERIAL: {
    zh: '{field}所指的材料不是本案的材料',
    en: '{field}: no material of this case has this id',
  },
  ANSWER_COPY_ALREADY_SENT: {
    zh: '{field}与已登记的发送日期（{limit}）不同，已登记的日期不能更改',
    en: '{field} was recorded as {limit}',
  },
  ANSWER_COPY_ALREADY_RECEIVED: {
    zh: '{field}与已登记的收到日期（{limit}）不同，已登记的日期不能更改',
    en: '{field} was recorded as {limit}',
  },
  NOT_A_GROUND: {
    zh: '{field}不是本案事实支持的简易程序适用情形（行政复议法第五十三条），本案可适用：{values}',
    en: "{field} is not a ground of Art. 53 the case's facts support ({values})",
  },
  UNKNOWN_PRINCIPAL: {
    zh: '{field}不是本案的申请人或第三人（以登记的姓名或名称为准）',
    en: '{field} names no applicant or third party of this case',
  },
  IS_APPLICANT: {
    zh: '{field}属于本案申请人，第三人应为申请人以外的公民、法人或者其他组织（行政复议法第十六条）',
    en: '{field} is an applicant’s: a third party is someone other than the applicants (Art. 16)',
  },
  HEAD_MUST_BE_REVIEWER: {
    zh: '{field}只能指定给审批人（行政复议机构、行政复议机关的负责人负责批准、同意）',
    en: '{field} is for a REVIEWER',
  },
  AGREEMENT_REQUIRED: {
    zh: '{field}：因调解、和解中止的，须申请人和被申请人同意中止（行政复议法第三十九条第一款第六项）',
    en: '{field}: the applicant and the respondent must agree to the suspension (Art. 39 para 1 item 6)',
  },
  MEDIATED_NOT_A_TERMINATION: {
    zh: '{field}：调解书生效的，以调解结案（行政复议法第七十三条），不再以终止处理',
    en: '{field}: a mediation agreement in effect closes the case as REVIEW_MEDIATED (Art. 73)',
  },
  REMAKE_NOT_ALLOWED: {
    zh: '{field}：仅在决定撤销或者部分撤销时，可以责令被申请人在一定期限内重新作出行政行为（行政复议法第六十四条第一款）',
    en: '{field} goes only with REVOKE or PARTIAL_REVOKE (Art. 64 para 1)',
  },
  ALTERATION_LESS_FAVOURABLE: {
    zh: '{field}：不得作出对申请人更为不利的变更决定，但是第三人提出相反请求的除外（行政复议法第六十三条第二款）',
    en: '{field}: an alteration may not be less favourable to the applicant unless a third party asked for it (Art. 63 para 2)',
  },
  AWARD_NOT_ALLOWED: {
    zh: '{field}：决定给予赔偿须与撤销、部分撤销、变更或者确认违法、无效的决定同时作出（行政复议法第七十二条第一款）',
    en: '{field}: compensation is awarded with REVOKE, PARTIAL_REVOKE, ALTER, CONFIRM_ILLEGAL or CONFIRM_INVALID (Art. 72 para 1)',
  },
  UNKNOWN_DISCUSSION: {
    zh: '{field}所指的集体讨论不是本案的集体讨论',
    en: '{field}: no collective discussion of this case has this id',
  },
  SUSPENSION_NOT_LAPSED: {
    zh: '{field}早于中止满六十日之日（{limit}）（行政复议法第四十一条第五项）',
    en: '{field} must be on or after {limit}, when the suspension has lasted 60 days (Art. 41 item 5)',
  },
  FORMAL_HEARING_NOTICE_LATE: {
    zh: '{field}距举行听证不足五个工作日：听证的时间、地点和拟听证事项应当于举行听证的五日前书面通知当事人，依此送达日期，听证最早可于{limit}举行（行政复议法第五十一条第一款、第八十八条第二款）',
    en: '{field}: the notice reaches the parties 5 working days before the hearing (Art. 51 para 1); the hearing may be held on {limit} at the earliest',
  },
  HEAD_ABSENCE_UNEXPLAINED: {
    zh: '{field}：被申请人的负责人不能参加听证的，应当说明理由并委托相应的工作人员参加听证（行政复议法第五十一条第三款）',
    en: '{field}: a head who cannot attend gives the reason and sends a staff member (Art. 51 para 3)',
  },
  PERFORMANCE_NOT_ORDERED: {
    zh: '{field}仅适用于责令被申请人履行、重新作出行政行为、承担行政协议责任或者给予赔偿的行政复议决定（行政复议法第六十四条、第六十六条、第七十一条、第七十二条）',
    en: '{field} is given only when the decision orders the respondent to act (Arts. 64, 66, 71, 72)',
  },
};

/** Chinese for a code missing from the catalogue (src/common/messages.spec.ts keeps that rare). */
const FALLBACK: Message = { zh: '请求出错', en: 'Error' };
const FIELD_FALLBACK: Message = { zh: '{field}的值无效', en: '{field} is invalid' };

export const fill = (template: string, params: MessageParams = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    params[key] === undefined ? whole : String(params[key]),
  );

/**
 * The language `Accept-Language` prefers among ours: the acceptable ranges by quality (q=0 means
 * "not this one"), the first that is Chinese (`zh`, `zh-CN`, `zh-Hans` …) or English; `*` and no
 * match: DEFAULT_LANGUAGE.
 */
export function preferredLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return DEFAULT_LANGUAGE;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params
        .map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p))
        .find((m) => m !== null);
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => r.tag !== '' && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
    if (tag === '*') return DEFAULT_LANGUAGE;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The message of an error `code` in `language`: Chinese from the catalogue; English the message
 * it was thrown with (`thrown`) when there is one, else the catalogue's.
 */
export function errorMessage(
  code: string,
  language: Language,
  thrown?: string,
  params?: MessageParams,
): string {
  if (language === 'en' && thrown) return thrown;
  return fill((ERROR_MESSAGES[code] ?? FALLBACK)[language], params);
}

/** The message of one bad field, as errorMessage; `{field}` is the field's path. */
export function fieldMessage(
  code: string,
  language: Language,
  field: string,
  thrown?: string,
  params?: MessageParams,
): string {
  if (language === 'en' && thrown) return thrown;
  return fill((FIELD_MESSAGES[code] ?? FIELD_FALLBACK)[language], {
    ...paramsOf(thrown),
    ...params,
    field,
  });
}

/**
 * What a check that gave no params said in its English message: the bound (its last number, as
 * in `days must not be greater than 60`) and the allowed values (after `one of:`).
 */
function paramsOf(thrown: string | undefined): MessageParams {
  if (!thrown) return {};
  const params: MessageParams = {};
  const limit = /(-?\d+(?:\.\d+)?)\D*$/.exec(thrown);
  if (limit) params.limit = limit[1];
  const values = /(?:one of(?: the following values)?|required):\s*(.+)$/.exec(thrown);
  if (values) params.values = values[1];
  return params;
}
