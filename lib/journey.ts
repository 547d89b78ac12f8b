import { STAGE_DESCRIPTIONS, STAGE_LABELS, STAGES, type Stage } from './taxonomy';

export interface JourneyStage {
  id: Stage;
  index: number;
  label: string;
  description: string;
  errors: { slug: string; url: string; title: string; codes: string[] }[];
}

/** The enrollment journey, stage by stage, with every error placed on its stage (codes first, then by title). */
export function buildJourney(errors: { slug: string; url: string; title: string; codes: string[]; stage: Stage }[]): JourneyStage[] {
  return STAGES.map((id, index) => ({
    id,
    index,
    label: STAGE_LABELS[id],
    description: STAGE_DESCRIPTIONS[id],
    errors: errors
      .filter((e) => e.stage === id)
      .map(({ slug, url, title, codes }) => ({ slug, url, title, codes }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  }));
}
