import { formatCount } from '../../../lib/i18n/format';
import type { I18n } from '../../../lib/i18n/translate';
import type { AudienceSignals } from '../../../lib/dossier/types';
import { languageList } from './words';

/** What the pages show of the audience, each line with the sample it rests on. */
export function AudienceSection(props: { audience: AudienceSignals; i18n: I18n }) {
  const { audience, i18n } = props;
  const { t, locale } = i18n;
  const n = (value: number) => formatCount(value, locale);
  const { comments, captions, places } = audience;
  const commentLine =
    comments.texts === 0
      ? t('dossier_comments_none')
      : comments.languages
        ? t('dossier_comments_languages', languageList(comments.languages, locale), n(comments.texts), n(comments.posts))
        : t('dossier_comments_too_few', n(comments.texts), n(comments.posts), n(comments.told), n(comments.minimum));
  const captionLine = captions.languages
    ? t('dossier_captions_languages', languageList(captions.languages, locale), n(captions.told))
    : t('dossier_captions_too_few', n(captions.told), n(captions.minimum));
  return (
    <section class="vl-dossier-section" data-testid="vetlens-audience" data-comments={comments.texts} data-captions={captions.told}>
      <h4>{t('dossier_audience')}</h4>
      <ul>
        <li data-signal="comments">{commentLine}</li>
        <li data-signal="captions">{captionLine}</li>
        <li data-signal="places">
          {places.names.length
            ? t('dossier_places', places.names.map((p) => p.name).join(', '), n(places.postsWithPlace), n(places.posts))
            : t('dossier_places_none')}
        </li>
        {audience.bioLocation && <li data-signal="bio-location">{t('dossier_bio_location', audience.bioLocation)}</li>}
        <li class="vl-muted">{t('dossier_follower_locations')}</li>
      </ul>
    </section>
  );
}
