import { describe, expect, it } from 'vitest';
import { vetDocument, vetSnapshotJson } from '../../../lib/cli/vet-core';
import { growthSignals } from '../../../lib/dossier/growth';
import { feeAgainstRange, fairPrice } from '../../../lib/dossier/price';
import { businessContactOf } from '../../../lib/platforms/instagram/dossier-fields';
import { nodeI18n } from '../../../lib/i18n/node';
import type { ProfileSnapshot } from '../../../lib/snapshot';
import { loadDocument, readFixture } from '../helpers/fixtures';

const i18n = nodeI18n('en');
const CAPTURED_AT = '2026-06-01T00:00:00.000Z';
const empty = () => loadDocument('<html lang="en"><body></body></html>');
const vetJson = (file: string, capturedAt = CAPTURED_AT) => vetSnapshotJson(readFixture('instagram', file), { i18n, capturedAt, emptyDocument: empty });
const vetPage = (capturedAt: string, ...path: string[]) => vetDocument(loadDocument(readFixture(...path)), { capturedAt, i18n });

describe('public contact on real pages', () => {
  it('reads the email written in a real Instagram bio, and the bio link', () => {
    expect(vetJson('ig_web_profile_info_anasaiaofficial_2024-03_edge_crawlinsta.json').dossier.contact).toEqual({
      emails: ['ana.saia@grail-talent.com'],
      phones: [],
      links: ['https://superlink.io/anasaia'],
    });
  });

  it("shows no email where the page gives none (NASA's business email is null), and the links it does give", () => {
    const { contact } = vetJson('ig_web_profile_info_nasa_2024-03_edge_crawlinsta.json').dossier;
    expect(contact.emails).toEqual([]);
    expect(contact.links).toEqual(['https://www.nasa.gov/', 'http://nasa.gov/events', 'https://plus.nasa.gov/']);
  });

  it("reads Instagram's business contact fields where they are filled", () => {
    const user = JSON.parse(readFixture('instagram', 'ig_web_profile_info_nasa_2024-03_edge_crawlinsta.json')) as { data: { user: Record<string, unknown> } };
    expect(businessContactOf(user.data.user)).toBeUndefined();
    expect(
      businessContactOf({
        ...user.data.user,
        business_email: 'press@nasa.gov',
        business_phone_number: '+1 202 358 0001',
        business_address_json: '{"city_name": "Washington"}',
      }),
    ).toEqual({ email: 'press@nasa.gov', phone: '+1 202 358 0001', city: 'Washington' });
  });
});

describe('growth and corrections between visits of real pages', () => {
  const first = vetPage('2026-05-01T00:00:00.000Z', 'youtube', 'yt_watch_pvkTC2xIbeY_2024-02_raw_en_pytube.html').snapshot;
  const views = first.posts[0]!.views!;
  const likes = first.posts[0]!.likes!;
  /** The same real page read again later, with the counts a later visit would show. */
  const later = (capturedAt: string, change: { views?: number; likes?: number; followers?: number }): ProfileSnapshot => ({
    ...first,
    capturedAt,
    followers: change.followers ?? first.followers,
    posts: [{ ...first.posts[0]!, views: change.views ?? views, likes: change.likes ?? likes }],
  });

  it('flags views that fell between two visits as removed engagement', () => {
    const second = later('2026-05-08T00:00:00.000Z', { views: views - 1500 });
    const growth = growthSignals(second, [first]);
    expect(growth.drops).toEqual([
      {
        id: 'pvkTC2xIbeY',
        url: 'https://www.youtube.com/watch?v=pvkTC2xIbeY',
        metric: 'views',
        before: views,
        after: views - 1500,
        from: first.capturedAt,
        to: second.capturedAt,
      },
    ]);
  });

  it('does not flag a fall smaller than people changing their minds', () => {
    expect(growthSignals(later('2026-05-08T00:00:00.000Z', { likes: likes - 3 }), [first]).drops).toEqual([]);
  });

  it('compares followers gained per day with the ceiling of what ads add', () => {
    const growth = growthSignals(later('2026-05-11T00:00:00.000Z', { followers: first.followers! + 80_000 }), [first]);
    expect(growth.followersPerDay).toBe(8000);
    expect(growth.span).toEqual({ from: first.capturedAt, to: '2026-05-11T00:00:00.000Z', days: 10 });
    expect(growth.ceiling).toEqual({ perDay: 5000, source: 'HypeAuditor, Audience Quality Score method', year: 2025 });
    expect(growth.aboveCeiling).toBe(true);
    expect(growthSignals(first, []).followersPerDay).toBeNull();
  });
});

describe('fair price', () => {
  it('works out a YouTube channel’s price from the median views of its videos and cites its source', () => {
    const report = vetPage(CAPTURED_AT, 'youtube', 'yt_channel_channel-videos_2023-03_en_pytube.html');
    const price = report.dossier.price!;
    expect(price).toMatchObject({ currency: 'USD', basis: 'median-views' });
    expect(price.perFormat.map((r) => [r.format, r.cpm])).toEqual([['youtube-long', { low: 15, high: 35 }]]);
    expect(price.low).toBe(Math.round((price.views.low * 15) / 1000));
    expect(price.sources).toEqual([
      { source: 'AWISEE, Influencer marketing CPM benchmarks by platform', year: 2025, url: 'https://awisee.com/blog/influencer-marketing-cpm/' },
    ]);
  });

  it('uses the published reach of a feed post where Instagram shows followers but no views', () => {
    const price = vetJson('ig_web_profile_info_anasaiaofficial_2024-03_edge_crawlinsta.json').dossier.price!;
    expect(price).toMatchObject({ low: 1480, high: 7410, currency: 'USD', basis: 'reach-estimate', views: { low: 74098, high: 148197, posts: 0 } });
    expect(price.sources.map((s) => `${s.source} ${s.year}`)).toEqual([
      'AWISEE, Influencer marketing CPM benchmarks by platform 2025',
      'Untapper, Influencer Marketing Benchmarks & KPIs 2026',
    ]);
  });

  it('gives no price from one video, and places a typed fee against the range', () => {
    expect(fairPrice(vetPage(CAPTURED_AT, 'youtube', 'yt_watch_pvkTC2xIbeY_2024-02_raw_en_pytube.html').snapshot)).toBeNull();
    expect([100, 1480, 7410, 8000].map((fee) => feeAgainstRange(fee, { low: 1480, high: 7410 }))).toEqual(['below', 'within', 'within', 'above']);
  });
});
