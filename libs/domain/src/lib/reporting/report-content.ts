/** What the writer adds to the pre-fill: a traffic light per dimension, the story, and the request to the College. */
export const REPORT_DIMENSIONS = ['RESULTS', 'ACTIONS', 'CAPACITY_AND_MONEY', 'COOPERATION'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
export const RAG_STATUSES = ['GREEN', 'AMBER', 'RED'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];
export const COLLEGE_REQUESTS = ['DECISION', 'INFORMATION'] as const;
export type CollegeRequest = (typeof COLLEGE_REQUESTS)[number];

export interface DimensionAssessment {
  dimension: ReportDimension;
  status: RagStatus | null;
  explanation: string | null;
}

export interface ReportContent {
  dimensions: DimensionAssessment[];
  narrative: string | null;
  achievements: string | null;
  risks: string | null;
  request: CollegeRequest;
  requestText: string | null;
}

export interface ContentProblem {
  field: string;
  messageKey: string;
  message: string;
}

export const EMPTY_REPORT_CONTENT: ReportContent = {
  dimensions: REPORT_DIMENSIONS.map((dimension) => ({ dimension, status: null, explanation: null })),
  narrative: null,
  achievements: null,
  risks: null,
  request: 'INFORMATION',
  requestText: null,
};

const blank = (text: string | null | undefined) => !text || text.trim().length === 0;

/**
 * Amber and red need an explanation; a decision asked of the College needs its wording; each dimension
 * appears once. Field names match the GraphQL input (`dimensions.COOPERATION.explanation`).
 */
export function reportContentProblems(content: ReportContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<ReportDimension>();
  for (const assessment of content.dimensions) {
    if (seen.has(assessment.dimension)) {
      problems.push({ field: `dimensions.${assessment.dimension}`, messageKey: 'reporting.errors.dimensionTwice', message: 'Each dimension can be assessed once.' });
    }
    seen.add(assessment.dimension);
    if ((assessment.status === 'AMBER' || assessment.status === 'RED') && blank(assessment.explanation)) {
      problems.push({
        field: `dimensions.${assessment.dimension}.explanation`,
        messageKey: 'reporting.errors.explanationRequired',
        message: 'Amber and red need an explanation.',
      });
    }
  }
  if (content.request === 'DECISION' && blank(content.requestText)) {
    problems.push({ field: 'requestText', messageKey: 'reporting.errors.decisionTextRequired', message: 'Say which decision the College is asked to take.' });
  }
  return problems;
}

/** Every dimension once, in the fixed order, whatever the input left out. */
export function normaliseDimensions(dimensions: readonly DimensionAssessment[]): DimensionAssessment[] {
  return REPORT_DIMENSIONS.map((dimension) => {
    const given = dimensions.find((assessment) => assessment.dimension === dimension);
    return { dimension, status: given?.status ?? null, explanation: given?.explanation?.trim() || null };
  });
}
