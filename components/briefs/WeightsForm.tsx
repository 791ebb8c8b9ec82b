import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '../../lib/i18n/translate';
import type { ScoreWeights } from '../../lib/scoring/types';
import { styles } from './styles';
import { messageKey } from '../../lib/i18n/keys';

const WEIGHT_KEYS = ['engagement', 'authenticity', 'brandFit'] as const;
type WeightKey = (typeof WEIGHT_KEYS)[number];

const percent = (weights: ScoreWeights | null, key: WeightKey) => (weights ? String(Math.round(weights[key] * 100)) : '');

/** How much each score counts in the overall score, in per cent; saving checks them (saveWeights in lib/storage/settings.ts). */
export function WeightsForm(props: { stored: ScoreWeights | null; i18n: I18n; onSave: (weights: ScoreWeights) => void }) {
  const { t } = props.i18n;
  const [text, setText] = useState<Record<WeightKey, string>>({ engagement: '', authenticity: '', brandFit: '' });
  // Show the stored weights each time they are read again.
  useEffect(
    () =>
      setText({
        engagement: percent(props.stored, 'engagement'),
        authenticity: percent(props.stored, 'authenticity'),
        brandFit: percent(props.stored, 'brandFit'),
      }),
    [props.stored],
  );

  return (
    <form
      style={styles.section}
      onSubmit={(e) => {
        e.preventDefault();
        const number = (k: WeightKey) => (text[k].trim() === '' ? Number.NaN : Number(text[k]));
        props.onSave({ engagement: number('engagement'), authenticity: number('authenticity'), brandFit: number('brandFit') });
      }}
      aria-labelledby="weights-title"
    >
      <h3 id="weights-title" style={styles.heading}>
        {t('briefs_weights')}
      </h3>
      <p style={{ margin: '0px' }}>{t('briefs_weights_help')}</p>
      <div style={styles.row}>
        {WEIGHT_KEYS.map((k) => (
          <div key={k} style={styles.field}>
            <label for={`weight-${k}`}>{t(messageKey('briefs_weight', k))}</label>
            <input
              id={`weight-${k}`}
              data-testid={`weight-${k}`}
              type="number"
              min={0}
              max={100}
              step={1}
              style={{ ...styles.input, width: '80px' }}
              value={text[k]}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setText((w) => ({ ...w, [k]: value }));
              }}
            />
          </div>
        ))}
      </div>
      <div>
        <button type="submit" data-testid="weights-save">
          {t('briefs_weights_save')}
        </button>
      </div>
    </form>
  );
}
