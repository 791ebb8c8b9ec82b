import { scoreEngagement } from './engagement';
import { mergeCreator } from './merge';
import type { ProfileSnapshot } from '../snapshot';

/**
 * One point per stored visit: the followers the page showed, and the engagement rate of the creator
 * as known at that visit (its posts merged with every earlier visit's, as the scores do).
 */
export interface HistoryPoint {
  capturedAt: string;
  followers: number | null;
  engagementRate: number | null;
}

/**
 * Re-scores the engagement at each stored visit, so every point comes from a real visit. A visit
 * that read no likes has no point; a video page alone holds one post, so its point is the creator's
 * rate as known at that visit, never that one video's.
 */
export function historySeries(snapshots: readonly ProfileSnapshot[]): HistoryPoint[] {
  const ordered = [...snapshots].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  return ordered.map((s, i) => ({
    capturedAt: s.capturedAt,
    followers: s.followers,
    engagementRate: s.posts.some((p) => p.likes !== null) ? scoreEngagement(mergeCreator(s, ordered.slice(0, i)).snapshot).rate : null,
  }));
}

interface ChartPoint {
  x: number;
  y: number;
  value: number;
  capturedAt: string;
}

/**
 * Places the known values of a series in a width × height box: x by time, y by value (min at the
 * bottom). Visits without a value are left out rather than drawn as zero.
 */
export function chartPoints(points: readonly HistoryPoint[], pick: (p: HistoryPoint) => number | null, width: number, height: number, pad = 6): ChartPoint[] {
  const known = points.flatMap((p) => {
    const value = pick(p);
    return value === null || !Number.isFinite(value) ? [] : [{ value, t: Date.parse(p.capturedAt), capturedAt: p.capturedAt }];
  });
  if (!known.length) return [];
  const tMin = Math.min(...known.map((k) => k.t));
  const tMax = Math.max(...known.map((k) => k.t));
  const vMin = Math.min(...known.map((k) => k.value));
  const vMax = Math.max(...known.map((k) => k.value));
  const innerW = width - pad * 2;
  const innerH = height - pad * 2;
  return known.map((k) => ({
    x: pad + (tMax === tMin ? innerW / 2 : ((k.t - tMin) / (tMax - tMin)) * innerW),
    y: pad + (vMax === vMin ? innerH / 2 : (1 - (k.value - vMin) / (vMax - vMin)) * innerH),
    value: k.value,
    capturedAt: k.capturedAt,
  }));
}
