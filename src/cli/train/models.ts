/** Every stage's trainer, fitted on the pages given (all of them for `npm run train`, four fifths in a fold). */
import { DEFAULT_MODELS, type EngineModels } from '../../engine/weights/index.ts';
import type { FeatureFilter, PreparedPage } from './prepared-corpus.ts';
import { trainStakeholder } from './stakeholder.ts';
import { trainStance } from './stance.ts';

export interface TrainOptions {
  /** Features the selection model may use (all when absent). */
  keepSelection?: FeatureFilter;
  /** Features the stance model may use (all when absent). */
  keepStance?: FeatureFilter;
}

export function trainModels(pages: readonly PreparedPage[], options: TrainOptions = {}): Pick<EngineModels, 'speaker' | 'stakeholder' | 'stance'> {
  return {
    // Speakers are chosen before the cached step, so their model is fitted by its own trainer (train/speaker.ts).
    speaker: DEFAULT_MODELS.speaker,
    stakeholder: trainStakeholder(pages, options.keepSelection),
    stance: trainStance(pages, options.keepStance),
  };
}
