import { messageKey } from '../../../i18n/keys';
import { fact, message } from '../../fact';
import { brandFitCheck } from '../check';

/** The creator's platform among the brief's. */
export const platform = brandFitCheck({
  id: 'platform',
  counts: { part: 'platform', weight: 0.1 },
  asks: ['platforms'],
  reads: ['platform'],
  says: ['fit_reason_platform_out'],
  run({ snapshot, brief }) {
    if (!brief.platforms.length) return { status: 'not-asked', reasons: [] };
    const ok = brief.platforms.includes(snapshot.platform);
    return { status: 'checked', score: ok ? 100 : 0, reasons: ok ? [] : [fact('fit_reason_platform_out', message(messageKey('platform', snapshot.platform)))] };
  },
});
