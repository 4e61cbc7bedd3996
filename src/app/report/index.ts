/**
 * The report store and recorder: unanswered questions and feedback for editors (issue 16).
 * @module
 */
export { type D1Like, type SqlDriver, type SqlValue, createD1Driver } from './sql-driver'
export { MIGRATIONS, migrate } from './migrations'
export {
  type ArticleFeedback,
  type FeedbackRecord,
  type QuestionKind,
  type QuestionRecord,
  type ReportData,
  type ReportStore,
  type UnansweredCluster,
  createReportStore,
} from './report-store'
export {
  LOW_CONFIDENCE,
  type RecordableAnswer,
  type ReportRecorder,
  type WaitUntil,
  chinaDay,
  createReportRecorder,
  daysBefore,
  reportKind,
} from './recorder'
export { openReportStore } from './open-report-store'
