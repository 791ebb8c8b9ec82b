import * as z from 'zod/mini';
import { extractHashtags, type Post, type ProfileSnapshot } from '../snapshot';
import { baseSnapshot } from './synthetic';

/**
 * Genuine per-post series from real captures (see tests/fixtures/SOURCES.md). Pure: the caller reads
 * the files. The capture files carry no capture time, so capturedAt is the source commit's date,
 * after every post in them.
 */
const Caption = z.nullish(z.object({ text: z.nullish(z.string()) }));
const TimelineSchema = z.object({
  data: z.object({
    xdt_api__v1__feed__user_timeline_graphql_connection: z.object({
      edges: z.array(
        z.object({
          node: z.object({
            code: z.string(),
            like_count: z.nullish(z.number()),
            comment_count: z.nullish(z.number()),
            taken_at: z.nullish(z.number()),
            timeline_pinned_user_ids: z.nullish(z.array(z.string())),
            caption: Caption,
          }),
        }),
      ),
    }),
  }),
});
const ClipsSchema = z.object({
  data: z.object({
    xdt_api__v1__clips__user__connection_v2: z.object({
      edges: z.array(
        z.object({
          node: z.object({
            media: z.object({ code: z.string(), like_count: z.nullish(z.number()), comment_count: z.nullish(z.number()), play_count: z.nullish(z.number()) }),
          }),
        }),
      ),
    }),
  }),
});
const ProfileInfoSchema = z.object({
  data: z.object({
    user: z.object({
      username: z.string(),
      biography: z.nullish(z.string()),
      edge_followed_by: z.object({ count: z.number() }),
      edge_follow: z.object({ count: z.number() }),
    }),
  }),
});
const TikTokSchema = z.object({
  props: z.object({
    pageProps: z.object({
      userInfo: z.object({
        user: z.object({ uniqueId: z.string(), signature: z.nullish(z.string()) }),
        stats: z.object({ followerCount: z.number(), followingCount: z.number() }),
      }),
      items: z.array(
        z.object({
          id: z.string(),
          createTime: z.number(),
          desc: z.nullish(z.string()),
          stats: z.object({ diggCount: z.number(), commentCount: z.number(), playCount: z.number(), shareCount: z.number() }),
        }),
      ),
    }),
  }),
});

const post = (p: Partial<Post> & Pick<Post, 'id'>): Post => ({
  url: null,
  publishedAt: null,
  likes: null,
  comments: null,
  views: null,
  shares: null,
  caption: null,
  hashtags: [],
  pinned: false,
  ...p,
});

export function instagramTimelineSeries(profileJson: string, timelineJson: string, capturedAt: string): ProfileSnapshot {
  const user = ProfileInfoSchema.parse(JSON.parse(profileJson)).data.user;
  const edges = TimelineSchema.parse(JSON.parse(timelineJson)).data.xdt_api__v1__feed__user_timeline_graphql_connection.edges;
  const posts = edges.map(({ node }) =>
    post({
      id: node.code,
      publishedAt: node.taken_at ? new Date(node.taken_at * 1000).toISOString() : null,
      likes: node.like_count ?? null,
      comments: node.comment_count ?? null,
      caption: node.caption?.text ?? null,
      hashtags: extractHashtags(node.caption?.text),
      pinned: (node.timeline_pinned_user_ids?.length ?? 0) > 0,
    }),
  );
  return {
    ...baseSnapshot('instagram', user.username, capturedAt, user.edge_followed_by.count, user.edge_follow.count, posts),
    bio: user.biography ?? null,
    sources: ['real-capture'],
  };
}

/** The reels tab: no dates in this capture, so every reel counts as older than 48 hours. */
export function instagramClipsSeries(profileJson: string, clipsJson: string, capturedAt: string): ProfileSnapshot {
  const user = ProfileInfoSchema.parse(JSON.parse(profileJson)).data.user;
  const edges = ClipsSchema.parse(JSON.parse(clipsJson)).data.xdt_api__v1__clips__user__connection_v2.edges;
  const posts = edges.map(({ node: { media } }) =>
    post({ id: media.code, likes: media.like_count ?? null, comments: media.comment_count ?? null, views: media.play_count ?? null }),
  );
  return {
    ...baseSnapshot('instagram', `${user.username}`, capturedAt, user.edge_followed_by.count, user.edge_follow.count, posts),
    bio: user.biography ?? null,
    sources: ['real-capture'],
  };
}

export function tiktokNextDataSeries(html: string, capturedAt: string): ProfileSnapshot {
  const json = html.match(/<script id="__NEXT_DATA__"[^>]*>([\s\S]*?)<\/script>/)?.[1];
  if (!json) throw new Error('no __NEXT_DATA__ script in the TikTok capture');
  const page = TikTokSchema.parse(JSON.parse(json)).props.pageProps;
  const posts = page.items.map((item) =>
    post({
      id: item.id,
      publishedAt: new Date(item.createTime * 1000).toISOString(),
      likes: item.stats.diggCount,
      comments: item.stats.commentCount,
      views: item.stats.playCount,
      shares: item.stats.shareCount,
      caption: item.desc ?? null,
      hashtags: extractHashtags(item.desc),
    }),
  );
  const u = page.userInfo;
  return {
    ...baseSnapshot('tiktok', u.user.uniqueId, capturedAt, u.stats.followerCount, u.stats.followingCount, posts),
    bio: u.user.signature ?? null,
    sources: ['real-capture'],
  };
}
