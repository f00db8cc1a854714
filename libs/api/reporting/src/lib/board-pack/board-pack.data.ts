import type { FrozenContribution } from '../reports/progress-report.entity';
import type { ReportContent, ReportPrefill } from '@regie/domain';
import { EntityManager } from 'typeorm';

/** Everything the pack shows, read in four statements whatever the size of the agenda. */
export interface BoardPackData {
  regionName: string;
  meeting: { id: string; date: string; location: string | null; status: string };
  agenda: BoardPackAgendaItem[];
  decisions: { agendaTitle: string; kind: string; text: string; ownerName: string | null; dueOn: string | null }[];
}

export interface BoardPackAgendaItem {
  position: number;
  kind: string;
  title: string;
  documents: string[];
  /** The submitted (frozen) report on this item, when it is a theme report that has been submitted. */
  report: BoardPackReport | null;
}

export interface BoardPackReport {
  themeName: string;
  cycleLabel: string;
  edition: number;
  content: ReportContent;
  contributions: FrozenContribution[];
  prefill: ReportPrefill;
  signedOffByName: string | null;
  signedOffAt: string | null;
  submittedAt: string;
}

interface AgendaRow {
  position: number;
  kind: string;
  title: string;
  documents: string[];
  theme_name: string | null;
  cycle_label: string | null;
  edition: number | null;
  content: ReportContent | null;
  contributions: FrozenContribution[] | null;
  prefill: ReportPrefill | null;
  signed_off_by_name: string | null;
  signed_off_at: string | null;
  submitted_at: string | null;
}

/** Reads the meeting's pack; null when the meeting does not exist. */
export async function loadBoardPackData(manager: EntityManager, meetingId: string): Promise<BoardPackData | null> {
  const [meeting] = (await manager.query(
    `SELECT m.id, m.date::text AS date, m.location, m.status, r.name AS region_name
       FROM college_meeting m JOIN region r ON r.id = m.region_id WHERE m.id = $1`,
    [meetingId],
  )) as { id: string; date: string; location: string | null; status: string; region_name: string }[];
  if (!meeting) return null;
  // Only a submitted report is in the pack, as frozen at its latest submission.
  const agenda = (await manager.query(
    `SELECT a.position, a.kind, a.title,
            coalesce((SELECT array_agg(d.file_name ORDER BY d.uploaded_at) FROM agenda_document d WHERE d.agenda_item_id = a.id), '{}') AS documents,
            t.name AS theme_name, c.label AS cycle_label, v.edition, v.content, v.contributions, v.prefill,
            su.name AS signed_off_by_name, v.signed_off_at::text AS signed_off_at, v.submitted_at::text AS submitted_at
       FROM agenda_item a
       LEFT JOIN progress_report r ON r.id = a.report_id
       LEFT JOIN theme t ON t.id = r.theme_id
       LEFT JOIN report_cycle c ON c.id = r.cycle_id
       LEFT JOIN LATERAL (SELECT * FROM progress_report_version pv WHERE pv.report_id = r.id ORDER BY pv.edition DESC LIMIT 1) v ON true
       LEFT JOIN user_account su ON su.id = v.signed_off_by
      WHERE a.meeting_id = $1
      ORDER BY a.position`,
    [meetingId],
  )) as AgendaRow[];
  const decisions = (await manager.query(
    `SELECT a.title AS agenda_title, d.kind, d.text, p.name AS owner_name, d.due_on::text AS due_on
       FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id LEFT JOIN person p ON p.id = d.owner_person_id
      WHERE d.meeting_id = $1 ORDER BY a.position, d.id`,
    [meetingId],
  )) as { agenda_title: string; kind: string; text: string; owner_name: string | null; due_on: string | null }[];

  return {
    regionName: meeting.region_name,
    meeting: { id: meeting.id, date: meeting.date, location: meeting.location, status: meeting.status },
    agenda: agenda.map((row) => ({
      position: row.position,
      kind: row.kind,
      title: row.title,
      documents: row.documents,
      report:
        row.content && row.prefill && row.submitted_at
          ? {
              themeName: row.theme_name ?? row.title,
              cycleLabel: row.cycle_label ?? '',
              edition: row.edition ?? 1,
              content: row.content,
              contributions: row.contributions ?? [],
              prefill: row.prefill,
              signedOffByName: row.signed_off_by_name,
              signedOffAt: row.signed_off_at,
              submittedAt: row.submitted_at,
            }
          : null,
    })),
    decisions: decisions.map((row) => ({ agendaTitle: row.agenda_title, kind: row.kind, text: row.text, ownerName: row.owner_name, dueOn: row.due_on })),
  };
}
