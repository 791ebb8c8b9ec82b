import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sources';
import { LOCALES_DIR } from '../../../lib/i18n/build-catalogs';
import { glossaryProblems, parseGlossary, type CatalogueString } from '../../../lib/i18n/glossary';

const terms = parseGlossary(readFileSync(join(ROOT, 'docs', 'glossary.md'), 'utf8'));

/** Every key of every catalogue file, English beside Azerbaijani. */
function catalogueStrings(): CatalogueString[] {
  const read = (lang: string, file: string) => JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as Record<string, { message: string }>;
  return readdirSync(join(LOCALES_DIR, 'en'))
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) => {
      const en = read('en', file);
      const az = read('az', file);
      return Object.keys(en).map((key) => ({ where: `${file} ${key}`, en: en[key]!.message, az: az[key]?.message ?? '' }));
    });
}

describe('glossary (docs/glossary.md)', () => {
  it('defines every term once, in one line, with an Azerbaijani word that contains its stem', () => {
    expect(terms.length).toBeGreaterThan(50);
    const names = terms.map((t) => t.term);
    expect(new Set(names).size).toBe(names.length);
    for (const t of terms) {
      expect(t.definition.length, t.term).toBeGreaterThan(10);
      expect(t.az.toLocaleLowerCase('az').includes(t.azStem) || t.azStem === t.az.toLowerCase(), `${t.term}: "${t.az}" / "${t.azStem}"`).toBe(true);
      // A term's own word passes the check, whatever it forbids.
      expect(glossaryProblems(terms, [{ where: t.term, en: t.english[0]!, az: t.az }])).toEqual([]);
    }
  });

  it('covers the words the issue names', () => {
    const byTerm = new Map(terms.map((t) => [t.term, t]));
    expect(byTerm.get('engagement')?.az).toBe('iştirak');
    expect(byTerm.get('engagement rate')?.az).toBe('iştirak səviyyəsi');
    expect(byTerm.get('authenticity')?.az).toBe('həqiqilik');
    expect(byTerm.get('brand fit')?.az).toBe('brend uyğunluğu');
    expect(byTerm.get('confidence')?.az).toBe('əminlik');
    expect(byTerm.get('collaboration model')?.az).toBe('əməkdaşlıq modeli');
    for (const name of [
      'reach',
      'impressions',
      'tier',
      'shortlist',
      'brief',
      'fee per post',
      'commission',
      'barter',
      'KPI',
      'conversions',
      'to contact',
      'confirmed',
      'post',
      'visit',
      'bio',
      'benchmark',
      'card',
    ]) {
      expect(byTerm.has(name), name).toBe(true);
    }
  });

  it('is followed by every English and Azerbaijani string in the catalogues', () => {
    const strings = catalogueStrings();
    expect(strings.length).toBeGreaterThan(390);
    expect(glossaryProblems(terms, strings)).toEqual([]);
  });

  it('names the string and the term when a string breaks it', () => {
    const problems = glossaryProblems(terms, [
      { where: 'x.json a', en: 'Engagement rate', az: 'Cəlbetmə dərəcəsi' },
      { where: 'x.json b', en: 'Authenticity: suspicious', az: 'Orijinallıq: şübhəli' },
      { where: 'x.json c', en: 'Remove it from the overlay', az: 'Kartdan çıxar' },
      { where: 'x.json d', en: 'Engagement $1 is below the tier low', az: 'İştirak səviyyəsi $1 səviyyənin aşağı həddindən aşağıdır' },
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^az x\.json a: "Cəlbetmə dərəcəsi" — the English says "engagement rate".*"iştirak səviyyəsi"/),
        expect.stringMatching(/^az x\.json a: .* uses "cəlb"/),
        expect.stringMatching(/^az x\.json b: .*"həqiqilik"/),
        expect.stringMatching(/^az x\.json b: .* uses "orijinal"/),
        expect.stringMatching(/^en x\.json c: .* uses "overlay" — the glossary's word is "card"/),
        expect.stringMatching(/^az x\.json d: .* says "tier".*"kateqoriya"/),
        expect.stringMatching(/^az x\.json d: .* uses "səviyyə"/),
      ]),
    );
    // "iştirak səviyyəsi" is the allowed word for engagement rate, not a tier called "səviyyə".
    expect(glossaryProblems(terms, [{ where: 'x.json e', en: 'Engagement rate', az: 'İştirak səviyyəsi' }])).toEqual([]);
  });
});

/** Every Azerbaijani string of the catalogues by key. */
function azByKey(): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES_DIR, 'az')).filter((f) => f.endsWith('.json'))) {
    const az = JSON.parse(readFileSync(join(LOCALES_DIR, 'az', file), 'utf8')) as Record<string, { message: string }>;
    for (const [key, value] of Object.entries(az)) byKey.set(key, value.message);
  }
  return byKey;
}

describe('the second Azerbaijani review (research/azerbaijani-review-2.md)', () => {
  const az = azByKey();

  // Row by row: the wording the review asked for, or the part of it that carries the fix.
  const rows: Array<[row: string, key: string, contains: string]> = [
    ['1', 'check_engagement_far_below_tier', 'Kateqoriya üçün çox aşağı iştirak səviyyəsi'],
    ['2', 'check_engagement_implausibly_high', 'Şübhəli dərəcədə yüksək iştirak səviyyəsi'],
    ['3', 'check_likes_unnaturally_flat', 'Postlar üzrə qeyri-təbii bərabər bəyənmələr'],
    ['4', 'check_status_flagged', 'şübhəli'],
    ['walk', 'check_status_passed', 'qaydasındadır'],
    ['5', 'flag_likes_even_real', 'demək olar ki, dəyişmir'],
    ['5', 'flag_likes_even_real', '$5 həddindən aşağıdır'],
    ['6', 'flag_rate_above_real', '$5%-indən azı'],
    ['7', 'results_import_summary', '$1 tarixində idxal olunub'],
    ['8', 'results_error_malformed', 'Fayl oxunmur (sətir $1): $2'],
    ['9', 'reason_rounded_counts', 'Sayt bəzi sayları yuvarlaqlaşdırıb, ona görə nisbət təxminidir.'],
    ['10', 'report_checks_run', '$1 / $2 yoxlama'],
    ['13', 'reason_reach_vs_typical', 'median baxışın izləyici sayına nisbəti $2'],
    ['14', 'report_reach_line', 'median baxışın izləyici sayına nisbəti $2'],
    ['15', 'reason_reach_too_few', 'median baxışın izləyici sayına nisbəti $3'],
    ['16', 'results_kpi_needed', 'kampaniya daha $1 gətirməlidir'],
    ['17', 'results_kpi_increase', 'əvvəlki dövrlə ($2) müqayisədə $1: daha $3'],
    ['18', 'fit_reason_terms', 'Brifin açar sözlərindən $1 / $2 tapıldı'],
    ['19', 'reason_percentile', '$1%-indən yüksəkdir'],
    ['19', 'flag_comments_above_real', '$3%-indən azında'],
    ['19', 'flag_comments_below_real', '$3%-indən azında'],
    ['20', 'flag_engagement_too_high', 'bu hədd $3 izləyici kateqoriyası üçün orta aralığın yuxarı sərhədinin $4 mislidir'],
    ['21', 'results_delivery', 'Dərc sübutu'],
    ['22', 'results_kpi_baseline', '$1 (əvvəlki dövr)'],
    ['23', 'results_figure_unused', '$1: bu fayldakı rəqəmlər sayılmır'],
    ['24', 'overlay_unreadable_login_wall', 'Səhifəni oxumaq mümkün deyil:'],
    ['25', 'overlay_flood', 'adi baxış zamanı olduğundan qat-qat çox'],
    ['31', 'results_key_kind', 'Sütunun məzmunu'],
    ['32', 'vs_usual_usual', 'Adətən'],
    ['33', 'results_chart', 'Kampaniya müddətində artan yekun:'],
    ['34', 'results_chart_table', 'Günlər üzrə'],
    ['35', 'results_end_date', 'Bitmə tarixi'],
    ['35', 'results_window_open', 'bitmə tarixi təyin olunmayıb'],
    ['36', 'results_change_in_plan', '“Plan” bölməsində dəyişin'],
    ['37', 'reason_reach_no_vendor', 'Vetlens müqayisəni bu mənbələr əsasında qurub: $1.'],
    ['38', 'sp_default_list_name', 'Qısa siyahım'],
    ['38', 'campaign_default_name', 'Kampaniya: $1, $2'],
    ['39', 'backup_usage', '$1 MB / $2 MB'],
    ['40', 'backup_error_truncated', 'son sətirdən əvvəl kəsilib'],
    ['41', 'backup_reading', 'Ehtiyat nüsxə faylı'],
    ['42', 'reason_overall_weights', 'Çəkiləriniz:'],
    ['43', 'rounded_note', 'sayt yuvarlaqlaşdırıb'],
    ['44', 'extDescription', 'lokal işləyən, limitsiz, izahlı ballar'],
    ['45', 'results_error_duplicate', '$1 artıq $2 tarixində idxal olunub.'],
    ['46', 'sp_all_tiers', 'Bütün kateqoriyalar'],
    ['47', 'src_tiktok_famous_accounts', '1.794'],
    ['47', 'src_tides_channels', '2.554'],
    ['48', 'src_tiktok_famous', 'həqiqi hesablar'],
    ['49', 'fit_reason_audience_unknown', 'cinsiyyəti'],
    ['49', 'report_audience_unknown', 'cinsiyyəti'],
    ['50', 'overlay_overruled', 'təsdiqlənmiş hesab nişanı'],
    ['51', 'campaign_start_date', 'başlama tarixi'],
    ['52', 'campaign_kpi_kind_absolute', 'ümumi say'],
    ['53', 'results_skip_bad_number', 'ədəd deyil'],
    ['53', 'results_skip_no_number', 'ədəd yoxdur'],
    ['54', 'results_skip_total', 'yekun sətri'],
    ['55', 'results_import_explain', 'utm parametrlərinə görə tutuşdurulur'],
    ['56', 'fit_reason_language_ok', 'Məzmunun dili — $1 — brifin dillərindəndir ($2).'],
    ['57', 'results_target_at_most', 'hədəf: ən çox $1'],
    ['58', 'campaign_goal_launch', 'Yeni məhsulun təqdimatı'],
    ['59', 'src_instafake_calibration', 'kalibrləmə üçün ayrılan yarı'],
    ['60', 'campaign_csv_semicolon', 'onluq kəsri vergüllə yazan cədvəllər üçün'],
    ['notes', 'sp_search_placeholder', 'İstifadəçi adı, ad, qeyd, teq axtar'],
    ['notes', 'metric_saves', 'Yadda saxlanma'],
    ['notes', 'results_rows_in_file', '$1: sətir $2'],
    ['notes', 'fit_warn_competitor_bio', 'eksklüzivlik şərtini yoxlayın'],
  ];
  it.each(rows)('row %s: %s says "%s"', (_row, key, contains) => {
    expect(az.get(key), key).toContain(contains);
  });

  // Patterns the review found wrong anywhere, so no new string brings them back.
  const banned: Array<[why: string, pattern: RegExp]> = [
    ['ASCII quotes (row 30): one style, “…”', /"/],
    ['an ordinal suffix after a placeholder (row 8)', /\$\d-(?:ci|cı|cu|cü)\b/],
    ['a part-of-whole without the possessive (rows 10, 39)', /\$\d (?:\p{L}+ )?\p{L}*dan \$\d\b|yoxlamadan \$\d/u],
    ['"X% of real accounts" without "-indən" (row 19)', /hesabların \$\d%-dən/],
    ['the "are N of followers" calque (rows 13–15)', /izləyicilərin \$\d qədər/],
    ['"demək olar" without "ki" (§1)', /demək olar (?!ki)/],
    ['the agent passive "sayt tərəfindən" (row 43)', /sayt tərəfindən/],
    ['"can\'t be read" calque (row 24)', /Bu səhifə oxuna bilmir/],
    ['"rəqəm" for a number (row 53)', /rəqəm (?:deyil|yoxdur)/],
    ['"ehtiyat nüsxəsi faylı" (row 41)', /ehtiyat nüsxəsi faylı/i],
    ['"real hesab" (row 48)', /real hesab/],
    ['"artıq" for "more" after an amount (rows 16–17)', /\$\d artıq(?! idxal| \$\d tarixində)/],
    ['"…-ə qarşı" for "against" (row 17)', /\) qarşı/],
    ['"Mənim" with a possessive (row 38)', /Mənim \p{L}+ \p{L}+ım\b/u],
  ];
  it.each(banned)('no Azerbaijani string has %s', (_why, pattern) => {
    expect([...az].filter(([, message]) => pattern.test(message)).map(([key]) => key)).toEqual([]);
  });

  it('argues in docs/glossary.md every row it does not apply', () => {
    const glossary = readFileSync(join(ROOT, 'docs', 'glossary.md'), 'utf8');
    const argued = glossary.slice(glossary.indexOf('## Second review'));
    for (const row of ['11', '12', '26', '27', '28', '29', 'reach', 'outreach status', 'unboxing']) {
      expect(argued, row).toMatch(new RegExp(`\\| ${row} \\|`));
    }
  });
});
